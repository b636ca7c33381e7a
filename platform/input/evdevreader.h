#pragma once
// EvdevReader: key presses and releases from Linux input devices (evdev), read non-blocking on
// the GUI thread through QSocketNotifier — so the keys work whatever page or lock screen shows.
// A device is a path (/dev/input/event3, /dev/input/by-path/…) or a device name matched with
// EVIOCGNAME over /dev/input/event* ("gpio-keys"). A device that disappears is logged and
// reopened when it comes back (polled); one we may not open says which group fixes it.
// The simulated backend is the same reader on a FIFO fed raw `struct input_event` records.
// Logging category fieldterm.keys.

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

class QSocketNotifier;

class EvdevReader : public QObject
{
    Q_OBJECT
public:
    EvdevReader(const QStringList &devices, bool grab, QObject *parent = nullptr);
    ~EvdevReader() override;

    // Where device names are looked up (tests); default /dev/input.
    void setInputDir(const QString &dir) { m_inputDir = dir; }
    // How often missing devices are looked for again; default 2000 ms.
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

    // Opens what it can now; the rest is retried every retry interval.
    void start();
    // The resolved paths open now.
    QStringList openPaths() const;

signals:
    // EV_KEY press (value 1) and release (value 0); autorepeat (2) is not reported.
    void keyEvent(int code, bool pressed);
    void deviceOpened(const QString &path);
    // The device went away (unplugged, or the FIFO's writer closed); keys it held are released
    // without meaning (keyLost) — a vanished key must not fire a long press.
    void deviceLost(const QString &path);
    void keyLost(int code);

private:
    struct Source {
        QString spec;          // as in the profile
        QString path;          // resolved; empty while closed
        int fd = -1;
        std::unique_ptr<QSocketNotifier> notifier;
        QByteArray partial;    // bytes of an incomplete record
        QSet<int> held;        // keys down on this device
        bool dropping = false; // after SYN_DROPPED, until the next SYN_REPORT
        bool reportedMissing = false;
    };

    bool open(Source &s);
    void close(Source &s, bool lost);
    void readReady(Source &s);
    void handle(Source &s, quint16 type, quint16 code, qint32 value);
    void resync(Source &s);
    void retryMissing();
    QString findByName(const QString &name, QString *why) const;
    int openPath(const QString &path, QString *why) const;

    std::vector<std::unique_ptr<Source>> m_sources;
    bool m_grab = false;
    QString m_inputDir = QStringLiteral("/dev/input");
    QTimer m_retry;
};
