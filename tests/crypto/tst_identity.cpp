// DeviceIdentity for both crypto profiles: the key is created owner-only and reloaded unchanged;
// its signatures verify with the openssl command-line tool (the independent witness — for SM2
// with SM3 and the documented distinguishing ID) and with our own verify; a changed byte or a
// different key fails; a damaged key file is refused with a message.
#include "deviceidentity.h"
#include "testtools.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestIdentity : public QObject
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
        const QString keys = dir.filePath(QStringLiteral("keys"));
        QString error;
        bool created = false;
        DeviceIdentity id;
        QVERIFY2(id.loadOrCreate(keys, alg, &error, &created), qPrintable(error));
        QVERIFY(created);
        const QString keyPath = keys + QLatin1Char('/') + DeviceIdentity::keyFileName(alg);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(keyPath).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        DeviceIdentity again;
        QVERIFY2(again.loadOrCreate(keys, alg, &error, &created), qPrintable(error));
        QVERIFY(!created);
        QCOMPARE(again.publicKeyPem(), id.publicKeyPem());
        QCOMPARE(again.fingerprint().size(), 64);

        const QByteArray message("POST /manifests 执法终端 \x00\x01 bytes", 40);
        const QByteArray sig = id.sign(message, &error);
        QVERIFY2(!sig.isEmpty(), qPrintable(error));
        QVERIFY2(DeviceIdentity::verify(id.publicKeyPem(), alg, message, sig, &error), qPrintable(error));
        QByteArray changed = message;
        changed[3] = 'X';
        QVERIFY(!DeviceIdentity::verify(id.publicKeyPem(), alg, changed, sig, &error));

        // The independent witness.
        const QString pub = dir.filePath(QStringLiteral("pub.pem"));
        const QString msg = dir.filePath(QStringLiteral("msg"));
        const QString sigFile = dir.filePath(QStringLiteral("sig"));
        QVERIFY(TestTools::writeFile(pub, id.publicKeyPem()));
        QVERIFY(TestTools::writeFile(msg, message));
        QVERIFY(TestTools::writeFile(sigFile, sig));
        bool ok = false;
        QByteArray err;
        const QStringList verifyArgs = QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                                   QStringLiteral("-inkey"), pub, QStringLiteral("-rawin"), QStringLiteral("-in"), msg,
                                                   QStringLiteral("-sigfile"), sigFile} + opensslOptions;
        const QByteArray out = TestTools::run(QStringLiteral("openssl"), verifyArgs, &ok, &err);
        QVERIFY2(ok && out.contains("Verified Successfully"), (out + err).constData());
        QVERIFY(TestTools::writeFile(msg, changed));
        TestTools::run(QStringLiteral("openssl"), verifyArgs, &ok);
        QVERIFY(!ok);

        // A signature by another device's key does not verify.
        QTemporaryDir other;
        DeviceIdentity stranger;
        QVERIFY(stranger.loadOrCreate(other.path(), alg, &error));
        QVERIFY(!DeviceIdentity::verify(stranger.publicKeyPem(), alg, message, sig, &error));
    }

    void damagedKeyIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(TestTools::writeFile(dir.filePath(DeviceIdentity::keyFileName(DeviceIdentity::Algorithm::Ed25519)), "not a key"));
        DeviceIdentity id;
        QString error;
        QVERIFY(!id.loadOrCreate(dir.path(), DeviceIdentity::Algorithm::Ed25519, &error));
        QVERIFY2(error.contains(QStringLiteral("损坏")), qPrintable(error));
        QVERIFY(!id.isValid());
    }

    void profileChoosesTheAlgorithm()
    {
        QCOMPARE(DeviceIdentity::forCryptoProfile(QStringLiteral("intl")), DeviceIdentity::Algorithm::Ed25519);
        QCOMPARE(DeviceIdentity::forCryptoProfile(QStringLiteral("gm")), DeviceIdentity::Algorithm::Sm2);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
