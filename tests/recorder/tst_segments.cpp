// Segmentation: files of the configured length that abut with no frame lost between them,
// named per PRODUCT.md, private (0700 dirs, 0600 files), sizes as on disk, no ".part" left,
// and durations that ffprobe and gst-discoverer-1.0 (GStreamer's own demuxer, which reads
// the header fields we repair) both confirm.
#include "recorderharness.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sys/stat.h>

namespace {

double discovererSeconds(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("gst-discoverer-1.0"), {path});
    if (!p.waitForFinished(30000))
        return -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Duration: (\\d+):(\\d+):([\\d.]+)")).match(out);
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toInt() * 3600 + m.captured(2).toInt() * 60 + m.captured(3).toDouble();
}

int mode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty());
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("gst-discoverer-1.0")).isEmpty());
    }

    void segments_data()
    {
        QTest::addColumn<int>("prerecordSeconds");
        QTest::newRow("no-prerecord") << 0;
        // The first file then starts in the past (running time far from 0): the case in which
        // GStreamer's mp4mux writes a wrong duration unless the header is repaired.
        QTest::newRow("prerecord-2s") << 2;
    }

    void segments()
    {
        QFETCH(int, prerecordSeconds);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.policy.segmentSeconds = 2;
        config.profile.policy.prerecordSeconds = prerecordSeconds;
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        config.thumbnailDir = tmp.filePath(QStringLiteral("thumbs"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        QTest::qWait(prerecordSeconds * 1000 + 1500);
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        // ~5 s of material in all: pre-record + recording.
        QTest::qWait(5000 - int(c.started.first().prerecordMs));
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.value(0).detail));

        const QString id = c.started.first().recordingId;
        const QList<SegmentClosed> files = c.closedFor(id);
        QCOMPARE(files.size(), 3);
        QCOMPARE(c.opened.size(), 3);
        const QRegularExpression name(QStringLiteral("^SIM0001_11010001_(\\d{14})_(\\d{3})\\.mp4$"));
        double total = 0;
        for (int i = 0; i < files.size(); ++i) {
            const SegmentClosed &f = files[i];
            QCOMPARE(f.index, i + 1);
            QCOMPARE(f.last, i == files.size() - 1);
            QCOMPARE(c.opened[i].index, i + 1);
            QCOMPARE(c.opened[i].finalPath, f.finalPath);
            QCOMPARE(c.opened[i].partPath, f.finalPath + QStringLiteral(".part"));
            QCOMPARE(c.opened[i].startMonoNs, f.startMonoNs);

            const QFileInfo fi(f.finalPath);
            QVERIFY(fi.exists());
            QCOMPARE(fi.size(), f.sizeBytes);
            QCOMPARE(mode(f.finalPath), 0600);
            // <root>/YYYY/MM/DD/ from the segment's own local start time; the name carries it too.
            const QDateTime local = f.startWall.toLocalTime();
            QCOMPARE(fi.absolutePath(), config.evidenceRoot + local.toString(QStringLiteral("/yyyy/MM/dd")));
            QCOMPARE(mode(fi.absolutePath()), 0700);
            const QRegularExpressionMatch m = name.match(fi.fileName());
            QVERIFY2(m.hasMatch(), qPrintable(fi.fileName()));
            QCOMPARE(m.captured(1), local.toString(QStringLiteral("yyyyMMddHHmmss")));
            QCOMPARE(m.captured(2).toInt(), i + 1);

            const QJsonObject probe = ffprobe(f.finalPath);
            const double d = formatDuration(probe);
            QCOMPARE(streamsOf(probe, QStringLiteral("video")).size(), 1);
            QCOMPARE(streamsOf(probe, QStringLiteral("audio")).size(), 1);
            QVERIFY(firstVideoFrameIsKey(f.finalPath));
            QVERIFY2(std::fabs(d - f.durationNs / 1e9) < 0.002, qPrintable(QStringLiteral("%1 vs %2").arg(d).arg(f.durationNs)));
            const double disc = discovererSeconds(f.finalPath);
            QVERIFY2(std::fabs(disc - d) < 0.05, qPrintable(QStringLiteral("discoverer %1 s, ffprobe %2 s").arg(disc).arg(d)));
            if (i < files.size() - 1) {
                // Requested keyframes put the splits on the configured length.
                QVERIFY2(std::fabs(d - 2.0) < 0.1, qPrintable(QString::number(d)));
                // Abutting: this file ends where the next begins, within one frame.
                const qint64 gap = files[i + 1].startMonoNs - f.endMonoNs;
                QVERIFY2(std::llabs(gap) < 1000000000LL / config.profile.video.fps,
                         qPrintable(QStringLiteral("gap %1 ms").arg(gap / 1e6)));
            } else {
                QVERIFY2(d > 0.5 && d < 1.0 + config.profile.video.gopSeconds + 0.3, qPrintable(QString::number(d)));
            }
            total += d;
        }
        QVERIFY2(std::fabs(total - 5.0) < 0.5, qPrintable(QString::number(total)));
        for (const QString &f : filesUnder(config.evidenceRoot))
            QVERIFY2(!f.endsWith(QLatin1String(".part")), qPrintable(f));
        QCOMPARE(filesUnder(config.evidenceRoot).size(), 3);
        QCOMPARE(c.stopped.first().recordingId, id);
        QCOMPARE(c.stopped.first().reason, QStringLiteral("user"));
    }

    void openFileTrailsLiveStream()
    {
        // What a kill -9 would leave: the open ".part" as it is on disk, read by ffprobe while
        // the recording runs. The bound: playable to within 1.5 s of the moment.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.policy.segmentSeconds = 10;
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.opened.size(), 1, 5000);
        const QString part = c.opened.first().partPath;
        for (int ms : {2300, 3700, 5100}) {
            QTest::qWait(ms - int((monotonicNowNs() - c.opened.first().startMonoNs) / 1000000));
            const double recorded = (monotonicNowNs() - c.opened.first().startMonoNs) / 1e9;
            const double playable = formatDuration(ffprobe(part));
            QVERIFY2(playable >= recorded - 1.5, qPrintable(QStringLiteral("%1 s on disk after %2 s").arg(playable).arg(recorded)));
        }
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
