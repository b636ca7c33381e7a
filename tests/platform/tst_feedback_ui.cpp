// Feedback end to end (issue 7): the real object graph — TerminalCore with a live recorder on
// test sources, CameraController, StorageStatus, PowerPolicy — and Feedback::create() for the
// simulated device, so the LEDs and the vibrator are the sysfs-shaped tree under the data
// folder and the prompts play through a real GStreamer pipeline into a fakesink:
//   - the status LED is lit once the camera is ready;
//   - recording starts → "record_start" prompt, a tap on the vibrator, record LED on;
//   - a photo → "photo" prompt;
//   - recording stops → "record_stop" prompt, record LED off;
//   - storage becoming low and a low battery → their prompts, the warning pattern, the status
//     LED blinking; recovered, it is steady again;
//   - Feedback going away turns every LED off.
#include "cameracontroller.h"
#include "deviceprofile.h"
#include "feedback.h"
#include "leds.h"
#include "powerpolicy.h"
#include "powersource.h"
#include "storageinfo.h"
#include "storagestatus.h"
#include "terminalcore.h"
#include "vibrator.h"
#include "voiceprompts.h"

#include "../app/testtools.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

namespace {

QString readAttr(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing>");
    return QString::fromLatin1(f.readAll()).trimmed();
}

class AdjustableStorage final : public StorageInfo
{
public:
    qint64 availableBytes(const QString &) const override { return bytes.load(); }
    std::atomic<qint64> bytes{qint64(100) * 1024 * 1024 * 1024};
};

QStringList ids(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).toString();
    return out;
}

} // namespace

class TestFeedbackUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DeviceProfile m_profile;
    std::unique_ptr<TerminalCore> m_core;
    std::unique_ptr<CameraController> m_camera;

    QString led(const QString &name, const char *attr = "brightness") const
    {
        return readAttr(Feedback::simulatedLedsRoot(m_dir.path()) + QLatin1Char('/') + name + QLatin1Char('/') + QLatin1String(attr));
    }

private slots:
    void initTestCase()
    {
        m_profile = DeviceProfile::simulatedDefault();
        m_profile.video.width = 320;
        m_profile.video.height = 240;
        m_profile.video.x264Preset = QStringLiteral("ultrafast");
        m_profile.policy.prerecordSeconds = 0;
        m_profile.policy.postrecordSeconds = 0;
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

    void recordingPhotoAndWarnings()
    {
        std::unique_ptr<Feedback> feedback = Feedback::create(m_profile, m_dir.path());
        QVERIFY(feedback->leds()->led(QStringLiteral("record")));
        QVERIFY(feedback->vibrator());
        QVERIFY(feedback->voice());
        QCOMPARE(feedback->voice()->sink(), QStringLiteral("fake"));
        QSignalSpy prompts(feedback->voice(), &VoicePrompts::started);
        QSignalSpy played(feedback->voice(), &VoicePrompts::finished);
        QSignalSpy failed(feedback->voice(), &VoicePrompts::failed);
        QSignalSpy pulses(feedback->vibrator(), &Vibrator::pulsed);

        AdjustableStorage storage;
        StorageStatus storageStatus(&storage, m_dir.path(), m_profile.policy.storageReserveMB, 4064);
        SimulatedPowerSource power({80, false, true});
        PowerPolicy powerPolicy(&power, m_camera.get(), m_profile.power.warnPercent, m_profile.power.criticalPercent);
        feedback->watchCamera(m_camera.get());
        feedback->watchStorage(&storageStatus);
        feedback->watchPower(&powerPolicy);
        QCOMPARE(led(QStringLiteral("green:status")), QStringLiteral("255"));
        QCOMPARE(led(QStringLiteral("red:record")), QStringLiteral("0"));
        QCOMPARE(prompts.count(), 0);

        // Start: prompt, tap, red LED.
        m_camera->startRecording(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_camera->recording(), 20000);
        QCOMPARE(led(QStringLiteral("red:record")), QStringLiteral("255"));
        QTRY_COMPARE_WITH_TIMEOUT(ids(prompts), QStringList{QStringLiteral("record_start")}, 5000);
        QCOMPARE(pulses.count(), 1);
        QCOMPARE(pulses.at(0).at(0).toInt(), Feedback::tapPattern.first());
        QCOMPARE(led(QStringLiteral("vibrator"), "duration"), QString::number(Feedback::tapPattern.first()));
        QCOMPARE(led(QStringLiteral("vibrator"), "activate"), QStringLiteral("1"));

        // A photo while recording.
        m_camera->takePhoto();
        QTRY_VERIFY_WITH_TIMEOUT(ids(prompts).contains(QStringLiteral("photo")), 20000);
        QCOMPARE(pulses.last().at(0).toInt(), Feedback::photoPattern.first());

        // Stop: prompt, tap, LED off once the recorder is done.
        QTest::qWait(500);
        m_camera->stopRecording();
        QTRY_VERIFY_WITH_TIMEOUT(!m_camera->recording(), 20000);
        QCOMPARE(led(QStringLiteral("red:record")), QStringLiteral("0"));
        QTRY_COMPARE_WITH_TIMEOUT(ids(prompts), (QStringList{QStringLiteral("record_start"), QStringLiteral("photo"),
                                                             QStringLiteral("record_stop")}), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(played.count(), 3, 20000);
        QCOMPARE(ids(failed), QStringList());

        // Storage becomes low: its prompt, the warning pattern, the status LED blinks.
        const int before = pulses.count();
        storage.bytes = qint64(600) * 1024 * 1024;   // ~100 MB above the reserve: a few minutes
        storageStatus.refresh();
        QVERIFY(storageStatus.low());
        QTRY_VERIFY_WITH_TIMEOUT(ids(prompts).contains(QStringLiteral("storage_low")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pulses.count() - before, 3, 3000);   // on, off, on, off, on
        QSet<QString> seen;
        for (int i = 0; i < 60 && seen.size() < 2; ++i) {
            seen.insert(led(QStringLiteral("green:status")));
            QTest::qWait(20);
        }
        QCOMPARE(seen, (QSet<QString>{QStringLiteral("0"), QStringLiteral("255")}));
        storageStatus.refresh();   // still low: no second prompt
        storage.bytes = qint64(100) * 1024 * 1024 * 1024;
        storageStatus.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(led(QStringLiteral("green:status")), QStringLiteral("255"), 2000);
        QTest::qWait(600);
        QCOMPARE(led(QStringLiteral("green:status")), QStringLiteral("255"));   // steady again
        QCOMPARE(ids(prompts).count(QStringLiteral("storage_low")), 1);

        // Battery low.
        power.setLevel(15);
        QTRY_VERIFY_WITH_TIMEOUT(ids(prompts).contains(QStringLiteral("battery_low")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(played.count(), 5, 20000);
        QCOMPARE(ids(failed), QStringList());
        power.setLevel(80);

        // Gone: every LED off.
        feedback.reset();
        QCOMPARE(led(QStringLiteral("green:status")), QStringLiteral("0"));
        QCOMPARE(led(QStringLiteral("red:record")), QStringLiteral("0"));
        QCOMPARE(led(QStringLiteral("vibrator"), "activate"), QStringLiteral("0"));
    }
};

QTEST_MAIN(TestFeedbackUi)
#include "tst_feedback_ui.moc"
