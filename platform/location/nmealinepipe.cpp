#include "nmealinepipe.h"

#include <cstring>

NmeaLinePipe::NmeaLinePipe(QObject *parent)
    : QIODevice(parent)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void NmeaLinePipe::push(const QByteArray &line)
{
    m_buffer += line;
    m_buffer += "\r\n";
    emit readyRead();
}

qint64 NmeaLinePipe::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
    std::memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}
