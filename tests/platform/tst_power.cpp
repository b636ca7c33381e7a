// The power source over fake power_supply trees in a temporary folder (the layout the kernel
// gives /sys/class/power_supply): a battery discharging 50 % → 19 % → 3 %, charging (by status
// and by mains online), no battery, a peripheral's battery, entries that are symlinks, polling;
// the simulated source; the profile's power and network fields.
#include "deviceprofile.h"
#include "fakesysfs.h"
#include "powersource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using FakeSysfs::writeAttribute;
using FakeSysfs::writeEntry;

class TestPower : public QObject
{
    Q_OBJECT

    static QMap<QString, QString> battery(int capacity, const QString &status)
    {
        return {{QStringLiteral("type"), QStringLiteral("Battery")},
                {QStringLiteral("present"), QStringLiteral("1")},
                {QStringLiteral("capacity"), QString::number(capacity)},
                {QStringLiteral("status"), status}};
    }
    static QMap<QString, QString> mains(bool online)
    {
        return {{QStringLiteral("type"), QStringLiteral("Mains")}, {QStringLiteral("online"), online ? QStringLiteral("1") : QStringLiteral("0")}};
    }

private slots:
    void dischargingBatteryDropsThroughTheLevels()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        QVERIFY(writeEntry(root, QStringLiteral("AC"), mains(false)));
        QVERIFY(writeEntry(root, QStringLiteral("BAT0"), battery(50, QStringLiteral("Discharging"))));

        SysfsPowerSource source(root, 0);
        QCOMPARE(source.levelPercent(), 50);
        QVERIFY(source.present());
        QVERIFY(!source.charging());

        QSignalSpy changed(&source, &PowerSource::changed);
        source.refresh();
        QCOMPARE(changed.count(), 0);   // nothing moved, nothing said

        QVERIFY(writeAttribute(root + QStringLiteral("/BAT0"), QStringLiteral("capacity"), QStringLiteral("19")));
        source.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(source.levelPercent(), 19);

        QVERIFY(writeAttribute(root + QStringLiteral("/BAT0"), QStringLiteral("capacity"), QStringLiteral("3")));
        source.refresh();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(source.levelPercent(), 3);
        QVERIFY(!source.charging());
    }

    void chargingByStatusOrByMains_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("mainsOnline");
        QTest::addColumn<bool>("charging");
        QTest::newRow("charging") << "Charging" << true << true;
        QTest::newRow("full") << "Full" << false << true;   // some chargers report only the battery
        QTest::newRow("not charging, mains online") << "Not charging" << true << true;
        QTest::newRow("discharging") << "Discharging" << false << false;
        QTest::newRow("unknown") << "Unknown" << false << false;
    }
    void chargingByStatusOrByMains()
    {
        QFETCH(QString, status);
        QFETCH(bool, mainsOnline);
        QFETCH(bool, charging);
        QTemporaryDir dir;
        QVERIFY(writeEntry(dir.path(), QStringLiteral("ADP1"), mains(mainsOnline)));
        QVERIFY(writeEntry(dir.path(), QStringLiteral("BAT1"), battery(80, status)));
        const PowerState s = SysfsPowerSource::read(dir.path());
        QCOMPARE(s.charging, charging);
        QCOMPARE(s.levelPercent, 80);
        QVERIFY(s.present);
    }

    void usbSupplyOnlineCharges()
    {
        QTemporaryDir dir;
        QVERIFY(writeEntry(dir.path(), QStringLiteral("usb"), {{QStringLiteral("type"), QStringLiteral("USB")}, {QStringLiteral("online"), QStringLiteral("1")}}));
        QVERIFY(writeEntry(dir.path(), QStringLiteral("battery"), battery(40, QStringLiteral("Discharging"))));
        QVERIFY(SysfsPowerSource::read(dir.path()).charging);
    }

    void noBattery()
    {
        QTemporaryDir dir;
        // An empty class folder: nothing known.
        PowerState s = SysfsPowerSource::read(dir.path());
        QVERIFY(!s.present);
        QCOMPARE(s.levelPercent, -1);
        QVERIFY(!s.charging);
        // Mains only (a desktop, a docked unit).
        QVERIFY(writeEntry(dir.path(), QStringLiteral("AC"), mains(true)));
        s = SysfsPowerSource::read(dir.path());
        QVERIFY(!s.present);
        QCOMPARE(s.levelPercent, -1);
        QVERIFY(s.charging);
        // A battery slot that is empty.
        QMap<QString, QString> empty = battery(0, QStringLiteral("Unknown"));
        empty[QStringLiteral("present")] = QStringLiteral("0");
        QVERIFY(writeEntry(dir.path(), QStringLiteral("BAT0"), empty));
        QVERIFY(!SysfsPowerSource::read(dir.path()).present);
        // A root that does not exist.
        QVERIFY(!SysfsPowerSource::read(dir.filePath(QStringLiteral("missing"))).present);
    }

    void peripheralBatteriesAreNotOurs()
    {
        QTemporaryDir dir;
        QMap<QString, QString> headset = battery(5, QStringLiteral("Discharging"));
        headset[QStringLiteral("scope")] = QStringLiteral("Device");
        QVERIFY(writeEntry(dir.path(), QStringLiteral("hid-headset-battery"), headset));
        QVERIFY(writeEntry(dir.path(), QStringLiteral("BAT0"), battery(70, QStringLiteral("Discharging"))));
        const PowerState s = SysfsPowerSource::read(dir.path());
        QCOMPARE(s.levelPercent, 70);
    }

    void twoBatteriesGiveTheMean()
    {
        QTemporaryDir dir;
        QVERIFY(writeEntry(dir.path(), QStringLiteral("BAT0"), battery(60, QStringLiteral("Discharging"))));
        QVERIFY(writeEntry(dir.path(), QStringLiteral("BAT1"), battery(21, QStringLiteral("Discharging"))));
        QCOMPARE(SysfsPowerSource::read(dir.path()).levelPercent, 41);   // (60 + 21) / 2, rounded
    }

    void symlinkedEntriesAreFollowed()
    {
        // In /sys the class entries are symlinks into /sys/devices.
        QTemporaryDir dir;
        const QString devices = dir.filePath(QStringLiteral("devices/platform/battery"));
        QVERIFY(writeEntry(devices, QStringLiteral("power_supply/BAT0"), battery(33, QStringLiteral("Discharging"))));
        const QString classRoot = dir.filePath(QStringLiteral("class/power_supply"));
        QVERIFY(QDir().mkpath(classRoot));
        QVERIFY(QFile::link(devices + QStringLiteral("/power_supply/BAT0"), classRoot + QStringLiteral("/BAT0")));
        QCOMPARE(SysfsPowerSource::read(classRoot).levelPercent, 33);
    }

    void pollingNoticesChanges()
    {
        QTemporaryDir dir;
        QVERIFY(writeEntry(dir.path(), QStringLiteral("BAT0"), battery(50, QStringLiteral("Discharging"))));
        SysfsPowerSource source(dir.path(), 50);
        QSignalSpy changed(&source, &PowerSource::changed);
        QVERIFY(writeAttribute(dir.filePath(QStringLiteral("BAT0")), QStringLiteral("status"), QStringLiteral("Charging")));
        QTRY_VERIFY_WITH_TIMEOUT(source.charging(), 5000);
        QCOMPARE(changed.count(), 1);
    }

    void simulatedSource()
    {
        SimulatedPowerSource source;
        QCOMPARE(source.levelPercent(), 100);
        QVERIFY(source.charging());
        QVERIFY(source.present());
        QSignalSpy changed(&source, &PowerSource::changed);
        source.setCharging(false);
        source.setLevel(19);
        source.setLevel(19);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(source.levelPercent(), 19);
        QVERIFY(!source.charging());
    }

    // The profile: defaults, the shipped device profile, and refusals naming the field.
    void profileFields()
    {
        const DeviceProfile d = DeviceProfile::simulatedDefault();
        QCOMPARE(d.power.sysfsRoot, QStringLiteral("/sys/class/power_supply"));
        QCOMPARE(d.power.warnPercent, 20);
        QCOMPARE(d.power.criticalPercent, 3);
        QCOMPARE(d.network.sysfsRoot, QStringLiteral("/sys/class/net"));

        DeviceProfile p;
        QString error;
        QVERIFY2(DeviceProfile::fromJson(R"({"power": {"sysfsRoot": "/tmp/fake/power_supply", "warnPercent": 25,
                                             "criticalPercent": 5}, "network": {"sysfsRoot": "/tmp/fake/net"}})",
                                         &p, &error),
                 qPrintable(error));
        QCOMPARE(p.power.sysfsRoot, QStringLiteral("/tmp/fake/power_supply"));
        QCOMPARE(p.power.warnPercent, 25);
        QCOMPARE(p.power.criticalPercent, 5);
        QCOMPARE(p.network.sysfsRoot, QStringLiteral("/tmp/fake/net"));
        DeviceProfile q;
        QVERIFY2(DeviceProfile::fromJson(p.toJson(), &q, &error), qPrintable(error));
        QCOMPARE(q.toJson(), p.toJson());

        DeviceProfile shipped;
        QVERIFY2(DeviceProfile::fromFile(QStringLiteral(FIELDTERM_PROFILES_DIR "/device-v4l2.json"), &shipped, &error), qPrintable(error));
        QCOMPARE(shipped.power.warnPercent, 20);
        QCOMPARE(shipped.power.criticalPercent, 3);
        QCOMPARE(shipped.power.sysfsRoot, QStringLiteral("/sys/class/power_supply"));
        QCOMPARE(shipped.network.sysfsRoot, QStringLiteral("/sys/class/net"));
    }

    void profileRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("warn 0") << QByteArray(R"({"power": {"warnPercent": 0}})") << "power.warnPercent";
        QTest::newRow("warn 101") << QByteArray(R"({"power": {"warnPercent": 101}})") << "power.warnPercent";
        QTest::newRow("warn text") << QByteArray(R"({"power": {"warnPercent": "20"}})") << "power.warnPercent";
        QTest::newRow("critical above warn") << QByteArray(R"({"power": {"warnPercent": 10, "criticalPercent": 10}})") << "power.criticalPercent";
        QTest::newRow("critical negative") << QByteArray(R"({"power": {"criticalPercent": -1}})") << "power.criticalPercent";
        QTest::newRow("power root relative") << QByteArray(R"({"power": {"sysfsRoot": "sys/class"}})") << "power.sysfsRoot";
        QTest::newRow("network root number") << QByteArray(R"({"network": {"sysfsRoot": 5}})") << "network.sysfsRoot";
        QTest::newRow("network root empty") << QByteArray(R"({"network": {"sysfsRoot": ""}})") << "network.sysfsRoot";
    }
    void profileRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        DeviceProfile p;
        p.deviceId = QStringLiteral("UNCHANGED");
        QString error;
        QVERIFY(!DeviceProfile::fromJson(json, &p, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
        QCOMPARE(p.deviceId, QStringLiteral("UNCHANGED"));
    }
};

QTEST_GUILESS_MAIN(TestPower)
#include "tst_power.moc"
