// TusMetadata (tus 1.0 Upload-Metadata): the protocol's example header decodes to its stated
// values (a key alone is an empty value); our evidence keys with Chinese text round-trip and
// agree with the `base64` tool; malformed headers (bad base64, duplicate or odd keys) are refused.
#include "testtools.h"
#include "tusmetadata.h"

#include <QTemporaryDir>
#include <QTest>

class TestTusMetadata : public QObject
{
    Q_OBJECT
private slots:
    void specExample()
    {
        // tus 1.0 core protocol, "Upload-Metadata".
        TusMetadata::Pairs pairs;
        QString error;
        QVERIFY2(TusMetadata::decode("filename d29ybGRfZG9taW5hdGlvbl9wbGFuLnBkZg==,is_confidential", &pairs, &error),
                 qPrintable(error));
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(TusMetadata::value(pairs, "filename"), QByteArray("world_domination_plan.pdf"));
        QCOMPARE(pairs.at(1).first, QByteArray("is_confidential"));
        QCOMPARE(pairs.at(1).second, QByteArray());
        QCOMPARE(TusMetadata::value(pairs, "absent"), QByteArray());
        QCOMPARE(TusMetadata::encode(pairs), QByteArray("filename d29ybGRfZG9taW5hdGlvbl9wbGFuLnBkZg==,is_confidential"));
    }

    void evidenceKeysRoundTrip()
    {
        const TusMetadata::Pairs pairs{
            {"evidenceId", "6f1c2d3e-0000-4000-8000-000000000001"},
            {"caseId", ""},
            {"kind", "video"},
            {"filename", QStringLiteral("现场执法 2026-11-22 04:00.mp4").toUtf8()},
            {"size", "123456789"},
            {"hash", QByteArray(64, 'a')},
            {"hashAlg", "sm3"},
        };
        const QByteArray header = TusMetadata::encode(pairs);
        QVERIFY(header.contains("caseId,"));   // an empty value is the key alone
        TusMetadata::Pairs back;
        QString error;
        QVERIFY2(TusMetadata::decode(header, &back, &error), qPrintable(error));
        QCOMPARE(back, pairs);

        // The independent witness: coreutils base64 decodes each value the same.
        QTemporaryDir dir;
        const QByteArray encodedName = header.split(',').at(3).split(' ').at(1);
        QVERIFY(TestTools::writeFile(dir.filePath(QStringLiteral("v")), encodedName + '\n'));
        bool ok = false;
        const QByteArray decoded = TestTools::run(QStringLiteral("base64"), {QStringLiteral("-d"), dir.filePath(QStringLiteral("v"))}, &ok);
        QVERIFY(ok);
        QCOMPARE(QString::fromUtf8(decoded), QStringLiteral("现场执法 2026-11-22 04:00.mp4"));

        // Whitespace around pairs is tolerated; the empty header is no pairs.
        QVERIFY(TusMetadata::decode(" kind dmlkZW8= , caseId ", &back, &error));
        QCOMPARE(back, (TusMetadata::Pairs{{"kind", "video"}, {"caseId", ""}}));
        QVERIFY(TusMetadata::decode("", &back, &error));
        QVERIFY(back.isEmpty());
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("bad base64") << QByteArray("filename d29y*GQ=");
        QTest::newRow("unpadded") << QByteArray("filename d29ybGQ");
        QTest::newRow("two values") << QByteArray("filename d29y bGQ=");
        QTest::newRow("duplicate key") << QByteArray("kind dmlkZW8=,kind YXVkaW8=");
        QTest::newRow("empty pair") << QByteArray("kind dmlkZW8=,,size MQ==");
        QTest::newRow("trailing comma") << QByteArray("kind dmlkZW8=,");
        QTest::newRow("non-ascii key") << QByteArray("n\xc3\xa4me dmlkZW8=");
        QTest::newRow("control in key") << QByteArray("ki\x01nd dmlkZW8=");
    }

    void malformedRefused()
    {
        QFETCH(QByteArray, header);
        TusMetadata::Pairs pairs{{"stale", "x"}};
        QString error;
        QVERIFY(!TusMetadata::decode(header, &pairs, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(pairs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTusMetadata)
#include "tst_tusmetadata.moc"
