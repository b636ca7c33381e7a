#include "faultproxy.h"

#include <QMetaObject>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

// One client connection: request by request, as the rule says.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(FaultProxy *proxy, QTcpSocket *client, QObject *parent)
        : QObject(parent)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        QObject::connect(client, &QTcpSocket::readyRead, this, [this] { onClientData(); });
        QObject::connect(client, &QTcpSocket::disconnected, this, [this] { finish(); });
    }

private:
    enum class Phase { Head, Body, Waiting, Stalled, Done };

    void onClientData()
    {
        if (!m_client->isOpen())
            return;
        if (m_phase == Phase::Stalled || m_phase == Phase::Done) {
            m_client->readAll();   // swallow; nothing moves on
            return;
        }
        m_in += m_client->readAll();
        process();
    }

    void process()
    {
        while (true) {
            if (m_phase == Phase::Head) {
                const qsizetype end = m_in.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                parseHead(m_in.left(end));
                m_rawHead = m_in.left(end);
                m_in.remove(0, end + 4);
                m_remaining = m_request.header("content-length").toLongLong();
                m_action = m_proxy->decide(m_request);
                m_forwardedBody = 0;
                m_phase = Phase::Body;
                if (m_action.kind == ProxyAction::Stall) {
                    m_phase = Phase::Stalled;
                    m_in.clear();
                    return;
                }
                if (m_action.kind == ProxyAction::Forward || m_action.kind == ProxyAction::Cut)
                    openUpstream();
            }
            if (m_phase == Phase::Body) {
                const qint64 take = qMin<qint64>(m_remaining, m_in.size());
                const QByteArray part = m_in.left(take);
                m_in.remove(0, take);
                m_remaining -= take;
                if (!bodyPart(part))
                    return;
                if (m_remaining > 0)
                    return;
                if (!bodyDone())
                    return;
                continue;
            }
            return;   // Waiting: the upstream's answer comes first
        }
    }

    bool bodyPart(const QByteArray &part)
    {
        switch (m_action.kind) {
        case ProxyAction::Forward:
            toUpstream(part);
            return true;
        case ProxyAction::Cut: {
            const qint64 room = m_action.cutAfter - m_forwardedBody;
            toUpstream(part.left(qMax<qint64>(0, room)));
            if (m_forwardedBody >= m_action.cutAfter) {
                cutEverything();
                return false;
            }
            return true;
        }
        default:
            m_request.body += part;
            return true;
        }
    }

    bool bodyDone()
    {
        if (m_action.kind == ProxyAction::ReadBodyFirst) {
            const ProxyAction next = m_action.afterBody(m_request);
            m_action = next;
            if (m_action.kind == ProxyAction::Forward) {
                openUpstream();
                toUpstream(m_request.body);
            } else if (m_action.kind == ProxyAction::Stall) {
                m_phase = Phase::Stalled;
                return false;
            }
        }
        if (m_action.kind == ProxyAction::Respond) {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(m_action.status) + " Fault\r\n";
            bool hasLength = false;
            for (const auto &h : std::as_const(m_action.headers)) {
                out += h.first + ": " + h.second + "\r\n";
                hasLength = hasLength || h.first.toLower() == "content-length";
            }
            if (!hasLength && m_request.method != "HEAD" && m_action.status != 204)
                out += "Content-Length: " + QByteArray::number(m_action.body.size()) + "\r\n";
            out += "\r\n";
            if (m_request.method != "HEAD")
                out += m_action.body;
            m_client->write(out);
            m_phase = Phase::Head;
            m_request = ProxyRequest();
            return true;
        }
        if (m_action.kind == ProxyAction::Cut) {   // the whole body fitted under the cut point
            cutEverything();
            return false;
        }
        m_phase = Phase::Waiting;
        return false;
    }

    void parseHead(const QByteArray &head)
    {
        m_request = ProxyRequest();
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        m_request.method = first.value(0);
        m_request.target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
    }

    void openUpstream()
    {
        m_upstream = new QTcpSocket(this);
        m_responseHeadDone = m_action.addResponseHeaders.isEmpty();
        m_responseHead.clear();
        QByteArray head = m_request.method + ' ' + m_request.target + " HTTP/1.1\r\n";
        for (const auto &h : std::as_const(m_request.headers)) {
            if (h.first != "connection")
                head += h.first + ": " + h.second + "\r\n";
        }
        head += "connection: close\r\n\r\n";
        m_pending = head;
        QObject::connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->write(m_pending);
            m_pending.clear();
        });
        QObject::connect(m_upstream, &QTcpSocket::readyRead, this, [this] { fromUpstream(); });
        QObject::connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            fromUpstream();
            m_client->flush();
            m_client->disconnectFromHost();   // the response ended with the upstream connection
            m_phase = Phase::Done;
        });
        m_upstream->connectToHost(QStringLiteral("127.0.0.1"), m_proxy->upstreamPort());
    }

    void toUpstream(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        m_forwardedBody += bytes.size();
        if (m_request.method == "PATCH")
            m_proxy->countPatchBytes(bytes.size());
        if (m_upstream->state() == QAbstractSocket::ConnectedState && m_pending.isEmpty())
            m_upstream->write(bytes);
        else
            m_pending += bytes;
    }

    void fromUpstream()
    {
        if (!m_upstream || !m_upstream->isOpen())
            return;
        QByteArray bytes = m_upstream->readAll();
        if (!m_responseHeadDone) {
            m_responseHead += bytes;
            const qsizetype end = m_responseHead.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray extra;
            for (const auto &h : std::as_const(m_action.addResponseHeaders))
                extra += h.first + ": " + h.second + "\r\n";
            bytes = m_responseHead.left(end + 2) + extra + m_responseHead.mid(end + 2);
            m_responseHead.clear();
            m_responseHeadDone = true;
        }
        m_client->write(bytes);
    }

    void cutEverything()
    {
        m_phase = Phase::Done;
        if (m_upstream) {
            if (!m_pending.isEmpty() && m_upstream->state() == QAbstractSocket::ConnectedState) {
                m_upstream->write(m_pending);
                m_pending.clear();
            }
            // Let the forwarded bytes reach the server before the reset, like a real drop mid-body.
            m_upstream->flush();
            m_upstream->waitForBytesWritten(2000);
            m_upstream->abort();
        }
        m_client->abort();
        deleteLater();
    }

    void finish()
    {
        if (m_upstream && m_phase != Phase::Waiting)
            m_upstream->abort();
        deleteLater();
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    Phase m_phase = Phase::Head;
    QByteArray m_in;
    QByteArray m_rawHead;
    QByteArray m_pending;
    QByteArray m_responseHead;
    bool m_responseHeadDone = true;
    ProxyRequest m_request;
    ProxyAction m_action;
    qint64 m_remaining = 0;
    qint64 m_forwardedBody = 0;
};

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstream(upstreamPort)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QSemaphore ready;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ready] {
            m_server = new QTcpServer;
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *s = m_server->nextPendingConnection()) {
                    countConnection();
                    new ProxyConnection(this, s, m_server);
                }
            });
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            ready.release();
        },
        Qt::QueuedConnection);
    ready.acquire();
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            // Connections are children of the server: they go with it.
            m_server->close();
            delete m_server;
            m_server = nullptr;
            delete m_context;
            m_context = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FaultProxy::setRule(Rule rule)
{
    QMutexLocker lock(&m_mutex);
    m_rule = std::move(rule);
}

ProxyAction FaultProxy::decide(const ProxyRequest &head)
{
    Rule rule;
    {
        QMutexLocker lock(&m_mutex);
        m_seen.append(head);
        rule = m_rule;
    }
    if (!rule)
        return ProxyAction::forward();
    return rule(head);
}

void FaultProxy::countPatchBytes(qint64 n)
{
    QMutexLocker lock(&m_mutex);
    m_patchBytes += n;
}

void FaultProxy::countConnection()
{
    QMutexLocker lock(&m_mutex);
    ++m_connections;
}

qint64 FaultProxy::patchBytesForwarded() const
{
    QMutexLocker lock(&m_mutex);
    return m_patchBytes;
}

int FaultProxy::requests(const QByteArray &method) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const ProxyRequest &r : m_seen)
        n += r.method == method ? 1 : 0;
    return n;
}

int FaultProxy::connections() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

QList<ProxyRequest> FaultProxy::seen() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen;
}
