#include "receiverfixture.h"

#include "auditcanonical.h"
#include "hasher.h"
#include "receiverinstance.h"
#include "receiverstore.h"
#include "signedjson.h"
#include "websessions.h"

#include <QBuffer>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRandomGenerator>
#include <QUuid>

namespace {

const qint64 kNow = 1795320000;   // 2026-11-22T…Z, a fixed clock for the web routes

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray jpeg()
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 140));
    QPainter p(&image);
    p.fillRect(40, 40, 240, 120, QColor(230, 180, 40));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

bool ReceiverFixture::create(const QString &dataDir, const QString &profile, QString *error)
{
    m_dataDir = dataDir;
    m_profile = profile;
    m_hashAlg = profile == QLatin1String("gm") ? QStringLiteral("sm3") : QStringLiteral("sha256");
    const auto alg = DeviceIdentity::forCryptoProfile(profile);
    QDir().mkpath(dataDir + QStringLiteral("/keys"));
    // The receiver's own store and key file, as fieldterm-backoffice opens them.
    if (!ReceiverStore::open(m_db, dataDir + QStringLiteral("/receiver.db"), error)
        || !m_receiverKey.loadOrCreateFile(
            dataDir + QStringLiteral("/keys/") + ReceiverInstance::receiverKeyFileName(alg), alg, error)
        || !m_deviceKey.loadOrCreate(dataDir + QStringLiteral("/device-keys"), alg, error))
        return false;
    m_ctx.dataDir = dataDir;
    m_ctx.db = &m_db;
    m_ctx.receiverKey = &m_receiverKey;
    m_ctx.hashAlg = m_hashAlg;
    m_ctx.nowSecs = [] { return QDateTime::currentSecsSinceEpoch(); };
    Statement st = m_db.prepare(
        "INSERT INTO devices (device_id, algorithm, public_key_pem, enrolled_at, label) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, deviceId())
        .bind(2, DeviceIdentity::algorithmKey(alg))
        .bind(3, QString::fromUtf8(m_deviceKey.publicKeyPem()))
        .bind(4, QStringLiteral("2026-11-20T08:00:00Z"))
        .bind(5, QStringLiteral("一号执法终端"));
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    return true;
}

bool ReceiverFixture::addUser(const QString &username, const QString &password, const QString &role, QString *error)
{
    return WebSessions::setPassword(&m_ctx, username, password, role, error);
}

bool ReceiverFixture::addFile(const QString &evidenceId, const QString &caseId, const QString &kind,
                              const QString &fileName, const QByteArray &bytes, QString *hash, QString *error)
{
    const QString relative = QStringLiteral("files/%1/%2").arg(deviceId(), evidenceId);
    QDir(m_dataDir).mkpath(QStringLiteral("files/") + deviceId());
    QFile file(QDir(m_dataDir).filePath(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        return false;
    }
    file.close();
    *hash = QString::fromLatin1(Hasher::hash(m_hashAlg, bytes).toHex());
    Statement st = m_db.prepare(
        "INSERT INTO uploads (id, device_id, evidence_id, case_id, kind, file_name, length, offset, declared_hash, "
        "hash_alg, status, created_at, expires_at, completed_at, path) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'complete', ?, ?, ?, ?)");
    st.bind(1, uuid()).bind(2, deviceId()).bind(3, evidenceId).bind(4, caseId).bind(5, kind).bind(6, fileName)
        .bind(7, qint64(bytes.size())).bind(8, qint64(bytes.size())).bind(9, *hash).bind(10, m_hashAlg)
        .bind(11, QStringLiteral("2026-11-22T04:20:00Z")).bind(12, QStringLiteral("2026-11-29T04:20:00Z"))
        .bind(13, QStringLiteral("2026-11-22T04:21:00Z")).bind(14, relative);
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    return true;
}

bool ReceiverFixture::addAuditRows(int count, const QString &objectId, QString *error)
{
    static const char *actions[] = {"case.create", "recording.start", "recording.stop", "document.lock", "case.advance"};
    for (int i = 0; i < count; ++i) {
        AuditRowFields row;
        row.seq = ++m_auditSeq;
        row.at = QDateTime::fromSecsSinceEpoch(kNow - 3600 + row.seq * 60, Qt::UTC).toString(Qt::ISODateWithMs);
        row.officerNo = QStringLiteral("31000001");
        row.deviceId = deviceId();
        row.action = QLatin1String(actions[i % 5]);
        row.objectType = QStringLiteral("case");
        row.objectId = objectId;
        row.details = QStringLiteral("{\"note\":\"第%1条\"}").arg(row.seq);
        row.prevHash = m_auditHead.isEmpty() ? AuditCanonical::genesisHash() : m_auditHead;
        row.hashAlgorithm = m_hashAlg;
        const QString hash = AuditCanonical::hashHex(row);
        Statement st = m_db.prepare(
            "INSERT INTO audit_rows (device_id, seq, at, officer_no, action, object_type, object_id, details, "
            "prev_hash, hash, hash_alg) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, deviceId()).bind(2, row.seq).bind(3, row.at).bind(4, row.officerNo).bind(5, row.action)
            .bind(6, row.objectType).bind(7, row.objectId).bind(8, row.details).bind(9, row.prevHash).bind(10, hash)
            .bind(11, m_hashAlg);
        if (hash.isEmpty() || !st.exec()) {
            *error = QStringLiteral("audit row: ") + st.error();
            return false;
        }
        m_auditHead = hash;
    }
    return true;
}

bool ReceiverFixture::storeManifest(const QJsonObject &manifest, const QStringList &evidenceIds, CaseIds *ids,
                                    QString *error)
{
    // Indented on purpose: the bytes are what is signed and stored, whatever their layout.
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    const QByteArray signature = SignedJson::sign(m_deviceKey, bytes, error);
    if (signature.isEmpty())
        return false;
    const QString hash = SignedJson::hashHex(m_hashAlg, bytes);
    const QString receivedAt = QDateTime::fromSecsSinceEpoch(kNow + m_auditSeq, Qt::UTC).toString(Qt::ISODate);
    Statement st = m_db.prepare(
        "INSERT INTO manifests (id, device_id, case_id, case_no, bytes, signature, hash, prev_hash, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, ids->manifestId).bind(2, deviceId()).bind(3, ids->caseId).bind(4, ids->caseNo).bindBlob(5, bytes)
        .bindBlob(6, signature).bind(7, hash).bind(8, m_lastManifestHash).bind(9, receivedAt);
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    m_lastManifestHash = hash;

    QJsonArray evidence;
    for (const QString &id : evidenceIds) {
        Statement up = m_db.prepare("SELECT declared_hash FROM uploads WHERE device_id = ? AND evidence_id = ?");
        up.bind(1, deviceId()).bind(2, id);
        const bool received = up.step() == Statement::Step::Row;
        evidence.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("hash"), received ? up.text(0) : QString()},
                                    {QStringLiteral("state"), received ? QStringLiteral("verified") : QStringLiteral("pending")}});
        if (received) {
            Statement ef = m_db.prepare(
                "INSERT INTO expected_files (device_id, evidence_id, manifest_id, kind, hash, hash_alg, state) "
                "VALUES (?, ?, ?, 'video', ?, ?, 'verified')");
            ef.bind(1, deviceId()).bind(2, id).bind(3, ids->manifestId).bind(4, up.text(0)).bind(5, m_hashAlg);
            ef.exec();
        }
    }
    const QJsonObject head = manifest.value(QStringLiteral("auditHead")).toObject();
    const QJsonObject receipt{
        {QStringLiteral("format"), QStringLiteral("fieldterm-receipt-v1")},
        {QStringLiteral("receiptId"), uuid()},
        {QStringLiteral("manifestId"), ids->manifestId},
        {QStringLiteral("manifestHash"), hash},
        {QStringLiteral("deviceId"), deviceId()},
        {QStringLiteral("caseId"), ids->caseId},
        {QStringLiteral("receivedAt"), receivedAt},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("documents"), QJsonArray()},
        {QStringLiteral("auditHead"), QJsonObject{{QStringLiteral("seq"), head.value(QStringLiteral("seq"))},
                                                  {QStringLiteral("hash"), head.value(QStringLiteral("hash"))},
                                                  {QStringLiteral("state"), QStringLiteral("verified")}}},
    };
    const QByteArray receiptBytes = QJsonDocument(receipt).toJson(QJsonDocument::Compact);
    const QByteArray receiptSig = SignedJson::sign(m_receiverKey, receiptBytes, error);
    if (receiptSig.isEmpty())
        return false;
    Statement r = m_db.prepare("INSERT INTO receipts (id, manifest_id, bytes, signature, issued_at) VALUES (?, ?, ?, ?, ?)");
    r.bind(1, receipt.value(QStringLiteral("receiptId")).toString()).bind(2, ids->manifestId).bindBlob(3, receiptBytes)
        .bindBlob(4, receiptSig).bind(5, receivedAt);
    if (!r.exec()) {
        *error = r.error();
        return false;
    }
    return true;
}

bool ReceiverFixture::addCompleteCase(CaseIds *ids, QString *error)
{
    ids->caseId = uuid();
    ids->caseNo = QStringLiteral("沪交简〔2026〕0001号");
    ids->manifestId = uuid();
    ids->videoId = uuid();
    ids->photoId = uuid();
    ids->pdfId = uuid();
    QString videoHash;
    QString photoHash;
    QString pdfHash;
    if (!addFile(ids->videoId, ids->caseId, QStringLiteral("video"), QStringLiteral("VID_20261122_040400.mp4"),
                 randomBytes(300 * 1024), &videoHash, error)
        || !addFile(ids->photoId, ids->caseId, QStringLiteral("photo"), QStringLiteral("IMG_20261122_041600.jpg"), jpeg(),
                    &photoHash, error)
        || !addFile(ids->pdfId, ids->caseId, QStringLiteral("document"), QStringLiteral("decision.pdf"),
                    QByteArray("%PDF-1.4\n% fieldterm test decision\n%%EOF\n"), &pdfHash, error)
        || !addAuditRows(5, ids->caseId, error))
        return false;
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("fieldterm-manifest-v1")},
        {QStringLiteral("manifestId"), ids->manifestId},
        {QStringLiteral("deviceId"), deviceId()},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T04:20:00.000Z")},
        {QStringLiteral("hashAlg"), m_hashAlg},
        {QStringLiteral("previousManifestHash"), m_lastManifestHash.isEmpty() ? QJsonValue() : QJsonValue(m_lastManifestHash)},
        {QStringLiteral("auditHead"), QJsonObject{{QStringLiteral("seq"), m_auditSeq}, {QStringLiteral("hash"), m_auditHead}}},
        {QStringLiteral("case"),
         QJsonObject{{QStringLiteral("id"), ids->caseId},
                     {QStringLiteral("caseNo"), ids->caseNo},
                     {QStringLiteral("type"), QStringLiteral("summary")},
                     {QStringLiteral("status"), QStringLiteral("served")},
                     {QStringLiteral("partyKind"), QStringLiteral("person")},
                     {QStringLiteral("partyName"), QStringLiteral("张三<script>alert(1)</script>")},
                     {QStringLiteral("partyId"), QStringLiteral("110101199003070011")},
                     {QStringLiteral("place"), QStringLiteral("上海市浦东新区世纪大道100号")},
                     {QStringLiteral("powerItemCode"), QStringLiteral("JT-CF-0001")},
                     {QStringLiteral("summary"), QStringLiteral("占道经营，当场处罚。")},
                     {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T04:00:00.000Z")},
                     {QStringLiteral("createdBy"), QStringLiteral("31000001")},
                     {QStringLiteral("steps"),
                      QJsonArray{QJsonObject{{QStringLiteral("step"), QStringLiteral("filed")}, {QStringLiteral("at"), QStringLiteral("2026-11-22T04:00:00.000Z")}, {QStringLiteral("officerNo"), QStringLiteral("31000001")}},
                                 QJsonObject{{QStringLiteral("step"), QStringLiteral("notified")}, {QStringLiteral("at"), QStringLiteral("2026-11-22T04:05:00.000Z")}, {QStringLiteral("officerNo"), QStringLiteral("31000001")}},
                                 QJsonObject{{QStringLiteral("step"), QStringLiteral("decided")}, {QStringLiteral("at"), QStringLiteral("2026-11-22T04:10:00.000Z")}, {QStringLiteral("officerNo"), QStringLiteral("31000001")}},
                                 QJsonObject{{QStringLiteral("step"), QStringLiteral("served")}, {QStringLiteral("at"), QStringLiteral("2026-11-22T04:15:00.000Z")}, {QStringLiteral("officerNo"), QStringLiteral("31000001")}}}},
                     {QStringLiteral("review"), QJsonValue()}}},
        {QStringLiteral("documents"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), uuid()},
                                {QStringLiteral("templateId"), QStringLiteral("onsite_penalty_decision")},
                                {QStringLiteral("templateVersion"), 1},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("supersedesId"), QJsonValue()},
                                {QStringLiteral("number"), QStringLiteral("沪交罚〔2026〕0001号")},
                                {QStringLiteral("status"), QStringLiteral("locked")},
                                {QStringLiteral("valuesJson"), QStringLiteral("{}")},
                                {QStringLiteral("valuesHash"), QString(64, QLatin1Char('a'))},
                                {QStringLiteral("pdfHash"), pdfHash},
                                {QStringLiteral("pdfEvidenceId"), ids->pdfId},
                                {QStringLiteral("lockedAt"), QStringLiteral("2026-11-22T04:11:00.000Z")},
                                {QStringLiteral("lockedBy"), QStringLiteral("31000001")}}}},
        {QStringLiteral("evidence"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), ids->videoId}, {QStringLiteral("kind"), QStringLiteral("video")},
                                {QStringLiteral("recordingId"), uuid()}, {QStringLiteral("segmentIndex"), 0},
                                {QStringLiteral("fileName"), QStringLiteral("VID_20261122_040400.mp4")},
                                {QStringLiteral("size"), 300 * 1024}, {QStringLiteral("hash"), videoHash},
                                {QStringLiteral("startWall"), QStringLiteral("2026-11-22T04:04:00.000Z")},
                                {QStringLiteral("endWall"), QStringLiteral("2026-11-22T04:12:00.000Z")},
                                {QStringLiteral("durationMs"), 480000}, {QStringLiteral("officerNo"), QStringLiteral("31000001")}},
                    QJsonObject{{QStringLiteral("id"), ids->photoId}, {QStringLiteral("kind"), QStringLiteral("photo")},
                                {QStringLiteral("recordingId"), QJsonValue()}, {QStringLiteral("segmentIndex"), 0},
                                {QStringLiteral("fileName"), QStringLiteral("IMG_20261122_041600.jpg")},
                                {QStringLiteral("size"), 0}, {QStringLiteral("hash"), photoHash},
                                {QStringLiteral("startWall"), QStringLiteral("2026-11-22T04:16:00.000Z")},
                                {QStringLiteral("endWall"), QStringLiteral("2026-11-22T04:16:00.000Z")},
                                {QStringLiteral("durationMs"), 0}, {QStringLiteral("officerNo"), QStringLiteral("31000001")}}}},
    };
    return storeManifest(manifest, {ids->videoId, ids->photoId, ids->pdfId}, ids, error);
}

bool ReceiverFixture::addCaseWithGaps(CaseIds *ids, QString *error)
{
    ids->caseId = uuid();
    ids->caseNo = QStringLiteral("沪交罚〔2026〕0002号");
    ids->manifestId = uuid();
    ids->photoId = uuid();
    ids->pdfId = uuid();
    QString pdfHash;
    if (!addFile(ids->pdfId, ids->caseId, QStringLiteral("document"), QStringLiteral("decision.pdf"),
                 QByteArray("%PDF-1.4\n% second decision\n%%EOF\n"), &pdfHash, error)
        || !addAuditRows(1, ids->caseId, error))
        return false;
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("fieldterm-manifest-v1")},
        {QStringLiteral("manifestId"), ids->manifestId},
        {QStringLiteral("deviceId"), deviceId()},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T05:20:00.000Z")},
        {QStringLiteral("hashAlg"), m_hashAlg},
        {QStringLiteral("previousManifestHash"), m_lastManifestHash.isEmpty() ? QJsonValue() : QJsonValue(m_lastManifestHash)},
        {QStringLiteral("auditHead"), QJsonObject{{QStringLiteral("seq"), m_auditSeq + 3}, {QStringLiteral("hash"), QString(64, QLatin1Char('b'))}}},
        {QStringLiteral("case"),
         QJsonObject{{QStringLiteral("id"), ids->caseId},
                     {QStringLiteral("caseNo"), ids->caseNo},
                     {QStringLiteral("type"), QStringLiteral("general")},
                     {QStringLiteral("status"), QStringLiteral("decided")},
                     {QStringLiteral("partyKind"), QStringLiteral("organisation")},
                     {QStringLiteral("partyName"), QStringLiteral("上海某某餐饮有限公司")},
                     {QStringLiteral("partyId"), QStringLiteral("91310000MA1FL8XQ3X")},
                     {QStringLiteral("place"), QStringLiteral("上海市黄浦区南京东路1号")},
                     {QStringLiteral("powerItemCode"), QStringLiteral("JT-CF-0002")},
                     {QStringLiteral("summary"), QString()},
                     {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T05:00:00.000Z")},
                     {QStringLiteral("createdBy"), QStringLiteral("31000002")},
                     {QStringLiteral("steps"),
                      QJsonArray{QJsonObject{{QStringLiteral("step"), QStringLiteral("filed")}, {QStringLiteral("at"), QStringLiteral("2026-11-22T05:00:00.000Z")}, {QStringLiteral("officerNo"), QStringLiteral("31000002")}},
                                 QJsonObject{{QStringLiteral("step"), QStringLiteral("investigating")}, {QStringLiteral("at"), QStringLiteral("2026-11-22T05:02:00.000Z")}, {QStringLiteral("officerNo"), QStringLiteral("31000002")}}}}}},
        {QStringLiteral("documents"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), uuid()},
                                {QStringLiteral("templateId"), QStringLiteral("onsite_penalty_decision")},
                                {QStringLiteral("number"), QStringLiteral("沪交罚〔2026〕0002号")},
                                {QStringLiteral("status"), QStringLiteral("locked")},
                                {QStringLiteral("pdfHash"), pdfHash},
                                {QStringLiteral("pdfEvidenceId"), ids->pdfId}}}},
        {QStringLiteral("evidence"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), ids->photoId}, {QStringLiteral("kind"), QStringLiteral("photo")},
                                {QStringLiteral("fileName"), QStringLiteral("IMG_missing.jpg")},
                                {QStringLiteral("hash"), QString(64, QLatin1Char('c'))},
                                {QStringLiteral("startWall"), QStringLiteral("2026-11-22T05:01:00.000Z")},
                                {QStringLiteral("endWall"), QStringLiteral("2026-11-22T05:01:00.000Z")}}}},
    };
    return storeManifest(manifest, {ids->photoId, ids->pdfId}, ids, error);
}
