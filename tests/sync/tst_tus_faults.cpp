// TusClient through a fault-injecting proxy in front of the independent node tus server: a
// connection cut mid-PATCH at random offsets, 500/503 answers, a stalled peer, a 409, an
// expired upload (410 on HEAD), a device restart mid-upload (everything destroyed and made
// again from the same database), checksum mismatches (460) and malformed server answers.
// Every recoverable case ends with the server's file == the source (sha256sum), one upload on
// the server unless 410 forced a second, 'done' only at the server's full offset, and at most
// one chunk sent twice per interruption.
#include "faultproxy.h"
#include "httpclient.h"
#include "tusclient.h"
#include "tusfixture.h"
#include "tusnode.h"
#include "tusstatestore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

namespace {

constexpr int chunk = 256 * 1024;
constexpr int fileSize = 8 * chunk + 4321;

// A device: transport, state store on the shared database, client — destroyed together.
struct Device
{
    explicit Device(const QString &db)
    {
        QString error;
        opened = store.open(db, &error);
        client.setChunkSize(chunk);
        http.setStallSeconds(2);
    }
    HttpClient http;
    SqliteTusStateStore store;
    TusClient client{&http, &store};
    bool opened = false;
};

// Answers the n-th matching request (1-based) with the action; forwards everything else.
FaultProxy::Rule onNth(const QByteArray &method, int n, ProxyAction action, int times = 1)
{
    auto count = std::make_shared<std::atomic_int>(0);
    return [=](const ProxyRequest &head) {
        if (head.method != method)
            return ProxyAction::forward();
        const int i = ++*count;
        return i >= n && i < n + times ? action : ProxyAction::forward();
    };
}

} // namespace

class TestTusFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TusNode::haveNode())
            QSKIP("node/npm are not installed: the independent tus server cannot run (apt install nodejs npm)");
        QVERIFY2(TusNode::installed(), "the sync.tusnode_install fixture did not install @tus/server");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_node = std::make_unique<TusNode>();
        QString error;
        QVERIFY2(m_node->start(m_dir->filePath(QStringLiteral("store")), {}, &error), qPrintable(error));
        m_proxy = std::make_unique<FaultProxy>(m_node->port());
        m_db = m_dir->filePath(QStringLiteral("fieldterm.db"));
        QVERIFY(TusFixture::makeStore(m_db));
        m_file = TusFixture::makeFile(m_dir->path(), QStringLiteral("evidence.mp4"), fileSize, QRandomGenerator::global()->bounded(100));
    }

    void cleanup()
    {
        m_proxy.reset();
        m_node.reset();
        m_dir.reset();
    }

    void connectionCutMidPatchAtRandomOffsets()
    {
        // Three cuts, each in a random PATCH at a random byte of its body.
        auto cuts = std::make_shared<std::atomic_int>(0);
        auto patches = std::make_shared<std::atomic_int>(0);
        m_proxy->setRule([=](const ProxyRequest &head) {
            if (head.method != "PATCH")
                return ProxyAction::forward();
            ++*patches;
            if (*cuts < 3 && QRandomGenerator::global()->bounded(2) == 0) {
                ++*cuts;
                return ProxyAction::cut(QRandomGenerator::global()->bounded(head.header("content-length").toLongLong()));
            }
            return ProxyAction::forward();
        });
        Device device(m_db);
        QVERIFY(device.opened);
        int attempts = 0;
        QStringList errors;
        const TusClient::Result r = TusFixture::uploadUntilDone(device.client, endpoint(), m_file, 20, &attempts, &errors);
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error + QLatin1Char(' ') + r.detail));
        QCOMPARE(attempts, 1 + int(*cuts));
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.contains(QStringLiteral("重试")), qPrintable(e));   // each says it will retry
        verifyServerHasTheFile(1);
        verifyResent(*cuts);
        QCOMPARE(m_proxy->requests("POST"), 1);
        QCOMPARE(m_proxy->requests("HEAD"), int(*cuts));   // each retry asks the server first
    }

    void serverErrorsAreRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("nth");
        QTest::addColumn<int>("status");
        QTest::newRow("500 on the 3rd PATCH") << QByteArray("PATCH") << 3 << 500;
        QTest::newRow("503 on the 1st PATCH") << QByteArray("PATCH") << 1 << 503;
        QTest::newRow("503 on POST") << QByteArray("POST") << 1 << 503;
        QTest::newRow("500 on OPTIONS") << QByteArray("OPTIONS") << 1 << 500;
    }

    void serverErrorsAreRetried()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, nth);
        QFETCH(int, status);
        m_proxy->setRule(onNth(method, nth, ProxyAction::respond(status, {}, "{\"error\":\"busy\"}")));
        Device device(m_db);
        const TusClient::Result first = device.client.upload(endpoint(), m_file);
        QVERIFY(first.outcome == TusClient::Outcome::Retry);
        QCOMPARE(first.httpStatus, status);
        QVERIFY2(first.error.contains(QString::number(status)), qPrintable(first.error));
        const TusClient::Result second = device.client.upload(endpoint(), m_file);
        QVERIFY2(second.outcome == TusClient::Outcome::Done, qPrintable(second.error));
        verifyServerHasTheFile(1);
        verifyResent(1);
    }

    void stalledPeerIsARetry()
    {
        m_proxy->setRule(onNth("PATCH", 2, ProxyAction::stall()));
        Device device(m_db);
        const TusClient::Result first = device.client.upload(endpoint(), m_file);
        QVERIFY(first.outcome == TusClient::Outcome::Retry);
        QVERIFY2(first.error.contains(QStringLiteral("停滞")), qPrintable(first.error));
        QCOMPARE(first.bytesSent, qint64(chunk));
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("offset")), QString::number(chunk));
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("status")), QStringLiteral("uploading"));
        const TusClient::Result second = device.client.upload(endpoint(), m_file);
        QVERIFY2(second.outcome == TusClient::Outcome::Done, qPrintable(second.error));
        verifyServerHasTheFile(1);
        verifyResent(1);
    }

    void conflictAsksTheServerAndContinues()
    {
        m_proxy->setRule(onNth("PATCH", 3, ProxyAction::respond(409)));
        Device device(m_db);
        const TusClient::Result r = device.client.upload(endpoint(), m_file);   // one attempt
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error));
        QCOMPARE(m_proxy->requests("HEAD"), 1);
        verifyServerHasTheFile(1);
        verifyResent(0);   // the 409'd chunk never reached the server
    }

    void expiredUploadStartsOver()
    {
        // Part of the file goes up, then the connection drops; on resume the server says 410.
        m_proxy->setRule(onNth("PATCH", 3, ProxyAction::cut(1000)));
        Device device(m_db);
        QVERIFY(device.client.upload(endpoint(), m_file).outcome == TusClient::Outcome::Retry);
        const QString firstUrl = TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("upload_url"));
        m_proxy->setRule(onNth("HEAD", 1, ProxyAction::respond(410)));
        const TusClient::Result r = device.client.upload(endpoint(), m_file);
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error));
        QVERIFY(r.restarted);
        QCOMPARE(r.bytesSent, qint64(fileSize));
        const QString secondUrl = TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("upload_url"));
        QVERIFY(secondUrl != firstUrl);
        QCOMPARE(m_node->uploads().size(), 2);   // the 410 forced a new one
        QCOMPARE(m_node->sha256Of(TusNode::idOf(secondUrl)), m_file.hash);
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("status")), QStringLiteral("done"));
    }

    void deviceRestartMidUploadResumes()
    {
        auto device = std::make_unique<Device>(m_db);
        HttpClient *http = &device->http;
        // Slow enough that the "power button" always comes mid-upload, however fast the machine.
        http->setMaxSendBytesPerSecond(256 * 1024);
        TusClient::Result first;
        std::thread worker([&] { first = device->client.upload(endpoint(), m_file); });
        // The "power button": abort from another thread once a few chunks have gone.
        const qint64 abortAt = chunk * 3 + QRandomGenerator::global()->bounded(chunk);
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->patchBytesForwarded() >= abortAt, 120000);
        http->abort();
        worker.join();
        QVERIFY2(first.outcome == TusClient::Outcome::Aborted, qPrintable(first.error));
        const qint64 acknowledged = TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("offset")).toLongLong();
        QVERIFY(acknowledged > 0 && acknowledged < fileSize);
        device.reset();   // everything gone, as after a reboot

        Device again(m_db);
        const TusClient::Result r = again.client.upload(endpoint(), m_file);
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error));
        QVERIFY(!r.restarted);
        QVERIFY(r.bytesSent <= fileSize - acknowledged);   // resumed from the server's offset
        verifyServerHasTheFile(1);
        verifyResent(1);
    }

    void checksumMismatchResendsTheChunk()
    {
        // The proxy offers checksums (the node server has none), checks every Upload-Checksum
        // against the body, and claims a mismatch for the 2nd PATCH twice.
        auto patches = std::make_shared<std::atomic_int>(0);
        auto badChecksums = std::make_shared<std::atomic_int>(0);
        m_proxy->setRule([=](const ProxyRequest &head) {
            if (head.method == "OPTIONS") {
                ProxyAction a;
                a.addResponseHeaders = {{"Tus-Checksum-Algorithm", "md5,sha1,sha256"}, {"Tus-Extension", "creation,checksum,termination"}};
                return a;
            }
            if (head.method != "PATCH")
                return ProxyAction::forward();
            const int n = ++*patches;
            return ProxyAction::readBodyFirst([=](const ProxyRequest &full) {
                const QByteArray expected = "sha256 " + QCryptographicHash::hash(full.body, QCryptographicHash::Sha256).toBase64();
                if (full.header("upload-checksum") != expected)
                    ++*badChecksums;
                if (n == 2 || n == 3)
                    return ProxyAction::respond(460);
                return ProxyAction::forward();
            });
        });
        Device device(m_db);
        const TusClient::Result r = device.client.upload(endpoint(), m_file);
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error));
        QCOMPARE(device.client.checksumAlgorithm(), QByteArray("sha256"));
        QCOMPARE(int(*badChecksums), 0);
        QCOMPARE(int(*patches), 9 + 2);
        verifyServerHasTheFile(1);
    }

    void checksumMismatchFourTimesFails()
    {
        m_proxy->setRule([](const ProxyRequest &head) {
            if (head.method == "OPTIONS") {
                ProxyAction a;
                a.addResponseHeaders = {{"Tus-Checksum-Algorithm", "sha1"}, {"Tus-Extension", "creation,checksum"}};
                return a;
            }
            return head.method == "PATCH" ? ProxyAction::respond(460) : ProxyAction::forward();
        });
        Device device(m_db);
        const TusClient::Result r = device.client.upload(endpoint(), m_file);
        QVERIFY(r.outcome == TusClient::Outcome::Failed);
        QCOMPARE(device.client.checksumAlgorithm(), QByteArray("sha1"));
        QCOMPARE(m_proxy->requests("PATCH"), 4);
        QVERIFY2(r.error.contains(QStringLiteral("校验")), qPrintable(r.error));
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("status")), QStringLiteral("failed"));
    }

    void malformedAnswersFailCleanly_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("offset");
        QTest::newRow("PATCH 204 without Upload-Offset") << QByteArray("PATCH") << 204 << QByteArray();
        QTest::newRow("PATCH 204 with Upload-Offset abc") << QByteArray("PATCH") << 204 << QByteArray("abc");
        QTest::newRow("PATCH 204 with a negative offset") << QByteArray("PATCH") << 204 << QByteArray("-5");
        QTest::newRow("PATCH 204 beyond the size") << QByteArray("PATCH") << 204 << QByteArray::number(fileSize + 1);
        QTest::newRow("PATCH 204 with a huge offset") << QByteArray("PATCH") << 204 << QByteArray("99999999999999999999999");
        QTest::newRow("PATCH 403") << QByteArray("PATCH") << 403 << QByteArray();
    }

    void malformedAnswersFailCleanly()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(QByteArray, offset);
        QList<QPair<QByteArray, QByteArray>> headers{{"Tus-Resumable", "1.0.0"}};
        if (!offset.isEmpty())
            headers.append({"Upload-Offset", offset});
        m_proxy->setRule(onNth(method, 1, ProxyAction::respond(status, headers)));
        Device device(m_db);
        const TusClient::Result r = device.client.upload(endpoint(), m_file);
        QVERIFY(r.outcome == TusClient::Outcome::Failed);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("status")) != QStringLiteral("done"));
    }

    void headBeyondTheSizeFails()
    {
        m_proxy->setRule(onNth("PATCH", 2, ProxyAction::cut(10)));
        Device device(m_db);
        QVERIFY(device.client.upload(endpoint(), m_file).outcome == TusClient::Outcome::Retry);
        m_proxy->setRule(onNth("HEAD", 1, ProxyAction::respond(200, {{"Tus-Resumable", "1.0.0"}, {"Upload-Offset", QByteArray::number(fileSize * 2)}})));
        const TusClient::Result r = device.client.upload(endpoint(), m_file);
        QVERIFY(r.outcome == TusClient::Outcome::Failed);
        QVERIFY2(r.error.contains(QString::number(fileSize)), qPrintable(r.error));
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("status")), QStringLiteral("failed"));
    }

    void serverThatAlreadyHasItIsDone()
    {
        // Our receiver answers a finished upload's POST with Upload-Offset = length.
        m_proxy->setRule(onNth("POST", 1, ProxyAction::respond(201, {{"Tus-Resumable", "1.0.0"}, {"Location", "/files/already"},
                                                                    {"Upload-Offset", QByteArray::number(fileSize)}})));
        Device device(m_db);
        const TusClient::Result r = device.client.upload(endpoint(), m_file);
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error));
        QCOMPARE(m_proxy->requests("PATCH"), 0);
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("status")), QStringLiteral("done"));
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("upload_url")),
                 QStringLiteral("http://127.0.0.1:%1/files/already").arg(m_proxy->port()));
    }

private:
    QUrl endpoint() const { return TusNode::endpointAt(m_proxy->port()); }

    void verifyServerHasTheFile(int expectedUploads)
    {
        const QStringList uploads = m_node->uploads();
        QCOMPARE(uploads.size(), expectedUploads);
        const QString url = TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("upload_url"));
        const QString id = TusNode::idOf(url);
        QVERIFY(uploads.contains(id));
        QCOMPARE(m_node->sizeOf(id), qint64(fileSize));
        QCOMPARE(m_node->sha256Of(id), TestTools::toolHash(QStringLiteral("sha256"), m_file.path));
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("status")), QStringLiteral("done"));
        QCOMPARE(TusFixture::stateOf(m_db, m_file.evidenceId, QStringLiteral("offset")), QString::number(fileSize));
    }

    // PATCH body bytes that reached the server more than once: at most a chunk per interruption.
    void verifyResent(int interruptions)
    {
        const qint64 resent = m_proxy->patchBytesForwarded() - fileSize;
        QVERIFY2(resent >= 0 && resent <= qint64(interruptions) * chunk,
                 qPrintable(QStringLiteral("re-sent %1 bytes after %2 interruptions").arg(resent).arg(interruptions)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TusNode> m_node;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_db;
    TusFile m_file;
};

QTEST_GUILESS_MAIN(TestTusFaults)
#include "tst_tus_faults.moc"
