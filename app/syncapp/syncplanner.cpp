#include "syncplanner.h"

#include "auditactions.h"
#include "auditcanonical.h"
#include "auditlog.h"
#include "casereview.h"
#include "database.h"
#include "deviceidentity.h"
#include "signedjson.h"
#include "storetime.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

QJsonValue textOrNull(const Statement &st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(st.text(column));
}

QJsonValue intOrNull(const Statement &st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(st.int64(column));
}

bool stepError(const Statement &st, QString *error)
{
    *error = st.error();
    return false;
}

int priorityOf(const QString &kind)
{
    if (kind == QLatin1String("manifest"))
        return 0;
    if (kind == QLatin1String("document"))
        return 1;
    if (kind == QLatin1String("photo"))
        return 2;
    if (kind == QLatin1String("marked_video"))
        return 3;
    return 4;
}

// Evidence of a case, or (caseId empty) evidence that belongs to no case.
const char *const evidenceSql = R"SQL(
SELECT e.id, e.kind, e.recording_id, e.segment_index, e.path, e.size_bytes, e.hash, e.hash_alg,
       e.start_wall, e.end_wall, e.duration_ms, e.officer_no,
       (SELECT count(*) FROM markers m WHERE m.recording_id = e.recording_id),
       e.latitude, e.longitude, e.fix_quality, e.accuracy_m
FROM evidence e
WHERE e.status IN ('ok', 'recovered')
  AND CASE WHEN ?1 = ''
      THEN NOT EXISTS (SELECT 1 FROM case_links l WHERE l.evidence_id = e.id
                                                   OR (e.recording_id IS NOT NULL AND l.recording_id = e.recording_id))
      ELSE EXISTS (SELECT 1 FROM case_links l WHERE l.case_id = ?1
                                               AND (l.evidence_id = e.id OR (e.recording_id IS NOT NULL AND l.recording_id = e.recording_id)))
      END
ORDER BY e.start_wall, e.id
)SQL";

} // namespace

SyncPlanner::SyncPlanner(Database &writer, const DeviceIdentity &identity, const QString &deviceId, const QString &hashAlg)
    : m_db(writer), m_identity(identity), m_deviceId(deviceId), m_hashAlg(hashAlg)
{
}

bool SyncPlanner::caseContent(const QString &caseId, QJsonObject *content, QString *error)
{
    QJsonObject out;
    if (caseId.isEmpty()) {
        out.insert(QStringLiteral("case"), QJsonValue());
        out.insert(QStringLiteral("documents"), QJsonArray());
    } else {
        Statement c = m_db.prepare("SELECT id, case_no, type, status, party_kind, party_name, party_id_no, address,"
                                   " power_item_code, power_item_name, summary, task_ref, created_at, created_by"
                                   " FROM cases WHERE id = ?1", error);
        if (!c.isValid())
            return false;
        c.bind(1, caseId);
        if (c.step() != Statement::Step::Row)
            return stepError(c, error);
        QJsonObject kase{{QStringLiteral("id"), c.text(0)}, {QStringLiteral("caseNo"), c.text(1)},
                         {QStringLiteral("type"), c.text(2)}, {QStringLiteral("status"), c.text(3)},
                         {QStringLiteral("partyKind"), c.text(4)}, {QStringLiteral("partyName"), c.text(5)},
                         {QStringLiteral("partyId"), c.text(6)}, {QStringLiteral("place"), c.text(7)},
                         {QStringLiteral("powerItemCode"), c.text(8)}, {QStringLiteral("powerItemName"), c.text(9)},
                         {QStringLiteral("summary"), c.text(10)}, {QStringLiteral("taskRef"), c.text(11)},
                         {QStringLiteral("createdAt"), c.text(12)}, {QStringLiteral("createdBy"), c.text(13)}};
        QJsonArray steps;
        Statement s = m_db.prepare("SELECT step, entered_at, officer_no, note FROM case_steps WHERE case_id = ?1"
                                   " ORDER BY entered_at, id", error);
        if (!s.isValid())
            return false;
        s.bind(1, caseId);
        while (s.step() == Statement::Step::Row)
            steps << QJsonObject{{QStringLiteral("step"), s.text(0)}, {QStringLiteral("at"), s.text(1)},
                                 {QStringLiteral("officerNo"), s.text(2)}, {QStringLiteral("note"), s.text(3)}};
        kase.insert(QStringLiteral("steps"), steps);
        // The squad leader's reviews on the device, oldest first, and the state they leave.
        QString reviewError;
        const QList<CaseReviewRow> reviewRows = CaseReview::reviewsOf(m_db, caseId, &reviewError);
        if (!reviewError.isEmpty()) {
            *error = reviewError;
            return false;
        }
        QJsonArray reviews;
        for (const CaseReviewRow &r : reviewRows)
            reviews << QJsonObject{{QStringLiteral("decision"), r.decision}, {QStringLiteral("comment"), r.comment},
                                   {QStringLiteral("reviewer"), r.reviewerNo}, {QStringLiteral("at"), r.atText}};
        kase.insert(QStringLiteral("reviews"), reviews);
        kase.insert(QStringLiteral("reviewState"), CaseReview::stateOf(reviewRows));
        out.insert(QStringLiteral("case"), kase);

        QJsonArray documents;
        Statement d = m_db.prepare("SELECT id, template_id, template_version, version, supersedes_id, number, status,"
                                   " values_json, values_hash, pdf_hash, pdf_path, locked_at, locked_by"
                                   " FROM documents WHERE case_id = ?1 AND status = 'locked' ORDER BY locked_at, id", error);
        if (!d.isValid())
            return false;
        d.bind(1, caseId);
        while (d.step() == Statement::Step::Row) {
            documents << QJsonObject{{QStringLiteral("id"), d.text(0)}, {QStringLiteral("templateId"), d.text(1)},
                                     {QStringLiteral("templateVersion"), d.int64(2)}, {QStringLiteral("version"), d.int64(3)},
                                     {QStringLiteral("supersedesId"), textOrNull(d, 4)}, {QStringLiteral("number"), d.text(5)},
                                     {QStringLiteral("status"), d.text(6)}, {QStringLiteral("valuesJson"), d.text(7)},
                                     {QStringLiteral("valuesHash"), d.text(8)}, {QStringLiteral("pdfHash"), d.text(9)},
                                     {QStringLiteral("pdfEvidenceId"), d.text(0)},
                                     {QStringLiteral("pdfPath"), d.text(10)},
                                     {QStringLiteral("pdfFileName"), QFileInfo(d.text(10)).fileName()},
                                     {QStringLiteral("lockedAt"), d.text(11)}, {QStringLiteral("lockedBy"), d.text(12)}};
        }
        out.insert(QStringLiteral("documents"), documents);
    }

    QJsonArray evidence;
    Statement e = m_db.prepare(evidenceSql, error);
    if (!e.isValid())
        return false;
    e.bind(1, caseId.isNull() ? QStringLiteral("") : caseId);
    for (;;) {
        const Statement::Step step = e.step();
        if (step == Statement::Step::Error)
            return stepError(e, error);
        if (step == Statement::Step::Done)
            break;
        QJsonObject item{{QStringLiteral("id"), e.text(0)}, {QStringLiteral("kind"), e.text(1)},
                         {QStringLiteral("recordingId"), textOrNull(e, 2)}, {QStringLiteral("segmentIndex"), intOrNull(e, 3)},
                         {QStringLiteral("path"), e.text(4)}, {QStringLiteral("fileName"), QFileInfo(e.text(4)).fileName()},
                         {QStringLiteral("size"), e.int64(5)}, {QStringLiteral("hash"), e.text(6)},
                         {QStringLiteral("hashAlg"), e.text(7)}, {QStringLiteral("startWall"), textOrNull(e, 8)},
                         {QStringLiteral("endWall"), textOrNull(e, 9)}, {QStringLiteral("durationMs"), intOrNull(e, 10)},
                         {QStringLiteral("officerNo"), textOrNull(e, 11)}, {QStringLiteral("marked"), e.int64(12) > 0}};
        // Only evidence with a position gets the member: content without one stays byte-identical
        // to what earlier versions signed, so no case is re-manifested by the upgrade alone.
        if (!e.isNull(13) && !e.isNull(14)) {
            QJsonObject position{{QStringLiteral("lat"), e.real(13)}, {QStringLiteral("lon"), e.real(14)},
                                 {QStringLiteral("fixQuality"), textOrNull(e, 15)}};
            if (!e.isNull(16))
                position.insert(QStringLiteral("accuracyM"), e.real(16));
            item.insert(QStringLiteral("position"), position);
        }
        evidence << item;
    }
    out.insert(QStringLiteral("evidence"), evidence);
    *content = out;
    return true;
}

bool SyncPlanner::queueFiles(const QString &caseId, const QJsonObject &content, QString *error, int *queued)
{
    // A file is queued once, whatever manifests list it later; a queued row follows its case.
    Statement insert = m_db.prepare(
        "INSERT INTO outbox (kind, object_id, priority, case_id, path, file_name, size, hash, hash_alg, created_at)"
        " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10"
        " WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE object_id = ?2 AND kind <> 'manifest')", error);
    Statement follow = m_db.prepare("UPDATE outbox SET case_id = ?2 WHERE object_id = ?1 AND kind <> 'manifest'"
                                    " AND case_id <> ?2", error);
    if (!insert.isValid() || !follow.isValid())
        return false;
    const QString now = StoreTime::nowText();
    auto queue = [&](const QString &kind, const QString &id, const QString &path, const QString &fileName, qint64 size,
                     const QString &hash, const QString &hashAlg) {
        insert.reset();
        insert.bind(1, kind).bind(2, id).bind(3, priorityOf(kind)).bind(4, caseId.isNull() ? QStringLiteral("") : caseId)
            .bind(5, path).bind(6, fileName).bind(7, size).bind(8, hash).bind(9, hashAlg).bind(10, now);
        if (!insert.exec()) {
            *error = insert.error();
            return false;
        }
        *queued += m_db.changes();
        follow.reset();
        follow.bind(1, id).bind(2, caseId.isNull() ? QStringLiteral("") : caseId);
        if (!follow.exec()) {
            *error = follow.error();
            return false;
        }
        return true;
    };
    for (const QJsonValue &v : content.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString path = d.value(QStringLiteral("pdfPath")).toString();
        const qint64 size = QFileInfo(QFileInfo(m_db.path()).dir().filePath(path)).size();
        if (!queue(QStringLiteral("document"), d.value(QStringLiteral("id")).toString(), path,
                   d.value(QStringLiteral("pdfFileName")).toString(), size, d.value(QStringLiteral("pdfHash")).toString(),
                   m_hashAlg))
            return false;
    }
    for (const QJsonValue &v : content.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString evidenceKind = e.value(QStringLiteral("kind")).toString();
        const QString kind = evidenceKind == QLatin1String("photo") ? QStringLiteral("photo")
                             : e.value(QStringLiteral("marked")).toBool() && evidenceKind == QLatin1String("video")
                                 ? QStringLiteral("marked_video")
                                 : evidenceKind;
        if (!queue(kind, e.value(QStringLiteral("id")).toString(), e.value(QStringLiteral("path")).toString(),
                   e.value(QStringLiteral("fileName")).toString(), e.value(QStringLiteral("size")).toInteger(),
                   e.value(QStringLiteral("hash")).toString(), e.value(QStringLiteral("hashAlg")).toString()))
            return false;
    }
    return true;
}

bool SyncPlanner::planCase(const QString &caseId, SyncPlanResult *result, QString *error)
{
    QJsonObject content;
    if (!caseContent(caseId, &content, error))
        return false;
    if (caseId.isEmpty() && content.value(QStringLiteral("evidence")).toArray().isEmpty())
        return true;   // nothing outside cases
    const QByteArray contentBytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    const QString contentHash = SignedJson::hashHex(m_hashAlg, contentBytes);
    const QString caseKey = caseId.isNull() ? QStringLiteral("") : caseId;

    Statement last = m_db.prepare("SELECT content_hash FROM manifests WHERE case_id = ?1 ORDER BY rowid DESC LIMIT 1", error);
    if (!last.isValid())
        return false;
    last.bind(1, caseKey);
    if (last.step() == Statement::Step::Row && last.text(0) == contentHash)
        return true;   // unchanged since its last manifest
    last = Statement();

    QString prevHash;
    Statement prev = m_db.prepare("SELECT hash FROM manifests ORDER BY rowid DESC LIMIT 1", error);
    if (!prev.isValid())
        return false;
    if (prev.step() == Statement::Step::Row)
        prevHash = prev.text(0);
    prev = Statement();
    qint64 headSeq = 0;
    QString headHash;
    if (!AuditLog::head(m_db, &headSeq, &headHash, error))
        return false;

    // The manifest: the content plus identity, time, chain link and audit head. Local paths are
    // the device's business, not the platform's.
    QJsonObject manifest = content;
    QJsonArray documents;
    for (const QJsonValue &v : content.value(QStringLiteral("documents")).toArray()) {
        QJsonObject d = v.toObject();
        d.remove(QStringLiteral("pdfPath"));
        documents << d;
    }
    QJsonArray evidence;
    for (const QJsonValue &v : content.value(QStringLiteral("evidence")).toArray()) {
        QJsonObject e = v.toObject();
        e.remove(QStringLiteral("path"));
        evidence << e;
    }
    manifest.insert(QStringLiteral("documents"), documents);
    manifest.insert(QStringLiteral("evidence"), evidence);
    const QString manifestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString createdAt = StoreTime::nowText();
    manifest.insert(QStringLiteral("format"), QStringLiteral("fieldterm-manifest-v1"));
    manifest.insert(QStringLiteral("manifestId"), manifestId);
    manifest.insert(QStringLiteral("deviceId"), m_deviceId);
    manifest.insert(QStringLiteral("createdAt"), createdAt);
    manifest.insert(QStringLiteral("hashAlg"), m_hashAlg);
    manifest.insert(QStringLiteral("previousManifestHash"), prevHash.isEmpty() ? QJsonValue() : QJsonValue(prevHash));
    manifest.insert(QStringLiteral("auditHead"), QJsonObject{{QStringLiteral("seq"), headSeq}, {QStringLiteral("hash"), headHash}});
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const QByteArray signature = SignedJson::sign(m_identity, bytes, error);
    if (signature.isEmpty())
        return false;
    const QString hash = SignedJson::hashHex(m_hashAlg, bytes);

    Statement m = m_db.prepare("INSERT INTO manifests (id, case_id, bytes, signature, hash, content_hash, prev_hash, created_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
    if (!m.isValid())
        return false;
    m.bind(1, manifestId).bind(2, caseKey).bindBlob(3, bytes).bindBlob(4, signature).bind(5, hash).bind(6, contentHash)
        .bind(7, prevHash.isEmpty() ? QString() : prevHash).bind(8, createdAt);
    if (!m.exec())
        return stepError(m, error);
    // The outbox shows a manifest by its case number (what an officer recognises).
    const QString label = caseId.isEmpty() ? QCoreApplication::translate("SyncPlanner", "未关联案件的证据")
                                           : content.value(QStringLiteral("case")).toObject().value(QStringLiteral("caseNo")).toString();
    Statement o = m_db.prepare("INSERT INTO outbox (kind, object_id, priority, case_id, file_name, size, hash, hash_alg, created_at)"
                               " VALUES ('manifest', ?1, 0, ?2, ?7, ?3, ?4, ?5, ?6)", error);
    if (!o.isValid())
        return false;
    o.bind(1, manifestId).bind(2, caseKey).bind(3, qint64(bytes.size())).bind(4, hash).bind(5, m_hashAlg).bind(6, createdAt).bind(7, label);
    if (!o.exec())
        return stepError(o, error);
    int queued = 0;
    if (!queueFiles(caseKey, content, error, &queued))
        return false;
    AuditLog log(m_db, m_deviceId, m_hashAlg);
    if (!log.append({QString(), QLatin1String(AuditAction::SyncManifest), QStringLiteral("case"), caseKey,
                     {{QStringLiteral("manifestId"), manifestId}, {QStringLiteral("hash"), hash},
                      {QStringLiteral("files"), content.value(QStringLiteral("evidence")).toArray().size()
                                                    + content.value(QStringLiteral("documents")).toArray().size()}},
                     {}},
                    error))
        return false;
    ++result->manifests;
    result->files += queued;
    return true;
}

bool SyncPlanner::plan(SyncPlanResult *result, QString *error)
{
    *result = {};
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QStringList caseIds;
    {
        Statement c = m_db.prepare("SELECT id FROM cases ORDER BY created_at, id", error);
        if (!c.isValid())
            return false;
        while (c.step() == Statement::Step::Row)
            caseIds << c.text(0);
    }
    caseIds << QString();   // evidence that belongs to no case
    for (const QString &id : std::as_const(caseIds)) {
        if (!planCase(id, result, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool SyncPlanner::auditRowsAfter(Database &db, qint64 afterSeq, int limit, QJsonArray *rows, QString *error)
{
    const QByteArray sql = QByteArray("SELECT ") + AuditLog::columns() + " FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2";
    Statement st = db.prepare(sql.constData(), error);
    if (!st.isValid())
        return false;
    st.bind(1, afterSeq).bind(2, qint64(limit));
    for (;;) {
        const Statement::Step step = st.step();
        if (step == Statement::Step::Error)
            return stepError(st, error);
        if (step == Statement::Step::Done)
            return true;
        const AuditRow r = AuditLog::readRow(st);
        rows->append(AuditCanonical::toJson(AuditLog::fields(r), r.hash));
    }
}
