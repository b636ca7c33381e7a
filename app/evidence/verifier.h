#pragma once
// Verifier: re-hashes every registered evidence file against the hash and algorithm stored
// with it, and reports what does not match or is gone. It only reads: a tampered file is
// reported, never "repaired" in the store.

#include "evidencerecord.h"

#include "datapaths.h"

#include <QList>
#include <QString>

#include <functional>

struct VerifyIssue {
    enum class Problem {
        HashMismatch,   // 哈希不匹配: the bytes changed since they were registered
        Missing,        // 文件缺失: the file is gone (or flagged missing at start-up)
        Unreadable,     // the file exists but cannot be read
    };
    EvidenceRecord record;     // absolutePath filled in
    Problem problem = Problem::HashMismatch;
    QString actualHash;        // for HashMismatch
    QString detail;            // for Unreadable

    QString message() const;   // Chinese, names the file and what is wrong
};

struct VerifyReport {
    int checked = 0;           // files re-hashed
    int matched = 0;
    int skippedOpen = 0;       // still being written (a recording in progress)
    QList<VerifyIssue> issues;
    bool allMatch() const { return issues.isEmpty(); }
};

class Verifier
{
public:
    explicit Verifier(const DataPaths &paths);

    // Called before each file is hashed: (index, total, absolute path).
    void setProgress(std::function<void(int, int, const QString &)> progress) { m_progress = std::move(progress); }

    // False with *error (Chinese) when the store cannot be read at all.
    bool run(VerifyReport *report, QString *error);

private:
    DataPaths m_paths;
    std::function<void(int, int, const QString &)> m_progress;
};
