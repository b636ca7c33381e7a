#include "auditverifier.h"

#include "auditlog.h"
#include "database.h"
#include "hasher.h"

#include <QCoreApplication>

namespace AuditVerifier {

namespace {

AuditVerifyResult fail(AuditVerifyResult r, AuditVerifyResult::Problem problem, qint64 seq, const QString &message)
{
    r.problem = problem;
    r.firstBrokenSeq = seq;
    r.message = message;
    return r;
}

QString advice()
{
    return QCoreApplication::translate("AuditVerifier", "审计记录可能被篡改：请勿继续使用本设备处理案件，保留设备原状并立即报告法制审核部门。");
}

} // namespace

AuditVerifyResult verify(Database &db, const std::function<void(qint64)> &progress)
{
    using P = AuditVerifyResult::Problem;
    AuditVerifyResult r;
    r.headHash = AuditLog::genesisHash();
    QString error;
    Statement st = db.prepare((QByteArray("SELECT ") + AuditLog::columns() + " FROM audit_log ORDER BY seq").constData(), &error);
    if (!st.isValid())
        return fail(r, P::ReadError, 0, QCoreApplication::translate("AuditVerifier", "无法读取审计记录：%1").arg(error));
    qint64 expectedSeq = 1;
    QString previous = AuditLog::genesisHash();
    for (;;) {
        const Statement::Step s = st.step();
        if (s == Statement::Step::Error)
            return fail(r, P::ReadError, expectedSeq, QCoreApplication::translate("AuditVerifier", "读取审计记录时出错：%1").arg(st.error()));
        if (s == Statement::Step::Done)
            break;
        const AuditRow row = AuditLog::readRow(st);

        if (row.seq != expectedSeq) {
            return fail(r, P::Missing, expectedSeq,
                        QCoreApplication::translate("AuditVerifier", "审计记录第 %1 条缺失（下一条是第 %2 条）。%3").arg(expectedSeq).arg(row.seq).arg(advice()));
        }
        if (!Hasher::isSupported(row.hashAlgorithm)) {
            return fail(r, P::UnknownAlgorithm, row.seq,
                        QCoreApplication::translate("AuditVerifier", "审计记录第 %1 条的校验算法“%2”无法识别。%3").arg(row.seq).arg(row.hashAlgorithm, advice()));
        }
        if (AuditLog::computeHash(row) != row.hash) {
            return fail(r, P::Edited, row.seq,
                        QCoreApplication::translate("AuditVerifier", "审计记录第 %1 条（%2，%3）的内容与其校验值不符，已被改动。%4")
                            .arg(row.seq).arg(row.action, row.at, advice()));
        }
        if (row.prevHash != previous) {
            return fail(r, P::Broken, row.seq,
                        QCoreApplication::translate("AuditVerifier", "审计记录第 %1 条与前一条衔接不上（记录被删除、插入或调换了顺序）。%2").arg(row.seq).arg(advice()));
        }
        previous = row.hash;
        r.headHash = row.hash;
        ++r.rowsChecked;
        ++expectedSeq;
        if (progress && r.rowsChecked % 1000 == 0)
            progress(r.rowsChecked);
    }
    qint64 issued = 0;
    Statement seqSt = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'", &error);
    if (seqSt.isValid() && seqSt.step() == Statement::Step::Row)
        issued = seqSt.int64(0);
    if (issued >= expectedSeq) {
        return fail(r, P::TailMissing, expectedSeq,
                    QCoreApplication::translate("AuditVerifier", "审计记录第 %1 至 %2 条（最后的记录）缺失。%3").arg(expectedSeq).arg(issued).arg(advice()));
    }
    r.message = QCoreApplication::translate("AuditVerifier", "审计记录完整：共 %1 条，校验链无断裂。").arg(r.rowsChecked);
    return r;
}

} // namespace AuditVerifier
