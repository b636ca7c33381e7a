#pragma once
// EvidencePositionText: where a piece of evidence was taken, as the review pages show it —
// "N39.90869 E116.39748 · 差分 · ±3 m" — from the evidence row's stored position (schema v6:
// latitude, longitude, fix_quality, accuracy_m; the last valid fix when a photo was taken or a
// segment started). "" when the row has no position (no fix then).

#include "database.h"

#include <QString>

namespace EvidencePositionText {

// The four position columns of the current row, starting at firstColumn, in the order
// latitude, longitude, fix_quality, accuracy_m.
QString fromRow(const Statement &st, int firstColumn);

// A recording's position: its first segment that has one. "" when none has (or on a read
// failure, which is logged).
QString ofRecording(Database &db, const QString &recordingId);

} // namespace EvidencePositionText
