// The power policy and the sync conditions over the real object graph — TerminalCore with a live
// recorder on test sources, the store file, CameraController — with the battery read by the real
// SysfsPowerSource from a fake power_supply tree that the test rewrites:
//   - at 19 % on battery the officer is warned, once per crossing; the recording goes on;
//   - at 3 % on battery the recording is stopped with the reason "low_battery": its segment is
//     closed and hashed (the hash matches sha256sum's), no .part file is left;
//   - at 3 % while charging nothing is stopped; unplugged, it is;
//   - the profile's 60 s post-record is skipped by those stops, and one already counting down
//     (the officer pressed stop) is cut short when the battery turns critical;
//   - SyncController hands the medium and the battery to the sync engine as they change.
#include "cameracontroller.h"
#include "fakesysfs.h"
#include "networkmonitor.h"
#include "powerpolicy.h"
#include "powersource.h"
#include "synccontroller.h"
#include "terminalcore.h"

#include "../app/testtools.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestPowerPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_sysfs;
    DeviceProfile m_profile;
    std::unique_ptr<TerminalCore> m_core;
    std::unique_ptr<CameraController> m_camera;

    QString db() const { return m_dir.filePath(QStringLiteral("fieldterm.db")); }
    QString battery() const { return m_sysfs.filePath(QStringLiteral("BAT0")); }
    bool setCapacity(int percent) { return FakeSysfs::writeAttribute(battery(), QStringLiteral("capacity"), QString::number(percent)); }
    bool setStatus(const QString &status) { return FakeSysfs::writeAttribute(battery(), QStringLiteral("status"), status); }
    bool setMains(bool online)
    {
        return FakeSysfs::writeAttribute(m_sysfs.filePath(QStringLiteral("AC")), QStringLiteral("online"), online ? QStringLiteral("1") : QStringLiteral("0"));
    }

    QStringList partFiles() const
    {
        QStringList out;
        QDirIterator it(m_dir.path(), {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

    QString lastRecordingId() const
    {
        return TestTools::sqlite(db(), QStringLiteral("SELECT id FROM recordings ORDER BY press_wall DESC LIMIT 1"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestTools::haveTools());
        m_profile = DeviceProfile::simulatedDefault();
        m_profile.video.width = 320;
        m_profile.video.height = 240;
        m_profile.video.x264Preset = QStringLiteral("ultrafast");
        m_profile.policy.prerecordSeconds = 0;
        // A long post-record: a critical-battery stop must skip it (every wait below is shorter).
        m_profile.policy.postrecordSeconds = 60;
        m_profile.power.sysfsRoot = m_sysfs.path();

        QVERIFY(FakeSysfs::writeEntry(m_sysfs.path(), QStringLiteral("AC"),
                                      {{QStringLiteral("type"), QStringLiteral("Mains")}, {QStringLiteral("online"), QStringLiteral("0")}}));
        QVERIFY(FakeSysfs::writeEntry(m_sysfs.path(), QStringLiteral("BAT0"),
                                      {{QStringLiteral("type"), QStringLiteral("Battery")}, {QStringLiteral("present"), QStringLiteral("1")},
                                       {QStringLiteral("capacity"), QStringLiteral("50")}, {QStringLiteral("status"), QStringLiteral("Discharging")}}));

        const DataPaths paths(m_dir.path());
        m_core = std::make_unique<TerminalCore>(m_profile, paths);
        m_camera = std::make_unique<CameraController>(m_core.get(), nullptr, 0, 0);
        m_core->startStore();
        m_camera->startCamera();
        QTRY_VERIFY_WITH_TIMEOUT(m_camera->ready(), 30000);
    }

    void cleanupTestCase()
    {
        m_camera.reset();
        if (m_core)
            m_core->shutdown();
        m_core.reset();
    }

    void criticalBatteryStopsTheRecordingCleanly()
    {
        SysfsPowerSource power(m_profile.power.sysfsRoot, 100);
        PowerPolicy policy(&power, m_camera.get(), m_profile.power.warnPercent, m_profile.power.criticalPercent);
        QSignalSpy warned(&policy, &PowerPolicy::lowBatteryWarning);
        QSignalSpy stoppedForBattery(&policy, &PowerPolicy::recordingStoppedForBattery);
        QCOMPARE(policy.level(), 50);
        QVERIFY(!policy.low());

        m_camera->startRecording(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_camera->recording(), 20000);
        QTest::qWait(1500);

        // 19 %: a warning, once; the recording goes on.
        QVERIFY(setCapacity(19));
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, 5000);
        QCOMPARE(warned.at(0).at(0).toInt(), 19);
        QVERIFY(policy.low());
        QVERIFY(!policy.critical());
        QVERIFY(setCapacity(12));
        QTRY_COMPARE_WITH_TIMEOUT(policy.level(), 12, 5000);
        QTest::qWait(300);
        QCOMPARE(warned.count(), 1);
        QVERIFY(m_camera->recording());
        QVERIFY(!partFiles().isEmpty());   // the open segment

        // 3 %: stopped with the reason, the open segment closed and hashed.
        QVERIFY(setCapacity(3));
        QTRY_VERIFY_WITH_TIMEOUT(!m_camera->recording(), 20000);
        QCOMPARE(stoppedForBattery.count(), 1);
        QCOMPARE(stoppedForBattery.at(0).at(0).toInt(), 3);
        const QString id = lastRecordingId();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(TestTools::sqlite(db(), QStringLiteral("SELECT status || '|' || stop_reason FROM recordings WHERE id = '%1'").arg(id)),
                                  QStringLiteral("closed|low_battery"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(TestTools::sqlite(db(), QStringLiteral("SELECT count(*) FROM evidence WHERE recording_id = '%1'"
                                                                         " AND (status <> 'ok' OR hash IS NULL)").arg(id)),
                                  QStringLiteral("0"), 20000);
        const QStringList rows = TestTools::sqlite(db(), QStringLiteral("SELECT path || '|' || hash FROM evidence WHERE recording_id = '%1'"
                                                                        " ORDER BY segment_index").arg(id))
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            const QString path = m_dir.filePath(row.section(QLatin1Char('|'), 0, 0));
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
            QCOMPARE(TestTools::toolHash(QStringLiteral("sha256"), path), row.section(QLatin1Char('|'), 1, 1));
        }
        QVERIFY2(partFiles().isEmpty(), qPrintable(partFiles().join(QLatin1Char(' '))));
        QVERIFY(TestTools::sqlite(db(), QStringLiteral("SELECT stop_note FROM recordings WHERE id = '%1'").arg(id)).contains(QStringLiteral("3%")));

        // Recovering above the warn level re-arms the warning.
        QVERIFY(setCapacity(50));
        QTRY_COMPARE_WITH_TIMEOUT(policy.level(), 50, 5000);
        QVERIFY(setCapacity(20));
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 2, 5000);
    }

    void chargingAtCriticalKeepsRecording()
    {
        QVERIFY(setCapacity(2));
        QVERIFY(setStatus(QStringLiteral("Charging")));
        QVERIFY(setMains(true));
        SysfsPowerSource power(m_profile.power.sysfsRoot, 100);
        PowerPolicy policy(&power, m_camera.get(), m_profile.power.warnPercent, m_profile.power.criticalPercent);
        QSignalSpy stoppedForBattery(&policy, &PowerPolicy::recordingStoppedForBattery);
        QVERIFY(policy.charging());
        QVERIFY(!policy.critical());

        m_camera->startRecording(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_camera->recording(), 20000);
        QTest::qWait(1500);
        QVERIFY(m_camera->recording());
        QCOMPARE(stoppedForBattery.count(), 0);

        // Unplugged at 2 %: stopped.
        QVERIFY(setMains(false));
        QVERIFY(setStatus(QStringLiteral("Discharging")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_camera->recording(), 20000);
        QCOMPARE(stoppedForBattery.count(), 1);
        const QString id = lastRecordingId();
        QTRY_COMPARE_WITH_TIMEOUT(TestTools::sqlite(db(), QStringLiteral("SELECT status || '|' || stop_reason FROM recordings WHERE id = '%1'").arg(id)),
                                  QStringLiteral("closed|low_battery"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(partFiles().isEmpty(), 10000);

        // A recording started at a critical level on battery is stopped the same way.
        m_camera->startRecording(false);
        QTRY_COMPARE_WITH_TIMEOUT(stoppedForBattery.count(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_camera->recording(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(TestTools::sqlite(db(), QStringLiteral("SELECT count(*) FROM recordings WHERE stop_reason = 'low_battery'")),
                                  QStringLiteral("3"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(partFiles().isEmpty(), 10000);
        QVERIFY(setCapacity(50));
    }

    void criticalBatteryCutsThePostRecordShort()
    {
        QVERIFY(setCapacity(40));
        QVERIFY(setStatus(QStringLiteral("Discharging")));
        SysfsPowerSource power(m_profile.power.sysfsRoot, 100);
        PowerPolicy policy(&power, m_camera.get(), m_profile.power.warnPercent, m_profile.power.criticalPercent);
        QSignalSpy stoppedForBattery(&policy, &PowerPolicy::recordingStoppedForBattery);
        QTRY_COMPARE_WITH_TIMEOUT(policy.level(), 40, 5000);

        m_camera->startRecording(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_camera->recording(), 20000);
        QTest::qWait(1000);
        m_camera->stopRecording();   // the officer: 60 s of post-record begin
        QTRY_COMPARE_WITH_TIMEOUT(m_camera->state(), CameraController::PostRecord, 5000);
        QTest::qWait(1000);
        QCOMPARE(m_camera->state(), CameraController::PostRecord);

        QVERIFY(setCapacity(2));
        QTRY_VERIFY_WITH_TIMEOUT(!m_camera->recording(), 15000);
        QCOMPARE(stoppedForBattery.count(), 1);
        const QString id = lastRecordingId();
        QTRY_COMPARE_WITH_TIMEOUT(TestTools::sqlite(db(), QStringLiteral("SELECT status || '|' || stop_reason FROM recordings WHERE id = '%1'").arg(id)),
                                  QStringLiteral("closed|low_battery"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(partFiles().isEmpty(), 10000);
        QVERIFY(setCapacity(50));
    }

    void syncConditionsFollowPowerAndNetwork()
    {
        SyncController sync(m_profile, m_core->paths());
        QCOMPARE(sync.conditions().medium, QStringLiteral("ethernet"));   // no sources: as before
        QCOMPARE(sync.conditions().batteryPercent, -1);

        SimulatedPowerSource power({50, false, true});
        SimulatedNetworkMonitor network({QStringLiteral("wifi"), true});
        QSignalSpy changed(&sync, &SyncController::conditionsChanged);
        sync.setConditionSources(&power, &network);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sync.conditions().medium, QStringLiteral("wifi"));
        QCOMPARE(sync.conditions().batteryPercent, 50);
        QVERIFY(!sync.conditions().charging);

        sync.start();   // the engine on the sync thread receives every change from here on
        QSignalSpy retry(&sync, &SyncController::retryRequested);
        network.set({QStringLiteral("cellular"), true});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).value<SyncConditions>().medium, QStringLiteral("cellular"));
        QCOMPARE(retry.count(), 1);   // a new link: a pass soon
        network.set({QStringLiteral("cellular"), false});
        QCOMPARE(sync.conditions().medium, QStringLiteral("none"));
        power.setLevel(14);
        power.setCharging(true);
        QCOMPARE(changed.count(), 5);
        QCOMPARE(sync.conditions().batteryPercent, 14);
        QVERIFY(sync.conditions().charging);
        QCOMPARE(retry.count(), 1);   // going down or battery changes do not ask for a pass

        // The real sysfs backends feed it the same way.
        QTemporaryDir net;
        QVERIFY(FakeSysfs::writeEntry(net.path(), QStringLiteral("wlan0"), {{QStringLiteral("operstate"), QStringLiteral("up")}}));
        QVERIFY(QDir().mkpath(net.filePath(QStringLiteral("wlan0/device"))));
        QVERIFY(QDir().mkpath(net.filePath(QStringLiteral("wlan0/wireless"))));
        SysfsNetworkMonitor sysfsNetwork(net.path(), 0);
        SysfsPowerSource sysfsPower(m_profile.power.sysfsRoot, 0);
        sync.setConditionSources(&sysfsPower, &sysfsNetwork);
        QCOMPARE(sync.conditions().medium, QStringLiteral("wifi"));
        QCOMPARE(sync.conditions().batteryPercent, 50);
        QVERIFY(!sync.conditions().charging);
        sync.shutdown();
    }
};

QTEST_MAIN(TestPowerPolicy)
#include "tst_powerpolicy.moc"
