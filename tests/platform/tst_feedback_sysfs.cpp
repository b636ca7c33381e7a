// LEDs and vibrators over fake sysfs trees (issue 7), with the real Led/Leds/Vibrator classes
// writing real files:
//   - on / off write max_brightness / 0 and reset the trigger to "none";
//   - blink uses the kernel's timer trigger (delay_on/delay_off) when the LED has it, and
//     toggles brightness itself otherwise; off stops either;
//   - a missing LED is skipped (no file created), the collection turns everything off when it goes;
//   - the transient-trigger vibrator writes duration/state/activate per pulse of a pattern and
//     activate 0 on stop; timed_output writes the milliseconds to enable;
//   - a force-feedback "device" that cannot take the ioctl (/dev/null) fails softly;
//   - the profile's `feedback` section: read, checked with the field named, written back.
#include "deviceprofile.h"
#include "fakesysfs.h"
#include "leds.h"
#include "simulatedtree.h"
#include "vibrator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readAttr(const QString &dir, const QString &name)
{
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing>");
    return QString::fromLatin1(f.readAll()).trimmed();
}

} // namespace

class TestFeedbackSysfs : public QObject
{
    Q_OBJECT

private slots:
    void onOffWriteBrightnessAndTrigger()
    {
        QTemporaryDir root;
        QVERIFY(FakeSysfs::writeEntry(root.path(), QStringLiteral("red:record"),
                                      {{QStringLiteral("brightness"), QStringLiteral("0")},
                                       {QStringLiteral("max_brightness"), QStringLiteral("255")},
                                       {QStringLiteral("trigger"), QStringLiteral("[none] timer heartbeat")}}));
        const QString dir = root.filePath(QStringLiteral("red:record"));
        Leds leds(root.path(), {{QStringLiteral("record"), QStringLiteral("red:record")}});
        QVERIFY(leds.led(QStringLiteral("record")));
        leds.on(QStringLiteral("record"));
        QCOMPARE(readAttr(dir, QStringLiteral("brightness")), QStringLiteral("255"));
        QCOMPARE(readAttr(dir, QStringLiteral("trigger")), QStringLiteral("none"));
        leds.off(QStringLiteral("record"));
        QCOMPARE(readAttr(dir, QStringLiteral("brightness")), QStringLiteral("0"));
    }

    void blinkUsesTheTimerTriggerWhenOffered()
    {
        QTemporaryDir root;
        // As the kernel shows it once "timer" is available: delay_on/delay_off present.
        QVERIFY(FakeSysfs::writeEntry(root.path(), QStringLiteral("green:status"),
                                      {{QStringLiteral("brightness"), QStringLiteral("0")},
                                       {QStringLiteral("max_brightness"), QStringLiteral("1")},
                                       {QStringLiteral("trigger"), QStringLiteral("[none] timer")},
                                       {QStringLiteral("delay_on"), QStringLiteral("500")},
                                       {QStringLiteral("delay_off"), QStringLiteral("500")}}));
        const QString dir = root.filePath(QStringLiteral("green:status"));
        Led led(dir);
        QVERIFY(led.exists());
        QVERIFY(led.hasTimerTrigger());
        led.blink(200, 300);
        QCOMPARE(readAttr(dir, QStringLiteral("trigger")), QStringLiteral("timer"));
        QCOMPARE(readAttr(dir, QStringLiteral("delay_on")), QStringLiteral("200"));
        QCOMPARE(readAttr(dir, QStringLiteral("delay_off")), QStringLiteral("300"));
        QCOMPARE(readAttr(dir, QStringLiteral("brightness")), QStringLiteral("1"));
        QCOMPARE(led.mode(), Led::Mode::Blink);
        led.off();
        QCOMPARE(readAttr(dir, QStringLiteral("trigger")), QStringLiteral("none"));
        QCOMPARE(readAttr(dir, QStringLiteral("brightness")), QStringLiteral("0"));
    }

    void blinkInSoftwareWithoutTimerTrigger()
    {
        QTemporaryDir root;
        QVERIFY(FakeSysfs::writeEntry(root.path(), QStringLiteral("red:record"),
                                      {{QStringLiteral("brightness"), QStringLiteral("0")},
                                       {QStringLiteral("max_brightness"), QStringLiteral("100")},
                                       {QStringLiteral("trigger"), QStringLiteral("[none] heartbeat")}}));
        const QString dir = root.filePath(QStringLiteral("red:record"));
        Led led(dir);
        QVERIFY(!led.hasTimerTrigger());
        led.blink(40, 40);
        QSet<QString> seen;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 1000 && seen.size() < 2) {
            seen.insert(readAttr(dir, QStringLiteral("brightness")));
            QTest::qWait(10);
        }
        QCOMPARE(seen, (QSet<QString>{QStringLiteral("0"), QStringLiteral("100")}));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/delay_on")));   // nothing invented
        led.off();
        QTest::qWait(150);   // no toggle after off
        QCOMPARE(readAttr(dir, QStringLiteral("brightness")), QStringLiteral("0"));
    }

    void simulatedTreeBlinksInSoftware()
    {
        // The simulated tree lists "timer" but, unlike the kernel, grows no delay_on: software blink.
        QTemporaryDir data;
        QString error;
        const QString root = data.filePath(QStringLiteral("leds"));
        QVERIFY2(SimulatedFeedbackTree::create(root, {QStringLiteral("green:status")}, &error), qPrintable(error));
        const QString dir = root + QStringLiteral("/green:status");
        Led led(dir);
        QVERIFY(led.hasTimerTrigger());
        led.blink(30, 30);
        QTRY_COMPARE_WITH_TIMEOUT(readAttr(dir, QStringLiteral("brightness")), QStringLiteral("0"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(readAttr(dir, QStringLiteral("brightness")), QStringLiteral("255"), 1000);
        QCOMPARE(readAttr(dir, QStringLiteral("trigger")), QStringLiteral("none"));
        led.off();
        QTest::qWait(100);
        QCOMPARE(readAttr(dir, QStringLiteral("brightness")), QStringLiteral("0"));
        QVERIFY(QFile::exists(root + QStringLiteral("/vibrator/activate")));
    }

    void missingLedIsSkippedAndAllGoOffAtTheEnd()
    {
        QTemporaryDir root;
        QVERIFY(FakeSysfs::writeEntry(root.path(), QStringLiteral("red:record"),
                                      {{QStringLiteral("brightness"), QStringLiteral("0")},
                                       {QStringLiteral("max_brightness"), QStringLiteral("255")},
                                       {QStringLiteral("trigger"), QStringLiteral("[none]")}}));
        {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no LED at .*green:nowhere")));
            Leds leds(root.path(), {{QStringLiteral("record"), QStringLiteral("red:record")},
                                    {QStringLiteral("status"), QStringLiteral("green:nowhere")}});
            QVERIFY(!leds.led(QStringLiteral("status")));
            leds.on(QStringLiteral("status"));
            leds.blink(QStringLiteral("status"), 10, 10);
            leds.on(QStringLiteral("record"));
            QCOMPARE(readAttr(root.filePath(QStringLiteral("red:record")), QStringLiteral("brightness")), QStringLiteral("255"));
        }
        QVERIFY(!QDir(root.filePath(QStringLiteral("green:nowhere"))).exists());
        QCOMPARE(readAttr(root.filePath(QStringLiteral("red:record")), QStringLiteral("brightness")), QStringLiteral("0"));
    }

    void transientVibratorPlaysAPatternAndStops()
    {
        QTemporaryDir root;
        QVERIFY(FakeSysfs::writeEntry(root.path(), QStringLiteral("vibrator"),
                                      {{QStringLiteral("trigger"), QStringLiteral("none [transient]")},
                                       {QStringLiteral("activate"), QStringLiteral("0")},
                                       {QStringLiteral("duration"), QStringLiteral("0")},
                                       {QStringLiteral("state"), QStringLiteral("0")}}));
        const QString dir = root.filePath(QStringLiteral("vibrator"));
        std::unique_ptr<Vibrator> v = Vibrator::create(QStringLiteral("sysfs-transient"), dir);
        QVERIFY(v);
        QSignalSpy pulsed(v.get(), &Vibrator::pulsed);
        v->play({120, 80, 60});
        QCOMPARE(pulsed.count(), 1);
        QCOMPARE(readAttr(dir, QStringLiteral("duration")), QStringLiteral("120"));
        QCOMPARE(readAttr(dir, QStringLiteral("state")), QStringLiteral("1"));
        QCOMPARE(readAttr(dir, QStringLiteral("activate")), QStringLiteral("1"));
        QTRY_COMPARE_WITH_TIMEOUT(pulsed.count(), 2, 2000);
        QCOMPARE(pulsed.at(1).at(0).toInt(), 60);
        QCOMPARE(readAttr(dir, QStringLiteral("duration")), QStringLiteral("60"));
        QVERIFY(!v->playing());

        // A long pattern stopped half-way: activate 0 and no further pulses.
        v->play({100, 100, 100, 100, 100});
        v->stop();
        QCOMPARE(readAttr(dir, QStringLiteral("activate")), QStringLiteral("0"));
        QTest::qWait(300);
        QCOMPARE(pulsed.count(), 3);
        QCOMPARE(readAttr(dir, QStringLiteral("activate")), QStringLiteral("0"));
    }

    void timedOutputWritesMilliseconds()
    {
        QTemporaryDir root;
        QVERIFY(FakeSysfs::writeEntry(root.path(), QStringLiteral("timed_output/vibrator"), {{QStringLiteral("enable"), QStringLiteral("0")}}));
        const QString enable = root.filePath(QStringLiteral("timed_output/vibrator/enable"));
        std::unique_ptr<Vibrator> v = Vibrator::create(QStringLiteral("timed-output"), enable);
        QVERIFY(v);
        v->play({250});
        QCOMPARE(readAttr(QFileInfo(enable).path(), QStringLiteral("enable")), QStringLiteral("250"));
        v->stop();
        QCOMPARE(readAttr(QFileInfo(enable).path(), QStringLiteral("enable")), QStringLiteral("0"));
    }

    void forceFeedbackFailsSoftlyWithoutADevice()
    {
        // /dev/null opens but refuses EVIOCSFF: logged, no pulse, no crash. The real ioctl path
        // needs an evdev device with FF_RUMBLE and is not exercised here.
        std::unique_ptr<Vibrator> v = Vibrator::create(QStringLiteral("ff"), QStringLiteral("/dev/null"));
        QVERIFY(v);
        QSignalSpy pulsed(v.get(), &Vibrator::pulsed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("EVIOCSFF on .*/dev/null.* failed")));
        v->play({100});
        QCOMPARE(pulsed.count(), 0);
        v->stop();
        QVERIFY(!Vibrator::create(QStringLiteral("none"), QString()));
    }

    void profileSectionReadCheckedAndWritten()
    {
        const QByteArray json = R"({"feedback": {"ledsRoot": "/sys/class/leds",
            "leds": {"record": "red:record", "status": "green:status"},
            "vibrator": {"type": "sysfs-transient", "path": "/sys/class/leds/vibrator"},
            "voice": {"enabled": true, "volume": 0.5, "sink": "alsa:hw:0,0", "dir": "/etc/fieldterm/voice"}}})";
        DeviceProfile p;
        QString error;
        QVERIFY2(DeviceProfile::fromJson(json, &p, &error), qPrintable(error));
        QCOMPARE(p.feedback.leds.value(QStringLiteral("record")), QStringLiteral("red:record"));
        QCOMPARE(p.feedback.vibratorType, QStringLiteral("sysfs-transient"));
        QCOMPARE(p.feedback.voiceVolume, 0.5);
        QCOMPARE(p.feedback.voiceSink, QStringLiteral("alsa:hw:0,0"));
        DeviceProfile back;
        QVERIFY2(DeviceProfile::fromJson(p.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.feedback.toJson(), p.feedback.toJson());

        // Defaults without the section.
        QVERIFY(DeviceProfile::fromJson("{}", &p, &error));
        QCOMPARE(p.feedback.vibratorType, QStringLiteral("none"));
        QVERIFY(p.feedback.voiceEnabled);

        const QList<QPair<QByteArray, QString>> bad{
            {R"({"feedback": {"voice": {"volume": 1.5}}})", QStringLiteral("feedback.voice.volume")},
            {R"({"feedback": {"voice": {"volume": "loud"}}})", QStringLiteral("feedback.voice.volume")},
            {R"({"feedback": {"voice": {"sink": "pulse"}}})", QStringLiteral("feedback.voice.sink")},
            {R"({"feedback": {"voice": {"sink": "alsa:"}}})", QStringLiteral("feedback.voice.sink")},
            {R"({"feedback": {"voice": {"enabled": 1}}})", QStringLiteral("feedback.voice.enabled")},
            {R"({"feedback": {"voice": {"dir": "voice"}}})", QStringLiteral("feedback.voice.dir")},
            {R"({"feedback": {"vibrator": {"type": "buzz"}}})", QStringLiteral("feedback.vibrator.type")},
            {R"({"feedback": {"vibrator": {"type": "ff"}}})", QStringLiteral("feedback.vibrator.path")},
            {R"({"feedback": {"leds": {"record": "../x"}}})", QStringLiteral("feedback.leds.record")},
            {R"({"feedback": {"leds": {"record": 3}}})", QStringLiteral("feedback.leds.record")},
            {R"({"feedback": {"leds": {"siren": "red"}}})", QStringLiteral("feedback.leds")},
            {R"({"feedback": {"ledsRoot": "leds"}})", QStringLiteral("feedback.ledsRoot")},
            {R"({"feedback": []})", QStringLiteral("feedback")},
        };
        for (const auto &[text, field] : bad) {
            error.clear();
            QVERIFY2(!DeviceProfile::fromJson(text, &p, &error), text.constData());
            QVERIFY2(error.contains(field), qPrintable(error + QStringLiteral(" ≠ ") + field));
        }
    }

    void shippedDeviceProfileCarriesTheSection()
    {
        // simulated.json stays the built-in default (no section: the simulated device picks its
        // own LED names, vibrator and fakesink); the device example names them.
        DeviceProfile p;
        QString error;
        QVERIFY2(DeviceProfile::fromFile(QStringLiteral(FIELDTERM_PROFILES_DIR "/device-v4l2.json"), &p, &error), qPrintable(error));
        QCOMPARE(p.feedback.leds.value(QStringLiteral("record")), QStringLiteral("red:record"));
        QCOMPARE(p.feedback.vibratorType, QStringLiteral("sysfs-transient"));
        QCOMPARE(p.feedback.voiceSink, QStringLiteral("auto"));
    }
};

QTEST_GUILESS_MAIN(TestFeedbackSysfs)
#include "tst_feedback_sysfs.moc"
