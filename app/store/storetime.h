#pragma once
// How the store writes times: ISO-8601 in UTC with milliseconds ("2026-11-21T14:30:05.123Z").
// One fixed-width format, so text comparison orders times correctly in SQL (today's queries).

#include <QDateTime>
#include <QString>

namespace StoreTime {
QString toText(const QDateTime &when);     // null QString (SQL NULL) for an invalid time
QDateTime fromText(const QString &text);   // invalid for NULL/empty/unparsable text
QString nowText();
}
