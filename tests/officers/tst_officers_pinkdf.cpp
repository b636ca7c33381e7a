// PinKdf against an independent witness: `openssl kdf … PBKDF2` (the OpenSSL CLI, not our code)
// for both digests, short and full iteration counts; the RFC 7914 §11 PBKDF2-HMAC-SHA256
// vector; fresh salts per hash; constant-time comparison; profile → KDF names.
#include "pinkdf.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

// The OpenSSL command-line tool's answer, as raw bytes (it prints XX:XX:…).
QByteArray opensslKdf(const QString &digest, const QByteArray &pass, const QByteArray &salt, int iterations, int keyLength)
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("kdf"), QStringLiteral("-keylen"), QString::number(keyLength),
             QStringLiteral("-kdfopt"), QStringLiteral("digest:") + digest,
             QStringLiteral("-kdfopt"), QStringLiteral("hexpass:") + QString::fromLatin1(pass.toHex()),
             QStringLiteral("-kdfopt"), QStringLiteral("hexsalt:") + QString::fromLatin1(salt.toHex()),
             QStringLiteral("-kdfopt"), QStringLiteral("iter:") + QString::number(iterations), QStringLiteral("PBKDF2")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QByteArray();
    return QByteArray::fromHex(p.readAllStandardOutput().trimmed().replace(':', ""));
}

} // namespace

class TestPinKdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), "openssl CLI missing (tools/deps-debian.txt)");
    }

    void matchesOpensslCli_data()
    {
        QTest::addColumn<QString>("kdf");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        const QByteArray salt16 = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        const QByteArray saltHigh = QByteArray::fromHex("ff80fe7f00c3a5e1d2c3b4a5968778ff");
        for (const auto &[kdf, digest] : {std::pair{"pbkdf2-sha256", "SHA256"}, std::pair{"pbkdf2-sm3", "SM3"}}) {
            QTest::addRow("%s one iteration", kdf) << QString::fromLatin1(kdf) << QString::fromLatin1(digest) << QByteArray("111111") << salt16 << 1;
            QTest::addRow("%s 1000 iterations, high-bit salt", kdf) << QString::fromLatin1(kdf) << QString::fromLatin1(digest) << QByteArray("000000000000") << saltHigh << 1000;
            QTest::addRow("%s short salt", kdf) << QString::fromLatin1(kdf) << QString::fromLatin1(digest) << QByteArray("987654") << QByteArray("NaCl") << 4096;
            // The production cost, once per digest (the only slow rows).
            QTest::addRow("%s 600000 iterations", kdf) << QString::fromLatin1(kdf) << QString::fromLatin1(digest) << QByteArray("999999") << salt16 << PinKdf::defaultIterations;
        }
    }
    void matchesOpensslCli()
    {
        QFETCH(QString, kdf);
        QFETCH(QString, digest);
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        const QByteArray ours = PinKdf::derive(kdf, pin, salt, iterations);
        const QByteArray cli = opensslKdf(digest, pin, salt, iterations, PinKdf::keyBytes);
        QCOMPARE(cli.size(), PinKdf::keyBytes);
        QCOMPARE(ours.toHex(), cli.toHex());
    }

    void rfc7914Vector()
    {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64).
        const QByteArray expected = QByteArray::fromHex(
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        QCOMPARE(PinKdf::derive(QStringLiteral("pbkdf2-sha256"), "passwd", "salt", 1, 64).toHex(), expected.toHex());
    }

    void refusesNonsense()
    {
        QVERIFY(PinKdf::derive(QStringLiteral("pbkdf2-md5"), "111111", "salt", 1).isEmpty());
        QVERIFY(PinKdf::derive(QStringLiteral("pbkdf2-sha256"), "111111", "salt", 0).isEmpty());
        QString error;
        const PinKdf::PinHash h = PinKdf::hashPin(QStringLiteral("md5"), QStringLiteral("111111"), &error);
        QVERIFY(!h.isValid());
        QVERIFY2(error.contains(QStringLiteral("md5")), qPrintable(error));
    }

    void hashPinUsesFreshSaltsAndFullCost_data()
    {
        QTest::addColumn<QString>("kdf");
        QTest::newRow("sha256") << QStringLiteral("pbkdf2-sha256");
        QTest::newRow("sm3") << QStringLiteral("pbkdf2-sm3");
    }
    void hashPinUsesFreshSaltsAndFullCost()
    {
        QFETCH(QString, kdf);
        QString error;
        const PinKdf::PinHash a = PinKdf::hashPin(kdf, QStringLiteral("123456"), &error);
        QVERIFY2(a.isValid(), qPrintable(error));
        QCOMPARE(a.kdf, kdf);
        QCOMPARE(a.iterations, 600000);
        QCOMPARE(a.salt.size(), 16);
        QCOMPARE(a.hash.size(), 32);
        // The stored hash is what the independent tool derives from the stored salt.
        const QString digest = kdf == QLatin1String("pbkdf2-sm3") ? QStringLiteral("SM3") : QStringLiteral("SHA256");
        QCOMPARE(a.hash.toHex(), opensslKdf(digest, "123456", a.salt, a.iterations, 32).toHex());

        QVERIFY(PinKdf::verifyPin(a, QStringLiteral("123456")));
        QVERIFY(!PinKdf::verifyPin(a, QStringLiteral("123457")));
        PinKdf::PinHash broken = a;
        broken.iterations = 0;
        QVERIFY(!PinKdf::verifyPin(broken, QStringLiteral("123456")));   // refused without deriving
    }

    void saltsDiffer()
    {
        QSet<QByteArray> salts;
        for (int i = 0; i < 64; ++i) {
            const QByteArray s = PinKdf::randomSalt();
            QCOMPARE(s.size(), PinKdf::saltBytes);
            salts.insert(s);
        }
        QCOMPARE(salts.size(), 64);
    }

    void constantTimeEquals()
    {
        QVERIFY(PinKdf::constantTimeEquals(QByteArray("abcdef"), QByteArray("abcdef")));
        QVERIFY(!PinKdf::constantTimeEquals(QByteArray("abcdef"), QByteArray("abcdeg")));
        QVERIFY(!PinKdf::constantTimeEquals(QByteArray("bbcdef"), QByteArray("abcdef")));
        QVERIFY(!PinKdf::constantTimeEquals(QByteArray("abcdef"), QByteArray("abcde")));
        QVERIFY(PinKdf::constantTimeEquals(QByteArray(), QByteArray()));
    }

    void profiles()
    {
        QCOMPARE(PinKdf::kdfForCryptoProfile(QStringLiteral("intl")), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(PinKdf::kdfForCryptoProfile(QStringLiteral("gm")), QStringLiteral("pbkdf2-sm3"));
        QVERIFY(PinKdf::kdfForCryptoProfile(QStringLiteral("fips")).isEmpty());
        QVERIFY(PinKdf::isSupported(QStringLiteral("pbkdf2-sm3")));
        QVERIFY(!PinKdf::isSupported(QStringLiteral("sm3")));
    }
};

QTEST_GUILESS_MAIN(TestPinKdf)
#include "tst_officers_pinkdf.moc"
