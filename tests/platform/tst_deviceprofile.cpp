// DeviceProfile: defaults, round trip, and that every bad value is refused naming its field.
#include "datapaths.h"
#include "deviceprofile.h"

#include <QTemporaryDir>
#include <QTest>

class TestDeviceProfile : public QObject
{
    Q_OBJECT
private slots:
    void defaultsMatchTheIssue()
    {
        const DeviceProfile p = DeviceProfile::simulatedDefault();
        QCOMPARE(p.video.width, 1280);
        QCOMPARE(p.video.height, 720);
        QCOMPARE(p.video.fps, 30);
        QCOMPARE(p.video.bitrateKbps, 4000);
        QCOMPARE(p.policy.prerecordSeconds, 30);
        QCOMPARE(p.policy.segmentSeconds, 600);
        QCOMPARE(p.policy.storageReserveMB, qint64(500));
        QCOMPARE(p.hashAlgorithm(), QStringLiteral("sha256"));
        QVERIFY(p.validate().isEmpty());
    }

    void roundTrip()
    {
        DeviceProfile p;
        p.video.width = 1920;
        p.video.height = 1080;
        p.cryptoProfile = QStringLiteral("gm");
        p.policy.prerecordAudio = false;
        DeviceProfile q;
        QString error;
        QVERIFY2(DeviceProfile::fromJson(p.toJson(), &q, &error), qPrintable(error));
        QCOMPARE(q.video.width, 1920);
        QCOMPARE(q.hashAlgorithm(), QStringLiteral("sm3"));
        QCOMPARE(q.policy.prerecordAudio, false);
    }

    void badValuesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("prerecord too long") << QByteArray(R"({"policy":{"prerecordSeconds":121}})") << "policy.prerecordSeconds";
        QTest::newRow("prerecord negative") << QByteArray(R"({"policy":{"prerecordSeconds":-1}})") << "policy.prerecordSeconds";
        QTest::newRow("postrecord") << QByteArray(R"({"policy":{"postrecordSeconds":61}})") << "policy.postrecordSeconds";
        QTest::newRow("segment") << QByteArray(R"({"policy":{"segmentSeconds":0}})") << "policy.segmentSeconds";
        QTest::newRow("fps type") << QByteArray(R"({"video":{"fps":"30"}})") << "video.fps";
        QTest::newRow("fps fraction") << QByteArray(R"({"video":{"fps":29.97}})") << "video.fps";
        QTest::newRow("odd width") << QByteArray(R"({"video":{"width":1281}})") << "video.width";
        QTest::newRow("encoder") << QByteArray(R"({"video":{"encoder":"vp8"}})") << "video.encoder";
        QTest::newRow("crypto") << QByteArray(R"({"cryptoProfile":"rsa"})") << "cryptoProfile";
        QTest::newRow("path traversal in device id") << QByteArray(R"({"deviceId":"../../etc"})") << "deviceId";
        QTest::newRow("officer with underscore") << QByteArray(R"({"officerNo":"a_b"})") << "officerNo";
        QTest::newRow("latitude") << QByteArray(R"({"latitude":91})") << "latitude";
        QTest::newRow("audio source") << QByteArray(R"({"audio":{"source":"mic9"}})") << "audio.source";
    }
    void badValuesNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        DeviceProfile p;
        p.deviceId = QStringLiteral("UNCHANGED");
        QString error;
        QVERIFY(!DeviceProfile::fromJson(json, &p, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
        QCOMPARE(p.deviceId, QStringLiteral("UNCHANGED"));   // nothing applied half-way
    }

    // The example profiles shipped in resources/ must load: they are what field engineers copy.
    void shippedProfilesLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("simulated") << "simulated.json";
        QTest::newRow("device") << "device-v4l2.json";
    }
    void shippedProfilesLoad()
    {
        QFETCH(QString, file);
        DeviceProfile p;
        QString error;
        QVERIFY2(DeviceProfile::fromFile(QStringLiteral(FIELDTERM_PROFILES_DIR "/") + file, &p, &error), qPrintable(error));
        if (file == QLatin1String("simulated.json")) {
            const DeviceProfile d = DeviceProfile::simulatedDefault();
            QCOMPARE(p.toJson(), d.toJson());   // the documented example is the built-in default
        } else {
            QCOMPARE(p.video.encoder, QStringLiteral("v4l2h264"));
            QCOMPARE(p.hashAlgorithm(), QStringLiteral("sm3"));
        }
    }

    void notJson()
    {
        DeviceProfile p;
        QString error;
        QVERIFY(!DeviceProfile::fromJson("{", &p, &error));
        QVERIFY(!error.isEmpty());
    }

    void fileNamesFollowProduct()
    {
        const QDateTime t(QDate(2026, 11, 21), QTime(9, 5, 7));
        QCOMPARE(evidenceFileName(QStringLiteral("SIM0001"), QStringLiteral("11010001"), t, 3, QStringLiteral("mp4")),
                 QStringLiteral("SIM0001_11010001_20261121090507_003.mp4"));
    }

    void dataPaths()
    {
        QTemporaryDir dir;
        DataPaths paths(dir.path());
        QString error;
        QVERIFY(paths.ensure(&error));
        const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5));
        QCOMPARE(paths.evidenceDir(t), dir.path() + QStringLiteral("/evidence/2026/01/02"));
        QCOMPARE(paths.relative(paths.evidenceDir(t) + QStringLiteral("/x.mp4")), QStringLiteral("evidence/2026/01/02/x.mp4"));
        QCOMPARE(paths.absolute(QStringLiteral("evidence/x.mp4")), dir.path() + QStringLiteral("/evidence/x.mp4"));
        QCOMPARE(QFileInfo(paths.evidenceRoot()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestDeviceProfile)
#include "tst_deviceprofile.moc"
