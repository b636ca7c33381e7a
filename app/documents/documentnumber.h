#pragma once
// DocumentNumber: a template's numbering rule (文号) turned into text — the prefix after {agency}
// substitution, the counter that issues its sequence, the formatted number and a file-name-safe
// form of it. Pure functions; the store takes the sequence inside its lock transaction.

#include "templatetypes.h"

#include <QString>

namespace DocumentNumber {

// The rule's prefix with {agency} replaced, e.g. "{agency}询" + "沪市监" → "沪市监询".
QString prefix(const NumberingRule &rule, const QString &agency);

// The counters row that numbers one template of one agency in one year:
// "docno/<prefix>/<template id>/<year>" — a sequence per agency, document kind and year.
QString counterName(const NumberingRule &rule, const QString &agency, const QString &templateId, int year);

// The pattern with {prefix}, {agency}, {year} and {seq} substituted; seq is zero-padded to
// rule.sequenceWidth. An empty pattern falls back to "{prefix}〔{year}〕{seq}号".
QString format(const NumberingRule &rule, const QString &agency, int year, qint64 seq);

// The same with seqText in place of the sequence (sample renders: "样本").
QString formatText(const NumberingRule &rule, const QString &agency, int year, const QString &seqText);

// A form of the number usable as a file name: path separators, control characters and shell
// or Windows-reserved characters become "_"; CJK and brackets are kept.
QString fileSafe(const QString &number);

} // namespace DocumentNumber
