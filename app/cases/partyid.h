#pragma once
// PartyId: checks the identifiers of a case's party (当事人) before anything is stored.
//   居民身份证号码 GB 11643-1999: 17 digits (6 area code, 8 birth date, 3 sequence) and one check
//     character: sum of digit × weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) mod 11 indexes
//     "10X98765432". A lower-case x is accepted and normalised to upper case.
//   统一社会信用代码 GB 32100-2015: 18 characters over "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I O Z
//     S V); the last is the check character: (31 − Σ value × weight mod 31) mod 31 with weights
//     1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
// Errors are Chinese, name the field and say what is wrong (length, the bad character and its
// position, the check character it should have been), so the officer can correct one typo.

#include <QDate>
#include <QString>

namespace PartyId {

// Each returns "" when valid, else the Chinese message. *normalised (optional) gets the value
// trimmed and upper-cased. today bounds the birth date (not in the future).
QString checkResidentId(const QString &value, const QDate &today, QString *normalised = nullptr);
QString checkCreditCode(const QString &value, QString *normalised = nullptr);

// The check characters themselves, for tests and samples: from the first 17 characters.
// Returns a null QChar when the input is not 17 valid characters.
QChar residentIdCheckChar(const QString &first17);
QChar creditCodeCheckChar(const QString &first17);

// "3101**********1234": the first four and the last four, the rest masked (lists, timelines).
QString mask(const QString &idNo);

} // namespace PartyId
