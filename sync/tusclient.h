#pragma once
// TusClient: uploads one file with tus 1.0 (PROTOCOL.md §4) — OPTIONS to learn the server's
// extensions and checksum algorithms, POST to create (with metadata), HEAD to resume, PATCH in
// chunks (default 8 MiB) with Upload-Checksum when offered, DELETE to terminate. The upload URL
// and the acknowledged offset are kept per evidence id in a TusStateStore after every chunk,
// so a restart resumes from the server's offset. Works with any conforming tus server.
//
// upload() does one attempt: it returns Retry on transient trouble (network, 5xx, stall), and
// the caller waits (Backoff) and calls again — it then resumes, never restarts.

#include "httpclient.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

struct TusUploadState
{
    QString evidenceId;
    QString endpoint;
    QString uploadUrl;      // absolute; empty before creation
    qint64 offset = 0;      // last offset the server acknowledged
    qint64 size = 0;
    QString hash;
    QString hashAlg;
    QString status;         // created | uploading | done | failed
    QString lastError;
};

class TusStateStore
{
public:
    virtual ~TusStateStore() = default;
    virtual bool load(const QString &evidenceId, TusUploadState *state, bool *found, QString *error) = 0;
    virtual bool save(const TusUploadState &state, QString *error) = 0;
    virtual bool forget(const QString &evidenceId, QString *error) = 0;
};

struct TusFile
{
    QString evidenceId;
    QString path;           // absolute
    QString kind;           // video | audio | photo | document | file
    QString caseId;
    QString fileName;
    qint64 size = 0;
    QString hash;           // hex, of the whole file
    QString hashAlg;        // sha256 | sm3
};

class TusClient
{
public:
    enum class Outcome { Done, Retry, Failed, Aborted };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString error;          // Chinese, says what to do
        QString detail;         // English, for logs
        int httpStatus = 0;
        qint64 bytesSent = 0;   // body bytes the server acknowledged during this attempt
        bool restarted = false; // the server had lost the upload (404/410) and it began again
    };
    using Progress = std::function<void(qint64 offset, qint64 size)>;

    TusClient(HttpClient *http, TusStateStore *store);
    void setChunkSize(qint64 bytes);   // default 8 MiB

    Result upload(const QUrl &endpoint, const TusFile &file, const Progress &progress = {});
    Result terminate(const QString &evidenceId);

    // What OPTIONS told us (asked once per client and endpoint).
    QStringList serverExtensions() const { return m_extensions; }
    QByteArray checksumAlgorithm() const { return m_checksumAlgorithm; }   // "sha256" | "sha1" | empty

private:
    bool discover(const QUrl &endpoint, Result *result);
    bool create(const QUrl &endpoint, const TusFile &file, TusUploadState *state, Result *result);
    bool headOffset(TusUploadState *state, Result *result, bool *gone);
    Result finish(Result result, TusUploadState *state, bool haveState);
    HttpRequest request(const QByteArray &method, const QUrl &url) const;

    HttpClient *m_http;
    TusStateStore *m_store;
    qint64 m_chunkSize = 8 * 1024 * 1024;
    QUrl m_discoveredEndpoint;
    QStringList m_extensions;
    QByteArray m_checksumAlgorithm;
};
