#include "nmeasentence.h"

namespace Nmea {

namespace {
int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

bool hasValidChecksum(const QByteArray &line)
{
    if (line.size() < 4 || line.at(0) != '$')
        return false;
    const qsizetype star = line.lastIndexOf('*');
    if (star < 1 || star + 3 != line.size())
        return false;
    const int hi = hexDigit(line.at(star + 1));
    const int lo = hexDigit(line.at(star + 2));
    if (hi < 0 || lo < 0)
        return false;
    quint8 sum = 0;
    for (qsizetype i = 1; i < star; ++i)
        sum ^= quint8(line.at(i));
    return sum == quint8(hi * 16 + lo);
}

QByteArray sentenceType(const QByteArray &line)
{
    if (line.size() < 7 || line.at(0) != '$' || line.at(6) != ',')
        return QByteArray();
    return line.mid(3, 3);
}

QList<QByteArray> fields(const QByteArray &line)
{
    QByteArray body = line.mid(1);
    const qsizetype star = body.lastIndexOf('*');
    if (star >= 0)
        body.truncate(star);
    return body.split(',');
}

double utcSecondsOfDay(const QByteArray &line)
{
    const QByteArray type = sentenceType(line);
    int index = -1;
    if (type == "GGA" || type == "RMC" || type == "ZDA")
        index = 1;
    else if (type == "GLL")
        index = 5;
    if (index < 0)
        return -1;
    const QList<QByteArray> f = fields(line);
    if (f.size() <= index || f.at(index).size() < 6)
        return -1;
    const QByteArray &t = f.at(index);
    bool okH = false, okM = false, okS = false;
    const int h = t.left(2).toInt(&okH);
    const int m = t.mid(2, 2).toInt(&okM);
    const double s = t.mid(4).toDouble(&okS);
    if (!okH || !okM || !okS || h > 23 || m > 59 || s >= 61)
        return -1;
    return h * 3600 + m * 60 + s;
}

QByteArray withChecksum(const QByteArray &body)
{
    quint8 sum = 0;
    for (char c : body)
        sum ^= quint8(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0') + "\r\n";
}

bool parseGga(const QByteArray &line, Gga *out)
{
    if (sentenceType(line) != "GGA")
        return false;
    const QList<QByteArray> f = fields(line);
    if (f.size() < 9)
        return false;
    bool ok = false;
    Gga g;
    g.quality = f.at(6).toInt(&ok);
    if (!ok)
        return false;
    const int sats = f.at(7).toInt(&ok);
    g.satellites = ok ? sats : -1;
    const double hdop = f.at(8).toDouble(&ok);
    g.hdop = ok ? hdop : -1;
    *out = g;
    return true;
}

} // namespace Nmea
