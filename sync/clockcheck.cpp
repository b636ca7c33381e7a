#include "clockcheck.h"

#include "httpclient.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

ClockCheck ClockCheck::better(const ClockCheck &a, const ClockCheck &b)
{
    if (!a.valid)
        return b;
    if (!b.valid)
        return a;
    return b.uncertaintyMs < a.uncertaintyMs ? b : a;
}

ClockCheck ClockCheck::fromResponse(const HttpResponse &response, qint64 sentWallMs, qint64 elapsedMs)
{
    ClockCheck c;
    if (response.status <= 0 || elapsedMs < 0)
        return c;
    bool ok = false;
    const qint64 precise = response.header("fieldterm-server-time").trimmed().toLongLong(&ok);
    qint64 roundingMs = 0;
    if (ok && precise > 0) {
        c.serverMs = precise;
        c.precise = true;
    } else {
        // IMF-fixdate, the form RFC 9110 §5.6.7 requires senders to use (Qt's RFC 2822 parser
        // does not take the "GMT" zone).
        QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(response.header("date").trimmed()),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!date.isValid())
            return c;
        date.setTimeZone(QTimeZone::utc());
        c.serverMs = date.toMSecsSinceEpoch() + 500;   // somewhere in that second
        roundingMs = 500;
    }
    c.valid = true;
    c.rttMs = elapsedMs;
    c.offsetMs = c.serverMs - (sentWallMs + elapsedMs / 2);
    c.uncertaintyMs = (elapsedMs + 1) / 2 + roundingMs;
    return c;
}
