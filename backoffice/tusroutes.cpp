// The tus 1.0 endpoints of docs/PROTOCOL.md §4 that QHttpServer serves: core (HEAD), creation,
// termination, expiration, OPTIONS. PATCH bodies are streamed instead (tuspatch.cpp, through
// HttpFront); what both need is in tusuploads.h.

#include "backofficelogging.h"
#include "database.h"
#include "durablefile.h"
#include "protocolroutes.h"
#include "receivercontext.h"
#include "receiverstore.h"
#include "requestverifier.h"
#include "tusmetadata.h"
#include "tuspatch.h"
#include "tusuploads.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QRandomGenerator>

namespace {

class Tus
{
public:
    Tus(TusUploads *uploads, RequestVerifier *verifier) : m_up(uploads), m_ctx(uploads->ctx()), m_verifier(verifier) {}

    QHttpServerResponse options(const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse head(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse terminate(const QString &id, const QHttpServerRequest &request);

private:
    QHttpServerResponse refuse(int status, const char *code, const QString &message, const QString &actor,
                               const QString &object, const QString &detail = QString())
    {
        return m_up->refuse(status, code, message, actor, object, detail);
    }

    TusUploads *m_up;
    ReceiverContext *m_ctx;
    RequestVerifier *m_verifier;
};

QHttpServerResponse Tus::options(const QHttpServerRequest &request)
{
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return TusUploads::tus(std::move(*refusal));
    QHttpServerResponse r(QHttpServerResponse::StatusCode::NoContent);
    TusUploads::addTusHeaders(r);
    r.setHeader(QByteArrayLiteral("Tus-Version"), QByteArrayLiteral("1.0.0"));
    r.setHeader(QByteArrayLiteral("Tus-Extension"), QByteArrayLiteral("creation,checksum,termination,expiration"));
    r.setHeader(QByteArrayLiteral("Tus-Checksum-Algorithm"), QByteArrayLiteral("sha1,sha256"));
    r.setHeader(QByteArrayLiteral("Tus-Max-Size"), QByteArray::number(TusUploads::maxUploadSize));
    return r;
}

QHttpServerResponse Tus::create(const QHttpServerRequest &request)
{
    const QString object = QStringLiteral("/tus/");
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return TusUploads::tus(std::move(*refusal));
    const QString actor = device.deviceId;
    const QByteArray resumable = RequestVerifier::header(request, "tus-resumable");
    if (!resumable.isEmpty() && resumable != "1.0.0") {
        QHttpServerResponse r = refuse(412, "tus_version", QCoreApplication::translate("TusRoutes", "不支持的 tus 协议版本。请升级终端软件。"),
                                       actor, object, QString::fromLatin1(resumable));
        r.setHeader(QByteArrayLiteral("Tus-Version"), QByteArrayLiteral("1.0.0"));
        return r;
    }
    qint64 length = 0;
    if (!TusUploads::parseNonNegative(RequestVerifier::header(request, "upload-length"), &length)) {
        return refuse(400, "upload_length", QCoreApplication::translate("TusRoutes", "缺少或无效的 Upload-Length（本服务器不支持延后声明长度）。"),
                      actor, object);
    }
    if (length > TusUploads::maxUploadSize) {
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
    const bool sizeOk = TusUploads::parseNonNegative(value("size").toLatin1(), &size) && size == length;
    static const QStringList kinds{QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("photo"),
                                   QStringLiteral("document"), QStringLiteral("file")};
    const bool hashOk = hash.size() == 64 && QByteArray::fromHex(hash.toLatin1()).toHex() == hash.toLatin1();
    if (!ReceiverStore::isSafeName(evidenceId) || !kinds.contains(kind) || fileName.isEmpty() || !sizeOk || !hashOk
        || (hashAlg != QLatin1String("sha256") && hashAlg != QLatin1String("sm3"))) {
        return refuse(400, "upload_metadata",
                      QCoreApplication::translate("TusRoutes", "上传元数据不完整或无效（需要 evidenceId、kind、filename、size、hash、hashAlg）。"),
                      actor, object, evidenceId);
    }

    // A device that lost its upload URL gets the one it already has (at its durable offset).
    m_up->settleAll();
    Statement existing = m_ctx->db->prepare("SELECT id FROM uploads WHERE device_id = ? AND evidence_id = ? "
                                            "AND status IN ('open', 'complete') ORDER BY created_at DESC, rowid DESC");
    existing.bind(1, device.deviceId).bind(2, evidenceId);
    while (existing.step() == Statement::Step::Row) {
        TusUpload u;
        if (!TusUploads::load(*m_ctx->db, existing.text(0), &u) || m_up->isExpired(u))
            continue;
        if (u.status == QLatin1String("complete") && u.declaredHash != hash) {
            return refuse(409, "evidence_conflict",
                          QCoreApplication::translate("TusRoutes", "证据 %1 已以不同的内容上传过，不能覆盖。请联系管理员。").arg(evidenceId),
                          actor, object, evidenceId);
        }
        if (u.status == QLatin1String("open") && (u.length != length || u.declaredHash != hash || u.hashAlg != hashAlg))
            continue;   // another version of the file: a fresh upload
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Created);
        TusUploads::addTusHeaders(r);
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
    if (!DurableFile::ensurePrivateDir(m_up->abs(QStringLiteral("uploads")), &error)
        || !DurableFile::createPrivateFile(m_up->abs(relative), &error)) {
        return refuse(507, "storage", QCoreApplication::translate("TusRoutes", "服务器无法保存文件（存储错误），请稍后重试。"), actor,
                      object, error);
    }
    const qint64 now = m_ctx->nowSecs();
    const qint64 expires = now + TusUploads::expirySecs;
    Statement insert = m_ctx->db->prepare(
        "INSERT INTO uploads (id, device_id, evidence_id, case_id, kind, file_name, length, offset, declared_hash, "
        "hash_alg, status, created_at, expires_at, path) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'open', ?, ?, ?)");
    insert.bind(1, id).bind(2, device.deviceId).bind(3, evidenceId).bind(4, value("caseId")).bind(5, kind)
        .bind(6, fileName).bind(7, length).bind(8, hash).bind(9, hashAlg).bind(10, ReceiverStore::isoMsFromSecs(now))
        .bind(11, ReceiverStore::isoFromSecs(expires)).bind(12, relative);
    if (!insert.exec()) {
        QFile::remove(m_up->abs(relative));
        return refuse(500, "internal_error", QCoreApplication::translate("TusRoutes", "服务器内部错误，请稍后重试。"), actor, object,
                      insert.error());
    }
    qCInfo(lcBackoffice).noquote() << "upload" << id << "created for" << (actor.isEmpty() ? QStringLiteral("(open tus)") : actor)
                                   << evidenceId << length << "bytes";
    TusUpload created;
    TusUploads::load(*m_ctx->db, id, &created);
    if (length == 0) {
        // Nothing to PATCH: verify the empty file now and answer as for a finished upload.
        QHttpServerResponse done = m_up->complete(&created, object);
        if (done.statusCode() != QHttpServerResponse::StatusCode::NoContent)
            return done;
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Created);
        TusUploads::addTusHeaders(r);
        r.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/tus/") + id.toLatin1());
        r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArrayLiteral("0"));
        return r;
    }
    QHttpServerResponse r(QHttpServerResponse::StatusCode::Created);
    TusUploads::addTusHeaders(r);
    r.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/tus/") + id.toLatin1());
    r.setHeader(QByteArrayLiteral("Upload-Expires"), ReceiverStore::httpDate(expires));
    return r;
}

// Refusals keep their JSON here: HttpFront sends a response to HEAD without its body.
QHttpServerResponse Tus::head(const QString &id, const QHttpServerRequest &request)
{
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return TusUploads::tus(std::move(*refusal));
    TusUpload u;
    if (auto refusal = m_up->findUsable(id, device, &u))
        return std::move(*refusal);
    if (u.status == QLatin1String("open") && u.offset == u.length) {
        // Completion was interrupted (a restart between the last write and filing it): finish now.
        QHttpServerResponse done = m_up->complete(&u, QStringLiteral("/tus/") + id);
        if (done.statusCode() != QHttpServerResponse::StatusCode::NoContent)
            return done;
    }
    QHttpServerResponse r(QHttpServerResponse::StatusCode::Ok);
    TusUploads::addTusHeaders(r);
    r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(u.offset));
    r.setHeader(QByteArrayLiteral("Upload-Length"), QByteArray::number(u.length));
    if (u.status == QLatin1String("open"))
        r.setHeader(QByteArrayLiteral("Upload-Expires"), ReceiverStore::httpDate(ReceiverStore::secsFromIso(u.expiresAt)));
    return r;
}

QHttpServerResponse Tus::terminate(const QString &id, const QHttpServerRequest &request)
{
    const QString object = QStringLiteral("/tus/") + id;
    VerifiedDevice device;
    if (auto refusal = m_verifier->verify(request, &device, m_ctx->openTus))
        return TusUploads::tus(std::move(*refusal));
    TusUpload u;
    if (auto refusal = m_up->findUsable(id, device, &u))
        return std::move(*refusal);
    if (u.status == QLatin1String("complete")) {
        return refuse(409, "upload_complete", QCoreApplication::translate("TusRoutes", "已接收的证据不能由终端删除。"), device.deviceId,
                      object);
    }
    QFile::remove(m_up->abs(u.path));
    m_up->dropRunningHash(id);
    Statement st = m_ctx->db->prepare("UPDATE uploads SET status = 'terminated' WHERE id = ?");
    st.bind(1, id);
    st.exec();
    ReceiverStore::logEvent(*m_ctx->db, m_ctx->nowSecs(), device.deviceId, QStringLiteral("upload_terminated"), u.evidenceId, id);
    return TusUploads::tus(QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent));
}

} // namespace

namespace TusRoutes {

HttpFront::StreamRoute install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier)
{
    auto uploads = std::make_shared<TusUploads>(ctx);
    auto t = std::make_shared<Tus>(uploads.get(), verifier);
    using M = QHttpServerRequest::Method;
    server->route(QStringLiteral("/tus/"), M::Options, [t, uploads](const QHttpServerRequest &r) { return t->options(r); });
    server->route(QStringLiteral("/tus/"), M::Post, [t](const QHttpServerRequest &r) { return t->create(r); });
    server->route(QStringLiteral("/tus"), M::Options, [t](const QHttpServerRequest &r) { return t->options(r); });
    server->route(QStringLiteral("/tus"), M::Post, [t](const QHttpServerRequest &r) { return t->create(r); });
    server->route(QStringLiteral("/tus/<arg>"), M::Options, [t](const QString &, const QHttpServerRequest &r) { return t->options(r); });
    server->route(QStringLiteral("/tus/<arg>"), M::Head, [t](const QString &id, const QHttpServerRequest &r) { return t->head(id, r); });
    server->route(QStringLiteral("/tus/<arg>"), M::Delete,
                  [t](const QString &id, const QHttpServerRequest &r) { return t->terminate(id, r); });
    // PATCH is streamed (tuspatch.cpp): its body is hashed and written while it arrives.
    return [uploads, verifier](const HttpFront::RequestHead &head) { return TusPatch::claim(uploads, verifier, head); };
}

} // namespace TusRoutes
