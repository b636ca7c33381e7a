#include "httpclient.h"

#include "contentdigest.h"
#include "messagesignature.h"
#include "synclogging.h"

#include <QCoreApplication>
#include <QFile>

#include <curl/curl.h>

#include <mutex>

namespace {

constexpr qint64 maxResponseBody = 1024 * 1024;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    // 127.0.0.0/8, written as a dotted quad (QUrl has already normalised the host).
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

QByteArray trimmed(const char *data, size_t size)
{
    return QByteArray(data, qsizetype(size)).trimmed();
}

// What one transfer collects while libcurl runs it.
struct Transfer
{
    HttpResponse *response = nullptr;
    const HttpClient::Progress *progress = nullptr;
    bool bodyTooLarge = false;
    qint64 lastReported = -1;
};

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const QByteArray line = trimmed(data, n);
    if (line.startsWith("HTTP/")) {
        // A new status line (after 100 Continue, say): only the final response's headers count.
        t->response->headers.clear();
        return n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        t->response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    return n;
}

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->response->body.size() + qint64(n) > maxResponseBody) {
        t->bodyTooLarge = true;
        return 0;   // CURLE_WRITE_ERROR ends the transfer
    }
    t->response->body.append(data, qsizetype(n));
    return n;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t ulnow)
{
    auto *t = static_cast<Transfer *>(user);
    if (t->progress && *t->progress && ulnow != t->lastReported) {
        t->lastReported = ulnow;
        (*t->progress)(qint64(ulnow));
    }
    return 0;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &lowerName) const
{
    // A field sent more than once is one comma-separated list (RFC 9110 §5.3).
    QByteArray value;
    bool found = false;
    for (const auto &h : headers) {
        if (h.first == lowerName) {
            value += (found ? ", " : "") + h.second;
            found = true;
        }
    }
    return value;
}

struct HttpClient::Private
{
    CURLM *multi = nullptr;
    CURL *easy = nullptr;
    TlsOptions tls;
    Signer signer;
    qint64 maxSendBytesPerSecond = 0;
    int stallSeconds = 30;
    int connectTimeoutSeconds = 15;
};

HttpClient::HttpClient()
    : d(new Private)
{
    initCurlOnce();
    d->multi = curl_multi_init();
    d->easy = curl_easy_init();
}

HttpClient::~HttpClient()
{
    if (d->easy)
        curl_easy_cleanup(d->easy);
    if (d->multi)
        curl_multi_cleanup(d->multi);
    delete d;
}

void HttpClient::setTls(const TlsOptions &tls) { d->tls = tls; }
void HttpClient::setSigner(Signer signer) { d->signer = std::move(signer); }
void HttpClient::setMaxSendBytesPerSecond(qint64 bytesPerSecond) { d->maxSendBytesPerSecond = qMax<qint64>(0, bytesPerSecond); }
void HttpClient::setStallSeconds(int seconds) { d->stallSeconds = qMax(1, seconds); }
void HttpClient::setConnectTimeoutSeconds(int seconds) { d->connectTimeoutSeconds = qMax(1, seconds); }

void HttpClient::abort()
{
    m_abort = true;
    if (d->multi)
        curl_multi_wakeup(d->multi);   // thread-safe: the poll returns at once
}

void HttpClient::clearAbort()
{
    m_abort = false;
}

HttpResponse HttpClient::perform(const HttpRequest &request, const Progress &progress)
{
    HttpResponse response;
    const QUrl url = request.url.adjusted(QUrl::RemoveFragment);
    const QString server = url.host().isEmpty() ? url.toString() : url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    auto fail = [&](const QString &error, const QString &detail) {
        response.transportError = true;
        response.error = error;
        response.detail = detail;
        qCWarning(lcSync) << request.method << url.toString() << "failed:" << detail;
        return response;
    };
    // A request that must not be sent at all: not a transport problem, retrying cannot help.
    auto refuse = [&](const QString &error, const QString &detail) {
        response.error = error;
        response.detail = detail;
        qCWarning(lcSync) << request.method << url.toString() << "refused:" << detail;
        return response;
    };

    if (!d->multi || !d->easy)
        return fail(QCoreApplication::translate("HttpClient", "无法初始化网络传输：请重启程序后重试"), QStringLiteral("curl init failed"));
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QCoreApplication::translate("HttpClient", "服务器地址 %1 无效：请检查地址（例如 https://服务器/tus/）").arg(request.url.toString()),
                    QStringLiteral("invalid url"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(QCoreApplication::translate("HttpClient", "不支持的地址协议 %1：请使用 https:// 地址").arg(scheme), QStringLiteral("unsupported scheme"));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return refuse(QCoreApplication::translate("HttpClient", "拒绝通过未加密的 http:// 连接服务器 %1：请改用 https:// 地址（http 只允许本机回环地址）").arg(server),
                    QStringLiteral("plain http to a non-loopback host refused"));
    if (m_abort) {
        response.aborted = true;
        return fail(QCoreApplication::translate("HttpClient", "传输已取消"), QStringLiteral("aborted before start"));
    }

    // Headers as sent, then signed over exactly those.
    QList<QPair<QByteArray, QByteArray>> headers = request.headers;
    const QByteArray targetUri = url.toEncoded();
    if (d->signer) {
        MessageSignature::Request signable;
        signable.method = request.method;
        signable.targetUri = targetUri;
        signable.headers = headers;
        // A caller that already hashed the body (the tus client, for Upload-Checksum) passes the
        // digest in; it is the receiver that checks it against the bytes.
        if (!request.body.isEmpty() && !signable.hasHeader("content-digest"))
            signable.setHeader("content-digest", ContentDigest::header(request.body));
        QString signError;
        if (!d->signer(&signable, &signError)) {
            response.error = QCoreApplication::translate("HttpClient", "无法为请求签名：%1").arg(signError);
            response.detail = QStringLiteral("signer failed");
            qCWarning(lcSync) << "signing failed for" << request.method << url.toString();
            return response;
        }
        headers = signable.headers;
    }

    CURL *easy = d->easy;
    curl_easy_reset(easy);   // keeps the connection cache (it lives in the multi handle)
    curl_easy_setopt(easy, CURLOPT_URL, targetUri.constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT, long(d->connectTimeoutSeconds));
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, long(d->stallSeconds));
    if (d->maxSendBytesPerSecond > 0)
        curl_easy_setopt(easy, CURLOPT_MAX_SEND_SPEED_LARGE, curl_off_t(d->maxSendBytesPerSecond));

    // TLS: always verified; optional CA bundle, pins and client certificate.
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caBundle = QFile::encodeName(d->tls.caBundle);
    const QByteArray pins = d->tls.pins.join(QLatin1Char(';')).toLatin1();
    const QByteArray clientCert = QFile::encodeName(d->tls.clientCertificate);
    const QByteArray clientKey = QFile::encodeName(d->tls.clientKey);
    if (!caBundle.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, caBundle.constData());
    if (!pins.isEmpty())
        curl_easy_setopt(easy, CURLOPT_PINNEDPUBLICKEY, pins.constData());
    if (!clientCert.isEmpty())
        curl_easy_setopt(easy, CURLOPT_SSLCERT, clientCert.constData());
    if (!clientKey.isEmpty())
        curl_easy_setopt(easy, CURLOPT_SSLKEY, clientKey.constData());

    // Method and body. The body is sent from memory (chunks are at most a few MiB).
    const bool head = request.method == "HEAD";
    const bool hasBody = !request.body.isEmpty() || request.method == "POST" || request.method == "PATCH"
        || request.method == "PUT";
    if (head) {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else if (hasBody) {
        // Chunks of MiBs go out in 1 MiB writes instead of curl's default 64 KiB (fewer
        // syscalls and polls per chunk; measured in bench/upload.sh).
        curl_easy_setopt(easy, CURLOPT_UPLOAD_BUFFERSIZE, long(1024 * 1024));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        if (request.method != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    } else if (request.method != "GET") {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    curl_slist *list = nullptr;
    bool hasContentType = false;
    for (const auto &h : std::as_const(headers)) {
        if (h.first == "content-type")
            hasContentType = true;
        list = curl_slist_append(list, (h.first + ": " + h.second).constData());
    }
    list = curl_slist_append(list, "Expect:");   // no 100-continue round trip per chunk
    if (hasBody && !hasContentType)
        list = curl_slist_append(list, "Content-Type:");   // not curl's form-urlencoded default
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, list);

    Transfer transfer;
    transfer.response = &response;
    transfer.progress = &progress;
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &transfer);

    curl_multi_add_handle(d->multi, easy);
    CURLcode result = CURLE_OK;
    bool finished = false;
    bool aborted = false;
    while (!finished) {
        if (m_abort) {
            aborted = true;
            break;
        }
        int running = 0;
        const CURLMcode mc = curl_multi_perform(d->multi, &running);
        if (mc != CURLM_OK) {
            result = CURLE_FAILED_INIT;
            break;
        }
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(d->multi, &queued)) {
            if (msg->msg == CURLMSG_DONE && msg->easy_handle == easy) {
                result = msg->data.result;
                finished = true;
            }
        }
        if (!finished)
            curl_multi_poll(d->multi, nullptr, 0, 200, nullptr);
    }

    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    curl_off_t uploaded = 0;
    curl_easy_getinfo(easy, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    curl_off_t connectTime = 0;
    curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connectTime);
    curl_multi_remove_handle(d->multi, easy);
    curl_slist_free_all(list);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, nullptr);
    response.bytesSent = qint64(uploaded);

    if (aborted) {
        response.aborted = true;
        response.status = 0;
        return fail(QCoreApplication::translate("HttpClient", "传输已取消"), QStringLiteral("aborted"));
    }
    if (result == CURLE_OK) {
        response.status = int(status);
        qCDebug(lcSync) << request.method << url.toString() << "→" << response.status
                        << "sent" << response.bytesSent;
        return response;
    }

    const QString detail = QString::fromUtf8(curl_easy_strerror(result));
    response.status = 0;
    response.headers.clear();
    response.body.clear();
    switch (result) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return fail(QCoreApplication::translate("HttpClient", "无法连接到服务器 %1：请检查网络或服务器地址后重试").arg(server), detail);
    case CURLE_OPERATION_TIMEDOUT:
        if (connectTime == 0)
            return fail(QCoreApplication::translate("HttpClient", "连接服务器 %1 超时：请检查网络或服务器地址后重试").arg(server), detail);
        return fail(QCoreApplication::translate("HttpClient", "与服务器 %1 的传输停滞超过 %2 秒：网络可能已中断，稍后将自动重试").arg(server).arg(d->stallSeconds),
                    detail + QStringLiteral(" (stall)"));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        return fail(QCoreApplication::translate("HttpClient", "无法验证服务器 %1 的证书：请检查服务器证书与配置的 CA 证书，或联系管理员").arg(server), detail);
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return fail(QCoreApplication::translate("HttpClient", "服务器 %1 的公钥与配置的固定公钥不符：连接可能被拦截，请联系管理员核对").arg(server), detail);
    case CURLE_SSL_CERTPROBLEM:
        return fail(QCoreApplication::translate("HttpClient", "无法使用配置的客户端证书或私钥：请检查证书文件后重试"), detail);
    case CURLE_WRITE_ERROR:
        if (transfer.bodyTooLarge)
            return fail(QCoreApplication::translate("HttpClient", "服务器 %1 的应答过大（超过 1 MiB）：请确认服务器地址是否正确").arg(server),
                        QStringLiteral("response body over 1 MiB"));
        break;
    default:
        break;
    }
    return fail(QCoreApplication::translate("HttpClient", "与服务器 %1 的连接中断：稍后将自动重试，也可检查网络后重试").arg(server), detail);
}
