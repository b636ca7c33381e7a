// Hasher against published test vectors and against the openssl command-line tool.
#include "hasher.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestHasher : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("sha256-abc") << "sha256" << QByteArray("abc")
                                    << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("sha256-empty") << "sha256" << QByteArray()
                                      << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // GB/T 32905-2016 appendix A, example 1.
        QTest::newRow("sm3-abc") << "sm3" << QByteArray("abc")
                                 << QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }
    void vectors()
    {
        QFETCH(QString, algorithm);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Hasher::hash(algorithm, input).toHex(), hex);
    }

    void unknownAlgorithmIsRefused()
    {
        QVERIFY(!Hasher::isSupported(QStringLiteral("md5")));
        QString error;
        QVERIFY(Hasher::hashFileHex(QStringLiteral("md5"), QStringLiteral("/dev/null"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("md5")));
    }

    void fileMatchesOpensslTool_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("sha256") << "sha256";
        QTest::newRow("sm3") << "sm3";
    }
    void fileMatchesOpensslTool()
    {
        QFETCH(QString, algorithm);
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("openssl command-line tool missing; tools/bootstrap.sh installs it");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blob.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk(3 * 1024 * 1024 + 17, '\0');   // crosses the 1 MiB read boundary
        for (int i = 0; i < chunk.size(); ++i)
            chunk[i] = char((i * 131) ^ (i >> 7));
        f.write(chunk);
        f.close();

        QString error;
        qint64 bytes = 0;
        const QString ours = Hasher::hashFileHex(algorithm, path, &error, &bytes);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bytes, qint64(chunk.size()));

        QProcess p;
        p.start(QStringLiteral("openssl"), {QStringLiteral("dgst"), QLatin1Char('-') + algorithm, QStringLiteral("-r"), path});
        QVERIFY(p.waitForFinished(30000));
        const QString theirs = QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
        QCOMPARE(ours, theirs);
    }
};

QTEST_GUILESS_MAIN(TestHasher)
#include "tst_hasher.moc"
