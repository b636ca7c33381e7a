// fieldterm-cli identity: the key pair is made once (owner-only file, audited), the same public
// key is printed on every later run, and the printed PEM verifies a signature only this device's
// key can make — checked with `openssl pkeyutl`, for both crypto profiles.
#include "clitestkit.h"

#include <QTest>

#include <sys/stat.h>

class TestCliIdentity : public QObject
{
    Q_OBJECT
private slots:
    void identityIsStableAndAudited_data()
    {
        QTest::addColumn<QString>("crypto");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("keyFile");
        QTest::newRow("intl") << QStringLiteral("intl") << QStringLiteral("ed25519") << QStringLiteral("device-ed25519.pem");
        QTest::newRow("gm") << QStringLiteral("gm") << QStringLiteral("sm2-sm3") << QStringLiteral("device-sm2-sm3.pem");
    }

    void identityIsStableAndAudited()
    {
        QFETCH(QString, crypto);
        QFETCH(QString, algorithm);
        QFETCH(QString, keyFile);
        QTemporaryDir dir;
        const QStringList args{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--crypto"), crypto,
                               QStringLiteral("identity"), QStringLiteral("--json")};
        CliKit::Result r = CliKit::run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject first = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(first.value(QStringLiteral("deviceId")).toString(), QStringLiteral("SIM0001"));
        QCOMPARE(first.value(QStringLiteral("algorithm")).toString(), algorithm);
        QVERIFY(first.value(QStringLiteral("publicKeyPem")).toString().startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));

        const QString key = dir.filePath(QStringLiteral("keys/") + keyFile);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        r = CliKit::run(args);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("publicKeyPem")), first.value(QStringLiteral("publicKeyPem")));
        const QString db = dir.filePath(QStringLiteral("fieldterm.db"));
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'device_key_created'")), QStringLiteral("1"));
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT json_extract(details, '$.fingerprint') FROM audit_log WHERE action = 'device_key_created'")),
                 first.value(QStringLiteral("fingerprint")).toString());

        // The printed public key belongs to the stored private key: sign with openssl using the
        // key file, verify with the printed PEM.
        const QString pub = dir.filePath(QStringLiteral("pub.pem"));
        const QString msg = dir.filePath(QStringLiteral("msg"));
        const QString sig = dir.filePath(QStringLiteral("sig"));
        QVERIFY(TestTools::writeFile(pub, first.value(QStringLiteral("publicKeyPem")).toString().toLatin1()));
        QVERIFY(TestTools::writeFile(msg, "enrol me"));
        const QStringList sm2 = crypto == QLatin1String("gm")
            ? QStringList{QStringLiteral("-digest"), QStringLiteral("sm3"), QStringLiteral("-pkeyopt"), QStringLiteral("distid:1234567812345678")}
            : QStringList{};
        bool ok = false;
        TestTools::run(QStringLiteral("openssl"), QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-inkey"), key,
                                                              QStringLiteral("-rawin"), QStringLiteral("-in"), msg, QStringLiteral("-out"), sig} + sm2, &ok);
        QVERIFY(ok);
        const QByteArray out = TestTools::run(QStringLiteral("openssl"), QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                                                                     QStringLiteral("-inkey"), pub, QStringLiteral("-rawin"), QStringLiteral("-in"), msg,
                                                                                     QStringLiteral("-sigfile"), sig} + sm2, &ok);
        QVERIFY2(ok && out.contains("Verified Successfully"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliIdentity)
#include "tst_cli_identity.moc"
