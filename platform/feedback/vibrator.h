#pragma once
// Vibrator: the terminal's vibration motor. A pattern is a list of milliseconds, on, off, on, …
// ({120} a tap, {250, 150, 250, 150, 250} a warning); each "on" is one pulse the kernel times
// itself, so a hung GUI never leaves the motor running. A newer pattern replaces the one playing.
// Backends (profile feedback.vibrator.type):
//   sysfs-transient  a leds-class folder with the transient trigger: duration (ms), state 1,
//                    activate 1 — e.g. /sys/class/leds/vibrator
//   timed-output     the Android-era /sys/class/timed_output/vibrator/enable, in ms
//   ff               a force-feedback input device (EVIOCSFF FF_RUMBLE, then an EV_FF play
//                    event) — e.g. /dev/input/by-path/…-event-vibrator
// Failures are logged under fieldterm.feedback, never fatal.

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class Vibrator : public QObject
{
    Q_OBJECT
public:
    // type: "sysfs-transient", "timed-output", "ff"; null for "none" or an unknown type.
    static std::unique_ptr<Vibrator> create(const QString &type, const QString &path, QObject *parent = nullptr);
    ~Vibrator() override;

    void play(const QList<int> &patternMs);
    void stop();
    bool playing() const { return m_step < m_pattern.size(); }

signals:
    void pulsed(int ms);   // each "on" of a pattern, as it is sent to the device

protected:
    explicit Vibrator(QObject *parent);
    virtual bool pulse(int ms) = 0;   // start one self-timed pulse
    virtual void halt() = 0;          // stop the motor now

private:
    void next();

    QList<int> m_pattern;
    int m_step = 0;
    QTimer m_timer;
};

class SysfsTransientVibrator : public Vibrator
{
    Q_OBJECT
public:
    explicit SysfsTransientVibrator(const QString &dir, QObject *parent = nullptr);

protected:
    bool pulse(int ms) override;
    void halt() override;

private:
    QString m_dir;
};

class TimedOutputVibrator : public Vibrator
{
    Q_OBJECT
public:
    // enablePath: the enable file, or its folder.
    explicit TimedOutputVibrator(const QString &enablePath, QObject *parent = nullptr);

protected:
    bool pulse(int ms) override;
    void halt() override;

private:
    QString m_dir;
};

// Not exercised by the tests (a fake file cannot take the EVIOCSFF ioctl); kept small.
class ForceFeedbackVibrator : public Vibrator
{
    Q_OBJECT
public:
    explicit ForceFeedbackVibrator(const QString &device, QObject *parent = nullptr);
    ~ForceFeedbackVibrator() override;

protected:
    bool pulse(int ms) override;
    void halt() override;

private:
    bool sendPlay(int value);

    QString m_device;
    int m_fd = -1;
    int m_effectId = -1;
};
