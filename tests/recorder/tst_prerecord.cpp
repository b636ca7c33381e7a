// Pre-record: the file starts at a keyframe at least the configured seconds before the press
// (within one GOP), has sound that starts with the picture, and honours prerecordAudio=false.
// Post-record: the file goes on for the configured seconds after the stop. Checked with ffprobe
// and ffmpeg, not with what the recorder says about itself.
#include "recorderharness.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// RMS (0..1) of the audio track per window, decoded by ffmpeg.
QList<double> audioRms(const QString &path, double windowSeconds)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                                       QStringLiteral("-map"), QStringLiteral("0:a"), QStringLiteral("-ac"), QStringLiteral("1"),
                                       QStringLiteral("-ar"), QStringLiteral("8000"), QStringLiteral("-f"), QStringLiteral("s16le"),
                                       QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    const QByteArray pcm = p.readAllStandardOutput();
    const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
    const int n = int(pcm.size() / 2);
    const int window = int(8000 * windowSeconds);
    QList<double> out;
    for (int start = 0; start + window <= n; start += window) {
        double sum = 0;
        for (int i = start; i < start + window; ++i)
            sum += double(samples[i]) * samples[i];
        out.append(std::sqrt(sum / window) / 32768.0);
    }
    return out;
}

} // namespace

class TestPrerecord : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe (ffmpeg) is needed");
    }

    void prerecord_data()
    {
        QTest::addColumn<int>("prerecordSeconds");
        QTest::addColumn<bool>("prerecordAudio");
        QTest::addColumn<int>("postrecordSeconds");
        QTest::addColumn<int>("idleMs");      // running before the press
        QTest::addColumn<int>("recordMs");    // press → stop
        QTest::newRow("prerecord-3s") << 3 << true << 0 << 4500 << 2000;
        QTest::newRow("prerecord-0s") << 0 << true << 0 << 1500 << 2000;
        QTest::newRow("prerecord-3s-no-audio-before-press") << 3 << false << 0 << 4500 << 2000;
        QTest::newRow("postrecord-2s") << 0 << true << 2 << 1500 << 1500;
    }

    void prerecord()
    {
        QFETCH(int, prerecordSeconds);
        QFETCH(bool, prerecordAudio);
        QFETCH(int, postrecordSeconds);
        QFETCH(int, idleMs);
        QFETCH(int, recordMs);

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.policy.prerecordSeconds = prerecordSeconds;
        config.profile.policy.prerecordAudio = prerecordAudio;
        config.profile.policy.postrecordSeconds = postrecordSeconds;
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        config.thumbnailDir = tmp.filePath(QStringLiteral("thumbs"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        QTest::qWait(idleMs);

        const qint64 press = monotonicNowNs();
        h.startRecording(RecordingMode::AudioVideo, press);
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        QTest::qWait(recordMs);
        const qint64 stop = monotonicNowNs();
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.value(0).detail));

        const RecordingStarted s = c.started.first();
        const double gop = config.profile.video.gopSeconds;
        // At least the configured pre-record precedes the press, by at most one GOP more.
        QVERIFY2(s.prerecordMs >= prerecordSeconds * 1000 - 50 && s.prerecordMs <= (prerecordSeconds + gop) * 1000 + 100,
                 qPrintable(QString::number(s.prerecordMs)));
        QCOMPARE(s.pressMonoNs, press);
        QVERIFY(s.firstFrameMonoNs <= press - qint64(prerecordSeconds) * 1000000000LL + 50000000LL);
        QVERIFY(s.pressToFirstBufferNs > 0);
        QVERIFY(!s.thumbnailPath.isEmpty());
        QVERIFY(QFileInfo::exists(s.thumbnailPath));

        const QList<SegmentClosed> files = c.closedFor(s.recordingId);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().last);
        const QString path = files.first().finalPath;
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).size(), files.first().sizeBytes);
        for (const QString &f : filesUnder(config.evidenceRoot))
            QVERIFY2(!f.endsWith(QLatin1String(".part")), qPrintable(f));

        // Independent witness: what ffprobe sees in the file.
        const QJsonObject probe = ffprobe(path);
        const QList<QJsonObject> v = streamsOf(probe, QStringLiteral("video"));
        const QList<QJsonObject> a = streamsOf(probe, QStringLiteral("audio"));
        QCOMPARE(v.size(), 1);
        QCOMPARE(a.size(), 1);
        const double duration = formatDuration(probe);
        // From the first frame to the cut: pre-record + (press → stop) + post-record.
        const double expected = (stop - s.firstFrameMonoNs) / 1e9 + postrecordSeconds;
        QVERIFY2(std::fabs(duration - expected) < 0.35, qPrintable(QStringLiteral("%1 vs %2").arg(duration).arg(expected)));
        QVERIFY2(duration >= prerecordSeconds + recordMs / 1000.0 + postrecordSeconds - 0.2 &&
                     duration <= prerecordSeconds + gop + recordMs / 1000.0 + postrecordSeconds + 0.5,
                 qPrintable(QString::number(duration)));
        // The recorder's own figure agrees with ffprobe's (which rounds to µs).
        QVERIFY2(std::fabs(double(files.first().durationNs) / 1e9 - duration) < 0.002,
                 qPrintable(QStringLiteral("%1 vs %2").arg(files.first().durationNs).arg(duration)));
        QVERIFY(firstVideoFrameIsKey(path));
        const double vStart = v.first().value(QLatin1String("start_time")).toString().toDouble();
        const double aStart = a.first().value(QLatin1String("start_time")).toString().toDouble();
        const double vDur = v.first().value(QLatin1String("duration")).toString().toDouble();
        const double aDur = a.first().value(QLatin1String("duration")).toString().toDouble();
        QVERIFY2(std::fabs(aStart - vStart) < 0.040, qPrintable(QStringLiteral("%1 %2").arg(aStart).arg(vStart)));
        // Both tracks start at 0 in the container; equal lengths show that the sound really
        // starts (and ends) with the picture.
        QVERIFY2(std::fabs(aDur - vDur) < 0.060, qPrintable(QStringLiteral("audio %1 s, video %2 s").arg(aDur).arg(vDur)));

        const QList<double> rms = audioRms(path, 0.1);
        QVERIFY(rms.size() > 10);
        const double pressAt = s.prerecordMs / 1000.0;
        for (int i = 0; i < rms.size(); ++i) {
            const double t = i * 0.1;
            if (t > pressAt + 0.3 && t < duration - 0.3)
                QVERIFY2(rms[i] > 0.05, qPrintable(QStringLiteral("silence at %1 s").arg(t)));
            if (t + 0.1 < pressAt - 0.3) {
                if (prerecordAudio)
                    QVERIFY2(rms[i] > 0.05, qPrintable(QStringLiteral("silence at %1 s").arg(t)));
                else
                    QVERIFY2(rms[i] < 0.01, qPrintable(QStringLiteral("sound before the press at %1 s").arg(t)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPrerecord)
#include "tst_prerecord.moc"
