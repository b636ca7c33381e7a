// The tus 1.0 endpoints of docs/PROTOCOL.md §4: core, creation, checksum (sha1, sha256),
// termination, expiration. Each PATCH is written and fsync'd before it is acknowledged, and the
// acknowledged offset is what the database says — so HEAD after a restart gives the durable
// offset. The last PATCH hashes the whole file and either files it under
// files/<device>/<evidence id> or quarantines it (422).

#include "apierror.h"
#include "backofficelogging.h"
#include "database.h"
#include "durablefile.h"
#include "contentdigest.h"
#include "hasher.h"
#include "tuschecksum.h"
#include "protocolroutes.h"
#include "receivercontext.h"
#include "receiverstore.h"
#include "requestverifier.h"
#include "tusmetadata.h"
#include "uploadfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

constexpr qint64 maxUploadSize = qint64(64) * 1024 * 1024 * 1024;   // Tus-Max-Size
constexpr qint64 maxChunkSize = qint64(64) * 1024 * 1024;           // larger PATCH bodies → 413
constexpr qint64 expirySecs = 7 * 24 * 3600;                         // after the last PATCH

struct Upload
{
    QString id, deviceId, evidenceId, caseId, kind, fileName, declaredHash, hashAlg, status, expiresAt, path;
    qint64 length = 0;
    qint64 offset = 0;
};

bool loadUpload(Database &db, const QString &id, Upload *u)
{
    Statement st = db.prepare("SELECT id, device_id, evidence_id, case_id, kind, file_name, declared_hash, hash_alg, "
                              "status, expires_at, path, length, offset FROM uploads WHERE id = ?");
    st.bind(1, id);
    if (st.step() != Statement::Step::Row)
        return false;
    u->id = st.text(0);
    u->deviceId = st.text(1);
    u->evidenceId = st.text(2);
    u->caseId = st.text(3);
    u->kind = st.text(4);
    u->fileName = st.text(5);
    u->declaredHash = st.text(6);
    u->hashAlg = st.text(7);
    u->status = st.text(8);
    u->expiresAt = st.text(9);
    u->path = st.text(10);
    u->length = st.int64(11);
    u->offset = st.int64(12);
    return true;
}

bool parseNonNegative(const QByteArray &value, qint64 *out)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    *out = value.toLongLong();
    return true;
}

QHttpServerResponse &tusHeaders(QHttpServerResponse &r)
{
    r.setHeader(QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0"));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse tus(QHttpServerResponse &&r)
{
    tusHeaders(r);
    return std::move(r);
}

class Tus
{
public:
    Tus(ReceiverContext *ctx, RequestVerifier *verifier) : m_ctx(ctx), m_verifier(verifier) {}

    QHttpServerResponse options(const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse head(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse headWithBody(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse patch(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse terminate(const QString &id, const QHttpServerRequest &request);

private:
    QHttpServerResponse refuse(int status, const char *code, const QString &message, const QString &actor,
                               const QString &object, const QString &detail = QString())
    {
        return tus(ApiError::refuse(m_ctx, status, QString::fromLatin1(code), message, actor, object, detail));
    }
    // Loads an upload of this device; otherwise the 404 / 410 refusal.
    std::optional<QHttpServerResponse> findUsable(const QString &id, const VerifiedDevice &device, Upload *u);
    QHttpServerResponse complete(Upload *u, const QString &object);
    bool isExpired(const Upload &u) const
    {
        return u.status == QLatin1String("open") && m_ctx->nowSecs() > ReceiverStore::secsFromIso(u.expiresAt);
    }
    QString abs(const QString &relative) const { return QDir(m_ctx->dataDir).filePath(relative); }

    ReceiverContext *m_ctx;
    RequestVerifier *m_verifier;
};

QHttpServerResponse Tus::options(const QHttpServerRequest &request)
{
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return tus(std::move(*refusal));
    QHttpServerResponse r(QHttpServerResponse::StatusCode::NoContent);
    tusHeaders(r);
    r.setHeader(QByteArrayLiteral("Tus-Version"), QByteArrayLiteral("1.0.0"));
    r.setHeader(QByteArrayLiteral("Tus-Extension"), QByteArrayLiteral("creation,checksum,termination,expiration"));
    r.setHeader(QByteArrayLiteral("Tus-Checksum-Algorithm"), QByteArrayLiteral("sha1,sha256"));
    r.setHeader(QByteArrayLiteral("Tus-Max-Size"), QByteArray::number(maxUploadSize));
    return r;
}

QHttpServerResponse Tus::create(const QHttpServerRequest &request)
{
    const QString object = QStringLiteral("/tus/");
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return tus(std::move(*refusal));
    const QString actor = device.deviceId;
    const QByteArray resumable = RequestVerifier::header(request, "tus-resumable");
    if (!resumable.isEmpty() && resumable != "1.0.0") {
        QHttpServerResponse r = refuse(412, "tus_version", QCoreApplication::translate("TusRoutes", "不支持的 tus 协议版本。请升级终端软件。"),
                                       actor, object, QString::fromLatin1(resumable));
        r.setHeader(QByteArrayLiteral("Tus-Version"), QByteArrayLiteral("1.0.0"));
        return r;
    }
    qint64 length = 0;
    if (!parseNonNegative(RequestVerifier::header(request, "upload-length"), &length)) {
        return refuse(400, "upload_length", QCoreApplication::translate("TusRoutes", "缺少或无效的 Upload-Length（本服务器不支持延后声明长度）。"),
                      actor, object);
    }
    if (length > maxUploadSize) {
        return refuse(413, "upload_too_large", QCoreApplication::translate("TusRoutes", "文件太大，超过服务器允许的上限。"), actor,
                      object, QString::number(length));
    }
    TusMetadata::Pairs meta;
    QString error;
    if (!TusMetadata::decode(RequestVerifier::header(request, "upload-metadata"), &meta, &error)) {
        return refuse(400, "upload_metadata", QCoreApplication::translate("TusRoutes", "上传元数据（Upload-Metadata）格式错误。"), actor,
                      object, error);
    }
    auto value = [&meta](const char *key) {
        return ReceiverStore::notNull(QString::fromUtf8(TusMetadata::value(meta, QByteArray(key))));
    };
    const QString evidenceId = value("evidenceId");
    const QString kind = value("kind");
    const QString fileName = value("filename");
    const QString hash = value("hash").toLower();
    const QString hashAlg = value("hashAlg");
    qint64 size = -1;
    const bool sizeOk = parseNonNegative(value("size").toLatin1(), &size) && size == length;
    static const QStringList kinds{QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("photo"),
                                   QStringLiteral("document"), QStringLiteral("file")};
    const bool hashOk = hash.size() == 64 && QByteArray::fromHex(hash.toLatin1()).toHex() == hash.toLatin1();
    if (!ReceiverStore::isSafeName(evidenceId) || !kinds.contains(kind) || fileName.isEmpty() || !sizeOk || !hashOk
        || (hashAlg != QLatin1String("sha256") && hashAlg != QLatin1String("sm3"))) {
        return refuse(400, "upload_metadata",
                      QCoreApplication::translate("TusRoutes", "上传元数据不完整或无效（需要 evidenceId、kind、filename、size、hash、hashAlg）。"),
                      actor, object, evidenceId);
    }

    // A device that lost its upload URL gets the one it already has.
    Statement existing = m_ctx->db->prepare("SELECT id FROM uploads WHERE device_id = ? AND evidence_id = ? "
                                            "AND status IN ('open', 'complete') ORDER BY created_at DESC, rowid DESC");
    existing.bind(1, device.deviceId).bind(2, evidenceId);
    while (existing.step() == Statement::Step::Row) {
        Upload u;
        if (!loadUpload(*m_ctx->db, existing.text(0), &u) || isExpired(u))
            continue;
        if (u.status == QLatin1String("complete") && u.declaredHash != hash) {
            return refuse(409, "evidence_conflict",
                          QCoreApplication::translate("TusRoutes", "证据 %1 已以不同的内容上传过，不能覆盖。请联系管理员。").arg(evidenceId),
                          actor, object, evidenceId);
        }
        if (u.status == QLatin1String("open") && (u.length != length || u.declaredHash != hash || u.hashAlg != hashAlg))
            continue;   // another version of the file: a fresh upload
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Created);
        tusHeaders(r);
        r.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/tus/") + u.id.toLatin1());
        r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(u.offset));
        if (u.status == QLatin1String("open"))
            r.setHeader(QByteArrayLiteral("Upload-Expires"), ReceiverStore::httpDate(ReceiverStore::secsFromIso(u.expiresAt)));
        return r;
    }

    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString id = QString::fromLatin1(random.toHex());
    const QString relative = QStringLiteral("uploads/%1.part").arg(id);
    if (!DurableFile::ensurePrivateDir(abs(QStringLiteral("uploads")), &error)
        || !DurableFile::createPrivateFile(abs(relative), &error)) {
        return refuse(507, "storage", QCoreApplication::translate("TusRoutes", "服务器无法保存文件（存储错误），请稍后重试。"), actor,
                      object, error);
    }
    const qint64 now = m_ctx->nowSecs();
    const qint64 expires = now + expirySecs;
    Statement insert = m_ctx->db->prepare(
        "INSERT INTO uploads (id, device_id, evidence_id, case_id, kind, file_name, length, offset, declared_hash, "
        "hash_alg, status, created_at, expires_at, path) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'open', ?, ?, ?)");
    insert.bind(1, id).bind(2, device.deviceId).bind(3, evidenceId).bind(4, value("caseId")).bind(5, kind)
        .bind(6, fileName).bind(7, length).bind(8, hash).bind(9, hashAlg).bind(10, ReceiverStore::isoMsFromSecs(now))
        .bind(11, ReceiverStore::isoFromSecs(expires)).bind(12, relative);
    if (!insert.exec()) {
        QFile::remove(abs(relative));
        return refuse(500, "internal_error", QCoreApplication::translate("TusRoutes", "服务器内部错误，请稍后重试。"), actor, object,
                      insert.error());
    }
    qCInfo(lcBackoffice).noquote() << "upload" << id << "created for" << (actor.isEmpty() ? QStringLiteral("(open tus)") : actor)
                                   << evidenceId << length << "bytes";
    Upload created;
    loadUpload(*m_ctx->db, id, &created);
    if (length == 0) {
        // Nothing to PATCH: verify the empty file now and answer as for a finished upload.
        QHttpServerResponse done = complete(&created, object);
        if (done.statusCode() != QHttpServerResponse::StatusCode::NoContent)
            return done;
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Created);
        tusHeaders(r);
        r.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/tus/") + id.toLatin1());
        r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArrayLiteral("0"));
        return r;
    }
    QHttpServerResponse r(QHttpServerResponse::StatusCode::Created);
    tusHeaders(r);
    r.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/tus/") + id.toLatin1());
    r.setHeader(QByteArrayLiteral("Upload-Expires"), ReceiverStore::httpDate(expires));
    return r;
}

std::optional<QHttpServerResponse> Tus::findUsable(const QString &id, const VerifiedDevice &device, Upload *u)
{
    const QString object = QStringLiteral("/tus/") + id;
    if (!loadUpload(*m_ctx->db, id, u) || u->deviceId != device.deviceId) {
        return refuse(404, "upload_not_found", QCoreApplication::translate("TusRoutes", "服务器上没有这个上传，将重新开始上传。"),
                      device.deviceId, object);
    }
    if (u->status == QLatin1String("terminated") || u->status == QLatin1String("mismatch") || isExpired(*u)) {
        return refuse(410, "upload_gone", QCoreApplication::translate("TusRoutes", "这个上传已过期或已终止，将重新开始上传。"),
                      device.deviceId, object, u->status);
    }
    return std::nullopt;
}

QHttpServerResponse Tus::head(const QString &id, const QHttpServerRequest &request)
{
    // A response to HEAD carries no body (a kept-alive client would read it as the next
    // response): refusals keep their status and tus headers, without the JSON.
    QHttpServerResponse r = headWithBody(id, request);
    if (r.data().isEmpty())
        return r;
    QHttpServerResponse bare(r.statusCode());
    tusHeaders(bare);
    const QList<QByteArray> offset = r.headers(QByteArrayLiteral("Upload-Offset"));
    if (!offset.isEmpty())
        bare.setHeader(QByteArrayLiteral("Upload-Offset"), offset.first());
    return bare;
}

QHttpServerResponse Tus::headWithBody(const QString &id, const QHttpServerRequest &request)
{
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return tus(std::move(*refusal));
    Upload u;
    if (auto refusal = findUsable(id, device, &u))
        return std::move(*refusal);
    if (u.status == QLatin1String("open") && u.offset == u.length) {
        // Completion was interrupted (a restart between the last write and filing it): finish now.
        QHttpServerResponse done = complete(&u, QStringLiteral("/tus/") + id);
        if (done.statusCode() != QHttpServerResponse::StatusCode::NoContent)
            return done;
    }
    QHttpServerResponse r(QHttpServerResponse::StatusCode::Ok);
    tusHeaders(r);
    r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(u.offset));
    r.setHeader(QByteArrayLiteral("Upload-Length"), QByteArray::number(u.length));
    if (u.status == QLatin1String("open"))
        r.setHeader(QByteArrayLiteral("Upload-Expires"), ReceiverStore::httpDate(ReceiverStore::secsFromIso(u.expiresAt)));
    return r;
}

QHttpServerResponse Tus::patch(const QString &id, const QHttpServerRequest &request)
{
    const QString object = QStringLiteral("/tus/") + id;
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return tus(std::move(*refusal));
    const QString actor = device.deviceId;
    Upload u;
    if (auto refusal = findUsable(id, device, &u))
        return std::move(*refusal);
    if (RequestVerifier::header(request, "content-type").toLower() != "application/offset+octet-stream") {
        return refuse(415, "content_type", QCoreApplication::translate("TusRoutes", "上传数据的类型必须是 application/offset+octet-stream。"),
                      actor, object);
    }
    qint64 offset = 0;
    if (!parseNonNegative(RequestVerifier::header(request, "upload-offset"), &offset)) {
        return refuse(400, "upload_offset", QCoreApplication::translate("TusRoutes", "缺少或无效的 Upload-Offset。"), actor, object);
    }
    const QByteArray body = request.body();
    if (offset != u.offset) {
        QHttpServerResponse r = refuse(409, "offset_mismatch",
                                       QCoreApplication::translate("TusRoutes", "上传位置与服务器不一致，将从服务器记录的位置继续。"), actor,
                                       object, QStringLiteral("%1 != %2").arg(offset).arg(u.offset));
        r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(u.offset));
        return r;
    }
    if (body.size() > maxChunkSize) {
        return refuse(413, "chunk_too_large", QCoreApplication::translate("TusRoutes", "单次上传的数据块太大（上限 64 MiB）。"), actor,
                      object, QString::number(body.size()));
    }
    if (offset + body.size() > u.length) {
        return refuse(400, "exceeds_length", QCoreApplication::translate("TusRoutes", "上传的数据超过了声明的文件长度。"), actor, object);
    }
    const QByteArray checksum = RequestVerifier::header(request, "upload-checksum");
    if (!checksum.isEmpty()) {
        QByteArray alg, expected;
        QString parseError;
        if (!TusChecksum::parse(checksum, &alg, &expected, &parseError))
            return refuse(400, "checksum_malformed", QCoreApplication::translate("TusRoutes", "Upload-Checksum 格式错误。"), actor, object,
                          parseError);
        // A signed request's Content-Digest was already checked against these bytes (the
        // verifier requires it to be covered); the same SHA-256 needs no second pass.
        const QByteArray verifiedSha256 = device.isSigned && alg == "sha256"
            ? ContentDigest::listedDigest(RequestVerifier::header(request, "content-digest"), "sha-256")
            : QByteArray();
        const QByteArray actual = verifiedSha256.isEmpty() ? TusChecksum::digest(alg, body) : verifiedSha256;
        if (actual.isEmpty())
            return refuse(400, "checksum_algorithm", QCoreApplication::translate("TusRoutes", "不支持的校验算法（只支持 sha1、sha256）。"),
                          actor, object, QString::fromLatin1(alg));
        if (actual != expected) {
            return refuse(460, "checksum_mismatch", QCoreApplication::translate("TusRoutes", "数据块校验不符，已丢弃，请重新发送。"), actor,
                          object, QString::fromLatin1(alg));
        }
    }
    QString error;
    if (!body.isEmpty()) {
        if (!UploadFiles::appendDurably(abs(u.path), offset, body, &error)) {
            return refuse(507, "storage", QCoreApplication::translate("TusRoutes", "服务器无法保存文件（存储错误），请稍后重试。"), actor,
                          object, error);
        }
        const qint64 expires = m_ctx->nowSecs() + expirySecs;
        Statement st = m_ctx->db->prepare("UPDATE uploads SET offset = ?, expires_at = ? WHERE id = ?");
        st.bind(1, offset + body.size()).bind(2, ReceiverStore::isoFromSecs(expires)).bind(3, id);
        if (!st.exec()) {
            return refuse(500, "internal_error", QCoreApplication::translate("TusRoutes", "服务器内部错误，请稍后重试。"), actor, object,
                          st.error());
        }
        u.offset = offset + body.size();
        u.expiresAt = ReceiverStore::isoFromSecs(expires);
    }
    if (u.offset == u.length && u.status == QLatin1String("open"))
        return complete(&u, object);
    QHttpServerResponse r(QHttpServerResponse::StatusCode::NoContent);
    tusHeaders(r);
    r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(u.offset));
    if (u.status == QLatin1String("open"))
        r.setHeader(QByteArrayLiteral("Upload-Expires"), ReceiverStore::httpDate(ReceiverStore::secsFromIso(u.expiresAt)));
    return r;
}

QHttpServerResponse Tus::complete(Upload *u, const QString &object)
{
    const QString actor = u->deviceId;
    const QString finalRelative = QStringLiteral("files/%1/%2").arg(UploadFiles::deviceDir(u->deviceId), u->evidenceId);
    QString source = abs(u->path);
    if (!QFile::exists(source) && QFile::exists(abs(finalRelative)))
        source = abs(finalRelative);   // filed before an interruption; only the row is behind
    QString error;
    const QString actual = Hasher::hashFileHex(u->hashAlg, source, &error);
    if (actual.isEmpty()) {
        return refuse(500, "internal_error", QCoreApplication::translate("TusRoutes", "服务器内部错误，请稍后重试。"), actor, object, error);
    }
    const bool matchesDeclared = actual.compare(u->declaredHash, Qt::CaseInsensitive) == 0;
    const bool matchesManifest = UploadFiles::matchExpected(m_ctx, u->deviceId, u->evidenceId, u->id, u->hashAlg, actual, true);
    const qint64 now = m_ctx->nowSecs();
    if (!matchesDeclared || !matchesManifest) {
        const QString quarantined = QStringLiteral("quarantine/%1").arg(u->id);
        if (!DurableFile::ensurePrivateDir(abs(QStringLiteral("quarantine")), &error) || !DurableFile::commit(source, abs(quarantined), &error))
            qCWarning(lcBackoffice) << "could not quarantine upload" << u->id << ":" << error;
        Statement st = m_ctx->db->prepare("UPDATE uploads SET status = 'mismatch', path = ?, completed_at = ? WHERE id = ?");
        st.bind(1, quarantined).bind(2, ReceiverStore::isoMsFromSecs(now)).bind(3, u->id);
        st.exec();
        const QString detail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("evidenceId"), u->evidenceId},
                                                                          {QStringLiteral("declared"), u->declaredHash},
                                                                          {QStringLiteral("actual"), actual},
                                                                          {QStringLiteral("manifestAgrees"), matchesManifest}})
                                                     .toJson(QJsonDocument::Compact));
        return refuse(422, "hash_mismatch",
                      QCoreApplication::translate("TusRoutes", "文件 %1 上传完成后的哈希值与声明不符，已隔离，不计为已接收。请重新上传。").arg(u->fileName),
                      actor, object, detail);
    }
    const QString finalPath = abs(finalRelative);
    if (source != finalPath) {
        if (!DurableFile::ensurePrivateDir(QFileInfo(finalPath).absolutePath(), &error)) {
            return refuse(507, "storage", QCoreApplication::translate("TusRoutes", "服务器无法保存文件（存储错误），请稍后重试。"), actor,
                          object, error);
        }
        if (QFile::exists(finalPath)) {
            // The same evidence arrived before (e.g. through an earlier upload id): keep the first.
            const QString existing = Hasher::hashFileHex(u->hashAlg, finalPath, &error);
            if (existing.compare(actual, Qt::CaseInsensitive) != 0) {
                return refuse(409, "evidence_conflict",
                              QCoreApplication::translate("TusRoutes", "证据 %1 已以不同的内容上传过，不能覆盖。请联系管理员。").arg(u->evidenceId),
                              actor, object, u->evidenceId);
            }
            QFile::remove(source);
        } else if (!DurableFile::commit(source, finalPath, &error)) {
            return refuse(507, "storage", QCoreApplication::translate("TusRoutes", "服务器无法保存文件（存储错误），请稍后重试。"), actor,
                          object, error);
        }
    }
    Statement st = m_ctx->db->prepare("UPDATE uploads SET status = 'complete', offset = length, path = ?, completed_at = ? WHERE id = ?");
    st.bind(1, finalRelative).bind(2, ReceiverStore::isoMsFromSecs(now)).bind(3, u->id);
    if (!st.exec()) {
        return refuse(500, "internal_error", QCoreApplication::translate("TusRoutes", "服务器内部错误，请稍后重试。"), actor, object,
                      st.error());
    }
    UploadFiles::matchExpected(m_ctx, u->deviceId, u->evidenceId, u->id, u->hashAlg, actual, false);
    ReceiverStore::logEvent(*m_ctx->db, now, actor, QStringLiteral("upload_complete"), u->evidenceId,
                            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("upload"), u->id},
                                                                        {QStringLiteral("size"), u->length},
                                                                        {QStringLiteral("hash"), actual}})
                                                  .toJson(QJsonDocument::Compact)));
    qCInfo(lcBackoffice).noquote() << "upload" << u->id << "complete:" << finalRelative;
    u->status = QStringLiteral("complete");
    u->path = finalRelative;
    u->offset = u->length;
    QHttpServerResponse r(QHttpServerResponse::StatusCode::NoContent);
    tusHeaders(r);
    r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(u->length));
    return r;
}

QHttpServerResponse Tus::terminate(const QString &id, const QHttpServerRequest &request)
{
    const QString object = QStringLiteral("/tus/") + id;
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return tus(std::move(*refusal));
    Upload u;
    if (auto refusal = findUsable(id, device, &u))
        return std::move(*refusal);
    if (u.status == QLatin1String("complete")) {
        return refuse(409, "upload_complete", QCoreApplication::translate("TusRoutes", "已接收的证据不能由终端删除。"), device.deviceId,
                      object);
    }
    QFile::remove(abs(u.path));
    Statement st = m_ctx->db->prepare("UPDATE uploads SET status = 'terminated' WHERE id = ?");
    st.bind(1, id);
    st.exec();
    ReceiverStore::logEvent(*m_ctx->db, m_ctx->nowSecs(), device.deviceId, QStringLiteral("upload_terminated"), u.evidenceId, id);
    return tus(QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent));
}

} // namespace

namespace TusRoutes {

void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier)
{
    auto t = std::make_shared<Tus>(ctx, verifier);
    using M = QHttpServerRequest::Method;
    server->route(QStringLiteral("/tus/"), M::Options, [t](const QHttpServerRequest &r) { return t->options(r); });
    server->route(QStringLiteral("/tus/"), M::Post, [t](const QHttpServerRequest &r) { return t->create(r); });
    server->route(QStringLiteral("/tus"), M::Options, [t](const QHttpServerRequest &r) { return t->options(r); });
    server->route(QStringLiteral("/tus"), M::Post, [t](const QHttpServerRequest &r) { return t->create(r); });
    server->route(QStringLiteral("/tus/<arg>"), M::Options, [t](const QString &, const QHttpServerRequest &r) { return t->options(r); });
    server->route(QStringLiteral("/tus/<arg>"), M::Head, [t](const QString &id, const QHttpServerRequest &r) { return t->head(id, r); });
    server->route(QStringLiteral("/tus/<arg>"), M::Patch, [t](const QString &id, const QHttpServerRequest &r) { return t->patch(id, r); });
    server->route(QStringLiteral("/tus/<arg>"), M::Delete,
                  [t](const QString &id, const QHttpServerRequest &r) { return t->terminate(id, r); });
}

} // namespace TusRoutes
