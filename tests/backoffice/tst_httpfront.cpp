// HttpFront: request framing on one kept-alive connection, with a raw socket as the client so
// the bytes on the wire are exactly what a test says — relayed requests (Content-Length,
// chunked, HEAD), streamed requests, 100-continue, pipelined requests answered in order, and
// a malformed request closing the connection. The server (QHttpServer + HttpFront) runs on its
// own thread; the client blocks.

#include "httpfront.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QMutex>
#include <QSemaphore>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

namespace {

// Collects what the streamed route received.
struct Seen
{
    QMutex mutex;
    QList<QByteArray> bodies;
    QList<int> pieces;
};

class CollectHandler : public HttpFront::StreamHandler
{
public:
    explicit CollectHandler(Seen *seen) : m_seen(seen) {}
    void body(const QByteArray &, const char *data, qint64 size) override
    {
        m_body.append(data, size);
        ++m_pieces;
    }
    QHttpServerResponse finish() override
    {
        QMutexLocker lock(&m_seen->mutex);
        m_seen->bodies.append(m_body);
        m_seen->pieces.append(m_pieces);
        QHttpServerResponse r(QHttpServerResponse::StatusCode::NoContent);
        r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArray::number(m_body.size()));
        return r;
    }

private:
    Seen *m_seen;
    QByteArray m_body;
    int m_pieces = 0;
};

class ServerThread : public QThread
{
public:
    explicit ServerThread(Seen *seen) : m_seen(seen) {}
    quint16 port = 0;
    QSemaphore ready;

protected:
    void run() override
    {
        QHttpServer http;
        http.route(QStringLiteral("/echo"), [](const QHttpServerRequest &r) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("echo:") + r.body());
        });
        http.route(QStringLiteral("/hello"), QHttpServerRequest::Method::Head | QHttpServerRequest::Method::Get,
                   [] { return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("hello")); });
        Seen *seen = m_seen;
        HttpFront::Server front(&http, [seen](const HttpFront::RequestHead &head) -> std::unique_ptr<HttpFront::StreamHandler> {
            if (head.method == "PATCH" && head.path() == "/stream")
                return std::make_unique<CollectHandler>(seen);
            return nullptr;
        });
        QString error;
        port = front.listen(QHostAddress::LocalHost, 0, nullptr, &error);
        ready.release();
        if (port)
            exec();
    }

private:
    Seen *m_seen;
};

// Reads one response (status line, headers, Content-Length body) from a blocking socket.
struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

bool readResponse(QTcpSocket &s, QByteArray &buffer, Response *out, bool headRequest = false)
{
    QElapsedTimer t;
    t.start();
    int end = -1;
    while ((end = buffer.indexOf("\r\n\r\n")) < 0) {
        if (t.elapsed() > 5000 || (!s.waitForReadyRead(1000) && s.state() != QAbstractSocket::ConnectedState))
            return false;
        buffer += s.readAll();
    }
    out->head = buffer.left(end);
    buffer.remove(0, end + 4);
    out->status = out->head.mid(9, 3).toInt();
    qint64 length = 0;
    for (const QByteArray &line : out->head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (headRequest || out->status == 100 || out->status == 204)
        length = 0;
    while (buffer.size() < length) {
        if (t.elapsed() > 5000 || !s.waitForReadyRead(1000))
            return false;
        buffer += s.readAll();
    }
    out->body = buffer.left(length);
    buffer.remove(0, length);
    return true;
}

} // namespace

class TestHttpFront : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server = new ServerThread(&m_seen);
        m_server->start();
        m_server->ready.acquire();
        QVERIFY(m_server->port != 0);
    }

    void cleanupTestCase()
    {
        m_server->quit();
        m_server->wait();
        delete m_server;
    }

    void keptAliveMixOfRelayedAndStreamed()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port);
        QVERIFY(s.waitForConnected(3000));
        QByteArray buffer;
        Response r;

        s.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("echo:hello"));

        // A streamed body in several TCP writes arrives whole and in order.
        const QByteArray big(3 * 1024 * 1024 + 7, 'z');
        s.write("PATCH /stream HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(big.size()) + "\r\n\r\n");
        s.write(big);
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.status, 204);
        QVERIFY(r.head.contains("Upload-Offset: " + QByteArray::number(big.size())));
        {
            QMutexLocker lock(&m_seen.mutex);
            QCOMPARE(m_seen.bodies.last(), big);
        }

        // HEAD: the relayed response has no body even though it names a length.
        s.write("HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readResponse(s, buffer, &r, true));
        QCOMPARE(r.status, 200);

        // Chunked request bodies are relayed (re-framed) intact.
        s.write("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n");
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("echo:abcdefg"));

        // Then a GET on the same connection still works (nothing left over from HEAD/chunked).
        s.write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.body, QByteArray("hello"));
        QVERIFY(buffer.isEmpty());
    }

    void expectContinueIsAnswered()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port);
        QVERIFY(s.waitForConnected(3000));
        QByteArray buffer;
        Response r;
        for (const QByteArray &path : {QByteArray("/echo"), QByteArray("/stream")}) {
            const QByteArray method = path == "/echo" ? "POST" : "PATCH";
            s.write(method + " " + path + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
            QVERIFY(readResponse(s, buffer, &r));
            QCOMPARE(r.status, 100);   // before any body byte was sent
            s.write("xyz");
            QVERIFY(readResponse(s, buffer, &r));
            QCOMPARE(r.status, path == "/echo" ? 200 : 204);
        }
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port);
        QVERIFY(s.waitForConnected(3000));
        s.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nA"
                "PATCH /stream HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nBB"
                "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nC"
                "GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray buffer;
        Response r;
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.body, QByteArray("echo:A"));
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.status, 204);
        QVERIFY(r.head.contains("Upload-Offset: 2"));
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.body, QByteArray("echo:C"));
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.body, QByteArray("hello"));
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState || !s.waitForReadyRead(200), 3000);
    }

    void malformedRequestClosesTheConnection()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port);
        QVERIFY(s.waitForConnected(3000));
        s.write("THIS IS NOT HTTP\r\n\r\n");
        QByteArray buffer;
        Response r;
        QVERIFY(readResponse(s, buffer, &r));
        QCOMPARE(r.status, 400);
        QVERIFY(r.head.contains("Connection: close"));
        QVERIFY(s.waitForDisconnected(3000) || s.state() == QAbstractSocket::UnconnectedState);
    }

    void serializeKeepsTusHeaders()
    {
        QHttpServerResponse r(QByteArrayLiteral("application/json"), QByteArrayLiteral("{}"),
                              QHttpServerResponse::StatusCode::Conflict);
        r.setHeader(QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0"));
        r.setHeader(QByteArrayLiteral("Upload-Offset"), QByteArrayLiteral("42"));
        const QByteArray wire = HttpFront::serialize(r, true);
        QVERIFY(wire.startsWith("HTTP/1.1 409 Conflict\r\n"));
        QVERIFY(wire.contains("\r\nTus-Resumable: 1.0.0\r\n"));
        QVERIFY(wire.contains("\r\nUpload-Offset: 42\r\n"));
        QVERIFY(wire.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(wire.contains("\r\nContent-Length: 2\r\n"));
        QVERIFY(wire.contains("\r\nConnection: close\r\n"));
        QVERIFY(wire.endsWith("\r\n\r\n{}"));
        const QByteArray noContent = HttpFront::serialize(QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent), false);
        QVERIFY(!noContent.contains("Content-Length"));
    }

private:
    Seen m_seen;
    ServerThread *m_server = nullptr;
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_httpfront.moc"
