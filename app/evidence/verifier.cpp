#include "verifier.h"

#include "evidencelogging.h"
#include "evidencequery.h"
#include "hasher.h"

#include <QCoreApplication>
#include <QFileInfo>

QString VerifyIssue::message() const
{
    switch (problem) {
    case Problem::HashMismatch:
        return QCoreApplication::translate("Verifier", "哈希不匹配：%1（登记的 %2 为 %3，现为 %4）。文件可能已被篡改或损坏。")
            .arg(record.absolutePath, record.hashAlgorithm, record.hash, actualHash);
    case Problem::Missing:
        return QCoreApplication::translate("Verifier", "文件缺失：%1").arg(record.absolutePath);
    case Problem::Unreadable:
        return QCoreApplication::translate("Verifier", "无法读取：%1（%2）").arg(record.absolutePath, detail);
    }
    return QString();
}

Verifier::Verifier(const DataPaths &paths)
    : m_paths(paths)
{
}

bool Verifier::run(VerifyReport *report, QString *error)
{
    EvidenceQuery query(m_paths);
    if (!query.open(error))
        return false;
    const QList<EvidenceRecord> rows = query.allEvidence();
    if (!query.lastError().isEmpty()) {
        *error = QCoreApplication::translate("Verifier", "无法读取证据记录：%1").arg(query.lastError());
        return false;
    }
    int index = 0;
    for (const EvidenceRecord &row : rows) {
        ++index;
        if (row.status == EvidenceStatus::Open) {
            report->skippedOpen++;
            continue;
        }
        VerifyIssue issue;
        issue.record = row;
        if (row.status == EvidenceStatus::Missing || !QFileInfo::exists(row.absolutePath)) {
            issue.problem = VerifyIssue::Problem::Missing;
            report->issues.append(issue);
            qCWarning(lcEvidence).noquote() << "verify:" << issue.message();
            continue;
        }
        if (m_progress)
            m_progress(index, int(rows.size()), row.absolutePath);
        QString readError;
        const QString actual = Hasher::hashFileHex(row.hashAlgorithm, row.absolutePath, &readError);
        report->checked++;
        if (actual.isEmpty()) {
            issue.problem = VerifyIssue::Problem::Unreadable;
            issue.detail = readError;
        } else if (actual != row.hash) {
            issue.problem = VerifyIssue::Problem::HashMismatch;
            issue.actualHash = actual;
        } else {
            report->matched++;
            continue;
        }
        report->issues.append(issue);
        qCWarning(lcEvidence).noquote() << "verify:" << issue.message();
    }
    return true;
}
