#pragma once
// FaultProxy: an HTTP/1.1 proxy for the sync tests, on 127.0.0.1 at a free port, running in
// its own thread (the client under test blocks in perform()). Each request head is shown to a
// rule, which says what to do with it: forward it to the upstream server (the node tus server),
// answer it here (500, 409, 410, 460, a malformed offset…), cut the connection after N body
// bytes have been forwarded, or stall (read nothing more, answer nothing). Forwarded requests
// use one upstream connection each (Connection: close), so the proxy never has to frame a
// response: it relays bytes until the upstream closes, then closes the client connection.
//
// Without an upstream it is a plain scripted HTTP server (the HttpClient tests).

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QThread>

#include <functional>

class QTcpServer;

struct ProxyRequest
{
    QByteArray method;
    QByteArray target;   // "/files/abc"
    QList<QPair<QByteArray, QByteArray>> headers;   // names lower-case, values trimmed
    QByteArray body;     // only for afterBody decisions
    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers)
            if (h.first == lowerName)
                return h.second;
        return QByteArray();
    }
};

struct ProxyAction
{
    enum Kind { Forward, Respond, Cut, Stall, ReadBodyFirst };
    Kind kind = Forward;
    // Respond
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Cut: forward the head and this many body bytes upstream, then reset both connections.
    qint64 cutAfter = 0;
    // Forward: headers appended to the upstream's response head (e.g. a checksum offer).
    QList<QPair<QByteArray, QByteArray>> addResponseHeaders;
    // ReadBodyFirst: the whole body is read, then this decides (Forward or Respond).
    std::function<ProxyAction(const ProxyRequest &full)> afterBody;

    static ProxyAction forward() { return ProxyAction(); }
    static ProxyAction respond(int status, QList<QPair<QByteArray, QByteArray>> headers = {}, QByteArray body = {})
    {
        ProxyAction a;
        a.kind = Respond;
        a.status = status;
        a.headers = std::move(headers);
        a.body = std::move(body);
        return a;
    }
    static ProxyAction cut(qint64 afterBytes)
    {
        ProxyAction a;
        a.kind = Cut;
        a.cutAfter = afterBytes;
        return a;
    }
    static ProxyAction stall()
    {
        ProxyAction a;
        a.kind = Stall;
        return a;
    }
    static ProxyAction readBodyFirst(std::function<ProxyAction(const ProxyRequest &)> decide)
    {
        ProxyAction a;
        a.kind = ReadBodyFirst;
        a.afterBody = std::move(decide);
        return a;
    }
};

class FaultProxy
{
public:
    using Rule = std::function<ProxyAction(const ProxyRequest &head)>;   // runs in the proxy thread

    explicit FaultProxy(quint16 upstreamPort = 0);
    ~FaultProxy();

    quint16 port() const { return m_port; }
    void setRule(Rule rule);   // thread-safe; default: forward everything

    // Counters (thread-safe).
    qint64 patchBytesForwarded() const;   // PATCH body bytes written to the upstream
    int requests(const QByteArray &method) const;
    int connections() const;
    QList<ProxyRequest> seen() const;     // heads of every request, in order

    // Used by the connection objects in the proxy thread.
    ProxyAction decide(const ProxyRequest &head);
    void countPatchBytes(qint64 n);
    void countConnection();
    quint16 upstreamPort() const { return m_upstream; }

private:
    quint16 m_upstream = 0;
    quint16 m_port = 0;
    QThread m_thread;
    QObject *m_context = nullptr;     // lives in m_thread: queued work runs there
    QTcpServer *m_server = nullptr;   // lives in m_thread
    mutable QMutex m_mutex;
    Rule m_rule;
    qint64 m_patchBytes = 0;
    int m_connections = 0;
    QList<ProxyRequest> m_seen;
};
