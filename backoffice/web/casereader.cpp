#include "casereader.h"

#include "casegaps.h"
#include "database.h"
#include "deviceidentity.h"
#include "receivercontext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace {

CaseReader::ManifestRow readRow(const Statement &st)
{
    CaseReader::ManifestRow r;
    r.id = st.text(0);
    r.deviceId = st.text(1);
    r.caseId = st.text(2);
    r.caseNo = st.text(3);
    r.bytes = st.blob(4);
    r.signature = st.blob(5);
    r.hash = st.text(6);
    r.prevHash = st.text(7);
    r.receivedAt = st.text(8);
    r.rowId = st.int64(9);
    return r;
}

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// Every file the manifest lists: evidence, then document PDFs (id → {kind, fileName, hash}).
struct Listed {
    QString id;
    QString kind;
    QString fileName;
    QString hash;
};

QList<Listed> listedFiles(const QJsonObject &manifest)
{
    QList<Listed> out;
    for (const QJsonValue &v : manifest.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        out.append({e.value(QStringLiteral("id")).toString(), e.value(QStringLiteral("kind")).toString(),
                    e.value(QStringLiteral("fileName")).toString(), e.value(QStringLiteral("hash")).toString()});
    }
    for (const QJsonValue &v : manifest.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString pdf = d.value(QStringLiteral("pdfEvidenceId")).toString();
        if (!pdf.isEmpty())
            out.append({pdf, QStringLiteral("document"), QString(), d.value(QStringLiteral("pdfHash")).toString()});
    }
    return out;
}

} // namespace

QString CaseReader::mimeTypeFor(const QString &kind, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("mp4"))
        return QStringLiteral("video/mp4");
    if (suffix == QLatin1String("m4a"))
        return QStringLiteral("audio/mp4");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("application/pdf");
    if (kind == QLatin1String("video"))
        return QStringLiteral("video/mp4");
    if (kind == QLatin1String("audio"))
        return QStringLiteral("audio/mp4");
    if (kind == QLatin1String("photo"))
        return QStringLiteral("image/jpeg");
    if (kind == QLatin1String("document"))
        return QStringLiteral("application/pdf");
    return QStringLiteral("application/octet-stream");
}

bool CaseReader::latestManifest(const QString &caseId, ManifestRow *row) const
{
    Statement st = m_ctx->db->prepare(
        "SELECT id, device_id, case_id, case_no, bytes, signature, hash, prev_hash, received_at, rowid "
        "FROM manifests WHERE case_id = ? ORDER BY received_at DESC, rowid DESC LIMIT 1");
    st.bind(1, caseId);
    if (st.step() != Statement::Step::Row)
        return false;
    *row = readRow(st);
    return true;
}

bool CaseReader::signatureValid(const ManifestRow &row) const
{
    Statement st = m_ctx->db->prepare("SELECT algorithm, public_key_pem FROM devices WHERE device_id = ?");
    st.bind(1, row.deviceId);
    if (st.step() != Statement::Step::Row)
        return false;
    const auto alg = st.text(0) == QLatin1String("sm2-sm3") ? DeviceIdentity::Algorithm::Sm2
                                                           : DeviceIdentity::Algorithm::Ed25519;
    QString error;
    return DeviceIdentity::verify(st.text(1).toUtf8(), alg, row.bytes, row.signature, &error);
}

QString CaseReader::verifiedState(const ManifestRow &row, const QString &evidenceId, const QString &hash) const
{
    Statement ef = m_ctx->db->prepare(
        "SELECT state FROM expected_files WHERE device_id = ? AND evidence_id = ? AND manifest_id = ?");
    ef.bind(1, row.deviceId).bind(2, evidenceId).bind(3, row.id);
    if (ef.step() == Statement::Step::Row && ef.text(0) != QLatin1String("pending"))
        return ef.text(0);
    Statement up = m_ctx->db->prepare(
        "SELECT declared_hash FROM uploads WHERE device_id = ? AND evidence_id = ? AND status = 'complete' "
        "ORDER BY completed_at DESC LIMIT 1");
    up.bind(1, row.deviceId).bind(2, evidenceId);
    if (up.step() != Statement::Step::Row)
        return QStringLiteral("pending");
    return up.text(0).compare(hash, Qt::CaseInsensitive) == 0 ? QStringLiteral("verified") : QStringLiteral("mismatch");
}

bool CaseReader::chainOk(const ManifestRow &row) const
{
    Statement col = m_ctx->db->prepare("SELECT COUNT(*) FROM pragma_table_info('manifests') WHERE name = 'chain_ok'");
    if (col.step() == Statement::Step::Row && col.int64(0) > 0) {
        Statement st = m_ctx->db->prepare("SELECT chain_ok FROM manifests WHERE id = ?");
        st.bind(1, row.id);
        if (st.step() == Statement::Step::Row && !st.isNull(0))
            return st.int64(0) != 0;
    }
    Statement prev = m_ctx->db->prepare(
        "SELECT hash FROM manifests WHERE device_id = ? AND rowid < ? ORDER BY rowid DESC LIMIT 1");
    prev.bind(1, row.deviceId).bind(2, row.rowId);
    if (prev.step() == Statement::Step::Row)
        return prev.text(0).compare(row.prevHash, Qt::CaseInsensitive) == 0;
    return row.prevHash.isEmpty();
}

QString CaseReader::auditState(const QString &deviceId, const QJsonObject &manifest) const
{
    const QJsonObject head = manifest.value(QStringLiteral("auditHead")).toObject();
    Statement st = m_ctx->db->prepare("SELECT hash FROM audit_rows WHERE device_id = ? AND seq = ?");
    st.bind(1, deviceId).bind(2, qint64(head.value(QStringLiteral("seq")).toDouble()));
    if (st.step() != Statement::Step::Row)
        return QStringLiteral("pending");
    return st.text(0).compare(head.value(QStringLiteral("hash")).toString(), Qt::CaseInsensitive) == 0
        ? QStringLiteral("complete")
        : QStringLiteral("broken");
}

QJsonObject CaseReader::summary(const ManifestRow &row, const QJsonObject &manifest) const
{
    const QJsonObject c = manifest.value(QStringLiteral("case")).toObject();
    QSet<QString> verified;
    int total = 0;
    for (const Listed &f : listedFiles(manifest)) {
        ++total;
        if (verifiedState(row, f.id, f.hash) == QLatin1String("verified"))
            verified.insert(f.id);
    }
    const bool chain = chainOk(row);
    return QJsonObject{
        {QStringLiteral("caseId"), row.caseId},
        {QStringLiteral("caseNo"), row.caseNo},
        {QStringLiteral("deviceId"), row.deviceId},
        {QStringLiteral("manifestId"), row.id},
        {QStringLiteral("manifestHash"), row.hash},
        {QStringLiteral("type"), c.value(QStringLiteral("type"))},
        {QStringLiteral("status"), c.value(QStringLiteral("status"))},
        {QStringLiteral("partyName"), c.value(QStringLiteral("partyName"))},
        {QStringLiteral("receivedAt"), row.receivedAt},
        {QStringLiteral("signatureValid"), signatureValid(row)},
        {QStringLiteral("filesVerified"), int(verified.size())},
        {QStringLiteral("filesTotal"), total},
        {QStringLiteral("auditState"), auditState(row.deviceId, manifest)},
        {QStringLiteral("chainOk"), chain},
        {QStringLiteral("gaps"), CaseGaps::flags(manifest, verified, chain)},
    };
}

QJsonArray CaseReader::list() const
{
    Statement st = m_ctx->db->prepare(
        "SELECT id, device_id, case_id, case_no, bytes, signature, hash, prev_hash, received_at, rowid "
        "FROM manifests m WHERE m.rowid = (SELECT m2.rowid FROM manifests m2 WHERE m2.device_id = m.device_id "
        "AND m2.case_id = m.case_id ORDER BY m2.received_at DESC, m2.rowid DESC LIMIT 1) "
        "ORDER BY m.received_at DESC, m.rowid DESC");
    QJsonArray out;
    while (st.step() == Statement::Step::Row) {
        const ManifestRow row = readRow(st);
        out.append(summary(row, parse(row.bytes)));
    }
    return out;
}

bool CaseReader::detail(const QString &caseId, QJsonObject *out) const
{
    ManifestRow row;
    if (!latestManifest(caseId, &row))
        return false;
    const QJsonObject manifest = parse(row.bytes);
    QJsonObject result = summary(row, manifest);
    result.insert(QStringLiteral("case"), manifest.value(QStringLiteral("case")));
    result.insert(QStringLiteral("auditHead"), manifest.value(QStringLiteral("auditHead")));
    result.insert(QStringLiteral("createdAt"), manifest.value(QStringLiteral("createdAt")));
    result.insert(QStringLiteral("hashAlg"), manifest.value(QStringLiteral("hashAlg")));

    const QString base = QStringLiteral("/web/api/cases/%1/files/").arg(QString::fromLatin1(QUrl::toPercentEncoding(caseId)));
    QSet<QString> objectIds{caseId};
    QJsonArray evidence;
    for (const QJsonValue &v : manifest.value(QStringLiteral("evidence")).toArray()) {
        QJsonObject e = v.toObject();
        const QString id = e.value(QStringLiteral("id")).toString();
        objectIds.insert(id);
        e.insert(QStringLiteral("state"), verifiedState(row, id, e.value(QStringLiteral("hash")).toString()));
        e.insert(QStringLiteral("url"), base + QString::fromLatin1(QUrl::toPercentEncoding(id)));
        e.insert(QStringLiteral("mimeType"),
                 mimeTypeFor(e.value(QStringLiteral("kind")).toString(), e.value(QStringLiteral("fileName")).toString()));
        evidence.append(e);
    }
    QJsonArray documents;
    for (const QJsonValue &v : manifest.value(QStringLiteral("documents")).toArray()) {
        QJsonObject d = v.toObject();
        objectIds.insert(d.value(QStringLiteral("id")).toString());
        const QString pdf = d.value(QStringLiteral("pdfEvidenceId")).toString();
        if (!pdf.isEmpty()) {
            objectIds.insert(pdf);
            d.insert(QStringLiteral("pdfState"), verifiedState(row, pdf, d.value(QStringLiteral("pdfHash")).toString()));
            d.insert(QStringLiteral("pdfUrl"), base + QString::fromLatin1(QUrl::toPercentEncoding(pdf)));
        }
        documents.append(d);
    }
    result.insert(QStringLiteral("evidence"), evidence);
    result.insert(QStringLiteral("documents"), documents);

    QJsonArray audit;
    Statement st = m_ctx->db->prepare(
        "SELECT seq, at, officer_no, action, object_type, object_id, details, hash FROM audit_rows "
        "WHERE device_id = ? ORDER BY seq");
    st.bind(1, row.deviceId);
    while (st.step() == Statement::Step::Row) {
        if (!objectIds.contains(st.text(5)))
            continue;
        audit.append(QJsonObject{{QStringLiteral("seq"), st.int64(0)},
                                 {QStringLiteral("at"), st.text(1)},
                                 {QStringLiteral("officerNo"), st.text(2)},
                                 {QStringLiteral("action"), st.text(3)},
                                 {QStringLiteral("objectType"), st.text(4)},
                                 {QStringLiteral("objectId"), st.text(5)},
                                 {QStringLiteral("details"), st.text(6)},
                                 {QStringLiteral("hash"), st.text(7)}});
    }
    result.insert(QStringLiteral("audit"), audit);
    *out = result;
    return true;
}

bool CaseReader::fileForCase(const QString &caseId, const QString &evidenceId, StoredFile *file) const
{
    ManifestRow row;
    if (!latestManifest(caseId, &row))
        return false;
    const QJsonObject manifest = parse(row.bytes);
    for (const Listed &f : listedFiles(manifest)) {
        if (f.id != evidenceId)
            continue;
        Statement up = m_ctx->db->prepare(
            "SELECT path, file_name, kind FROM uploads WHERE device_id = ? AND evidence_id = ? AND status = 'complete' "
            "ORDER BY completed_at DESC LIMIT 1");
        up.bind(1, row.deviceId).bind(2, evidenceId);
        if (up.step() != Statement::Step::Row)
            return false;
        const QString relative = up.text(0);
        if (QDir::isAbsolutePath(relative) || relative.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return false;
        file->path = QDir(m_ctx->dataDir).filePath(relative);
        file->fileName = f.fileName.isEmpty() ? up.text(1) : f.fileName;
        file->mimeType = mimeTypeFor(f.kind.isEmpty() ? up.text(2) : f.kind, file->fileName);
        return true;
    }
    return false;
}
