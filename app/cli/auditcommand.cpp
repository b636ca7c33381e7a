#include "auditcommand.h"

#include "auditactions.h"
#include "auditverifier.h"
#include "clisession.h"
#include "database.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString problemKey(AuditVerifyResult::Problem p)
{
    switch (p) {
    case AuditVerifyResult::Problem::None: return QStringLiteral("none");
    case AuditVerifyResult::Problem::Edited: return QStringLiteral("edited");
    case AuditVerifyResult::Problem::Missing: return QStringLiteral("missing");
    case AuditVerifyResult::Problem::Broken: return QStringLiteral("broken");
    case AuditVerifyResult::Problem::TailMissing: return QStringLiteral("tail_missing");
    case AuditVerifyResult::Problem::UnknownAlgorithm: return QStringLiteral("unknown_algorithm");
    case AuditVerifyResult::Problem::ReadError: return QStringLiteral("read_error");
    }
    return QString();
}

} // namespace

int runAudit(CliSession &session)
{
    const QStringList &words = session.options().positional;
    if (words != QStringList{QStringLiteral("verify")}) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "audit 命令的用法：audit verify [--json]"));
        return ExitUsage;
    }
    Database reader;
    QString error;
    if (!Store::openReader(&reader, session.paths().database(), &error)) {
        CliSession::printErr(error);
        return ExitStoreFailed;
    }
    const AuditVerifyResult result = AuditVerifier::verify(reader, [](qint64 rows) {
        if (rows % 10000 == 0)
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "已核对 %1 条审计记录…").arg(rows));
    });
    reader.close();

    QJsonObject details{{QStringLiteral("intact"), result.intact()},
                        {QStringLiteral("rows"), result.rowsChecked},
                        {QStringLiteral("problem"), problemKey(result.problem)},
                        {QStringLiteral("first_broken_seq"), result.firstBrokenSeq}};
    session.audit(AuditAction::AuditVerify, QStringLiteral("audit"), details);   // the check itself is audited

    if (session.options().json) {
        QJsonObject out = details;
        out.insert(QStringLiteral("head_hash"), result.headHash);
        out.insert(QStringLiteral("message"), result.message);
        CliSession::printOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    }
    if (!result.intact()) {
        CliSession::printErr(result.message);
        return result.problem == AuditVerifyResult::Problem::ReadError ? ExitStoreFailed : ExitFailure;
    }
    if (!session.options().json)
        CliSession::printOut(result.message.toUtf8() + '\n');
    return ExitOk;
}
