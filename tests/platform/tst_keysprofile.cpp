// The profile's `keys` section: a good map, key names and numbers, and every bad value refused
// with its field named (Chinese message, like the rest of DeviceProfile).
#include "deviceprofile.h"

#include <QTest>

#include <linux/input-event-codes.h>

class TestKeysProfile : public QObject
{
    Q_OBJECT
private slots:
    void defaultsHaveNoKeys()
    {
        const DeviceProfile p = DeviceProfile::simulatedDefault();
        QVERIFY(p.keys.devices.isEmpty());
        QVERIFY(p.keys.map.isEmpty());
        QCOMPARE(p.keys.longPressMs, 800);
        QCOMPARE(p.keys.grab, false);
    }

    void goodMap()
    {
        const QByteArray json = R"({"keys": {"devices": ["/dev/input/by-path/platform-gpio-keys-event", "gpio-keys"],
            "grab": true, "longPressMs": 1200,
            "map": {"KEY_RECORD": {"short": "record", "long": "record_audio"},
                    "KEY_CAMERA": "photo",
                    "148": {"short": "mark"},
                    "KEY_SOS": {"long": "sos"}}}})";
        DeviceProfile p;
        QString error;
        QVERIFY2(DeviceProfile::fromJson(json, &p, &error), qPrintable(error));
        QCOMPARE(p.keys.devices.size(), 2);
        QCOMPARE(p.keys.devices.at(1), QStringLiteral("gpio-keys"));
        QCOMPARE(p.keys.grab, true);
        QCOMPARE(p.keys.longPressMs, 1200);
        QCOMPARE(p.keys.map.size(), 4);
        QCOMPARE(p.keys.map.value(KEY_RECORD).shortAction, KeyAction::Record);
        QCOMPARE(p.keys.map.value(KEY_RECORD).longAction, KeyAction::RecordAudio);
        QCOMPARE(p.keys.map.value(KEY_CAMERA).shortAction, KeyAction::Photo);
        QCOMPARE(p.keys.map.value(KEY_CAMERA).longAction, KeyAction::None);
        QCOMPARE(p.keys.map.value(KEY_PROG1).shortAction, KeyAction::Mark);   // by number
        QCOMPARE(p.keys.map.value(KEY_SOS).shortAction, KeyAction::None);
        QCOMPARE(p.keys.map.value(KEY_SOS).longAction, KeyAction::Sos);

        // Round trip through toJson (names where known).
        DeviceProfile q;
        QVERIFY2(DeviceProfile::fromJson(p.toJson(), &q, &error), qPrintable(error));
        QCOMPARE(q.keys.toJson(), p.keys.toJson());
        QVERIFY(p.toJson().contains("KEY_PROG1"));
    }

    void namesAndNumbers()
    {
        QCOMPARE(keyCodeFromName(QStringLiteral("KEY_F1")), KEY_F1);
        QCOMPARE(keyCodeFromName(QStringLiteral("BTN_0")), BTN_0);
        QCOMPARE(keyCodeFromName(QStringLiteral("212")), KEY_CAMERA);
        QCOMPARE(keyCodeFromName(QStringLiteral("0")), -1);
        QCOMPARE(keyCodeFromName(QStringLiteral("99999")), -1);
        QCOMPARE(keyCodeFromName(QStringLiteral("+59")), -1);
        QCOMPARE(keyCodeFromName(QStringLiteral("key_f1")), -1);
        QCOMPARE(keyCodeName(KEY_RECORD), QStringLiteral("KEY_RECORD"));
        QCOMPARE(keyCodeName(0x2fe), QStringLiteral("766"));
    }

    void badValuesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown key name") << QByteArray(R"({"keys":{"map":{"KEY_NOPE":"photo"}}})") << "keys.map.KEY_NOPE";
        QTest::newRow("key code out of range") << QByteArray(R"({"keys":{"map":{"70000":"photo"}}})") << "keys.map.70000";
        QTest::newRow("unknown action") << QByteArray(R"({"keys":{"map":{"KEY_RECORD":{"short":"film"}}}})") << "keys.map.KEY_RECORD.short";
        QTest::newRow("unknown long action") << QByteArray(R"({"keys":{"map":{"KEY_RECORD":{"short":"record","long":"panic"}}}})") << "keys.map.KEY_RECORD.long";
        QTest::newRow("unknown short-form action") << QByteArray(R"({"keys":{"map":{"KEY_CAMERA":"snap"}}})") << "keys.map.KEY_CAMERA";
        QTest::newRow("no meaning") << QByteArray(R"({"keys":{"map":{"KEY_CAMERA":{}}}})") << "keys.map.KEY_CAMERA";
        QTest::newRow("binding type") << QByteArray(R"({"keys":{"map":{"KEY_CAMERA":3}}})") << "keys.map.KEY_CAMERA";
        QTest::newRow("same key twice") << QByteArray(R"({"keys":{"map":{"KEY_F1":"photo","59":"mark"}}})") << "keys.map.";
        QTest::newRow("longPressMs too short") << QByteArray(R"({"keys":{"longPressMs":50}})") << "keys.longPressMs";
        QTest::newRow("longPressMs too long") << QByteArray(R"({"keys":{"longPressMs":60000}})") << "keys.longPressMs";
        QTest::newRow("longPressMs text") << QByteArray(R"({"keys":{"longPressMs":"800"}})") << "keys.longPressMs";
        QTest::newRow("longPressMs fraction") << QByteArray(R"({"keys":{"longPressMs":800.5}})") << "keys.longPressMs";
        QTest::newRow("grab") << QByteArray(R"({"keys":{"grab":"yes"}})") << "keys.grab";
        QTest::newRow("devices not a list") << QByteArray(R"({"keys":{"devices":"/dev/input/event3"}})") << "keys.devices";
        QTest::newRow("empty device") << QByteArray(R"({"keys":{"devices":[""]}})") << "keys.devices";
        QTest::newRow("keys not an object") << QByteArray(R"({"keys":[]})") << "keys";
        QTest::newRow("map not an object") << QByteArray(R"({"keys":{"map":[]}})") << "keys.map";
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
        QVERIFY2(error.startsWith(QStringLiteral("配置项")), qPrintable(error));
        QCOMPARE(p.deviceId, QStringLiteral("UNCHANGED"));
    }

    void validateCatchesEditedValues()
    {
        DeviceProfile p;
        p.keys.longPressMs = 99;
        QVERIFY(p.validate().contains(QStringLiteral("keys.longPressMs")));
        p.keys.longPressMs = 800;
        p.keys.map.insert(KEY_F1, KeyBinding{});
        QVERIFY(p.validate().contains(QStringLiteral("keys.map.KEY_F1")));
    }

    void shippedDeviceProfileMapsTheKeys()
    {
        DeviceProfile p;
        QString error;
        QVERIFY2(DeviceProfile::fromFile(QStringLiteral(FIELDTERM_PROFILES_DIR "/device-v4l2.json"), &p, &error), qPrintable(error));
        QCOMPARE(p.keys.devices, QStringList{QStringLiteral("gpio-keys")});
        QCOMPARE(p.keys.map.value(KEY_RECORD).shortAction, KeyAction::Record);
        QCOMPARE(p.keys.map.value(KEY_RECORD).longAction, KeyAction::RecordAudio);
        QCOMPARE(p.keys.map.value(KEY_SOS).longAction, KeyAction::Sos);
    }
};

QTEST_GUILESS_MAIN(TestKeysProfile)
#include "tst_keysprofile.moc"
