#pragma once
// TusUploads: what the tus endpoints (tusroutes.cpp, and tuspatch.cpp for PATCH) share —
// docs/PROTOCOL.md §4: the uploads row, the tus response headers, the standard refusals,
// finding an upload a device may use, filing a finished one (or quarantining it), the running
// whole-file hash kept between PATCHes, and which uploads a PATCH is writing right now.

#include "requestverifier.h"

#include <QHash>
#include <QHttpServerResponse>
#include <QObject>
#include <QString>

#include <functional>
#include <future>
#include <memory>
#include <unordered_map>
#include <optional>

class Database;
class StreamDigest;
struct ReceiverContext;

struct TusUpload
{
    QString id, deviceId, evidenceId, caseId, kind, fileName, declaredHash, hashAlg, status, expiresAt, path;
    qint64 length = 0;
    qint64 offset = 0;
};

class TusUploads
{
public:
    static constexpr qint64 maxUploadSize = qint64(64) * 1024 * 1024 * 1024;   // Tus-Max-Size
    static constexpr qint64 maxChunkSize = qint64(64) * 1024 * 1024;           // larger PATCH bodies → 413
    static constexpr qint64 expirySecs = 7 * 24 * 3600;                         // after the last PATCH

    explicit TusUploads(ReceiverContext *ctx);
    ~TusUploads();

    ReceiverContext *ctx() const { return m_ctx; }
    static bool load(Database &db, const QString &id, TusUpload *u);
    static bool parseNonNegative(const QByteArray &value, qint64 *out);
    static QHttpServerResponse &addTusHeaders(QHttpServerResponse &r);   // Tus-Resumable, Cache-Control
    static QHttpServerResponse tus(QHttpServerResponse &&r);

    // A JSON refusal with the tus headers, logged as an event.
    QHttpServerResponse refuse(int status, const char *code, const QString &message, const QString &actor,
                               const QString &object, const QString &detail = QString());
    // Loads an upload of this device; otherwise the 404 / 410 refusal. Settles a trailing chunk
    // first, so the offset is the durable one.
    std::optional<QHttpServerResponse> findUsable(const QString &id, const VerifiedDevice &device, TusUpload *u);
    // Checks a fully received upload's hash against its declaration and any manifest, then files
    // it under files/<device>/<evidence id> (204) or quarantines it (422). knownHashHex: the
    // file's hash computed while it arrived; empty → the file is read and hashed here.
    QHttpServerResponse complete(TusUpload *u, const QString &object, const QString &knownHashHex = QString());
    bool isExpired(const TusUpload &u) const;
    QString abs(const QString &relative) const;

    // The running hash of upload id's first `position` bytes, as a copy; null when none is kept
    // for exactly that position (e.g. after a receiver restart).
    std::unique_ptr<StreamDigest> runningHash(const QString &id, qint64 position) const;
    void keepRunningHash(const QString &id, qint64 position, std::unique_ptr<StreamDigest> hash);
    void dropRunningHash(const QString &id);

    // Durability one chunk behind the acknowledgement: a chunk whose digests matched is
    // acknowledged while its fsync runs on a helper thread (fd is owned from here); settle()
    // waits for that fsync and only then commits the offset and expiry — when the fsync ends, or
    // before anything reads the offset (findUsable: the next PATCH, HEAD, termination; creation),
    // so the database (and HEAD) only ever names bytes that are on disk; a crash costs the
    // device at most one chunk sent again.
    // The request's nonce (signed requests) is recorded in the same transaction.
    void trail(const QString &id, int fd, qint64 offset, const QString &expiresAtIso, const VerifiedDevice &device);
    void settle(const QString &id, quint64 serial = 0);   // serial: only that trailing chunk
    void settleAll();

    // One PATCH at a time per upload. A newer PATCH supersedes one still open (its client
    // reconnected after a drop the receiver has not noticed): abort is called for the old one.
    // Returns the claim's serial for release().
    quint64 claim(const QString &id, std::function<void()> abort);
    void release(const QString &id, quint64 serial);

private:
    struct Running
    {
        qint64 position = 0;
        std::unique_ptr<StreamDigest> hash;
    };
    struct Trailing
    {
        quint64 serial = 0;
        qint64 offset = 0;
        QString expiresAt;
        QString deviceId;
        QByteArray nonce;   // empty: unsigned (--open-tus)
        std::future<int> synced;   // 0, or the fsync's errno
    };
    ReceiverContext *m_ctx;
    QObject m_context;   // the settle posted by a finished fsync runs on the receiver's thread
    std::unordered_map<QString, Trailing> m_trailing;
    std::unordered_map<QString, Running> m_running;
    struct Claim
    {
        quint64 serial = 0;
        std::function<void()> abort;
    };
    QHash<QString, Claim> m_claims;
    quint64 m_serial = 0;   // claims and trailing chunks
};
