#include "tuspatch.h"

#include "backofficelogging.h"
#include "contentdigest.h"
#include "database.h"
#include "hashlane.h"
#include "receivercontext.h"
#include "receiverstore.h"
#include "requestverifier.h"
#include "streamdigest.h"
#include "tuschecksum.h"
#include "tusuploads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Writeback of what arrived is started every this many bytes, so the fsync before the answer
// waits for about the last MiB only rather than the whole chunk.
constexpr qint64 writebackStep = qint64(1) * 1024 * 1024;

class PatchHandler : public HttpFront::StreamHandler
{
public:
    PatchHandler(std::shared_ptr<TusUploads> uploads, RequestVerifier *verifier, const HttpFront::RequestHead &head,
                 const QString &id)
        : m_up(std::move(uploads)), m_verifier(verifier), m_id(id), m_object(QStringLiteral("/tus/") + id)
    {
        m_timer.start();
        m_wire = RequestVerifier::wireRequest(head, m_up->ctx()->tls);
        m_refusal = start(head);
    }

    ~PatchHandler() override
    {
        if (m_fd >= 0) {
            // Not acknowledged (refused, or the connection went): nothing of it stays.
            if (::ftruncate(m_fd, m_upload.offset) != 0)
                qCWarning(lcBackoffice) << "upload" << m_id << ": cannot drop an unacknowledged chunk:" << strerror(errno);
            ::close(m_fd);
        }
        if (m_claim)
            m_up->release(m_id, m_claim);
    }

    void body(const QByteArray &buffer, const char *data, qint64 size) override
    {
        m_received += size;
        if (m_refusal)
            return;   // read and dropped
        if (m_received > m_limit) {   // only a chunked body can get here (Content-Length was checked)
            m_refusal = m_received > TusUploads::maxChunkSize ? tooLarge(m_received) : exceedsLength();
            return;
        }
        if (m_lanes.empty()) {
            // Two lanes: the request's digests, and the upload's running file hash — each about
            // as fast as this thread receives and writes, so none of them waits for the others.
            std::vector<StreamDigest *> request;
            for (Digest &d : m_digests)
                request.push_back(d.hash.get());
            if (m_checksum)
                request.push_back(m_checksum.get());
            if (!request.empty())
                m_lanes.push_back(std::make_unique<HashLane>(std::move(request)));
            if (m_fileHash)
                m_lanes.push_back(std::make_unique<HashLane>(std::vector<StreamDigest *>{m_fileHash.get()}));
        }
        for (const auto &lane : m_lanes)
            lane->feed(buffer, data, size);
        qint64 written = 0;
        while (written < size) {
            const ssize_t n = ::pwrite(m_fd, data + written, size_t(size - written), m_writePos + written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_refusal = storageError(QStringLiteral("write: %1").arg(QString::fromLocal8Bit(strerror(errno))));
                return;
            }
            written += n;
        }
        m_writePos += size;
        if (m_writePos - m_writebackFrom >= writebackStep) {
            ::sync_file_range(m_fd, m_writebackFrom, m_writePos - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
            m_writebackFrom = m_writePos;
        }
    }

    QHttpServerResponse finish() override
    {
        const qint64 bodyDone = m_timer.nsecsElapsed();
        for (const auto &lane : m_lanes)
            lane->wait();
        const qint64 hashed = m_timer.nsecsElapsed();
        if (m_refusal)
            return std::move(*m_refusal);
        // 1. what arrived is what was signed and what tus was told
        for (Digest &d : m_digests) {
            if (d.hash->result() != d.expected) {
                if (auto refusal = m_verifier->finishBody(m_wire, m_device, false, QString::fromLatin1(d.name) + QStringLiteral(" mismatch")))
                    return TusUploads::tus(std::move(*refusal));
            }
        }
        if (m_checksum || !m_checksumFromDigest.isEmpty()) {
            const QByteArray actual = m_checksum ? m_checksum->result() : m_checksumFromDigest;
            if (actual != m_checksumExpected) {
                return m_up->refuse(460, "checksum_mismatch", QCoreApplication::translate("TusRoutes", "数据块校验不符，已丢弃，请重新发送。"), m_device.deviceId, m_object,
                                    QString::fromLatin1(m_checksumAlg));
            }
        }
        // 2. durable: the last chunk before it is acknowledged (the file is checked and filed
        // next); any other one while the device sends the next (TusUploads::trail).
        ReceiverContext *ctx = m_up->ctx();
        const bool last = m_upload.offset + m_received == m_upload.length;
        if (m_received == 0 || last) {   // otherwise the nonce is recorded with the trailing offset
            if (auto refusal = m_verifier->finishBody(m_wire, m_device, true, QString()))
                return TusUploads::tus(std::move(*refusal));
        }
        if (m_received > 0) {
            const qint64 expires = ctx->nowSecs() + TusUploads::expirySecs;
            const QString expiresIso = ReceiverStore::isoFromSecs(expires);
            if (last) {
                m_up->settle(m_id);   // the chunk before, first
                if (::fsync(m_fd) != 0)
                    return storageError(QStringLiteral("fsync: %1").arg(QString::fromLocal8Bit(strerror(errno))));
                Statement st = ctx->db->prepare("UPDATE uploads SET offset = ?, expires_at = ? WHERE id = ?");
                st.bind(1, m_upload.offset + m_received).bind(2, expiresIso).bind(3, m_id);
                if (!st.exec())
                    return m_up->refuse(500, "internal_error", QCoreApplication::translate("TusRoutes", "服务器内部错误，请稍后重试。"), m_device.deviceId, m_object, st.error());
                ::close(m_fd);
            } else {
                m_up->trail(m_id, m_fd, m_upload.offset + m_received, expiresIso, m_device);
            }
            m_fd = -1;   // closed, or the trailing fsync's
            m_upload.offset += m_received;
            m_upload.expiresAt = expiresIso;
        }
        const qint64 synced = m_timer.nsecsElapsed();
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        qCDebug(lcBackoffice).noquote() << "PATCH" << m_id << m_received << "bytes; head at" << m_timer.msecsSinceReference()
                                        << "ms: body" << bodyDone / 1e6 << "hash wait"
                                        << (hashed - bodyDone) / 1e6 << "checks and commit" << (synced - hashed) / 1e6;
        // 3. the last chunk: the whole file against its declaration and manifest
        if (m_upload.offset == m_upload.length && m_upload.status == QLatin1String("open")) {
            const QString hash = m_fileHash ? QString::fromLatin1(m_fileHash->result().toHex()) : QString();
            return m_up->complete(&m_upload, m_object, hash);
        }
        if (m_fileHash && m_received > 0)
            m_up->keepRunningHash(m_id, m_upload.offset, std::move(m_fileHash));
        QHttpServerResponse r(QHttpServerResponse::StatusCode::NoContent);
        TusUploads::addTusHeaders(r);
        r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(m_upload.offset));
        if (m_upload.status == QLatin1String("open"))
            r.setHeader(QByteArrayLiteral("Upload-Expires"), ReceiverStore::httpDate(ReceiverStore::secsFromIso(m_upload.expiresAt)));
        return r;
    }

private:
    struct Digest
    {
        const char *name;   // Content-Digest algorithm
        QByteArray expected;
        std::unique_ptr<StreamDigest> hash;
    };

    std::optional<QHttpServerResponse> start(const HttpFront::RequestHead &head)
    {
        ReceiverContext *ctx = m_up->ctx();
        const bool hasBody = head.chunked || head.contentLength > 0;
        if (auto refusal = m_verifier->verifyHead(m_wire, hasBody, &m_device, ctx->openTus))
            return TusUploads::tus(std::move(*refusal));
        const QString actor = m_device.deviceId;
        if (auto refusal = m_up->findUsable(m_id, m_device, &m_upload))
            return refusal;
        if (head.header("content-type").toLower() != "application/offset+octet-stream")
            return m_up->refuse(415, "content_type", QCoreApplication::translate("TusRoutes", "上传数据的类型必须是 application/offset+octet-stream。"), actor, m_object);
        qint64 offset = 0;
        if (!TusUploads::parseNonNegative(head.header("upload-offset"), &offset))
            return m_up->refuse(400, "upload_offset", QCoreApplication::translate("TusRoutes", "缺少或无效的 Upload-Offset。"), actor, m_object);
        if (offset != m_upload.offset) {
            QHttpServerResponse r = m_up->refuse(409, "offset_mismatch", QCoreApplication::translate("TusRoutes", "上传位置与服务器不一致，将从服务器记录的位置继续。"), actor,
                                                 m_object, QStringLiteral("%1 != %2").arg(offset).arg(m_upload.offset));
            r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(m_upload.offset));
            return r;
        }
        const qint64 declared = qMax<qint64>(0, head.contentLength);
        if (declared > TusUploads::maxChunkSize)
            return tooLarge(declared);
        if (offset + declared > m_upload.length)
            return exceedsLength();
        m_limit = qMin(TusUploads::maxChunkSize, m_upload.length - offset);
        if (auto refusal = prepareDigests(head))
            return refusal;
        if (m_upload.status != QLatin1String("open") || !hasBody)
            return std::nullopt;   // nothing to write (a finished upload, or an empty PATCH)
        m_claim = m_up->claim(m_id, [this] {
            // Superseded: the newer PATCH owns the file from here, so no truncating on the way out.
            if (m_fd >= 0)
                ::close(m_fd);
            m_fd = -1;
            m_claim = 0;
            m_refusal = m_up->refuse(409, "superseded", QCoreApplication::translate("TusRoutes", "同一文件的新上传请求已取代本请求。"), m_device.deviceId, m_object);
            if (abortConnection)
                abortConnection();
        });
        const QString path = m_up->abs(m_upload.path);
        m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
        // Bytes past the acknowledged offset (a chunk that was never acknowledged) go.
        if (m_fd < 0 || ::ftruncate(m_fd, offset) != 0)
            return storageError(QStringLiteral("open %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        m_writePos = m_writebackFrom = offset;
        m_fileHash = m_up->runningHash(m_id, offset);
        if (!m_fileHash && offset == 0)
            m_fileHash = StreamDigest::forFileHash(m_upload.hashAlg);
        return std::nullopt;
    }

    std::optional<QHttpServerResponse> prepareDigests(const HttpFront::RequestHead &head)
    {
        const QString actor = m_device.deviceId;
        const QByteArray contentDigest = head.header("content-digest");
        if (m_device.isSigned && !contentDigest.isEmpty()) {
            static const struct { const char *name, *evp; } known[] = {{"sha-256", "SHA256"}, {"sha-512", "SHA512"}, {"sm3", "SM3"}};
            for (const auto &k : known) {
                const QByteArray expected = ContentDigest::listedDigest(contentDigest, k.name);
                if (!expected.isEmpty())
                    m_digests.push_back({k.name, expected, std::make_unique<StreamDigest>(k.evp)});
            }
            if (m_digests.empty()) {
                if (auto refusal = m_verifier->finishBody(m_wire, m_device, false, QStringLiteral("no known algorithm")))
                    return TusUploads::tus(std::move(*refusal));
            }
        }
        const QByteArray checksum = head.header("upload-checksum");
        if (checksum.isEmpty())
            return std::nullopt;
        QString parseError;
        if (!TusChecksum::parse(checksum, &m_checksumAlg, &m_checksumExpected, &parseError))
            return m_up->refuse(400, "checksum_malformed", QCoreApplication::translate("TusRoutes", "Upload-Checksum 格式错误。"), actor, m_object, parseError);
        if (m_checksumAlg != "sha1" && m_checksumAlg != "sha256") {
            return m_up->refuse(400, "checksum_algorithm", QCoreApplication::translate("TusRoutes", "不支持的校验算法（只支持 sha1、sha256）。"), actor, m_object,
                                QString::fromLatin1(m_checksumAlg));
        }
        // The verified Content-Digest's SHA-256 serves Upload-Checksum sha256 too: one pass.
        for (Digest &d : m_digests) {
            if (m_checksumAlg == "sha256" && qstrcmp(d.name, "sha-256") == 0) {
                m_checksumFromDigest = d.expected;   // equal to the bytes once the digest matched
                return std::nullopt;
            }
        }
        m_checksum = std::make_unique<StreamDigest>(m_checksumAlg == "sha1" ? "SHA1" : "SHA256");
        return std::nullopt;
    }

    QHttpServerResponse tooLarge(qint64 size)
    {
        return m_up->refuse(413, "chunk_too_large", QCoreApplication::translate("TusRoutes", "单次上传的数据块太大（上限 64 MiB）。"), m_device.deviceId, m_object,
                            QString::number(size));
    }

    QHttpServerResponse exceedsLength()
    {
        return m_up->refuse(400, "exceeds_length", QCoreApplication::translate("TusRoutes", "上传的数据超过了声明的文件长度。"), m_device.deviceId, m_object);
    }

    QHttpServerResponse storageError(const QString &detail)
    {
        return m_up->refuse(507, "storage", QCoreApplication::translate("TusRoutes", "服务器无法保存文件（存储错误），请稍后重试。"), m_device.deviceId, m_object, detail);
    }

    std::shared_ptr<TusUploads> m_up;
    RequestVerifier *m_verifier;
    QString m_id, m_object;
    MessageSignature::Request m_wire;
    VerifiedDevice m_device;
    TusUpload m_upload;
    std::optional<QHttpServerResponse> m_refusal;
    std::vector<Digest> m_digests;
    std::unique_ptr<StreamDigest> m_checksum;
    QByteArray m_checksumAlg, m_checksumExpected, m_checksumFromDigest;
    std::unique_ptr<StreamDigest> m_fileHash;
    std::vector<std::unique_ptr<HashLane>> m_lanes;   // after the digests they update: joined first
    QElapsedTimer m_timer;   // since the head, for the debug timing line   // after the digests it updates: destroyed (joined) first
    quint64 m_claim = 0;
    int m_fd = -1;
    qint64 m_limit = 0;
    qint64 m_received = 0;
    qint64 m_writePos = 0;
    qint64 m_writebackFrom = 0;
};

} // namespace

namespace TusPatch {

std::unique_ptr<HttpFront::StreamHandler> claim(const std::shared_ptr<TusUploads> &uploads, RequestVerifier *verifier,
                                                const HttpFront::RequestHead &head)
{
    static const QRegularExpression pattern(QStringLiteral("^/tus/([^/]+)$"));
    if (head.method != "PATCH")
        return nullptr;
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(head.path()));
    if (!m.hasMatch())
        return nullptr;
    return std::make_unique<PatchHandler>(uploads, verifier, head, m.captured(1));
}

} // namespace TusPatch
