#pragma once
// HttpFront: the receiver's listening socket and the first reader of every HTTP/1.1 request.
//
//   client ──TCP/TLS──▶ FrontConnection ──(http_parser: head, body)──┐
//                           │                                        │
//                           │ a stream route claims the head         │ otherwise
//                           ▼                                        ▼
//                    StreamHandler::body() as bytes arrive    socketpair ──▶ QHttpServer
//                    StreamHandler::finish() → response       (its response bytes go back
//                                                              verbatim; http_parser finds
//                                                              where each one ends)
//
// Why: Qt HTTP Server 6.4 hands a route the whole body at once, after buffering it; the tus
// PATCH path wants to hash and write bytes while they arrive (bench/README.md, Upload). Every
// other request still goes to QHttpServer unchanged, over an in-process socketpair.
// Requests on one connection are handled strictly in order: the next request is not read
// until the previous response has been written. `Expect: 100-continue` is answered here for
// every request (Qt HTTP Server 6.4 never answers it). Nagle's algorithm is off on every
// client socket. With a certificate the listener is a QSslServer and QHttpServer sees only
// plaintext from the socketpair (ReceiverContext::tls still says https for signatures).

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <memory>

class QAbstractHttpServer;
class QHostAddress;
class QHttpServerResponse;
class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace HttpFront {

struct RequestHead
{
    QByteArray method;                            // "PATCH"
    QByteArray target;                            // path and query as sent, "/tus/abc?x=1"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case, values trimmed
    qint64 contentLength = -1;                    // -1: none (or chunked)
    bool chunked = false;

    QByteArray header(const QByteArray &lowerName) const;
    QByteArray path() const;                      // target without the query
};

// One request claimed by a stream route. body() gets the decoded body in pieces, in order —
// data points into buffer, which a handler may keep (shared, not copied) to use the bytes
// later or on another thread; finish() runs once the whole body arrived and returns the
// response.
class StreamHandler
{
public:
    virtual ~StreamHandler() = default;
    virtual void body(const QByteArray &buffer, const char *data, qint64 size) = 0;
    virtual QHttpServerResponse finish() = 0;

    // Set by the front once the handler is claimed: drops this request's connection at once
    // (e.g. when a newer request supersedes one from a client that has gone away).
    std::function<void()> abortConnection;
};

// Returns a handler to claim the request, or null to pass it to QHttpServer.
using StreamRoute = std::function<std::unique_ptr<StreamHandler>(const RequestHead &head)>;

// Serialises a response the way QHttpServer would (status line, headers, Content-Type from the
// MIME type, Content-Length). closeAfter adds `Connection: close`.
QByteArray serialize(const QHttpServerResponse &response, bool closeAfter);

class Server : public QObject
{
    Q_OBJECT
public:
    // http: the server every unclaimed request goes to (bound here to an in-process listener).
    Server(QAbstractHttpServer *http, StreamRoute route, QObject *parent = nullptr);
    ~Server() override;

    // Listens on address:port (plain), or with TLS when ssl is given. Returns the port, 0 on
    // failure (*error set, English).
    quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration *ssl, QString *error);

private:
    void accept(QTcpSocket *socket);
    QTcpSocket *connectInternal();   // a new socketpair connection into QHttpServer

    class Internal;
    QAbstractHttpServer *m_http;
    StreamRoute m_route;
    QTcpServer *m_listener = nullptr;
    Internal *m_internal = nullptr;
    friend class Connection;
};

} // namespace HttpFront
