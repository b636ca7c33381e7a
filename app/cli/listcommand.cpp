#include "listcommand.h"

#include "auditactions.h"
#include "clisession.h"
#include "evidencejson.h"
#include "evidencequery.h"

#include <QCoreApplication>
#include <QJsonDocument>

int runList(CliSession &session)
{
    EvidenceQuery query(session.paths());
    QString error;
    if (!query.open(&error)) {
        CliSession::printErr(error);
        return ExitStoreFailed;
    }
    const QList<EvidenceRecord> all = query.allEvidence();
    const QHash<QString, QList<MarkerRecord>> markers = query.allMarkers();
    if (!query.lastError().isEmpty()) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "读取证据库失败：%1").arg(query.lastError()));
        return ExitStoreFailed;
    }

    // Listing the evidence is a view of it.
    session.audit(AuditAction::EvidenceView, QStringLiteral("evidence"), {{QStringLiteral("files"), int(all.size())}});
    if (session.options().json) {
        QJsonArray array;
        for (const EvidenceRecord &r : all)
            array.append(evidenceToJson(r, r.recordingId.isEmpty() ? QList<MarkerRecord>() : markers.value(r.recordingId)));
        CliSession::printOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    QByteArray out;
    out += QCoreApplication::translate("fieldterm-cli", "状态\t类型\t时长(秒)\t大小(字节)\t校验值\t\t\t\t文件").toUtf8() + '\n';
    for (const EvidenceRecord &r : all) {
        const QString hash = r.hash.isEmpty() ? QStringLiteral("-") : r.hashAlgorithm + QLatin1Char(':') + r.hash.left(16) + QStringLiteral("…");
        const QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                                 .arg(evidenceStatusLabel(r.status), evidenceKindKey(r.kind))
                                 .arg(r.durationMs >= 0 ? double(r.durationMs) / 1000.0 : 0.0, 0, 'f', 1)
                                 .arg(r.sizeBytes >= 0 ? r.sizeBytes : 0)
                                 .arg(hash, r.absolutePath);
        out += line.toUtf8() + '\n';
    }
    out += QCoreApplication::translate("fieldterm-cli", "共 %n 个证据文件", nullptr, int(all.size())).toUtf8() + '\n';
    CliSession::printOut(out);
    return ExitOk;
}
