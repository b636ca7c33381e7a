// Playback benchmark (issue 6): a long recording in segment files like the recorder's
// (fragmented MP4, 250 ms fragments, H.264 + AAC, headers as the recorder leaves them), then
//   1. open → first frame: PlaybackTimeline::build + Player::open until ready (the first frame
//      prerolled at the video sink); baseline: playbin prerolling the first segment alone;
//   2. seek latency: accurate seeks to random positions (paused) until the new frame is
//      prerolled (Player::seeked); baseline: the same seeks with playbin inside one segment;
//   3. memory: RSS while playing at 2× for the given minutes of content.
// The recording is made once (one segment encoded, copied to make the others: the same bytes
// in every file, which costs nothing in what is measured here and saves an hour of encoding).
// Page cache warm (files just written or read). Nothing here is a test assertion.
#include "benchtiming.h"
#include "fmp4.h"
#include "player.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace {

struct Options {
    QString dir;
    int minutes = 120;
    int segmentMinutes = 10;
    int width = 1280;
    int height = 720;
    int bitrateKbps = 4000;
    int seeks = 25;
    int memoryMinutes = 60;
    int passes = 1;   // the memory phase plays the same minutes this many times
    QString out;
};

bool makeRecording(const Options &o, QStringList *files)
{
    QDir().mkpath(o.dir);
    const QString first = o.dir + QStringLiteral("/seg001.mp4");
    const QString stamp = o.dir + QStringLiteral("/made-with");
    const QString params = QStringLiteral("%1x%2 %3k %4min").arg(o.width).arg(o.height).arg(o.bitrateKbps).arg(o.segmentMinutes);
    QFile s(stamp);
    const bool reuse = QFileInfo::exists(first) && s.open(QIODevice::ReadOnly) && QString::fromUtf8(s.readAll()) == params;
    s.close();
    if (!reuse) {
        const int seconds = o.segmentMinutes * 60;
        fprintf(stderr, "encoding one %d-minute segment at %dx%d (once)...\n", o.segmentMinutes, o.width, o.height);
        const QString pipeline = QStringLiteral(
            "videotestsrc pattern=ball num-buffers=%1 ! video/x-raw,width=%2,height=%3,framerate=30/1 ! "
            "x264enc speed-preset=ultrafast tune=zerolatency key-int-max=30 bitrate=%4 ! h264parse ! queue ! mux. "
            "audiotestsrc num-buffers=%5 samplesperbuffer=1024 ! audio/x-raw,rate=48000,channels=1 ! avenc_aac ! aacparse ! "
            "queue ! mux. mp4mux name=mux fragment-duration=250 streamable=true ! filesink location=%6")
                                     .arg(seconds * 30).arg(o.width).arg(o.height).arg(o.bitrateKbps)
                                     .arg(seconds * 48000 / 1024).arg(first);
        QProcess p;
        p.start(QStringLiteral("gst-launch-1.0"), QStringList{QStringLiteral("-q"), QStringLiteral("-e")} + QProcess::splitCommand(pipeline));
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            fprintf(stderr, "gst-launch-1.0 failed: %s\n", p.readAllStandardError().constData());
            return false;
        }
        QString error;
        if (!Fmp4::fixHeader(first, &error)) {   // what the recorder does to every segment
            fprintf(stderr, "header: %s\n", qPrintable(error));
            return false;
        }
        if (s.open(QIODevice::WriteOnly))
            s.write(params.toUtf8());
    }
    files->clear();
    files->append(first);
    const int count = qMax(1, o.minutes / o.segmentMinutes);
    for (int i = 2; i <= count; ++i) {
        const QString f = o.dir + QStringLiteral("/seg%1.mp4").arg(i, 3, 10, QLatin1Char('0'));
        if (!reuse || !QFileInfo::exists(f)) {
            QFile::remove(f);
            QFile::copy(first, f);
        }
        files->append(f);
    }
    return true;
}

// The rows the store holds for the files: status ok, duration and size as registered
// (registeredMs <= 0: as if the store knew neither, so every fragment table is read).
QList<PlaybackSegmentSource> sources(const QStringList &files, qint64 registeredMs)
{
    QList<PlaybackSegmentSource> out;
    for (int i = 0; i < files.size(); ++i) {
        const qint64 bytes = registeredMs > 0 ? QFileInfo(files[i]).size() : -1;
        out.append({files[i], i + 1, registeredMs, QStringLiteral("ok"), 0, bytes});
    }
    return out;
}

GstElement *fakeSink(bool sync)
{
    GstElement *s = gst_element_factory_make("fakesink", nullptr);
    g_object_set(s, "sync", sync, nullptr);
    return s;
}

// Spins the event loop until done() or timeoutMs.
template<typename F>
bool waitFor(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// playbin on one file, paused: preroll time, then accurate seeks (ms).
struct Baseline {
    double openMs = 0;
    QList<double> seekMs;
};
Baseline playbinBaseline(const QString &file, const QList<qint64> &localTargets)
{
    Baseline b;
    GstElement *playbin = gst_element_factory_make("playbin", nullptr);
    const QByteArray uri = QUrl::fromLocalFile(file).toEncoded();
    g_object_set(playbin, "uri", uri.constData(), "video-sink", fakeSink(true), "audio-sink", fakeSink(true), nullptr);
    QElapsedTimer t;
    t.start();
    gst_element_set_state(playbin, GST_STATE_PAUSED);
    gst_element_get_state(playbin, nullptr, nullptr, 10 * GST_SECOND);
    b.openMs = t.nsecsElapsed() / 1e6;
    for (qint64 ms : localTargets) {
        t.restart();
        gst_element_seek_simple(playbin, GST_FORMAT_TIME, GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE), ms * GST_MSECOND);
        gst_element_get_state(playbin, nullptr, nullptr, 10 * GST_SECOND);
        b.seekMs << t.nsecsElapsed() / 1e6;
    }
    gst_element_set_state(playbin, GST_STATE_NULL);
    gst_object_unref(playbin);
    return b;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, int(p * v.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("dir"), QStringLiteral("Where the recording is made (reused when present)."), QStringLiteral("DIR")},
        {QStringLiteral("minutes"), QStringLiteral("Recording length (default 120)."), QStringLiteral("N"), QStringLiteral("120")},
        {QStringLiteral("segment-minutes"), QStringLiteral("Segment length (default 10)."), QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("size"), QStringLiteral("Frame size (default 1280x720)."), QStringLiteral("WxH"), QStringLiteral("1280x720")},
        {QStringLiteral("seeks"), QStringLiteral("Random seeks (default 25)."), QStringLiteral("N"), QStringLiteral("25")},
        {QStringLiteral("memory-minutes"), QStringLiteral("Minutes of content played at 2× for the memory figure (default 60; 0 = skip)."),
         QStringLiteral("N"), QStringLiteral("60")},
        {QStringLiteral("passes"), QStringLiteral("Play those minutes this many times, seeking back to the start (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("out"), QStringLiteral("Markdown results file."), QStringLiteral("FILE")},
    });
    parser.process(app);
    Options o;
    o.dir = parser.value(QStringLiteral("dir"));
    o.minutes = parser.value(QStringLiteral("minutes")).toInt();
    o.segmentMinutes = qMax(1, parser.value(QStringLiteral("segment-minutes")).toInt());
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    o.width = size.value(0).toInt();
    o.height = size.value(1).toInt();
    o.bitrateKbps = o.width >= 1280 ? 4000 : 1000;
    o.seeks = parser.value(QStringLiteral("seeks")).toInt();
    o.memoryMinutes = parser.value(QStringLiteral("memory-minutes")).toInt();
    o.passes = qMax(1, parser.value(QStringLiteral("passes")).toInt());
    o.out = parser.value(QStringLiteral("out"));
    if (o.dir.isEmpty() || o.width <= 0 || o.height <= 0) {
        parser.showHelp(2);
    }
    gst_init(&argc, &argv);

    QStringList files;
    if (!makeRecording(o, &files))
        return 1;

    // What the recorder registered for each file (all copies of one).
    Fmp4::Timing timing;
    QString timingError;
    if (!Fmp4::readTiming(files.first(), &timing, &timingError)) {
        fprintf(stderr, "%s\n", qPrintable(timingError));
        return 1;
    }
    const qint64 registeredMs = timing.durationNs / 1000000;

    // 0. The timeline without the store's sizes: every file's fragment tables read.
    QList<double> scanMs;
    for (int i = 0; i < 3; ++i)
        scanMs << BenchTiming::medianMs(1, [&] { PlaybackTimeline::build(sources(files, -1)); });

    // 1. Open → first frame, median of 5 fresh players.
    QList<double> buildMs, openMs;
    qint64 durationMs = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const PlaybackTimeline timeline = PlaybackTimeline::build(sources(files, registeredMs));
        buildMs << t.nsecsElapsed() / 1e6;
        Player player(fakeSink(true), fakeSink(true));
        bool ready = false;
        QObject::connect(&player, &Player::ready, [&] { ready = true; });
        player.open(timeline);
        if (!waitFor([&] { return ready; }, 30000)) {
            fprintf(stderr, "player not ready\n");
            return 1;
        }
        openMs << t.nsecsElapsed() / 1e6;
        durationMs = player.duration();
    }

    // 2. Seeks to random positions, paused, accurate; and fast (key unit) ones.
    QRandomGenerator rng(6);
    QList<qint64> targets;
    for (int i = 0; i < o.seeks; ++i)
        targets << qint64(rng.bounded(quint32(durationMs - 1000)));
    QList<double> seekMs, previewMs;
    {
        Player player(fakeSink(true), fakeSink(true));
        int seeked = 0;
        bool ready = false;
        QObject::connect(&player, &Player::ready, [&] { ready = true; });
        QObject::connect(&player, &Player::seeked, [&] { ++seeked; });
        player.open(PlaybackTimeline::build(sources(files, registeredMs)));
        waitFor([&] { return ready; }, 30000);
        for (bool accurate : {true, false}) {
            for (qint64 target : targets) {
                const int before = seeked;
                QElapsedTimer t;
                t.start();
                accurate ? player.seek(target) : player.seekPreview(target);
                if (!waitFor([&] { return seeked > before; }, 10000)) {
                    fprintf(stderr, "seek to %lld ms did not settle\n", qint64(target));
                    return 1;
                }
                (accurate ? seekMs : previewMs) << t.nsecsElapsed() / 1e6;
            }
        }
    }
    const qint64 segmentMs = durationMs / files.size();
    QList<qint64> localTargets;
    for (qint64 target : targets)
        localTargets << target % qMax<qint64>(1, segmentMs - 1000);
    const Baseline base = playbinBaseline(files.first(), localTargets);

    // 3. Memory over a long 2× playback.
    QList<QPair<double, qint64>> rss;   // content minutes, KiB
    if (o.memoryMinutes > 0) {
        Player player(fakeSink(true), fakeSink(true));
        bool ready = false;
        bool ended = false;
        QObject::connect(&player, &Player::ready, [&] { ready = true; });
        QObject::connect(&player, &Player::endOfStream, [&] { ended = true; });
        player.open(PlaybackTimeline::build(sources(files, registeredMs)));
        waitFor([&] { return ready; }, 30000);
        player.setRate(2.0);
        player.play();
        const qint64 endMs = qMin<qint64>(durationMs, qint64(o.memoryMinutes) * 60000);
        QElapsedTimer t;
        t.start();
        qint64 nextSample = 0;
        for (int pass = 0; pass < o.passes; ++pass) {
            if (pass > 0) {
                // Back to the start: the second pass shows whether what the first one added is
                // kept (a cache of what was read) or added again (a leak).
                int seekedCount = 0;
                auto c = QObject::connect(&player, &Player::seeked, [&] { ++seekedCount; });
                ended = false;
                player.seek(0);
                waitFor([&] { return seekedCount > 0; }, 10000);
                QObject::disconnect(c);
                player.play();
            }
            while (!ended && player.position() < endMs) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
                if (t.elapsed() >= nextSample) {
                    rss << qMakePair(pass * endMs / 60000.0 + player.position() / 60000.0, rssKiB());
                    nextSample += 10000;
                    fprintf(stderr, "\rpass %d: %.1f / %lld min of content, RSS %lld KiB   ", pass + 1,
                            player.position() / 60000.0, endMs / 60000, rss.last().second);
                }
            }
        }
        rss << qMakePair((o.passes - 1) * endMs / 60000.0 + player.position() / 60000.0, rssKiB());
        fprintf(stderr, "\n");
    }

    QString report;
    QTextStream md(&report);
    md << "# Playback benchmark\n\n"
       << QStringLiteral("Recording: %1 segments × %2 min = %3 min, %4x%5, H.264 %6 kbit/s + AAC, 250 ms fragments; warm page cache.\n\n")
              .arg(files.size()).arg(o.segmentMinutes).arg(durationMs / 60000.0, 0, 'f', 1).arg(o.width).arg(o.height).arg(o.bitrateKbps)
       << "| measure | fieldterm | baseline (playbin, first segment alone) | goal |\n| --- | --- | --- | --- |\n"
       << QStringLiteral("| open → first frame (median of 5) | %1 ms (timeline %2 ms + pipeline) | %3 ms | < 500 ms |\n")
              .arg(BenchTiming::median(openMs), 0, 'f', 1).arg(BenchTiming::median(buildMs), 0, 'f', 1).arg(base.openMs, 0, 'f', 1)
       << QStringLiteral("| timeline with every fragment table read (no registered sizes; median of 3) | %1 ms | — | |\n")
              .arg(BenchTiming::median(scanMs), 0, 'f', 1)
       << QStringLiteral("| accurate seek → new frame, median (p90) of %1 | %2 ms (%3 ms) | %4 ms (%5 ms) | < 300 ms median |\n")
              .arg(targets.size()).arg(BenchTiming::median(seekMs), 0, 'f', 1).arg(percentile(seekMs, 0.9), 0, 'f', 1)
              .arg(BenchTiming::median(base.seekMs), 0, 'f', 1).arg(percentile(base.seekMs, 0.9), 0, 'f', 1)
       << QStringLiteral("| preview (key-unit) seek → new frame, median (p90) | %1 ms (%2 ms) | — | |\n")
              .arg(BenchTiming::median(previewMs), 0, 'f', 1).arg(percentile(previewMs, 0.9), 0, 'f', 1);
    if (!rss.isEmpty()) {
        qint64 peak = 0;
        for (const auto &r : rss)
            peak = qMax(peak, r.second);
        const auto &early = rss.value(qMin(1, rss.size() - 1));
        md << QStringLiteral("| RSS at 2×: after %1 min / after %2 min of content, peak | %3 / %4 MiB, peak %5 MiB | — | flat |\n")
                  .arg(early.first, 0, 'f', 1).arg(rss.last().first, 0, 'f', 1).arg(early.second / 1024.0, 0, 'f', 1)
                  .arg(rss.last().second / 1024.0, 0, 'f', 1).arg(peak / 1024.0, 0, 'f', 1);
        md << "\nRSS samples (content minute: MiB):";
        for (int i = 0; i < rss.size(); i += qMax(1, rss.size() / 20))
            md << QStringLiteral(" %1: %2").arg(rss[i].first, 0, 'f', 1).arg(rss[i].second / 1024.0, 0, 'f', 1);
        md << "\n";
    }
    md.flush();
    fputs(qPrintable(report), stdout);
    if (!o.out.isEmpty()) {
        QFile f(o.out);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(report.toUtf8());
    }
    return 0;
}
