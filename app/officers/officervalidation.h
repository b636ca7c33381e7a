#pragma once
// Checks an officer's fields before anything is written, with Chinese messages naming the
// field: 执法证号 4–32 letters/digits; 姓名 1–64 characters; 单位 ≤ 128; 中队 ≤ 64; at least one
// known role; PIN 6–12 digits. Lengths count characters (Unicode code points, as SQLite's
// length() does), so 64 Chinese characters or emoji fit a 64-character field. Text is never
// altered: what passes is stored verbatim.

#include "officer.h"

#include <QList>

namespace OfficerValidation {

inline constexpr int officerNoMin = 4;
inline constexpr int officerNoMax = 32;
inline constexpr int nameMax = 64;
inline constexpr int agencyMax = 128;
inline constexpr int squadMax = 64;
inline constexpr int pinMin = 6;
inline constexpr int pinMax = 12;

QString checkOfficerNo(const QString &officerNo);   // empty when valid
QString checkPin(const QString &pin);               // never repeats the PIN in the message

// All problems of one input, in field order. pinRequired: adding a new officer.
QList<FieldError> validate(const OfficerInput &input, bool pinRequired);

int characterCount(const QString &text);

} // namespace OfficerValidation
