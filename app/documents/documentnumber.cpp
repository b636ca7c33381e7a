#include "documentnumber.h"

namespace {

QString defaultPattern()
{
    return QStringLiteral("{prefix}〔{year}〕{seq}号");
}

} // namespace

QString DocumentNumber::prefix(const NumberingRule &rule, const QString &agency)
{
    QString p = rule.prefix;
    return p.replace(QStringLiteral("{agency}"), agency);
}

QString DocumentNumber::counterName(const NumberingRule &rule, const QString &agency, const QString &templateId, int year)
{
    return QStringLiteral("docno/%1/%2/%3").arg(prefix(rule, agency), templateId).arg(year);
}

QString DocumentNumber::format(const NumberingRule &rule, const QString &agency, int year, qint64 seq)
{
    const int width = qBound(0, rule.sequenceWidth, 12);
    return formatText(rule, agency, year, QStringLiteral("%1").arg(seq, width, 10, QLatin1Char('0')));
}

QString DocumentNumber::formatText(const NumberingRule &rule, const QString &agency, int year, const QString &seqText)
{
    QString out = rule.pattern.isEmpty() ? defaultPattern() : rule.pattern;
    // {prefix} first: the prefix itself may contain {agency}, already substituted by prefix().
    out.replace(QStringLiteral("{prefix}"), prefix(rule, agency));
    out.replace(QStringLiteral("{agency}"), agency);
    out.replace(QStringLiteral("{year}"), QString::number(year));
    out.replace(QStringLiteral("{seq}"), seqText);
    return out;
}

QString DocumentNumber::fileSafe(const QString &number)
{
    static const QString reserved = QStringLiteral("/\\:*?\"<>|'`$&;!");
    QString out;
    out.reserve(number.size());
    for (const QChar c : number) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace() || reserved.contains(c))
            out += QLatin1Char('_');
        else
            out += c;
    }
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1Char('_'));
    return out;
}
