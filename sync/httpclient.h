#pragma once
// HttpClient: blocking HTTP requests over one libcurl multi handle, used from one thread (the
// sync thread, or the CLI's main thread). perform() drives curl_multi_perform/poll until the
// transfer ends, abort() is called, or no byte moved for the stall time. Connections are
// reused between requests. TLS is always verified; optional CA bundle, public-key pins
// (primary + backup) and client certificate. Plain http:// only to loopback addresses.
//
// Each request is signed (PROTOCOL.md §2) when a signer is set: HttpClient adds Content-Digest
// for a non-empty body, then calls the signer with the request as MessageSignature sees it.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace MessageSignature { struct Request; }

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;   // names lower-case
    QByteArray body;
};

struct HttpResponse
{
    int status = 0;                 // 0 when the transfer failed before a status line
    QList<QPair<QByteArray, QByteArray>> headers;   // names lower-case
    QByteArray body;                // capped at 1 MiB; more is a protocol error
    bool transportError = false;    // connection refused/reset, timeout, stall, TLS failure, abort
    bool aborted = false;
    QString error;                  // Chinese, for people, when transportError
    QString detail;                 // libcurl's English text, for logs
    qint64 bytesSent = 0;           // body bytes the server read (upload progress)

    QByteArray header(const QByteArray &lowerName) const;
};

struct TlsOptions
{
    QString caBundle;               // PEM file; empty → the system's store
    QStringList pins;               // "sha256//<base64>" each; any one matching is enough
    QString clientCertificate;      // PEM
    QString clientKey;              // PEM
};

class HttpClient
{
public:
    using Signer = std::function<bool(MessageSignature::Request *request, QString *error)>;
    using Progress = std::function<void(qint64 bodyBytesSent)>;

    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setTls(const TlsOptions &tls);
    void setSigner(Signer signer);
    void setMaxSendBytesPerSecond(qint64 bytesPerSecond);   // 0 = unlimited (bandwidth cap)
    void setStallSeconds(int seconds);                       // default 30
    void setConnectTimeoutSeconds(int seconds);              // default 15

    HttpResponse perform(const HttpRequest &request, const Progress &progress = {});

    // Thread-safe: a running perform() returns with aborted = true soon after.
    void abort();
    void clearAbort();

private:
    struct Private;
    Private *d;
    std::atomic_bool m_abort{false};
};
