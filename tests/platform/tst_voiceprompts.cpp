// Voice prompts through real GStreamer pipelines (issue 7), into a clocked fakesink:
//   - the built-in prompts are compiled in and copied out unchanged;
//   - each shipped prompt plays to EOS and is audible (its peak, measured by the pipeline's
//     level element after the volume, is well above silence), and no element of a finished
//     prompt's pipeline stays alive;
//   - the volume is applied: the peak at 0.25 is 20·log10(0.25) ≈ −12 dB below the one at 1.0
//     (the files peak below full scale, so nothing clips);
//   - a missing file and an undecodable one are logged and reported, and the next prompt plays;
//   - prompts queue one after another (a waiting duplicate is dropped), and play() never waits.
#include "voiceprompts.h"

#include "../common/gstcensus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestVoicePrompts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString builtin() const { return m_dir.filePath(QStringLiteral("builtin")); }

    static QStringList ids(const QSignalSpy &spy)
    {
        QStringList out;
        for (const QList<QVariant> &args : spy)
            out << args.at(0).toString();
        return out;
    }

    // Plays one prompt at this volume; returns its peak (dBFS).
    double peakOf(const QString &id, double volume)
    {
        VoicePrompts voice(QStringLiteral("fake"), volume, {builtin()});
        QSignalSpy finished(&voice, &VoicePrompts::finished);
        QSignalSpy failed(&voice, &VoicePrompts::failed);
        voice.play(id);
        if (!finished.wait(15000) || !failed.isEmpty())
            return NAN;
        return finished.at(0).at(1).toDouble();
    }

private slots:
    void initTestCase()
    {
        gst_init(nullptr, nullptr);
        m_levels = new GstCensus("GstLevel");   // one per prompt pipeline; never deleted: see gstcensus.h
        QString error;
        QVERIFY2(VoicePrompts::extractBuiltin(builtin(), &error), qPrintable(error));
    }

    void builtinPromptsAreTheCommittedFiles()
    {
        QCOMPARE(VoicePrompts::promptIds().size(), 5);
        for (const QString &id : VoicePrompts::promptIds()) {
            QFile shipped(QStringLiteral(FIELDTERM_SOURCE_DIR "/resources/voice/") + id + QStringLiteral(".ogg"));
            QFile copied(QDir(builtin()).filePath(id + QStringLiteral(".ogg")));
            QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.fileName()));
            QVERIFY2(copied.open(QIODevice::ReadOnly), qPrintable(copied.fileName()));
            QVERIFY(shipped.size() > 1000);
            QCOMPARE(copied.readAll(), shipped.readAll());
            QVERIFY(!VoicePrompts::words(id).isEmpty());
        }
        // A second copy leaves the files alone.
        const QDateTime before = QFileInfo(QDir(builtin()).filePath(QStringLiteral("photo.ogg"))).lastModified();
        QTest::qWait(20);
        QString error;
        QVERIFY(VoicePrompts::extractBuiltin(builtin(), &error));
        QCOMPARE(QFileInfo(QDir(builtin()).filePath(QStringLiteral("photo.ogg"))).lastModified(), before);
    }

    void everyShippedPromptPlaysToTheEnd()
    {
        const int levelsBefore = m_levels->created();
        {
            VoicePrompts voice(QStringLiteral("fake"), 1.0, {builtin()});
            QSignalSpy started(&voice, &VoicePrompts::started);
            QSignalSpy finished(&voice, &VoicePrompts::finished);
            QSignalSpy failed(&voice, &VoicePrompts::failed);
            QElapsedTimer t;
            t.start();
            for (const QString &id : VoicePrompts::promptIds())
                voice.play(id);
            QVERIFY2(t.elapsed() < 100, "play() waited");
            QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 5, 60000);
            QCOMPARE(ids(failed), QStringList());
            // In order, one at a time (each prompt is clocked: the five take a few seconds).
            QCOMPARE(ids(finished), VoicePrompts::promptIds());
            QCOMPARE(ids(started), VoicePrompts::promptIds());
            QVERIFY(t.elapsed() > 3000);
            for (const QList<QVariant> &args : finished) {
                const double peak = args.at(1).toDouble();
                QVERIFY2(peak > -20.0 && peak <= 0.5, qPrintable(args.at(0).toString() + QStringLiteral(" peak %1 dB").arg(peak)));
            }
        }
        // Five pipelines came and went: none of their elements is kept alive (a bus handler that
        // dropped messages without releasing them kept every element they named).
        QCOMPARE(m_levels->created() - levelsBefore, 5);
        QTRY_COMPARE_WITH_TIMEOUT(m_levels->alive(), 0, 5000);
    }

    void volumeIsApplied()
    {
        const double full = peakOf(QStringLiteral("photo"), 1.0);
        const double quarter = peakOf(QStringLiteral("photo"), 0.25);
        QVERIFY2(std::isfinite(full) && std::isfinite(quarter), "a prompt did not play");
        QVERIFY2(full < -0.5, "the prompt clips at volume 1.0: the comparison would prove nothing");
        const double expected = 20.0 * std::log10(0.25);   // −12.04 dB
        QVERIFY2(std::abs((quarter - full) - expected) < 1.0,
                 qPrintable(QStringLiteral("1.0: %1 dB, 0.25: %2 dB").arg(full).arg(quarter)));
        const double silent = peakOf(QStringLiteral("photo"), 0.0);
        QVERIFY2(!std::isfinite(silent) || silent < -100.0, qPrintable(QStringLiteral("volume 0: %1 dB").arg(silent)));
    }

    void aBadPromptIsLoggedAndTheNextPlays()
    {
        // An undecodable file in the profile's own folder, ahead of the built-in ones.
        const QString own = m_dir.filePath(QStringLiteral("own"));
        QVERIFY(QDir().mkpath(own));
        QFile junk(own + QStringLiteral("/record_stop.ogg"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();

        VoicePrompts voice(QStringLiteral("fake"), 0.8, {own, builtin()});
        QCOMPARE(voice.resolve(QStringLiteral("record_stop")), junk.fileName());
        QCOMPARE(voice.resolve(QStringLiteral("photo")), QDir(builtin()).filePath(QStringLiteral("photo.ogg")));
        QVERIFY(voice.resolve(QStringLiteral("no_such_prompt")).isEmpty());
        QSignalSpy finished(&voice, &VoicePrompts::finished);
        QSignalSpy failed(&voice, &VoicePrompts::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("voice prompt .*no_such_prompt.* not played")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("voice prompt .*record_stop.* failed")));
        voice.play(QStringLiteral("no_such_prompt"));
        voice.play(QStringLiteral("record_stop"));
        voice.play(QStringLiteral("photo"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(ids(finished), QStringList{QStringLiteral("photo")});
        QCOMPARE(ids(failed), (QStringList{QStringLiteral("no_such_prompt"), QStringLiteral("record_stop")}));
    }

    void aWaitingDuplicateIsDropped()
    {
        VoicePrompts voice(QStringLiteral("fake"), 0.8, {builtin()});
        QSignalSpy finished(&voice, &VoicePrompts::finished);
        voice.play(QStringLiteral("record_start"));
        voice.play(QStringLiteral("photo"));
        voice.play(QStringLiteral("photo"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QTest::qWait(1500);
        QCOMPARE(ids(finished), (QStringList{QStringLiteral("record_start"), QStringLiteral("photo")}));
    }

    void destroyedWhilePlaying()
    {
        QElapsedTimer t;
        t.start();
        {
            VoicePrompts voice(QStringLiteral("fake"), 0.8, {builtin()});
            QSignalSpy started(&voice, &VoicePrompts::started);
            voice.play(QStringLiteral("storage_low"));
            voice.play(QStringLiteral("battery_low"));
            QVERIFY(started.wait(5000));
        }
        QVERIFY2(t.elapsed() < 2000, "teardown waited for the prompts");
    }

private:
    GstCensus *m_levels = nullptr;
};

QTEST_GUILESS_MAIN(TestVoicePrompts)
#include "tst_voiceprompts.moc"
