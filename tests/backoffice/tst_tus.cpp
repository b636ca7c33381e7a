// backoffice.tus: the receiver's tus 1.0 endpoints (docs/PROTOCOL.md §4) with signed requests —
// creation, HEAD, PATCH, completion into files/<device>/<evidence>, 409, 415, 460 (sha1 and
// sha256, nothing written), 413, 410 after expiry (injected clock), termination, a final hash
// mismatch → 422 and quarantine, the same evidence posted again, --open-tus, and a restart of the
// real program mid-upload (HEAD gives the durable offset, the upload completes).

#include "database.h"
#include "hasher.h"
#include "receivertestsupport.h"
#include "tusmetadata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

Headers createHeaders(const QString &evidenceId, const QByteArray &content, const QString &hashAlg = QStringLiteral("sha256"),
                      const QString &declaredHash = QString(), const QByteArray &caseId = "case-1")
{
    const QString hash = declaredHash.isEmpty() ? QString::fromLatin1(Hasher::hash(hashAlg, content).toHex()) : declaredHash;
    const QByteArray meta = TusMetadata::encode({{"evidenceId", evidenceId.toUtf8()},
                                                 {"caseId", caseId},
                                                 {"kind", "video"},
                                                 {"filename", "clip.mp4"},
                                                 {"size", QByteArray::number(content.size())},
                                                 {"hash", hash.toLatin1()},
                                                 {"hashAlg", hashAlg.toLatin1()}});
    return {{"Tus-Resumable", "1.0.0"}, {"Upload-Length", QByteArray::number(content.size())}, {"Upload-Metadata", meta}};
}

Headers patchHeaders(qint64 offset, const QByteArray &checksum = QByteArray())
{
    Headers h{{"Tus-Resumable", "1.0.0"}, {"Content-Type", "application/offset+octet-stream"},
              {"Upload-Offset", QByteArray::number(offset)}};
    if (!checksum.isEmpty())
        h.append({"Upload-Checksum", checksum});
    return h;
}

QString absoluteLocation(const QString &base, const QByteArray &location)
{
    return location.startsWith("http") ? QString::fromUtf8(location) : base + QString::fromUtf8(location);
}

QString fileHash(const QString &path)
{
    QString error;
    return Hasher::hashFileHex(QStringLiteral("sha256"), path, &error);
}

} // namespace

class TestTus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void options();
    void uploadAndComplete();
    void checksumsAndErrors();
    void expiry();
    void termination();
    void hashMismatchQuarantined();
    void openTus();
    void supersededPatchIsDropped();
    void restartMidUpload();

private:
    std::unique_ptr<InProcessReceiver> m_receiver;
    std::unique_ptr<TestDevice> m_device;
    SignedClient m_client;
    QString base() const { return m_receiver->url(QString()); }
    QString create(const QString &evidenceId, const QByteArray &content, const QString &declared = QString());
};

void TestTus::initTestCase()
{
    m_receiver = std::make_unique<InProcessReceiver>();
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
    m_device = std::make_unique<TestDevice>(QStringLiteral("SIM0001"), DeviceIdentity::Algorithm::Ed25519);
    QCOMPARE(m_client.enroll(base(), *m_device, m_receiver->issueCode()).status, 201);
}

QString TestTus::create(const QString &evidenceId, const QByteArray &content, const QString &declared)
{
    const HttpResult r = m_client.send("POST", m_receiver->url(QStringLiteral("/tus/")), QByteArray(),
                                       createHeaders(evidenceId, content, QStringLiteral("sha256"), declared), m_device.get());
    if (r.status != 201) {
        qWarning() << "create failed" << r.status << r.body;
        return QString();
    }
    return absoluteLocation(base(), r.header("location"));
}

void TestTus::options()
{
    const HttpResult r = m_client.send("OPTIONS", m_receiver->url(QStringLiteral("/tus/")), QByteArray(), {}, m_device.get());
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("tus-resumable"), QByteArray("1.0.0"));
    QCOMPARE(r.header("tus-version"), QByteArray("1.0.0"));
    QCOMPARE(r.header("tus-extension"), QByteArray("creation,checksum,termination,expiration"));
    QCOMPARE(r.header("tus-checksum-algorithm"), QByteArray("sha1,sha256"));
    QVERIFY(r.header("tus-max-size").toLongLong() > 0);
}

void TestTus::uploadAndComplete()
{
    const QByteArray content = randomBytes(300000);
    const QString url = create(QStringLiteral("ev-complete"), content);
    QVERIFY(!url.isEmpty());

    HttpResult r = m_client.send("HEAD", url, QByteArray(), {{"Tus-Resumable", "1.0.0"}}, m_device.get());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("upload-offset"), QByteArray("0"));
    QCOMPARE(r.header("upload-length"), QByteArray::number(content.size()));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));

    const QByteArray first = content.left(100000);
    r = m_client.send("PATCH", url, first, patchHeaders(0, "sha256 " + QCryptographicHash::hash(first, QCryptographicHash::Sha256).toBase64()),
                      m_device.get());
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("upload-offset"), QByteArray("100000"));
    QVERIFY(!r.header("upload-expires").isEmpty());

    // A device that lost its URL posts again and gets the same upload back.
    r = m_client.send("POST", m_receiver->url(QStringLiteral("/tus/")), QByteArray(), createHeaders(QStringLiteral("ev-complete"), content),
                      m_device.get());
    QCOMPARE(r.status, 201);
    QCOMPARE(absoluteLocation(base(), r.header("location")), url);
    QCOMPARE(r.header("upload-offset"), QByteArray("100000"));

    const QByteArray second = content.mid(100000);
    r = m_client.send("PATCH", url, second, patchHeaders(100000, "sha1 " + QCryptographicHash::hash(second, QCryptographicHash::Sha1).toBase64()),
                      m_device.get());
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("upload-offset"), QByteArray::number(content.size()));

    const QString stored = m_receiver->dataDir() + QStringLiteral("/files/SIM0001/ev-complete");
    QVERIFY(QFile::exists(stored));
    QCOMPARE(fileHash(stored), QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    Statement st = m_receiver->db().prepare("SELECT status, offset, path FROM uploads WHERE evidence_id = 'ev-complete'");
    QCOMPARE(st.step(), Statement::Step::Row);
    QCOMPARE(st.text(0), QStringLiteral("complete"));
    QCOMPARE(st.int64(1), qint64(content.size()));
    QCOMPARE(st.text(2), QStringLiteral("files/SIM0001/ev-complete"));

    // HEAD of the finished upload, and POST of the same evidence: already complete.
    r = m_client.send("HEAD", url, QByteArray(), {{"Tus-Resumable", "1.0.0"}}, m_device.get());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("upload-offset"), QByteArray::number(content.size()));
    r = m_client.send("POST", m_receiver->url(QStringLiteral("/tus/")), QByteArray(), createHeaders(QStringLiteral("ev-complete"), content),
                      m_device.get());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("upload-offset"), QByteArray::number(content.size()));
    qint64 uploads = 0;
    QVERIFY(m_receiver->db().queryInt("SELECT count(*) FROM uploads", &uploads));
    QCOMPARE(uploads, 1);

    // Another device cannot see it.
    TestDevice other(QStringLiteral("SIM0002"), DeviceIdentity::Algorithm::Ed25519);
    QCOMPARE(m_client.enroll(base(), other, m_receiver->issueCode()).status, 201);
    QCOMPARE(m_client.send("HEAD", url, QByteArray(), {{"Tus-Resumable", "1.0.0"}}, &other).status, 404);

    // A zero-byte file (of no case: caseId is empty) completes at creation.
    r = m_client.send("POST", m_receiver->url(QStringLiteral("/tus/")), QByteArray(),
                      createHeaders(QStringLiteral("ev-empty"), QByteArray(), QStringLiteral("sha256"), QString(), QByteArray()),
                      m_device.get());
    QCOMPARE(r.status, 201);
    QVERIFY(QFile::exists(m_receiver->dataDir() + QStringLiteral("/files/SIM0001/ev-empty")));
}

void TestTus::checksumsAndErrors()
{
    const QByteArray content = randomBytes(64 * 1024);
    const QString url = create(QStringLiteral("ev-errors"), content);
    QVERIFY(!url.isEmpty());
    const QString part = m_receiver->dataDir() + QStringLiteral("/uploads/") + url.section(QLatin1Char('/'), -1) + QStringLiteral(".part");
    QVERIFY(QFile::exists(part));
    const QByteArray chunk = content.left(1000);

    // 460 with sha256 and with sha1: nothing of the chunk is kept.
    const QByteArray wrong256 = "sha256 " + QCryptographicHash::hash("other", QCryptographicHash::Sha256).toBase64();
    HttpResult r = m_client.send("PATCH", url, chunk, patchHeaders(0, wrong256), m_device.get());
    QCOMPARE(r.status, 460);
    QCOMPARE(r.errorCode(), QStringLiteral("checksum_mismatch"));
    const QByteArray wrong1 = "sha1 " + QCryptographicHash::hash("other", QCryptographicHash::Sha1).toBase64();
    r = m_client.send("PATCH", url, chunk, patchHeaders(0, wrong1), m_device.get());
    QCOMPARE(r.status, 460);
    QCOMPARE(QFileInfo(part).size(), 0);
    r = m_client.send("HEAD", url, QByteArray(), {{"Tus-Resumable", "1.0.0"}}, m_device.get());
    QCOMPARE(r.header("upload-offset"), QByteArray("0"));

    // Unknown checksum algorithm: 400.
    QCOMPARE(m_client.send("PATCH", url, chunk, patchHeaders(0, "md5 AAAA"), m_device.get()).status, 400);

    // 409: offset mismatch, with the server's offset.
    r = m_client.send("PATCH", url, chunk, patchHeaders(500), m_device.get());
    QCOMPARE(r.status, 409);
    QCOMPARE(r.header("upload-offset"), QByteArray("0"));

    // 415: wrong content type.
    r = m_client.send("PATCH", url, chunk,
                      {{"Tus-Resumable", "1.0.0"}, {"Content-Type", "application/octet-stream"}, {"Upload-Offset", "0"}}, m_device.get());
    QCOMPARE(r.status, 415);

    // Beyond the declared length: 400; a chunk over 64 MiB: 413.
    QCOMPARE(m_client.send("PATCH", url, content + "x", patchHeaders(0), m_device.get()).status, 400);
    const QByteArray huge(64 * 1024 * 1024 + 1, 'a');
    const QString bigUrl = create(QStringLiteral("ev-huge"), huge);
    QCOMPARE(m_client.send("PATCH", bigUrl, huge, patchHeaders(0), m_device.get()).status, 413);

    // 404: unknown upload.
    QCOMPARE(m_client.send("HEAD", m_receiver->url(QStringLiteral("/tus/0123456789abcdef")), QByteArray(), {}, m_device.get()).status, 404);

    // Missing metadata: 400.
    r = m_client.send("POST", m_receiver->url(QStringLiteral("/tus/")), QByteArray(),
                      {{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "10"}, {"Upload-Metadata", TusMetadata::encode({{"evidenceId", "x"}})}},
                      m_device.get());
    QCOMPARE(r.status, 400);

    // After all that, the right chunk still goes in.
    r = m_client.send("PATCH", url, chunk, patchHeaders(0, "sha256 " + QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toBase64()),
                      m_device.get());
    QCOMPARE(r.status, 204);
    QCOMPARE(QFileInfo(part).size(), 1000);
}

void TestTus::expiry()
{
    const QByteArray content = randomBytes(5000);
    const QString url = create(QStringLiteral("ev-expire"), content);
    QVERIFY(!url.isEmpty());
    QCOMPARE(m_client.send("PATCH", url, content.left(100), patchHeaders(0), m_device.get()).status, 204);
    // Eight days later (device and receiver clocks agree).
    m_receiver->clockOffset = 8 * 24 * 3600;
    SignOptions later;
    later.created = QDateTime::currentSecsSinceEpoch() + m_receiver->clockOffset;
    HttpResult r = m_client.send("HEAD", url, QByteArray(), {{"Tus-Resumable", "1.0.0"}}, m_device.get(), later);
    QCOMPARE(r.status, 410);
    later.created = QDateTime::currentSecsSinceEpoch() + m_receiver->clockOffset;
    r = m_client.send("PATCH", url, content.mid(100), patchHeaders(100), m_device.get(), later);
    QCOMPARE(r.status, 410);
    // Starting over gives a new upload.
    later.created = QDateTime::currentSecsSinceEpoch() + m_receiver->clockOffset;
    r = m_client.send("POST", m_receiver->url(QStringLiteral("/tus/")), QByteArray(), createHeaders(QStringLiteral("ev-expire"), content),
                      m_device.get(), later);
    QCOMPARE(r.status, 201);
    QVERIFY(absoluteLocation(base(), r.header("location")) != url);
    m_receiver->clockOffset = 0;
}

void TestTus::termination()
{
    const QByteArray content = randomBytes(5000);
    const QString url = create(QStringLiteral("ev-draft"), content);
    QCOMPARE(m_client.send("PATCH", url, content.left(10), patchHeaders(0), m_device.get()).status, 204);
    const QString part = m_receiver->dataDir() + QStringLiteral("/uploads/") + url.section(QLatin1Char('/'), -1) + QStringLiteral(".part");
    QVERIFY(QFile::exists(part));
    QCOMPARE(m_client.send("DELETE", url, QByteArray(), {{"Tus-Resumable", "1.0.0"}}, m_device.get()).status, 204);
    QVERIFY(!QFile::exists(part));
    QCOMPARE(m_client.send("HEAD", url, QByteArray(), {{"Tus-Resumable", "1.0.0"}}, m_device.get()).status, 410);
    QCOMPARE(m_client.send("PATCH", url, content.mid(10), patchHeaders(10), m_device.get()).status, 410);
}

void TestTus::hashMismatchQuarantined()
{
    const QByteArray content = randomBytes(20000);
    const QString declared = QString::fromLatin1(QCryptographicHash::hash("something else", QCryptographicHash::Sha256).toHex());
    const QString url = create(QStringLiteral("ev-bad"), content, declared);
    QVERIFY(!url.isEmpty());
    QCOMPARE(m_client.send("PATCH", url, content.left(5000), patchHeaders(0), m_device.get()).status, 204);
    const HttpResult r = m_client.send("PATCH", url, content.mid(5000), patchHeaders(5000), m_device.get());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("hash_mismatch"));
    const QString id = url.section(QLatin1Char('/'), -1);
    QVERIFY(!QFile::exists(m_receiver->dataDir() + QStringLiteral("/files/SIM0001/ev-bad")));
    QCOMPARE(fileHash(m_receiver->dataDir() + QStringLiteral("/quarantine/") + id),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    Statement st = m_receiver->db().prepare("SELECT status FROM uploads WHERE id = ?");
    st.bind(1, id);
    QCOMPARE(st.step(), Statement::Step::Row);
    QCOMPARE(st.text(0), QStringLiteral("mismatch"));
    QCOMPARE(m_client.send("HEAD", url, QByteArray(), {}, m_device.get()).status, 410);
}

void TestTus::openTus()
{
    InProcessReceiver open(QStringLiteral("intl"), true);
    QString error;
    QVERIFY2(open.start(&error), qPrintable(error));
    SignedClient anonymous;
    const QByteArray content = randomBytes(3000);
    HttpResult r = anonymous.send("POST", open.url(QStringLiteral("/tus/")), QByteArray(), createHeaders(QStringLiteral("ev-open"), content));
    QCOMPARE(r.status, 201);
    const QString url = absoluteLocation(open.url(QString()), r.header("location"));
    QCOMPARE(anonymous.send("PATCH", url, content, patchHeaders(0)).status, 204);
    QVERIFY(QFile::exists(open.dataDir() + QStringLiteral("/files/_open/ev-open")));
    // The protocol endpoints stay signed-only.
    QCOMPARE(anonymous.send("GET", open.url(QStringLiteral("/api/v1/audit/head"))).status, 401);
    // The bench sink.
    r = anonymous.send("PUT", open.url(QStringLiteral("/bench/sink/blob")), content);
    QCOMPARE(r.status, 201);
    QFile sink(open.dataDir() + QStringLiteral("/bench/blob"));
    QVERIFY(sink.open(QIODevice::ReadOnly));
    QCOMPARE(sink.readAll(), content);
}

void TestTus::supersededPatchIsDropped()
{
    // A client whose network dropped mid-chunk reconnects and sends the chunk again while the
    // receiver still holds the first, silent connection: the newer PATCH wins, the old
    // connection is closed, and the file holds exactly the bytes once.
    InProcessReceiver open(QStringLiteral("intl"), true);
    QString error;
    QVERIFY2(open.start(&error), qPrintable(error));
    SignedClient anonymous;
    const QByteArray content = randomBytes(200000);
    HttpResult r = anonymous.send("POST", open.url(QStringLiteral("/tus/")), QByteArray(), createHeaders(QStringLiteral("ev-twice"), content));
    QCOMPARE(r.status, 201);
    const QString url = absoluteLocation(open.url(QString()), r.header("location"));
    QTcpSocket stale;
    stale.connectToHost(QHostAddress::LocalHost, open.port());
    QTRY_COMPARE(stale.state(), QAbstractSocket::ConnectedState);
    stale.write("PATCH " + QUrl(url).path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\n"
                "Content-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\nContent-Length: "
                + QByteArray::number(content.size()) + "\r\n\r\n" + content.left(50000));
    QTest::qWait(300);   // the receiver has the head and part of the body
    QCOMPARE(anonymous.send("PATCH", url, content, patchHeaders(0)).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(stale.state(), QAbstractSocket::UnconnectedState, 5000);
    QFile stored(open.dataDir() + QStringLiteral("/files/_open/ev-twice"));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), content);
}

void TestTus::restartMidUpload()
{
    if (ReceiverProcess::program().isEmpty())
        QSKIP("FIELDTERM_BACKOFFICE_BIN not set");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("receiver"));
    int exitCode = -1;
    const QString code = QString::fromLatin1(ReceiverProcess::runCommand(data, {QStringLiteral("issue-code")}, &exitCode));
    QCOMPARE(exitCode, 0);
    auto server = std::make_unique<ReceiverProcess>();
    QString error;
    QVERIFY2(server->start(data, {}, &error), qPrintable(error));
    SignedClient client;
    TestDevice device(QStringLiteral("SIM0100"), DeviceIdentity::Algorithm::Ed25519);
    QCOMPARE(client.enroll(server->url(QString()), device, code).status, 201);

    const QByteArray content = randomBytes(3 * 1024 * 1024);
    HttpResult r = client.send("POST", server->url(QStringLiteral("/tus/")), QByteArray(), createHeaders(QStringLiteral("ev-restart"), content),
                               &device);
    QCOMPARE(r.status, 201);
    const QByteArray location = r.header("location");
    QCOMPARE(client.send("PATCH", server->url(QString::fromUtf8(location)), content.left(1024 * 1024), patchHeaders(0), &device).status, 204);

    QCOMPARE(client.send("PATCH", server->url(QString::fromUtf8(location)), content.mid(1024 * 1024, 1024 * 1024),
                         patchHeaders(1024 * 1024), &device).status, 204);

    // The receiver dies right after acknowledging (SIGKILL: no shutdown code runs). A chunk's
    // durability trails its acknowledgement by at most one chunk, so HEAD names the second or
    // (if its fsync had not finished) the first — never more than was acknowledged, and the
    // bytes it names are the device's.
    server->kill();
    server = std::make_unique<ReceiverProcess>();
    QVERIFY2(server->start(data, {}, &error), qPrintable(error));
    const QString url = server->url(QString::fromUtf8(location));
    r = client.send("HEAD", url, QByteArray(), {{"Tus-Resumable", "1.0.0"}}, &device);
    QCOMPARE(r.status, 200);
    const qint64 offset = r.header("upload-offset").toLongLong();
    QVERIFY2(offset == 1024 * 1024 || offset == 2 * 1024 * 1024, r.header("upload-offset").constData());
    QFile part(data + QStringLiteral("/uploads/") + QString::fromUtf8(location).section(QLatin1Char('/'), -1) + QStringLiteral(".part"));
    QVERIFY(part.open(QIODevice::ReadOnly));
    QCOMPARE(part.read(offset), content.left(offset));
    QCOMPARE(client.send("PATCH", url, content.mid(offset), patchHeaders(offset), &device).status, 204);
    QCOMPARE(fileHash(data + QStringLiteral("/files/SIM0100/ev-restart")),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestTus)
#include "tst_tus.moc"
