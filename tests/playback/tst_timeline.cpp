// PlaybackTimeline: file checks on real files (a fragmented MP4 made by GStreamer's own
// mp4mux, a copy cut short, an empty file, noise, a folder, a missing path) and the mapping
// between the global timeline (marker offsets) and the stream of the usable files.
#include "playbacktimeline.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

PlaybackSegment usable(int index, qint64 ms)
{
    PlaybackSegment s;
    s.index = index;
    s.path = QStringLiteral("/evidence/seg%1.mp4").arg(index);
    s.status = QStringLiteral("ok");
    s.expectedMs = ms;
    s.realMs = ms;
    return s;
}

PlaybackSegment dropped(int index, qint64 expectedMs, SegmentProblem problem = SegmentProblem::FileMissing)
{
    PlaybackSegment s = usable(index, expectedMs);
    s.realMs = -1;
    s.problem = problem;
    return s;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_good;   // 2 s fragmented MP4, 250 ms fragments

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_good = m_tmp.filePath(QStringLiteral("good.mp4"));
        QProcess p;
        p.start(QStringLiteral("gst-launch-1.0"),
                {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("videotestsrc"), QStringLiteral("num-buffers=60"),
                 QStringLiteral("!"), QStringLiteral("video/x-raw,width=160,height=120,framerate=30/1"), QStringLiteral("!"),
                 QStringLiteral("x264enc"), QStringLiteral("speed-preset=ultrafast"), QStringLiteral("key-int-max=15"),
                 QStringLiteral("!"), QStringLiteral("h264parse"), QStringLiteral("!"), QStringLiteral("mp4mux"),
                 QStringLiteral("fragment-duration=250"), QStringLiteral("streamable=true"), QStringLiteral("!"),
                 QStringLiteral("filesink"), QStringLiteral("location=") + m_good});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo(m_good).size() > 1000);
    }

    void checks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("expectedMs");
        QTest::addColumn<int>("problem");
        QTest::newRow("ok") << "good" << "ok" << qint64(2000) << int(SegmentProblem::None);
        QTest::newRow("recovered, length unknown") << "good" << "recovered" << qint64(-1) << int(SegmentProblem::None);
        QTest::newRow("missing file") << "absent" << "ok" << qint64(2000) << int(SegmentProblem::FileMissing);
        QTest::newRow("store says missing") << "good" << "missing" << qint64(2000) << int(SegmentProblem::MarkedMissing);
        QTest::newRow("still open") << "good" << "open" << qint64(-1) << int(SegmentProblem::StillOpen);
        QTest::newRow("folder") << "folder" << "ok" << qint64(2000) << int(SegmentProblem::NotReadable);
        QTest::newRow("empty") << "empty" << "ok" << qint64(2000) << int(SegmentProblem::NotMedia);
        QTest::newRow("noise") << "noise" << "ok" << qint64(2000) << int(SegmentProblem::NotMedia);
        QTest::newRow("cut short") << "half" << "ok" << qint64(2000) << int(SegmentProblem::DurationMismatch);
        QTest::newRow("cut short, length unknown") << "half" << "recovered" << qint64(-1) << int(SegmentProblem::None);
        QTest::newRow("longer than recorded") << "good" << "ok" << qint64(1000) << int(SegmentProblem::DurationMismatch);
    }

    void checks()
    {
        QFETCH(QString, kind);
        QFETCH(QString, status);
        QFETCH(qint64, expectedMs);
        QFETCH(int, problem);
        QString path = m_tmp.filePath(kind + QStringLiteral(".mp4"));
        if (kind == QLatin1String("good")) {
            path = m_good;
        } else if (kind == QLatin1String("folder")) {
            QDir().mkpath(path);
        } else if (kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("noise")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray noise(100000, '\0');
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 7919) ^ (i >> 3));
            f.write(noise);
        } else if (kind == QLatin1String("half")) {
            QFile::remove(path);
            QVERIFY(QFile::copy(m_good, path));
            QFile f(path);
            QVERIFY(f.resize(f.size() / 2));
        }
        const QByteArray before = QFileInfo(path).isFile() ? [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }() : QByteArray();
        const PlaybackSegment s = PlaybackTimeline::check({path, 3, expectedMs, status, 0});
        QCOMPARE(int(s.problem), problem);
        QCOMPARE(s.index, 3);
        if (s.usable()) {
            QVERIFY(s.realMs > 0);
            if (kind == QLatin1String("good"))
                QVERIFY2(std::llabs(s.realMs - 2000) <= 40, qPrintable(QString::number(s.realMs)));
        } else {
            QVERIFY(!s.detail.isEmpty());
            QVERIFY(!PlaybackTimeline::problemText(s.problem).isEmpty());
        }
        if (!before.isEmpty()) {   // read only
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
    }

    void registeredSizeSkipsTheScan()
    {
        // At the size the store hashed it at, a finalised file keeps the registered duration
        // (no fragment tables read); at any other size it is timed from the file.
        const qint64 size = QFileInfo(m_good).size();
        PlaybackSegment s = PlaybackTimeline::check({m_good, 1, 1234, QStringLiteral("ok"), 0, size});
        QVERIFY(s.usable());
        QCOMPARE(s.realMs, 1234);
        s = PlaybackTimeline::check({m_good, 1, 1234, QStringLiteral("ok"), 0, size + 1});
        QCOMPARE(s.problem, SegmentProblem::DurationMismatch);
        QVERIFY2(s.detail.contains(QString::number(size)), qPrintable(s.detail));
        s = PlaybackTimeline::check({m_good, 1, 2000, QStringLiteral("ok"), 0, size + 1});
        QVERIFY(s.usable());
        QVERIFY(std::llabs(s.realMs - 2000) <= 40);
        // The store's verdicts still come first.
        s = PlaybackTimeline::check({m_good, 1, 2000, QStringLiteral("missing"), 0, size});
        QCOMPARE(s.problem, SegmentProblem::MarkedMissing);
        s = PlaybackTimeline::check({m_good + QStringLiteral(".gone"), 1, 2000, QStringLiteral("ok"), 0, size});
        QCOMPARE(s.problem, SegmentProblem::FileMissing);
        // And the source round-trips (for a second look while playing).
        const PlaybackSegmentSource again = PlaybackTimeline::sourceOf(PlaybackTimeline::check({m_good, 7, 2000, QStringLiteral("recovered"), 42, size}));
        QCOMPARE(again.index, 7);
        QCOMPARE(again.expectedBytes, size);
        QCOMPARE(again.startMonoNs, 42);
        QCOMPARE(again.status, QStringLiteral("recovered"));
    }

    void buildOrdersAndReports()
    {
        const QString absent = m_tmp.filePath(QStringLiteral("absent.mp4"));
        const PlaybackTimeline t = PlaybackTimeline::build({
            {m_good, 3, -1, QStringLiteral("ok"), 0},
            {absent, 2, 2000, QStringLiteral("ok"), 0},
            {m_good, 1, -1, QStringLiteral("ok"), 0},
        });
        QCOMPARE(t.segments().size(), 3);
        QCOMPARE(t.segments()[0].index, 1);
        QCOMPARE(t.segments()[1].index, 2);
        QCOMPARE(t.dropped().size(), 1);
        QCOMPARE(t.dropped().first().index, 2);
        QCOMPARE(t.playablePaths(), (QStringList{m_good, m_good}));
        const qint64 real = t.segments()[0].realMs;
        QCOMPARE(t.durationMs(), real * 2 + 2000);
        QCOMPARE(t.streamDurationMs(), real * 2);
        QVERIFY(t.isPlayable());
    }

    void mapping()
    {
        //   global  0 ── 2000 ──(dropped)── 4000 ── 5500 ──(dropped, mono gap 1200)── 6700 ── 7700
        //   stream  0 ── 2000 ───────────── 3500 ─────────────────────────────────── 4500
        PlaybackSegment four = dropped(4, -1, SegmentProblem::NotMedia);
        four.startMonoNs = 10'000'000'000;
        PlaybackSegment five = usable(5, 1000);
        five.startMonoNs = 11'200'000'000;
        const PlaybackTimeline t = PlaybackTimeline::assemble({usable(1, 2000), dropped(2, 2000), usable(3, 1500), four, five});
        QCOMPARE(t.durationMs(), 7700);
        QCOMPARE(t.streamDurationMs(), 4500);
        QCOMPARE(t.playableEndMs(), 7700);
        QCOMPARE(t.segments()[3].globalStartMs, 5500);
        QCOMPARE(t.segments()[3].globalEndMs, 6700);

        QCOMPARE(t.streamToGlobal(0), 0);
        QCOMPARE(t.streamToGlobal(1999), 1999);
        QCOMPARE(t.streamToGlobal(2000), 4000);   // the boundary belongs to the next file
        QCOMPARE(t.streamToGlobal(3499), 5499);
        QCOMPARE(t.streamToGlobal(3500), 6700);
        QCOMPARE(t.streamToGlobal(4500), 7700);
        QCOMPARE(t.streamToGlobal(99999), 7700);
        QCOMPARE(t.streamToGlobal(-5), 0);

        QCOMPARE(t.globalToStream(0), 0);
        QCOMPARE(t.globalToStream(1500), 1500);
        QCOMPARE(t.globalToStream(2000), 2000);   // inside the dropped file: where playing goes on
        QCOMPARE(t.globalToStream(3999), 2000);
        QCOMPARE(t.globalToStream(4100), 2100);
        QCOMPARE(t.globalToStream(6000), 3500);
        QCOMPARE(t.globalToStream(7000), 3800);
        QCOMPARE(t.globalToStream(7700), 4500);
        QCOMPARE(t.globalToStream(-1), 0);

        QCOMPARE(t.segmentAt(0), 0);
        QCOMPARE(t.segmentAt(2500), 1);
        QCOMPARE(t.segmentAt(7699), 4);
        QCOMPARE(t.segmentAt(7700), -1);

        // Round trip over the playable stream.
        for (qint64 s = 0; s < t.streamDurationMs(); s += 37)
            QCOMPARE(t.globalToStream(t.streamToGlobal(s)), s);
    }

    void droppedAtTheEnds()
    {
        const PlaybackTimeline t = PlaybackTimeline::assemble({dropped(1, 1000), usable(2, 2000), dropped(3, 500)});
        QCOMPARE(t.durationMs(), 3500);
        QCOMPARE(t.playableEndMs(), 3000);
        QCOMPARE(t.streamToGlobal(0), 1000);
        QCOMPARE(t.globalToStream(200), 0);
        QCOMPARE(t.globalToStream(3200), 2000);
        QCOMPARE(t.streamToGlobal(2000), 3000);
    }

    void droppingLaterKeepsPlaces()
    {
        PlaybackSegment unknownLength = usable(2, 1800);
        unknownLength.expectedMs = -1;
        const PlaybackTimeline t = PlaybackTimeline::assemble({usable(1, 2000), unknownLength, usable(3, 1000)});
        const PlaybackTimeline u = t.withDropped(1, SegmentProblem::DecodeFailed, QStringLiteral("test"));
        QCOMPARE(u.durationMs(), t.durationMs());
        QCOMPARE(u.streamDurationMs(), 3000);
        QCOMPARE(u.segments()[2].globalStartMs, 3800);
        QCOMPARE(u.streamToGlobal(2000), 3800);
        QCOMPARE(u.dropped().size(), 1);
        QCOMPARE(u.findPath(QStringLiteral("/evidence/seg2.mp4")), 1);
    }

    void nothingUsable()
    {
        const PlaybackTimeline t = PlaybackTimeline::assemble({dropped(1, 1000), dropped(2, 1000)});
        QVERIFY(!t.isPlayable());
        QCOMPARE(t.durationMs(), 2000);
        QCOMPARE(t.playableEndMs(), 0);
        QVERIFY(t.playablePaths().isEmpty());
        QVERIFY(PlaybackTimeline().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
