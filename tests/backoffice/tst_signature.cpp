// backoffice.signature: the §2 checks of docs/PROTOCOL.md — unsigned, wrong key, tampered body,
// replayed nonce (also across a restart), created outside the window, unknown and revoked
// devices — both crypto profiles; plus the real program with `curl` as the unsigned client.

#include "admincommands.h"
#include "database.h"
#include "receivertestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

class TestSignature : public QObject
{
    Q_OBJECT
private slots:
    void checks_data();
    void checks();
    void realProgram();
};

void TestSignature::checks_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("intl") << QStringLiteral("intl");
    QTest::newRow("gm") << QStringLiteral("gm");
}

void TestSignature::checks()
{
    QFETCH(QString, profile);
    const auto alg = DeviceIdentity::forCryptoProfile(profile);
    InProcessReceiver receiver(profile);
    QString error;
    QVERIFY2(receiver.start(&error), qPrintable(error));
    SignedClient client;
    TestDevice device(QStringLiteral("SIM0001"), alg);
    QCOMPARE(client.enroll(receiver.url(QString()), device, receiver.issueCode()).status, 201);
    const QString head = receiver.url(QStringLiteral("/api/v1/audit/head"));
    const QString audit = receiver.url(QStringLiteral("/api/v1/audit"));
    const QByteArray emptyBatch = "{\"deviceId\":\"SIM0001\",\"rows\":[]}";
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};

    // Signed correctly: accepted (a GET without body, a POST with one).
    HttpResult r = client.send("GET", head, QByteArray(), {}, &device);
    QCOMPARE(r.status, 200);
    QCOMPARE(client.send("POST", audit, emptyBatch, json, &device).status, 200);

    // Unsigned.
    r = client.send("GET", head);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("signature_missing"));

    // Wrong key (the keyid names the enrolled device).
    TestDevice other(QStringLiteral("SIM0001"), alg);
    SignOptions wrongKey;
    wrongKey.key = &other.key;
    r = client.send("GET", head, QByteArray(), {}, &device, wrongKey);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("signature_invalid"));

    // Tampered body: the signed Content-Digest no longer matches what arrives.
    SignOptions tampered;
    tampered.bodyAfterSigning = "{\"deviceId\":\"SIM0001\",\"rows\":[ ]}";
    r = client.send("POST", audit, emptyBatch, json, &device, tampered);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("digest_mismatch"));

    // Replayed nonce — also after a restart (nonces live in the database).
    SignOptions fixedNonce;
    fixedNonce.nonce = QByteArray("0123456789abcdef").toBase64();
    QCOMPARE(client.send("GET", head, QByteArray(), {}, &device, fixedNonce).status, 200);
    r = client.send("GET", head, QByteArray(), {}, &device, fixedNonce);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("nonce_replayed"));
    QVERIFY2(receiver.start(&error), qPrintable(error));   // restart
    const QString head2 = receiver.url(QStringLiteral("/api/v1/audit/head"));
    r = client.send("GET", head2, QByteArray(), {}, &device, fixedNonce);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("nonce_replayed"));

    // Created outside ±300 s.
    SignOptions old;
    old.created = QDateTime::currentSecsSinceEpoch() - 301 - 5;
    r = client.send("GET", head2, QByteArray(), {}, &device, old);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("signature_expired"));
    SignOptions future;
    future.created = QDateTime::currentSecsSinceEpoch() + 400;
    QCOMPARE(client.send("GET", head2, QByteArray(), {}, &device, future).status, 401);

    // Unknown device.
    TestDevice stranger(QStringLiteral("SIM9999"), alg);
    r = client.send("GET", head2, QByteArray(), {}, &stranger);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("unknown_device"));

    // Revoked: 403 from then on.
    QVERIFY(AdminCommands::revoke(receiver.ctx(), device.id, QStringLiteral("test"), &error));
    r = client.send("GET", head2, QByteArray(), {}, &device);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("device_revoked"));

    // Every refusal is in the trail with the device (or anonymous) as actor.
    qint64 refused = 0;
    QVERIFY(receiver.db().queryInt("SELECT count(*) FROM events WHERE action = 'refused'", &refused));
    QCOMPARE(refused, 9);
    qint64 anonymous = 0;
    QVERIFY(receiver.db().queryInt("SELECT count(*) FROM events WHERE action = 'refused' AND actor = 'anonymous'", &anonymous));
    QCOMPARE(anonymous, 2);
}

void TestSignature::realProgram()
{
    if (ReceiverProcess::program().isEmpty())
        QSKIP("FIELDTERM_BACKOFFICE_BIN not set");
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("receiver"));
    int exitCode = -1;
    const QString code = QString::fromLatin1(ReceiverProcess::runCommand(data, {QStringLiteral("issue-code")}, &exitCode));
    QCOMPARE(exitCode, 0);
    QCOMPARE(code.size(), 8);
    QVERIFY(QFileInfo(data).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
    QVERIFY(QFile::exists(data + QStringLiteral("/keys/receiver-ed25519.pem")));
    QVERIFY(QFile::exists(data + QStringLiteral("/admin-password")));

    ReceiverProcess server;
    QString error;
    QVERIFY2(server.start(data, {}, &error), qPrintable(error));
    SignedClient client;
    TestDevice device(QStringLiteral("SIM0001"), DeviceIdentity::Algorithm::Ed25519);
    QCOMPARE(client.enroll(server.url(QString()), device, code).status, 201);
    QCOMPARE(client.send("GET", server.url(QStringLiteral("/api/v1/audit/head")), QByteArray(), {}, &device).status, 200);

    // An independent, unsigned client.
    QByteArray out;
    QCOMPARE(runProcess(curl, {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                               QStringLiteral("%{http_code}"), server.url(QStringLiteral("/api/v1/audit/head"))},
                        &out),
             0);
    QCOMPARE(out, QByteArray("401"));
    QCOMPARE(runProcess(curl, {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                               QStringLiteral("%{http_code}"), QStringLiteral("-X"), QStringLiteral("OPTIONS"),
                               server.url(QStringLiteral("/tus/"))},
                        &out),
             0);
    QCOMPARE(out, QByteArray("401"));

    // Revoked through the script command while the server runs.
    ReceiverProcess::runCommand(data, {QStringLiteral("revoke"), device.id}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(client.send("GET", server.url(QStringLiteral("/api/v1/audit/head")), QByteArray(), {}, &device).status, 403);
    const QByteArray devices = ReceiverProcess::runCommand(data, {QStringLiteral("devices")}, &exitCode);
    QVERIFY(devices.startsWith("SIM0001\ted25519\t"));
    QVERIFY(devices.contains("revoked"));
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
