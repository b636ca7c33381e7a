// SignedJson: detached signatures over JSON bytes exactly as sent, for both algorithms —
// verified by us and by `openssl pkeyutl` (the independent witness); one changed byte (even
// insignificant whitespace) or another key fails; the `:<base64>:` header round-trips and
// malformed headers are refused; hashHex agrees with sha256sum / openssl sm3.
#include "signedjson.h"
#include "testtools.h"

#include <QTemporaryDir>
#include <QTest>

class TestSignedJson : public QObject
{
    Q_OBJECT
private slots:
    void signsAndVerifies_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QStringList>("opensslOptions");
        QTest::newRow("ed25519") << int(DeviceIdentity::Algorithm::Ed25519) << QStringList{};
        QTest::newRow("sm2-sm3") << int(DeviceIdentity::Algorithm::Sm2)
                                 << QStringList{QStringLiteral("-digest"), QStringLiteral("sm3"), QStringLiteral("-pkeyopt"),
                                                QStringLiteral("distid:1234567812345678")};
    }

    void signsAndVerifies()
    {
        QFETCH(int, algorithm);
        QFETCH(QStringList, opensslOptions);
        const auto alg = DeviceIdentity::Algorithm(algorithm);
        QTemporaryDir dir;
        QString error;
        DeviceIdentity key;
        QVERIFY2(key.loadOrCreate(dir.filePath(QStringLiteral("keys")), alg, &error), qPrintable(error));

        const QByteArray manifest = QStringLiteral("{\"format\":\"fieldterm-manifest-v1\",\"deviceId\":\"SIM0001\","
                                                   "\"case\":{\"partyName\":\"张三\",\"place\":\"人民路 12 号\"}}")
                                        .toUtf8();
        const QByteArray signature = SignedJson::sign(key, manifest, &error);
        QVERIFY2(!signature.isEmpty(), qPrintable(error));
        QVERIFY2(SignedJson::verify(key.publicKeyPem(), alg, manifest, signature, &error), qPrintable(error));

        // The header form round-trips.
        const QByteArray header = SignedJson::signatureHeader(signature);
        QVERIFY(header.startsWith(':') && header.endsWith(':'));
        QByteArray parsed;
        QVERIFY2(SignedJson::parseSignatureHeader(header, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, signature);

        // The independent witness.
        const QString pub = dir.filePath(QStringLiteral("pub.pem"));
        const QString msg = dir.filePath(QStringLiteral("manifest.json"));
        const QString sig = dir.filePath(QStringLiteral("sig"));
        QVERIFY(TestTools::writeFile(pub, key.publicKeyPem()));
        QVERIFY(TestTools::writeFile(msg, manifest));
        QVERIFY(TestTools::writeFile(sig, parsed));
        const QStringList args = QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                             QStringLiteral("-inkey"), pub, QStringLiteral("-rawin"), QStringLiteral("-in"), msg,
                                             QStringLiteral("-sigfile"), sig}
            + opensslOptions;
        bool ok = false;
        QByteArray err;
        const QByteArray out = TestTools::run(QStringLiteral("openssl"), args, &ok, &err);
        QVERIFY2(ok && out.contains("Verified Successfully"), (out + err).constData());

        // The same JSON re-serialised (one space) is other bytes: the signature does not hold.
        QByteArray respaced = manifest;
        respaced.replace("\"deviceId\":", "\"deviceId\": ");
        QVERIFY(!SignedJson::verify(key.publicKeyPem(), alg, respaced, signature, &error));
        QVERIFY(TestTools::writeFile(msg, respaced));
        TestTools::run(QStringLiteral("openssl"), args, &ok);
        QVERIFY(!ok);

        DeviceIdentity other;
        QVERIFY(other.loadOrCreate(dir.filePath(QStringLiteral("other")), alg, &error));
        QVERIFY(!SignedJson::verify(other.publicKeyPem(), alg, manifest, signature, &error));
        QVERIFY(!SignedJson::verify(key.publicKeyPem(), alg, manifest, QByteArray(), &error));

        DeviceIdentity unloaded;
        QVERIFY(SignedJson::sign(unloaded, manifest, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void headerRefusals_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("empty bytes") << QByteArray("::");
        QTest::newRow("string") << QByteArray("\"AAAA\"");
        QTest::newRow("bare base64") << QByteArray("AAAA");
        QTest::newRow("bad base64") << QByteArray(":AA*A:");
        QTest::newRow("parameters") << QByteArray(":AAAA:;x=1");
        QTest::newRow("dictionary") << QByteArray("sig1=:AAAA:");
        QTest::newRow("trailing") << QByteArray(":AAAA: :AAAA:");
    }

    void headerRefusals()
    {
        QFETCH(QByteArray, value);
        QByteArray signature;
        QString error;
        QVERIFY(!SignedJson::parseSignatureHeader(value, &signature, &error));
        QVERIFY(!error.isEmpty());
    }

    void hashMatchesTools_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("sha256") << QStringLiteral("sha256");
        QTest::newRow("sm3") << QStringLiteral("sm3");
    }

    void hashMatchesTools()
    {
        QFETCH(QString, algorithm);
        QTemporaryDir dir;
        const QByteArray bytes = TestTools::pattern(70000, 5);
        const QString file = dir.filePath(QStringLiteral("m.json"));
        QVERIFY(TestTools::writeFile(file, bytes));
        const QString hex = SignedJson::hashHex(algorithm, bytes);
        QCOMPARE(hex.size(), 64);
        QCOMPARE(hex, TestTools::toolHash(algorithm, file));
        QCOMPARE(SignedJson::hashHex(QStringLiteral("md5"), bytes), QString());
    }
};

QTEST_GUILESS_MAIN(TestSignedJson)
#include "tst_signedjson.moc"
