#include "verifycommand.h"

#include "auditactions.h"
#include "clisession.h"
#include "verifier.h"

#include <QCoreApplication>

int runVerify(CliSession &session)
{
    Verifier verifier(session.paths());
    VerifyReport report;
    QString error;
    if (!verifier.run(&report, &error)) {
        CliSession::printErr(error);
        return ExitStoreFailed;
    }
    session.audit(AuditAction::EvidenceVerify, QStringLiteral("evidence"),
                  {{QStringLiteral("checked"), report.checked}, {QStringLiteral("matched"), report.matched},
                   {QStringLiteral("problems"), int(report.issues.size())}});
    for (const VerifyIssue &issue : std::as_const(report.issues))
        CliSession::printErr(issue.message());
    const QString summary = report.allMatch()
        ? QCoreApplication::translate("fieldterm-cli", "已校验 %1 个文件，全部与登记的校验值一致。").arg(report.checked)
        : QCoreApplication::translate("fieldterm-cli", "已检查 %1 个文件：%2 个一致，%3 个有问题（见上）。")
              .arg(report.matched + int(report.issues.size()))
              .arg(report.matched)
              .arg(report.issues.size());
    CliSession::printOut(summary.toUtf8() + '\n');
    return report.allMatch() ? ExitOk : ExitFailure;
}
