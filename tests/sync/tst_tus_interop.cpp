// TusClient against an independent tus server (@tus/server + @tus/file-store from npm): files
// of the edge sizes around a chunk and a 20 MiB file in 1 MiB chunks arrive byte for byte
// (sha256sum of the server's file), the metadata the server stored is the protocol's, the state
// row ends 'done' at the full size, a relative Location is resolved, a signed client works
// against a server that ignores signatures, and terminate() deletes the upload there.
#include "httpclient.h"
#include "messagesignature.h"
#include "tusclient.h"
#include "tusfixture.h"
#include "tusnode.h"
#include "tusstatestore.h"

#include "deviceidentity.h"

#include <QTemporaryDir>
#include <QTest>

class TestTusInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TusNode::haveNode())
            QSKIP("node/npm are not installed: the independent tus server cannot run (apt install nodejs npm)");
        QVERIFY2(TusNode::installed(), "the sync.tusnode_install fixture did not install @tus/server");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_node.start(m_dir.filePath(QStringLiteral("store")), {}, &error), qPrintable(error));
        m_db = m_dir.filePath(QStringLiteral("fieldterm.db"));
        QVERIFY(TusFixture::makeStore(m_db));
    }

    void sizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunk");
        const int chunk = 64 * 1024;
        QTest::newRow("0 B") << 0 << chunk;
        QTest::newRow("1 B") << 1 << chunk;
        QTest::newRow("chunk-1") << chunk - 1 << chunk;
        QTest::newRow("chunk") << chunk << chunk;
        QTest::newRow("chunk+1") << chunk + 1 << chunk;
        QTest::newRow("20 MiB in 1 MiB chunks") << 20 * 1024 * 1024 + 12345 << 1024 * 1024;
    }

    void sizes()
    {
        QFETCH(int, size);
        QFETCH(int, chunk);
        const TusFile file = TusFixture::makeFile(m_dir.path(), QStringLiteral("f%1.bin").arg(size), size, size % 7);
        HttpClient http;
        SqliteTusStateStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        TusClient client(&http, &store);
        client.setChunkSize(chunk);
        qint64 lastProgress = -1;
        bool monotonic = true;
        const QStringList before = m_node.uploads();
        const TusClient::Result r = client.upload(m_node.endpoint(), file, [&](qint64 offset, qint64 total) {
            monotonic = monotonic && offset >= lastProgress && total == size;
            lastProgress = offset;
        });
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error + QLatin1Char(' ') + r.detail));
        QCOMPARE(r.bytesSent, qint64(size));
        QVERIFY(!r.restarted);
        QVERIFY(monotonic);
        QCOMPARE(lastProgress, qint64(size));
        // One new upload on the server, byte for byte the source.
        const QStringList after = m_node.uploads();
        QCOMPARE(after.size(), before.size() + 1);
        const QString url = TusFixture::stateOf(m_db, file.evidenceId, QStringLiteral("upload_url"));
        const QString id = TusNode::idOf(url);
        QVERIFY(after.contains(id));
        QCOMPARE(m_node.sizeOf(id), qint64(size));
        QCOMPARE(m_node.sha256Of(id), TestTools::toolHash(QStringLiteral("sha256"), file.path));
        QCOMPARE(TusFixture::stateOf(m_db, file.evidenceId, QStringLiteral("status")), QStringLiteral("done"));
        QCOMPARE(TusFixture::stateOf(m_db, file.evidenceId, QStringLiteral("offset")), QString::number(size));
        // The metadata as the server decoded it.
        const QJsonObject meta = m_node.infoOf(id).value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(QStringLiteral("evidenceId")).toString(), file.evidenceId);
        QCOMPARE(meta.value(QStringLiteral("filename")).toString(), file.fileName);
        QCOMPARE(meta.value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
        QCOMPARE(meta.value(QStringLiteral("size")).toString(), QString::number(size));
        QCOMPARE(meta.value(QStringLiteral("hash")).toString(), file.hash);
        QCOMPARE(meta.value(QStringLiteral("hashAlg")).toString(), QStringLiteral("sha256"));

        // A second upload() of a finished file sends nothing and creates nothing.
        const TusClient::Result again = client.upload(m_node.endpoint(), file);
        QVERIFY(again.outcome == TusClient::Outcome::Done);
        QCOMPARE(again.bytesSent, qint64(0));
        QCOMPARE(m_node.uploads().size(), after.size());
    }

    void relativeLocationAndSignedRequests()
    {
        TusNode relative;
        QString error;
        QVERIFY2(relative.start(m_dir.filePath(QStringLiteral("store-relative")), {QStringLiteral("--relative-location")}, &error),
                 qPrintable(error));
        DeviceIdentity identity;
        QVERIFY2(identity.loadOrCreate(m_dir.filePath(QStringLiteral("keys")), DeviceIdentity::Algorithm::Ed25519, &error), qPrintable(error));
        HttpClient http;
        int signedRequests = 0;
        http.setSigner([&](MessageSignature::Request *request, QString *signError) {
            ++signedRequests;
            return MessageSignature::sign(request, identity, QStringLiteral("SIM0001"), signError);
        });
        SqliteTusStateStore store;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        TusClient client(&http, &store);
        client.setChunkSize(100 * 1000);
        const TusFile file = TusFixture::makeFile(m_dir.path(), QStringLiteral("relative.bin"), 250 * 1000, 3);
        const TusClient::Result r = client.upload(relative.endpoint(), file);
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error + QLatin1Char(' ') + r.detail));
        QCOMPARE(signedRequests, 1 + 1 + 3);   // OPTIONS, POST, 3 × PATCH
        const QString url = TusFixture::stateOf(m_db, file.evidenceId, QStringLiteral("upload_url"));
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:%1/files/").arg(relative.port())), qPrintable(url));
        QCOMPARE(relative.sha256Of(TusNode::idOf(url)), file.hash);
    }

    void terminateDeletesTheUpload()
    {
        HttpClient http;
        SqliteTusStateStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        TusClient client(&http, &store);
        client.setChunkSize(64 * 1024);
        const TusFile file = TusFixture::makeFile(m_dir.path(), QStringLiteral("withdrawn.bin"), 200 * 1024, 5);
        QVERIFY(client.upload(m_node.endpoint(), file).outcome == TusClient::Outcome::Done);
        const QString id = TusNode::idOf(TusFixture::stateOf(m_db, file.evidenceId, QStringLiteral("upload_url")));
        QVERIFY(m_node.uploads().contains(id));
        const TusClient::Result r = client.terminate(file.evidenceId);
        QVERIFY2(r.outcome == TusClient::Outcome::Done, qPrintable(r.error));
        QVERIFY(!m_node.uploads().contains(id));
        QCOMPARE(TestTools::sqlite(m_db, QStringLiteral("SELECT count(*) FROM uploads WHERE evidence_id = '%1'").arg(file.evidenceId)),
                 QStringLiteral("0"));
        // Nothing stored: terminate() is a no-op that succeeds.
        QVERIFY(client.terminate(QStringLiteral("never-uploaded")).outcome == TusClient::Outcome::Done);
    }

    void plainHttpToARemoteHostIsRefused()
    {
        HttpClient http;
        SqliteTusStateStore store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        TusClient client(&http, &store);
        const TusFile file = TusFixture::makeFile(m_dir.path(), QStringLiteral("remote.bin"), 10, 1);
        const TusClient::Result r = client.upload(QUrl(QStringLiteral("http://192.0.2.1/files")), file);
        QVERIFY(r.outcome == TusClient::Outcome::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("https://")), qPrintable(r.error));
    }

private:
    QTemporaryDir m_dir;
    TusNode m_node;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestTusInterop)
#include "tst_tus_interop.moc"
