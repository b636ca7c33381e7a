#include "casegaps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace {

QJsonObject flag(const char *code, const QString &message)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), message}};
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t;
}

QStringList witnessedSteps(const QString &type)
{
    if (type == QLatin1String("general"))
        return {QStringLiteral("investigating"), QStringLiteral("notified"), QStringLiteral("served")};
    if (type == QLatin1String("summary"))
        return {QStringLiteral("notified"), QStringLiteral("decided"), QStringLiteral("served")};
    if (type == QLatin1String("inspection"))
        return {QStringLiteral("investigating")};
    return {};
}

QString stepLabel(const QString &key)
{
    if (key == QLatin1String("filed")) return QCoreApplication::translate("CaseGaps", "立案");
    if (key == QLatin1String("investigating")) return QCoreApplication::translate("CaseGaps", "调查取证");
    if (key == QLatin1String("notified")) return QCoreApplication::translate("CaseGaps", "告知");
    if (key == QLatin1String("decided")) return QCoreApplication::translate("CaseGaps", "决定");
    if (key == QLatin1String("served")) return QCoreApplication::translate("CaseGaps", "送达");
    if (key == QLatin1String("executed")) return QCoreApplication::translate("CaseGaps", "执行");
    if (key == QLatin1String("closed")) return QCoreApplication::translate("CaseGaps", "结案");
    return key;
}

struct Step {
    QString key;
    QDateTime at;
};

} // namespace

namespace CaseGaps {

QJsonArray flags(const QJsonObject &manifest, const QSet<QString> &verifiedEvidenceIds, bool chainOk)
{
    QJsonArray out;
    const QJsonObject c = manifest.value(QStringLiteral("case")).toObject();
    const QString type = c.value(QStringLiteral("type")).toString();
    const QJsonArray evidence = manifest.value(QStringLiteral("evidence")).toArray();
    const QJsonArray documents = manifest.value(QStringLiteral("documents")).toArray();

    bool hasVideo = false;
    for (const QJsonValue &e : evidence)
        hasVideo = hasVideo || e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("video");
    if (type == QLatin1String("summary") || type == QLatin1String("general")) {
        for (const QJsonValue &d : documents) {
            const QString templateId = d.toObject().value(QStringLiteral("templateId")).toString();
            if ((templateId.contains(QLatin1String("decision")) || templateId.contains(QLatin1String("penalty")))
                && !hasVideo) {
                out.append(flag("decision_without_video",
                                QCoreApplication::translate("CaseGaps", "已制作处罚决定文书，但没有任何视频证据")));
                break;
            }
        }
    }

    QList<Step> steps;
    for (const QJsonValue &s : c.value(QStringLiteral("steps")).toArray())
        steps.append({s.toObject().value(QStringLiteral("step")).toString(), parseTime(s.toObject().value(QStringLiteral("at")))});
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });
    const QStringList witnessed = witnessedSteps(type);
    for (int i = 0; i < steps.size(); ++i) {
        if (!witnessed.contains(steps[i].key) || !steps[i].at.isValid())
            continue;
        const QDateTime from = steps[i].at;
        const QDateTime to = i + 1 < steps.size() ? steps[i + 1].at : QDateTime();
        bool covered = false;
        for (const QJsonValue &v : evidence) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("document"))
                continue;
            const QDateTime start = parseTime(e.value(QStringLiteral("startWall")));
            QDateTime end = parseTime(e.value(QStringLiteral("endWall")));
            if (!end.isValid())
                end = start;
            if (!start.isValid())
                continue;
            if (end >= from && (!to.isValid() || start < to)) {
                covered = true;
                break;
            }
        }
        if (!covered) {
            out.append(flag("step_without_evidence",
                            QCoreApplication::translate("CaseGaps", "环节“%1”（%2）至下一环节之间没有任何音视频或照片证据")
                                .arg(stepLabel(steps[i].key), from.toUTC().toString(Qt::ISODate))));
        }
    }

    int missing = 0;
    for (const QJsonValue &e : evidence) {
        if (!verifiedEvidenceIds.contains(e.toObject().value(QStringLiteral("id")).toString()))
            ++missing;
    }
    for (const QJsonValue &d : documents) {
        const QString pdf = d.toObject().value(QStringLiteral("pdfEvidenceId")).toString();
        if (!pdf.isEmpty() && !verifiedEvidenceIds.contains(pdf))
            ++missing;
    }
    if (missing > 0) {
        out.append(flag("evidence_not_received",
                        QCoreApplication::translate("CaseGaps", "清单列出的 %1 个文件尚未收到或未通过核验").arg(missing)));
    }
    if (!chainOk) {
        out.append(flag("manifest_chain_broken",
                        QCoreApplication::translate("CaseGaps", "清单链断裂：与该设备上一份清单的哈希不一致")));
    }
    return out;
}

} // namespace CaseGaps
