#pragma once
// Leds: the terminal's indicator LEDs through the kernel's leds class
// (/sys/class/leds/<name>/{brightness,max_brightness,trigger}), by role ("record" → "red:record").
//   on    trigger "none", brightness = max_brightness
//   off   trigger "none", brightness 0
//   blink trigger "timer" with delay_on/delay_off when the LED offers that trigger (the kernel
//         blinks it, even if we hang); otherwise a QTimer toggles the brightness.
// The trigger list is read once at start: writing a trigger changes what the file shows in a
// fake tree. A missing LED or a failed write is logged, never fatal.

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class Led : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Off, On, Blink };

    explicit Led(const QString &dir, QObject *parent = nullptr);

    QString dir() const { return m_dir; }
    bool exists() const { return m_exists; }
    bool hasTimerTrigger() const { return m_triggers.contains(QLatin1String("timer")); }
    Mode mode() const { return m_mode; }

    void on();
    void off();
    void blink(int onMs, int offMs);

private:
    void setBrightness(int value);
    void setTrigger(const QString &trigger);
    void toggle();

    QString m_dir;
    bool m_exists = false;
    int m_max = 1;
    QStringList m_triggers;
    Mode m_mode = Mode::Off;
    QTimer m_blinkTimer;   // software blink only
    bool m_lit = false;
    int m_onMs = 0;
    int m_offMs = 0;
};

class Leds : public QObject
{
    Q_OBJECT
public:
    // root: /sys/class/leds (or a fake tree); names: role → LED folder name.
    Leds(const QString &root, const QMap<QString, QString> &names, QObject *parent = nullptr);
    ~Leds() override;

    // Null when the role has no LED (not configured or missing on this device).
    Led *led(const QString &role) const;

    void on(const QString &role);
    void off(const QString &role);
    void blink(const QString &role, int onMs, int offMs);
    void allOff();

private:
    QMap<QString, Led *> m_leds;
};
