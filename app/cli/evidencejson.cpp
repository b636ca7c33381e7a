#include "evidencejson.h"

#include "markerlabels.h"
#include "storetime.h"

namespace {
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(StoreTime::toText(t)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonArray markersToJson(const QList<MarkerRecord> &markers)
{
    QJsonArray out;
    for (const MarkerRecord &m : markers) {
        out.append(QJsonObject{{QStringLiteral("type"), m.type},
                               {QStringLiteral("label"), MarkerLabels::label(m.type)},
                               {QStringLiteral("offsetMs"), double(m.offsetMs)},
                               {QStringLiteral("wall"), timeOrNull(m.wall)}});
    }
    return out;
}

QJsonObject evidenceToJson(const EvidenceRecord &r, const QList<MarkerRecord> &markers)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("path"), r.absolutePath},
        {QStringLiteral("relativePath"), r.path},
        {QStringLiteral("hash"), textOrNull(r.hash)},
        {QStringLiteral("algorithm"), textOrNull(r.hashAlgorithm)},
        {QStringLiteral("duration"), r.durationMs >= 0 ? double(r.durationMs) / 1000.0 : 0.0},
        {QStringLiteral("size"), r.sizeBytes >= 0 ? double(r.sizeBytes) : 0.0},
        {QStringLiteral("kind"), evidenceKindKey(r.kind)},
        {QStringLiteral("status"), evidenceStatusKey(r.status)},
        {QStringLiteral("recordingId"), textOrNull(r.recordingId)},
        {QStringLiteral("segmentIndex"), r.segmentIndex > 0 ? QJsonValue(r.segmentIndex) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("startWall"), timeOrNull(r.startWall)},
        {QStringLiteral("endWall"), timeOrNull(r.endWall)},
        {QStringLiteral("deviceId"), textOrNull(r.deviceId)},
        {QStringLiteral("officerNo"), textOrNull(r.officerNo)},
        {QStringLiteral("note"), textOrNull(r.note)},
        {QStringLiteral("markers"), markersToJson(markers)},
    };
}
