#include "httpfront.h"

#include "backofficelogging.h"
#include "receiverstore.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <http_parser.h>
#include <sys/socket.h>
#include <unistd.h>

namespace HttpFront {

QByteArray RequestHead::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return QByteArray();
}

QByteArray RequestHead::path() const
{
    const int query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

namespace {
QByteArray timeHeaders()
{
    // RFC 9110 §6.6.1: an origin server with a clock sends Date. The millisecond header lets a
    // device measure its clock offset finer than Date's whole seconds (PROTOCOL.md §8).
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    return QByteArrayLiteral("Date: ") + ReceiverStore::httpDate(nowMs / 1000)
           + QByteArrayLiteral("\r\nFieldterm-Server-Time: ") + QByteArray::number(nowMs) + "\r\n";
}
} // namespace

QByteArray serialize(const QHttpServerResponse &response, bool closeAfter)
{
    // Qt 6.4's QHttpServerResponse lists headers by name only, so the stream routes' responses
    // are limited to these (every header the tus and error paths set).
    static const char *const names[] = {"Tus-Resumable", "Tus-Version", "Tus-Extension", "Tus-Checksum-Algorithm",
                                        "Tus-Max-Size", "Upload-Offset", "Upload-Length", "Upload-Expires",
                                        "Location", "Cache-Control", "Retry-After", "Content-Type"};
    const int status = int(response.statusCode());
    const char *phrase = status == 460 ? "Checksum Mismatch" : http_status_str(http_status(status));
    QByteArray out = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + phrase + "\r\n";
    out += timeHeaders();
    bool typed = false;
    for (const char *name : names) {
        const QList<QByteArray> values = response.headers(QByteArray(name));
        for (const QByteArray &value : values)
            out += QByteArray(name) + ": " + value + "\r\n";
        typed = typed || (!values.isEmpty() && qstrcmp(name, "Content-Type") == 0);
    }
    const QByteArray body = response.data();
    if (!typed && !body.isEmpty() && !response.mimeType().isEmpty())
        out += "Content-Type: " + response.mimeType() + "\r\n";
    if (status >= 200 && status != 204 && status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (status != 204 && status != 304)
        out += body;
    return out;
}

namespace {

// Bytes taken from a client socket at a time, and how much Qt may buffer ahead of that.
constexpr qint64 readSize = 256 * 1024;
constexpr int maxPooledBuffers = 64;

// Chunked bodies for QHttpServer are collected in memory first; larger ones are refused.
constexpr qint64 maxRelayedChunkedBody = qint64(64) * 1024 * 1024;

// The in-process listener never listens (its connections are handed to it), which Qt warns
// about when QHttpServer binds it and when it takes a connection; those warnings are noise.
class QuietListenerWarnings
{
public:
    QuietListenerWarnings() { s_previous = QLoggingCategory::installFilter(&filter); }
    ~QuietListenerWarnings() { QLoggingCategory::installFilter(s_previous); }

private:
    static void filter(QLoggingCategory *category)
    {
        if (s_previous)
            s_previous(category);
        if (qstrcmp(category->categoryName(), "qt.httpserver") == 0 || qstrcmp(category->categoryName(), "default") == 0)
            category->setEnabled(QtWarningMsg, false);
    }
    static inline QLoggingCategory::CategoryFilter s_previous = nullptr;
};

} // namespace

class Server::Internal : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    void hand(QTcpSocket *socket)
    {
        QuietListenerWarnings quiet;   // QHttpServer takes the socket synchronously, in here
        addPendingConnection(socket);
    }
};

// One client connection: parses requests with http_parser and either streams a request into a
// StreamHandler or relays it to QHttpServer (see the header's diagram).
class Connection : public QObject
{
public:
    Connection(Server *server, QTcpSocket *client) : QObject(server), m_server(server), m_client(client)
    {
        client->setParent(this);
        // Bounded, so Qt reuses its buffer instead of allocating one the size of whatever arrived.
        client->setReadBufferSize(2 * readSize);
        http_parser_init(&m_req, HTTP_REQUEST);
        m_req.data = this;
        connect(client, &QTcpSocket::readyRead, this, &Connection::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        onClientData();
    }

private:
    static Connection *self(http_parser *p) { return static_cast<Connection *>(p->data); }

    static const http_parser_settings &requestSettings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings x;
            http_parser_settings_init(&x);
            x.on_message_begin = [](http_parser *p) { return self(p)->beginRequest(); };
            x.on_url = [](http_parser *p, const char *at, size_t n) { return self(p)->m_head.target.append(at, qsizetype(n)), 0; };
            x.on_header_field = [](http_parser *p, const char *at, size_t n) { return self(p)->headerField(at, n); };
            x.on_header_value = [](http_parser *p, const char *at, size_t n) { return self(p)->headerValue(at, n); };
            x.on_headers_complete = [](http_parser *p) { return self(p)->headersComplete(); };
            x.on_body = [](http_parser *p, const char *at, size_t n) { return self(p)->requestBody(at, n); };
            x.on_message_complete = [](http_parser *p) { return self(p)->requestComplete(); };
            return x;
        }();
        return s;
    }

    static const http_parser_settings &responseSettings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings x;
            http_parser_settings_init(&x);
            x.on_message_complete = [](http_parser *p) {
                self(p)->m_responseDone = true;
                http_parser_pause(p, 1);
                return 0;
            };
            return x;
        }();
        return s;
    }

    int beginRequest()
    {
        m_head = RequestHead();
        m_field.clear();
        m_value.clear();
        m_inValue = false;
        return 0;
    }

    void flushHeader()
    {
        if (!m_field.isEmpty())
            m_head.headers.append({m_field.toLower(), m_value.trimmed()});
        m_field.clear();
        m_value.clear();
    }

    int headerField(const char *at, size_t n)
    {
        if (m_inValue)
            flushHeader();
        m_inValue = false;
        m_field.append(at, qsizetype(n));
        return 0;
    }

    int headerValue(const char *at, size_t n)
    {
        m_inValue = true;
        m_value.append(at, qsizetype(n));
        return 0;
    }

    int headersComplete()
    {
        flushHeader();
        m_head.method = http_method_str(http_method(m_req.method));
        m_head.chunked = (m_req.flags & F_CHUNKED) != 0;
        m_head.contentLength = (m_req.flags & F_CONTENTLENGTH) ? qint64(m_req.content_length) : -1;
        m_keepAlive = http_should_keep_alive(&m_req) != 0;
        if (m_head.header("expect").toLower() == "100-continue")
            m_client->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        m_handler = m_server->m_route ? m_server->m_route(m_head) : nullptr;
        if (m_handler) {
            QPointer<Connection> self = this;
            m_handler->abortConnection = [self] {
                if (self) {
                    self->m_closing = true;
                    self->m_client->abort();
                    self->deleteLater();
                }
            };
            return 0;
        }
        if (!m_internal) {
            m_internal = m_server->connectInternal();
            if (!m_internal)
                return -1;   // answered 503 by the caller
            m_internal->setParent(this);
            connect(m_internal, &QTcpSocket::readyRead, this, &Connection::onInternalData);
            connect(m_internal, &QTcpSocket::disconnected, this, &Connection::onInternalClosed);
        }
        m_requestIsHead = m_req.method == HTTP_HEAD;
        m_relayBody.clear();
        if (!m_head.chunked)
            m_internal->write(relayHead(-1));
        return 0;
    }

    // The head as QHttpServer gets it: without Expect (answered here), and for a chunked body
    // (which Qt HTTP Server 6.4 does not read) with the Content-Length of the collected body.
    QByteArray relayHead(qint64 collectedLength) const
    {
        QByteArray head = m_head.method + ' ' + m_head.target + " HTTP/1.1\r\n";
        for (const auto &h : std::as_const(m_head.headers)) {
            if (h.first == "expect" || (collectedLength >= 0 && h.first == "transfer-encoding"))
                continue;
            head += h.first + ": " + h.second + "\r\n";
        }
        if (collectedLength >= 0)
            head += "content-length: " + QByteArray::number(collectedLength) + "\r\n";
        return head + "\r\n";
    }

    int requestBody(const char *at, size_t n)
    {
        if (m_handler) {
            m_handler->body(m_current, at, qint64(n));
        } else if (m_head.chunked) {   // collected, then relayed with a length (relayHead)
            if (m_relayBody.size() + qint64(n) > maxRelayedChunkedBody)
                return -1;
            m_relayBody.append(at, qsizetype(n));
        } else {
            m_internal->write(at, qint64(n));
        }
        return 0;
    }

    int requestComplete()
    {
        if (m_handler) {
            const QHttpServerResponse response = m_handler->finish();
            m_handler.reset();
            m_client->write(serialize(response, !m_keepAlive));
            if (!m_keepAlive)
                closeClient();
            return 0;
        }
        if (m_head.chunked) {
            m_internal->write(relayHead(m_relayBody.size()));
            m_internal->write(std::exchange(m_relayBody, QByteArray()));
        }
        m_awaitingResponse = true;
        m_responseDone = false;
        m_timeInserted = false;
        m_statusLine.clear();
        http_parser_init(&m_resp, HTTP_RESPONSE);
        m_resp.data = this;
        http_parser_pause(&m_req, 1);   // the next request waits for this response
        return 0;
    }

    void onClientData()
    {
        while (!m_awaitingResponse && !m_closing) {
            if (!m_pending.isEmpty()) {
                m_current = std::exchange(m_pending, QByteArray());
                parse(m_current.constData(), m_current.size());
                continue;
            }
            QByteArray &buffer = freeBuffer();
            const qint64 n = m_client->read(buffer.data(), readSize);   // in place: not shared now
            if (n <= 0)
                break;
            m_current = buffer;   // shared with whoever keeps a piece, until they let go
            parse(m_current.constData(), n);
        }
        m_current = QByteArray();
    }

    // A read buffer no stream handler holds any more (so it is written in place), from a small
    // pool: fresh allocations would page-fault on every read, which costs more than the copy.
    QByteArray &freeBuffer()
    {
        for (QByteArray &b : m_pool) {
            if (b.isDetached())
                return b;
        }
        if (m_pool.size() >= maxPooledBuffers) {   // handlers hold them all: one more, not kept
            m_spare = QByteArray(readSize, Qt::Uninitialized);
            return m_spare;
        }
        m_pool.append(QByteArray(readSize, Qt::Uninitialized));
        return m_pool.last();
    }

    void parse(const char *data, qint64 size)
    {
        const size_t done = http_parser_execute(&m_req, &requestSettings(), data, size_t(size));
        const http_errno err = HTTP_PARSER_ERRNO(&m_req);
        if (err == HPE_PAUSED) {
            m_pending = QByteArray(data + done, qsizetype(size - qint64(done)));
            return;
        }
        if (err != HPE_OK || m_req.upgrade) {
            const bool internalFailed = err == HPE_CB_headers_complete && !m_internal && !m_handler;
            qCInfo(lcBackoffice) << "closing a connection:" << (m_req.upgrade ? "protocol upgrade not supported"
                                                                               : http_errno_name(err));
            const QByteArray reply = internalFailed ? QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\n")
                                                    : QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n");
            m_client->write(reply + "Content-Length: 0\r\nConnection: close\r\n\r\n");
            m_handler.reset();
            closeClient();
        }
    }

    void onInternalData()
    {
        const QByteArray data = m_internal->readAll();
        if (data.isEmpty())
            return;
        if (!m_awaitingResponse) {
            m_client->write(data);
            return;
        }
        // The time headers go in right after the status line (QHttpServer sends neither).
        QByteArray out = data;
        if (!m_timeInserted) {
            m_statusLine += data;
            const int eol = m_statusLine.indexOf("\r\n");
            if (eol < 0) {
                out.clear();   // the status line is not complete yet
            } else {
                out = m_statusLine.left(eol + 2) + timeHeaders() + m_statusLine.mid(eol + 2);
                m_statusLine.clear();
                m_timeInserted = true;
            }
        }
        // Qt HTTP Server 6.4 sends a body after its answer to HEAD too; the client gets the
        // head only (RFC 9110 §9.3.2), so that response is held until it is complete.
        if (m_requestIsHead)
            m_heldResponse += out;
        else if (!out.isEmpty())
            m_client->write(out);
        http_parser_execute(&m_resp, &responseSettings(), data.constData(), size_t(data.size()));
        const http_errno err = HTTP_PARSER_ERRNO(&m_resp);
        if (m_responseDone) {
            responseFinished();
        } else if (err != HPE_OK) {
            qCWarning(lcBackoffice) << "unreadable response from the HTTP server:" << http_errno_name(err);
            closeClient();
        }
    }

    void onInternalClosed()
    {
        if (m_awaitingResponse) {
            // A response delimited by the end of the connection ends here, and so must ours.
            http_parser_execute(&m_resp, &responseSettings(), nullptr, 0);
            m_keepAlive = false;
            if (m_responseDone)
                responseFinished();
            else
                closeClient();
        }
        if (m_internal) {
            m_internal->deleteLater();
            m_internal = nullptr;
        }
    }

    void responseFinished()
    {
        if (m_requestIsHead) {
            const int end = m_heldResponse.indexOf("\r\n\r\n");
            m_client->write(m_heldResponse.left(end < 0 ? m_heldResponse.size() : end + 4));
            m_heldResponse.clear();
        }
        m_awaitingResponse = false;
        if (!m_keepAlive) {
            closeClient();
            return;
        }
        http_parser_pause(&m_req, 0);
        onClientData();
    }

    void closeClient()
    {
        m_closing = true;
        m_client->disconnectFromHost();   // after what is queued has been written
    }

    Server *m_server;
    QTcpSocket *m_client;
    QPointer<QTcpSocket> m_internal;
    http_parser m_req;
    http_parser m_resp;
    QByteArray m_current;   // the buffer being parsed
    QList<QByteArray> m_pool;   // read buffers, reused once no handler holds them
    QByteArray m_spare;
    QByteArray m_pending;   // client bytes after a paused request
    QByteArray m_relayBody; // a chunked body on its way to QHttpServer
    QByteArray m_heldResponse;   // QHttpServer's answer to a HEAD, until complete
    QByteArray m_statusLine;     // the start of a relayed response, until its status line ends
    bool m_timeInserted = false; // Date / Fieldterm-Server-Time added to the relayed response
    RequestHead m_head;
    QByteArray m_field, m_value;
    bool m_inValue = false;
    std::unique_ptr<StreamHandler> m_handler;
    bool m_keepAlive = true;
    bool m_awaitingResponse = false;
    bool m_responseDone = false;
    bool m_requestIsHead = false;
    bool m_closing = false;
};

Server::Server(QAbstractHttpServer *http, StreamRoute route, QObject *parent)
    : QObject(parent), m_http(http), m_route(std::move(route)), m_internal(new Internal)
{
    QuietListenerWarnings quiet;
    http->bind(m_internal);   // QHttpServer owns it from here
}

Server::~Server() = default;

quint16 Server::listen(const QHostAddress &address, quint16 port, const QSslConfiguration *ssl, QString *error)
{
    if (ssl) {
        auto *tls = new QSslServer(this);
        tls->setSslConfiguration(*ssl);
        m_listener = tls;
    } else {
        m_listener = new QTcpServer(this);
    }
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_listener->nextPendingConnection())
            accept(socket);
    });
    if (!m_listener->listen(address, port)) {
        *error = m_listener->errorString();
        return 0;
    }
    return m_listener->serverPort();
}

void Server::accept(QTcpSocket *socket)
{
    // Responses go out in a few writes (status and headers, then the body); with Nagle's
    // algorithm a later piece could wait for the client's delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new Connection(this, socket);
}

QTcpSocket *Server::connectInternal()
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds) != 0) {
        qCWarning(lcBackoffice) << "socketpair failed:" << strerror(errno);
        return nullptr;
    }
    auto *theirs = new QTcpSocket;
    auto *ours = new QTcpSocket;
    if (!theirs->setSocketDescriptor(fds[1]) || !ours->setSocketDescriptor(fds[0])) {
        qCWarning(lcBackoffice) << "cannot wrap the in-process connection:" << theirs->errorString();
        delete theirs;
        delete ours;
        return nullptr;
    }
    m_internal->hand(theirs);
    return ours;
}

} // namespace HttpFront
