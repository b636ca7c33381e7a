// HttpClient against a scripted HTTP server on 127.0.0.1 (FaultProxy without upstream): headers
// come back lower-case, the connection is reused, oversized bodies / stalls / refused
// connections / plain http to a remote host end with Chinese errors, abort() from another
// thread ends a transfer, and a signed request carries a Content-Digest and an RFC 9421
// signature that verify against the device's public key.
#include "faultproxy.h"
#include "httpclient.h"

#include "contentdigest.h"
#include "deviceidentity.h"
#include "messagesignature.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

namespace {

HttpRequest get(quint16 port, const QByteArray &path = "/x")
{
    HttpRequest r;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port) + QString::fromLatin1(path));
    return r;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void headersBodyAndConnectionReuse()
    {
        FaultProxy server;
        server.setRule([](const ProxyRequest &) {
            return ProxyAction::respond(200, {{"X-Thing", " Value "}, {"Upload-Offset", "5"}, {"Tus-Extension", "a,b"}, {"Tus-Extension", "c"}}, "hello");
        });
        HttpClient http;
        for (int i = 0; i < 3; ++i) {
            const HttpResponse r = http.perform(get(server.port()));
            QCOMPARE(r.status, 200);
            QVERIFY(!r.transportError);
            QCOMPARE(r.header("x-thing"), QByteArray("Value"));
            QCOMPARE(r.header("upload-offset"), QByteArray("5"));
            QCOMPARE(r.header("tus-extension"), QByteArray("a,b, c"));
            QCOMPARE(r.body, QByteArray("hello"));
        }
        QCOMPARE(server.connections(), 1);
    }

    void methodsAndBodies()
    {
        FaultProxy server;
        ProxyRequest seen;
        server.setRule([&](const ProxyRequest &) {
            return ProxyAction::readBodyFirst([&](const ProxyRequest &full) {
                seen = full;   // the client waits for the answer: no race
                return ProxyAction::respond(204);
            });
        });
        HttpClient http;
        HttpRequest patch = get(server.port(), "/files/abc");
        patch.method = "PATCH";
        patch.headers = {{"content-type", "application/offset+octet-stream"}, {"upload-offset", "0"}};
        patch.body = QByteArray(3 * 1024 * 1024, 'z');
        qint64 progressed = 0;
        const HttpResponse r = http.perform(patch, [&](qint64 sent) { progressed = sent; });
        QCOMPARE(r.status, 204);
        QCOMPARE(seen.method, QByteArray("PATCH"));
        QCOMPARE(seen.body, patch.body);
        QCOMPARE(seen.header("content-type"), QByteArray("application/offset+octet-stream"));
        QVERIFY(seen.header("expect").isEmpty());   // no 100-continue round trip
        QCOMPARE(progressed, patch.body.size());
        QCOMPARE(r.bytesSent, patch.body.size());

        HttpRequest post = get(server.port(), "/files");
        post.method = "POST";
        QCOMPARE(http.perform(post).status, 204);
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.header("content-length"), QByteArray("0"));
        QVERIFY(seen.header("content-type").isEmpty());   // not curl's form default

        for (const QByteArray &method : {QByteArray("HEAD"), QByteArray("DELETE"), QByteArray("OPTIONS")}) {
            HttpRequest r2 = get(server.port());
            r2.method = method;
            QCOMPARE(http.perform(r2).status, 204);
            QCOMPARE(seen.method, method);
        }
    }

    void oversizedBodyIsAnError()
    {
        FaultProxy server;
        server.setRule([](const ProxyRequest &) { return ProxyAction::respond(200, {}, QByteArray(2 * 1024 * 1024, 'x')); });
        HttpClient http;
        const HttpResponse r = http.perform(get(server.port()));
        QVERIFY(r.transportError);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.contains(QStringLiteral("1 MiB")), qPrintable(r.error));
    }

    void stallIsATransportError()
    {
        FaultProxy server;
        server.setRule([](const ProxyRequest &) { return ProxyAction::stall(); });
        HttpClient http;
        http.setStallSeconds(1);
        const HttpResponse r = http.perform(get(server.port()));
        QVERIFY(r.transportError);
        QVERIFY(!r.aborted);
        QVERIFY2(r.error.contains(QStringLiteral("停滞")), qPrintable(r.error));
    }

    void abortFromAnotherThread()
    {
        FaultProxy server;
        server.setRule([](const ProxyRequest &) { return ProxyAction::stall(); });
        HttpClient http;   // default stall time 30 s: only abort() ends this one early
        HttpResponse r;
        std::thread worker([&] { r = http.perform(get(server.port())); });
        QTRY_COMPARE_WITH_TIMEOUT(server.requests("GET"), 1, 60000);
        http.abort();
        worker.join();
        QVERIFY(r.aborted);
        QVERIFY(r.transportError);
        // Still aborted until cleared; then it works again.
        QVERIFY(http.perform(get(server.port())).aborted);
        http.clearAbort();
        server.setRule([](const ProxyRequest &) { return ProxyAction::respond(200); });
        QCOMPARE(http.perform(get(server.port())).status, 200);
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            FaultProxy gone;
            port = gone.port();
        }
        HttpClient http;
        const HttpResponse r = http.perform(get(port));
        QVERIFY(r.transportError);
        QVERIFY2(r.error.contains(QStringLiteral("无法连接到服务器")) && r.error.contains(QStringLiteral("请检查网络")), qPrintable(r.error));
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:1/") << true;
        QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3:1/") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:1/") << true;
        QTest::newRow("[::1]") << QStringLiteral("http://[::1]:1/") << true;
        QTest::newRow("remote IP") << QStringLiteral("http://192.0.2.1/") << false;
        QTest::newRow("remote name") << QStringLiteral("http://example.invalid/") << false;
        QTest::newRow("127 lookalike") << QStringLiteral("http://127.0.0.1.example.invalid/") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    }

    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        HttpClient http;
        http.setConnectTimeoutSeconds(5);
        HttpRequest r;
        r.url = QUrl(url);
        const HttpResponse response = http.perform(r);
        QCOMPARE(response.status, 0);
        if (allowed) {
            QVERIFY2(response.transportError, qPrintable(response.error));   // tried, nobody listens
        } else {
            QVERIFY(!response.transportError);   // never sent
            QVERIFY2(response.error.contains(QStringLiteral("https://")), qPrintable(response.error));
        }
    }

    void signedRequestVerifies()
    {
        QTemporaryDir dir;
        DeviceIdentity identity;
        QString error;
        QVERIFY2(identity.loadOrCreate(dir.path(), DeviceIdentity::Algorithm::Ed25519, &error), qPrintable(error));
        FaultProxy server;
        ProxyRequest seen;
        server.setRule([&](const ProxyRequest &) {
            return ProxyAction::readBodyFirst([&](const ProxyRequest &full) {
                seen = full;
                return ProxyAction::respond(204);
            });
        });
        HttpClient http;
        http.setSigner([&](MessageSignature::Request *request, QString *e) {
            return MessageSignature::sign(request, identity, QStringLiteral("SIM0001"), e);
        });
        HttpRequest patch = get(server.port(), "/tus/abc");
        patch.method = "PATCH";
        patch.headers = {{"tus-resumable", "1.0.0"}, {"upload-offset", "0"}, {"content-type", "application/offset+octet-stream"}};
        patch.body = "chunk bytes";
        QCOMPARE(http.perform(patch).status, 204);

        QCOMPARE(seen.header("content-digest"), ContentDigest::header(patch.body));
        QVERIFY(ContentDigest::check(seen.header("content-digest"), seen.body) == ContentDigest::Check::Match);
        MessageSignature::Request received;
        received.method = seen.method;
        received.targetUri = QStringLiteral("http://127.0.0.1:%1/tus/abc").arg(server.port()).toLatin1();
        for (const auto &h : std::as_const(seen.headers))
            received.headers.append(h);
        MessageSignature::Parsed parsed;
        QVERIFY2(MessageSignature::parse(received, &parsed, &error), qPrintable(error));
        QVERIFY(parsed.components.contains("content-digest"));
        QVERIFY(parsed.components.contains("upload-offset"));
        QCOMPARE(parsed.params.keyId, QStringLiteral("SIM0001"));
        QVERIFY2(MessageSignature::verify(received, parsed, identity.publicKeyPem(), DeviceIdentity::Algorithm::Ed25519, &error), qPrintable(error));
        // One changed byte of the body no longer matches its digest.
        QVERIFY(ContentDigest::check(seen.header("content-digest"), seen.body + "!") == ContentDigest::Check::Mismatch);

        // A signer that fails stops the request before it is sent.
        const int before = server.requests("PATCH");
        http.setSigner([](MessageSignature::Request *, QString *e) {
            *e = QStringLiteral("no key");
            return false;
        });
        const HttpResponse refused = http.perform(patch);
        QCOMPARE(refused.status, 0);
        QVERIFY(refused.error.contains(QStringLiteral("no key")));
        QCOMPARE(server.requests("PATCH"), before);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
