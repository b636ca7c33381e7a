// backoffice.enroll: one-time codes (once only, expiry), proof of possession of the enrolled key,
// revoked devices stay revoked — both crypto profiles, against a real HTTP server.

#include "admincommands.h"
#include "database.h"
#include "receivertestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestEnroll : public QObject
{
    Q_OBJECT
private slots:
    void enroll_data();
    void enroll();
};

void TestEnroll::enroll_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("intl") << QStringLiteral("intl");
    QTest::newRow("gm") << QStringLiteral("gm");
}

void TestEnroll::enroll()
{
    QFETCH(QString, profile);
    const auto alg = DeviceIdentity::forCryptoProfile(profile);
    InProcessReceiver receiver(profile);
    QString error;
    QVERIFY2(receiver.start(&error), qPrintable(error));
    SignedClient client;
    const QString base = receiver.url(QString());

    TestDevice device(QStringLiteral("SIM0001"), alg);
    const QString code = receiver.issueCode();
    QCOMPARE(code.size(), 8);

    // Wrong proof: the body names this device's key, the signature is made by another key. The
    // code is not used up by a refused request.
    TestDevice impostor(QStringLiteral("SIM0001"), alg);
    {
        const QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("deviceId"), device.id},
                               {QStringLiteral("algorithm"), device.algorithmKey()},
                               {QStringLiteral("publicKeyPem"), QString::fromUtf8(device.key.publicKeyPem())}};
        SignOptions wrongKey;
        wrongKey.key = &impostor.key;
        const HttpResult r = client.send("POST", base + QStringLiteral("/api/v1/enroll"),
                                         QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}},
                                         &device, wrongKey);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("signature_invalid"));
    }

    // The right device enrolls and learns the receiver's key.
    HttpResult r = client.enroll(base, device, code);
    QCOMPARE(r.status, 201);
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(answer.value(QStringLiteral("deviceId")).toString(), device.id);
    QCOMPARE(answer.value(QStringLiteral("receiverKeyId")).toString(), QStringLiteral("receiver"));
    QCOMPARE(answer.value(QStringLiteral("receiverAlgorithm")).toString(), device.algorithmKey());
    QCOMPARE(answer.value(QStringLiteral("receiverPublicKeyPem")).toString().toUtf8(), receiver.ctx()->receiverKey->publicKeyPem());
    Statement st = receiver.db().prepare("SELECT algorithm, public_key_pem FROM devices WHERE device_id = ?");
    st.bind(1, device.id);
    QCOMPARE(st.step(), Statement::Step::Row);
    QCOMPARE(st.text(0), device.algorithmKey());
    QCOMPARE(st.text(1).toUtf8(), device.key.publicKeyPem());

    // Once only.
    TestDevice second(QStringLiteral("SIM0002"), alg);
    r = client.enroll(base, second, code);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("enrollment_code_invalid"));
    QVERIFY(!QJsonDocument::fromJson(r.body).object().value(QStringLiteral("message")).toString().isEmpty());

    // An unknown code.
    r = client.enroll(base, second, QStringLiteral("12345678") == code ? QStringLiteral("87654321") : QStringLiteral("12345678"));
    QCOMPARE(r.status, 403);

    // Expired: 25 h later (the device's clock agrees, so only the code is wrong).
    const QString stale = receiver.issueCode();
    receiver.clockOffset = 25 * 3600;
    {
        const QJsonObject body{{QStringLiteral("code"), stale}, {QStringLiteral("deviceId"), second.id},
                               {QStringLiteral("algorithm"), second.algorithmKey()},
                               {QStringLiteral("publicKeyPem"), QString::fromUtf8(second.key.publicKeyPem())}};
        SignOptions later;
        later.created = QDateTime::currentSecsSinceEpoch() + receiver.clockOffset;
        r = client.send("POST", base + QStringLiteral("/api/v1/enroll"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                        {{"Content-Type", "application/json"}}, &second, later);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("enrollment_code_invalid"));
    }
    receiver.clockOffset = 0;

    // Re-enrolling replaces the key (with a new code); a revoked device stays revoked.
    TestDevice replaced(device.id, alg);
    r = client.enroll(base, replaced, receiver.issueCode());
    QCOMPARE(r.status, 201);
    QVERIFY(AdminCommands::revoke(receiver.ctx(), device.id, QStringLiteral("test"), &error));
    r = client.enroll(base, replaced, receiver.issueCode());
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("device_revoked"));

    // Every refusal left a trail; codes are stored only as hashes.
    qint64 refused = 0;
    QVERIFY(receiver.db().queryInt("SELECT count(*) FROM events WHERE action = 'refused'", &refused));
    QVERIFY(refused >= 5);
    Statement codes = receiver.db().prepare("SELECT count(*) FROM enrollment_codes WHERE code_hash = ?");
    codes.bind(1, code);
    QCOMPARE(codes.step(), Statement::Step::Row);
    QCOMPARE(codes.int64(0), 0);
}

QTEST_GUILESS_MAIN(TestEnroll)
#include "tst_enroll.moc"
