#pragma once
// NmeaSerialPort: an NMEA receiver on a tty (/dev/ttyUSB0, /dev/ttyS1, …), opened read-only
// and non-blocking through termios (raw, 8N1, the profile's baud), read through a
// QSocketNotifier. A device that disappears or fails is reopened every reopenMs. A path that is
// not a tty (a FIFO in tests) is read as it is.

#include "nmeatransport.h"

#include <QTimer>

class QSocketNotifier;

class NmeaSerialPort final : public NmeaTransport
{
    Q_OBJECT
public:
    NmeaSerialPort(const QString &path, int baud, QObject *parent = nullptr);
    ~NmeaSerialPort() override;
    void start() override;
    QString describe() const override;
    void setReopenInterval(int ms) { m_reopenMs = ms; }

    static bool isSupportedBaud(int baud);

private:
    bool openPort();
    void closePort();
    void onReadable();

    QString m_path;
    int m_baud = 9600;
    int m_fd = -1;
    int m_reopenMs = 5000;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_reopen;
    NmeaLineSplitter m_splitter;
    QString m_lastError;
};
