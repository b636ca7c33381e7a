#pragma once
// Small value helpers the facades share for what they hand to QML: a {key, label} option for
// chips and pickers, and a stored UTC time as local text ("" when unknown).

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace UiValues {

inline QVariantMap option(const QString &key, const QString &label)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("label"), label}};
}

inline QString localText(const QDateTime &utc, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm"))
{
    return utc.isValid() ? utc.toLocalTime().toString(format) : QString();
}

} // namespace UiValues
