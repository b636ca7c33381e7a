#pragma once
// NmeaLinePipe: a sequential, read-only QIODevice fed line by line in memory. Qt's NMEA
// sources read from a QIODevice; the terminal hands them only the lines that passed its
// checksum check, whatever the transport (file, tty, gpsd socket).

#include <QIODevice>

class NmeaLinePipe final : public QIODevice
{
    Q_OBJECT
public:
    explicit NmeaLinePipe(QObject *parent = nullptr);
    // Appends one sentence (CR LF added) and signals readyRead.
    void push(const QByteArray &line);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_buffer.size() + QIODevice::bytesAvailable(); }
    // QIODevice::canReadLine only looks at its own buffer, which an unbuffered device never fills.
    bool canReadLine() const override { return m_buffer.contains('\n') || QIODevice::canReadLine(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_buffer;
};
