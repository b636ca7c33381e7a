#include "storetime.h"

namespace StoreTime {

QString toText(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString nowText()
{
    return toText(QDateTime::currentDateTimeUtc());
}

} // namespace StoreTime
