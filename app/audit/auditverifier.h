#pragma once
// AuditVerifier: walks the audit chain from its first row and reports the first row where it
// breaks — an edited row (its hash no longer matches its bytes), a deleted or reordered row
// (seq gap, or prev_hash not the hash before it), or deleted rows at the end (sqlite_sequence
// remembers a higher seq than the last row). Read-only: give it a reader connection.

#include <QString>

#include <functional>

class Database;

struct AuditVerifyResult {
    enum class Problem { None, Edited, Missing, Broken, TailMissing, UnknownAlgorithm, ReadError };
    Problem problem = Problem::None;
    bool intact() const { return problem == Problem::None; }
    qint64 rowsChecked = 0;
    qint64 firstBrokenSeq = 0;   // the first row at fault (for TailMissing: the first missing seq)
    QString headHash;            // hash of the last row checked
    QString message;             // Chinese, names the row and says what to do
};

namespace AuditVerifier {
// progress (optional) is called every 1000 rows with the rows checked so far.
AuditVerifyResult verify(Database &db, const std::function<void(qint64)> &progress = {});
}
