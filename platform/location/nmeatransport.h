#pragma once
// NmeaTransport: where NMEA lines come from. Each backend emits complete lines (CR/LF removed,
// nothing checked yet); NmeaLocationSource checks and parses them. Transports recover on their
// own (reopen the tty, reconnect to gpsd); while they cannot, the source simply goes stale.

#include <QByteArray>
#include <QObject>
#include <QString>

class NmeaTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual QString describe() const = 0;   // for logs: "gpsd 127.0.0.1:2947"

signals:
    void lineReceived(const QByteArray &line);
    // The stream starts over with earlier receiver times (a looping replay): parsers that keep
    // the last time must forget it (Qt's NMEA source ignores a fix older than its last one).
    void restarted();
};

// Splits a byte stream into lines. A line longer than maxLine (NMEA allows 82 characters) is
// garbage and dropped up to its end.
class NmeaLineSplitter
{
public:
    template <typename Emit>
    void feed(const QByteArray &bytes, Emit emitLine)
    {
        m_buffer += bytes;
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = m_buffer.indexOf('\n', start);
            if (nl < 0)
                break;
            QByteArray line = m_buffer.mid(start, nl - start);
            while (line.endsWith('\r'))
                line.chop(1);
            start = nl + 1;
            if (m_discarding) {
                m_discarding = false;
                continue;
            }
            if (!line.isEmpty() && line.size() <= maxLine)
                emitLine(line);
        }
        m_buffer.remove(0, start);
        if (m_buffer.size() > maxLine) {
            m_buffer.clear();
            m_discarding = true;
        }
    }
    void reset()
    {
        m_buffer.clear();
        m_discarding = false;
    }

    static constexpr qsizetype maxLine = 512;

private:
    QByteArray m_buffer;
    bool m_discarding = false;
};
