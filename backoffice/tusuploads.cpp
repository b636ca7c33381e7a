#include "tusuploads.h"

#include "apierror.h"
#include "backofficelogging.h"
#include "database.h"
#include "durablefile.h"
#include "hasher.h"
#include "receivercontext.h"
#include "receiverstore.h"
#include "streamdigest.h"
#include "transaction.h"
#include "uploadfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <unistd.h>

TusUploads::TusUploads(ReceiverContext *ctx) : m_ctx(ctx) {}

TusUploads::~TusUploads()
{
    settleAll();
}

bool TusUploads::load(Database &db, const QString &id, TusUpload *u)
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

bool TusUploads::parseNonNegative(const QByteArray &value, qint64 *out)
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

QHttpServerResponse &TusUploads::addTusHeaders(QHttpServerResponse &r)
{
    r.setHeader(QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0"));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse TusUploads::tus(QHttpServerResponse &&r)
{
    addTusHeaders(r);
    return std::move(r);
}

QHttpServerResponse TusUploads::refuse(int status, const char *code, const QString &message, const QString &actor,
                                       const QString &object, const QString &detail)
{
    return tus(ApiError::refuse(m_ctx, status, QString::fromLatin1(code), message, actor, object, detail));
}

bool TusUploads::isExpired(const TusUpload &u) const
{
    return u.status == QLatin1String("open") && m_ctx->nowSecs() > ReceiverStore::secsFromIso(u.expiresAt);
}

QString TusUploads::abs(const QString &relative) const
{
    return QDir(m_ctx->dataDir).filePath(relative);
}

std::optional<QHttpServerResponse> TusUploads::findUsable(const QString &id, const VerifiedDevice &device, TusUpload *u)
{
    const QString object = QStringLiteral("/tus/") + id;
    settle(id);   // what the database says from here is on disk
    if (!load(*m_ctx->db, id, u) || u->deviceId != device.deviceId) {
        return refuse(404, "upload_not_found", QCoreApplication::translate("TusRoutes", "服务器上没有这个上传，将重新开始上传。"),
                      device.deviceId, object);
    }
    if (u->status == QLatin1String("terminated") || u->status == QLatin1String("mismatch") || isExpired(*u)) {
        return refuse(410, "upload_gone", QCoreApplication::translate("TusRoutes", "这个上传已过期或已终止，将重新开始上传。"),
                      device.deviceId, object, u->status);
    }
    return std::nullopt;
}

QHttpServerResponse TusUploads::complete(TusUpload *u, const QString &object, const QString &knownHashHex)
{
    const QString actor = u->deviceId;
    const QString finalRelative = QStringLiteral("files/%1/%2").arg(UploadFiles::deviceDir(u->deviceId), u->evidenceId);
    QString source = abs(u->path);
    if (!QFile::exists(source) && QFile::exists(abs(finalRelative)))
        source = abs(finalRelative);   // filed before an interruption; only the row is behind
    QString error;
    const QString actual = knownHashHex.isEmpty() ? Hasher::hashFileHex(u->hashAlg, source, &error) : knownHashHex;
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
    dropRunningHash(u->id);
    QHttpServerResponse r(QHttpServerResponse::StatusCode::NoContent);
    addTusHeaders(r);
    r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(u->length));
    return r;
}

void TusUploads::trail(const QString &id, int fd, qint64 offset, const QString &expiresAtIso, const VerifiedDevice &device)
{
    settle(id);   // never more than one chunk behind
    Trailing &t = m_trailing[id];
    t.serial = ++m_serial;
    t.offset = offset;
    t.expiresAt = expiresAtIso;
    t.deviceId = device.deviceId;
    t.nonce = device.isSigned ? device.signature.params.nonce : QByteArray();
    QObject *context = &m_context;   // lives on the receiver's thread; queued calls die with it
    t.synced = std::async(std::launch::async, [this, fd, id, context, serial = t.serial] {
        const int error = ::fsync(fd) == 0 ? 0 : errno;
        ::close(fd);
        // Commit as soon as it is durable, even if the device sends nothing more.
        QMetaObject::invokeMethod(context, [this, id, serial] { settle(id, serial); }, Qt::QueuedConnection);
        return error;
    });
}

void TusUploads::settle(const QString &uploadId, quint64 serial)
{
    const QString id = uploadId;   // a copy: the caller's may be the map's key, erased below
    const auto it = m_trailing.find(id);
    if (it == m_trailing.end() || (serial != 0 && it->second.serial != serial))
        return;
    Trailing t = std::move(it->second);
    m_trailing.erase(it);
    const int error = t.synced.get();
    if (error != 0) {
        // The offset stays where the disk is; the device's next PATCH gets 409 and resends.
        qCWarning(lcBackoffice).noquote() << "upload" << id << ": fsync failed, offset stays:" << strerror(error);
        return;
    }
    // One transaction: the offset and the request's nonce. It need not wait for its own WAL
    // fsync (synchronous NORMAL just here): after a power cut it may be lost, and then the
    // offset is only further behind the disk, never ahead of it — the device resends.
    QString detail;
    m_ctx->db->exec("PRAGMA synchronous = NORMAL", &detail);
    const auto restore = qScopeGuard([this] {
        QString error;
        if (!m_ctx->db->exec("PRAGMA synchronous = FULL", &error))
            qCWarning(lcBackoffice) << "cannot restore synchronous = FULL:" << error;
    });
    Transaction tx(*m_ctx->db);
    // Never backwards (a later chunk's offset may already be committed).
    Statement st = m_ctx->db->prepare("UPDATE uploads SET offset = ?1, expires_at = ?2 WHERE id = ?3 AND status = 'open' AND offset < ?1",
                                      &detail);
    const bool ok = tx.isActive() && st.isValid() && st.bind(1, t.offset).bind(2, t.expiresAt).bind(3, id).exec()
        && (t.nonce.isEmpty() || RequestVerifier::storeNonce(*m_ctx->db, t.deviceId, t.nonce, m_ctx->nowSecs(), &detail))
        && tx.commit();
    if (!ok) {
        qCWarning(lcBackoffice).noquote() << "upload" << id << ": cannot commit offset" << t.offset << ":"
                                          << (detail.isEmpty() ? st.error() + tx.error() : detail);
    }
}

void TusUploads::settleAll()
{
    while (!m_trailing.empty()) {
        const QString id = m_trailing.begin()->first;
        settle(id, 0);
    }
}

std::unique_ptr<StreamDigest> TusUploads::runningHash(const QString &id, qint64 position) const
{
    const auto it = m_running.find(id);
    if (it == m_running.end() || it->second.position != position || !it->second.hash)
        return nullptr;
    return it->second.hash->copy();
}

void TusUploads::keepRunningHash(const QString &id, qint64 position, std::unique_ptr<StreamDigest> hash)
{
    // A bound on memory for devices that never come back: forget the lot and re-read those files.
    if (m_running.size() >= 1024 && m_running.count(id) == 0)
        m_running.clear();
    Running &r = m_running[id];
    r.position = position;
    r.hash = std::move(hash);
}

void TusUploads::dropRunningHash(const QString &id)
{
    m_running.erase(id);
}

quint64 TusUploads::claim(const QString &id, std::function<void()> abort)
{
    const auto it = m_claims.find(id);
    if (it != m_claims.end()) {
        qCInfo(lcBackoffice).noquote() << "upload" << id << ": a newer PATCH supersedes one still open; dropping that connection";
        const std::function<void()> old = std::move(it->abort);
        m_claims.erase(it);
        if (old)
            old();
    }
    Claim &c = m_claims[id];
    c.serial = ++m_serial;
    c.abort = std::move(abort);
    return c.serial;
}

void TusUploads::release(const QString &id, quint64 serial)
{
    const auto it = m_claims.find(id);
    if (it != m_claims.end() && it->serial == serial)
        m_claims.erase(it);
}
