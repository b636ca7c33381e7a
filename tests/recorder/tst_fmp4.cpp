// Fmp4 / MediaProbe / DurableFile on files made by gst-launch-1.0 (not by our recorder):
// splitmuxsink segments after the first carry mp4mux's wrong header durations; readTiming
// agrees with ffprobe, fixHeader makes gst-discoverer-1.0 agree too without touching a sample,
// truncated files (a killed writer) count only complete fragments.
#include "durablefile.h"
#include "fmp4.h"
#include "mediaprobe.h"
#include "recorderharness.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sys/stat.h>

namespace {

bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

double discovererSeconds(const QString &path)
{
    QByteArray out;
    if (!run(QStringLiteral("gst-discoverer-1.0"), {path}, &out))
        return -1;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Duration: (\\d+):(\\d+):([\\d.]+)")).match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1).toInt() * 3600 + m.captured(2).toInt() * 60 + m.captured(3).toDouble() : -1;
}

int frames(const QString &path)
{
    QByteArray out;
    run(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("v"),
                                    QStringLiteral("-count_frames"), QStringLiteral("-show_entries"),
                                    QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), path},
        &out);
    return out.trimmed().toInt();
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int mode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestFmp4 : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QStringList m_segments;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // 5 s of video+audio split every 2 s, as the recorder's splitmuxsink does. Live sources
        // as in the recorder (non-live, audio races ahead and splitmuxsink can stall at EOS).
        const QString location = m_tmp.filePath(QStringLiteral("seg%02d.mp4"));
        QVERIFY(run(QStringLiteral("gst-launch-1.0"),
                    QProcess::splitCommand(QStringLiteral(
                        "-q videotestsrc is-live=true num-buffers=150 ! video/x-raw,width=320,height=240,framerate=30/1,format=I420 ! "
                        "x264enc speed-preset=ultrafast tune=zerolatency key-int-max=30 ! h264parse ! queue ! sm.video "
                        "audiotestsrc is-live=true num-buffers=235 samplesperbuffer=1024 ! audio/x-raw,rate=48000,channels=1 ! avenc_aac ! "
                        "aacparse ! queue ! sm.audio_0 splitmuxsink name=sm async-finalize=true muxer-factory=mp4mux "
                        "muxer-properties=properties,fragment-duration=1000,streamable=true max-size-time=2000000000 "
                        "send-keyframe-requests=true")) +
                        QStringList{QStringLiteral("location=") + location}));
        for (int i = 0; i < 3; ++i)
            m_segments.append(m_tmp.filePath(QStringLiteral("seg%1.mp4").arg(i, 2, 10, QLatin1Char('0'))));
        for (const QString &s : m_segments)
            QVERIFY2(QFileInfo::exists(s), qPrintable(s));
    }

    void timingAgreesWithFfprobe()
    {
        for (const QString &path : std::as_const(m_segments)) {
            Fmp4::Timing t;
            QString error;
            QVERIFY2(Fmp4::readTiming(path, &t, &error), qPrintable(error));
            QVERIFY(t.fragmented);
            QCOMPARE(t.tracks, 2);
            const double ff = formatDuration(ffprobe(path));
            QVERIFY2(std::fabs(t.durationNs / 1e9 - ff) < 0.002, qPrintable(QStringLiteral("%1 vs %2").arg(t.durationNs).arg(ff)));
            QCOMPARE(MediaProbe::durationNs(path), t.durationNs);
        }
    }

    void fixHeaderMakesGstreamerAgree()
    {
        for (const QString &path : std::as_const(m_segments)) {
            const QString copy = path + QStringLiteral(".fixed.mp4");
            QVERIFY(QFile::copy(path, copy));
            const double ff = formatDuration(ffprobe(path));
            qInfo("%s: gst-discoverer says %.3f s before the fix, ffprobe %.3f s", qPrintable(QFileInfo(path).fileName()),
                  discovererSeconds(copy), ff);
            QString error;
            QVERIFY2(Fmp4::fixHeader(copy, &error), qPrintable(error));
            QCOMPARE(QFileInfo(copy).size(), QFileInfo(path).size());
            QVERIFY2(std::fabs(discovererSeconds(copy) - ff) < 0.05, qPrintable(QString::number(discovererSeconds(copy))));
            QVERIFY2(std::fabs(double(MediaProbe::discovererDurationNs(copy)) / 1e9 - ff) < 0.05, "GstDiscoverer API");
            QVERIFY(std::fabs(formatDuration(ffprobe(copy)) - ff) < 0.001);
            QCOMPARE(frames(copy), frames(path));
            // Idempotent.
            const QByteArray once = sha256(copy);
            QVERIFY(Fmp4::fixHeader(copy, &error));
            QCOMPARE(sha256(copy), once);
        }
    }

    void truncatedFileCountsCompleteFragments()
    {
        const QString path = m_segments.at(1);
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray all = in.readAll();
        const QString cut = m_tmp.filePath(QStringLiteral("killed.mp4"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(all.left(all.size() * 6 / 10));
        out.close();
        Fmp4::Timing full, part;
        QString error;
        QVERIFY(Fmp4::readTiming(path, &full, &error));
        QVERIFY(Fmp4::readTiming(cut, &part, &error));
        QVERIFY(part.fragmented);
        QVERIFY(part.fragments < full.fragments);
        QVERIFY(part.durationNs > 0 && part.durationNs < full.durationNs);
        const double ff = formatDuration(ffprobe(cut));   // ffprobe may also count a partial fragment
        QVERIFY2(part.durationNs / 1e9 <= ff + 0.05 && part.durationNs / 1e9 >= ff - 1.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(part.durationNs).arg(ff)));
        QCOMPARE(MediaProbe::durationNs(cut), part.durationNs);
        QVERIFY(Fmp4::fixHeader(cut, &error));
        QVERIFY(formatDuration(ffprobe(cut)) > 0);
    }

    void otherFiles()
    {
        // A still image: the discoverer path, duration 0.
        const QString jpg = m_tmp.filePath(QStringLiteral("still.jpg"));
        QVERIFY(run(QStringLiteral("gst-launch-1.0"),
                    QProcess::splitCommand(QStringLiteral("-q videotestsrc num-buffers=1 ! jpegenc ! filesink")) +
                        QStringList{QStringLiteral("location=") + jpg}));
        QCOMPARE(MediaProbe::durationNs(jpg), qint64(0));
        // A plain (non-fragmented) MP4 is left alone by fixHeader and timed by the discoverer.
        const QString plain = m_tmp.filePath(QStringLiteral("plain.mp4"));
        QVERIFY(run(QStringLiteral("gst-launch-1.0"),
                    QProcess::splitCommand(QStringLiteral("-q videotestsrc num-buffers=60 ! video/x-raw,framerate=30/1 ! "
                                                          "x264enc speed-preset=ultrafast ! mp4mux ! filesink")) +
                        QStringList{QStringLiteral("location=") + plain}));
        const QByteArray before = sha256(plain);
        QString error;
        QVERIFY(Fmp4::fixHeader(plain, &error));
        QCOMPARE(sha256(plain), before);
        QVERIFY(std::llabs(MediaProbe::durationNs(plain) - 2000000000LL) < 50000000LL);
        // Not media at all / missing.
        const QString junk = m_tmp.filePath(QStringLiteral("junk.mp4"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        QCOMPARE(MediaProbe::durationNs(junk), qint64(-1));
        QCOMPARE(MediaProbe::durationNs(m_tmp.filePath(QStringLiteral("missing.mp4"))), qint64(-1));
    }

    void durableFile()
    {
        QString error;
        const QString dir = m_tmp.filePath(QStringLiteral("a/b/c"));
        QVERIFY(DurableFile::ensurePrivateDir(dir, &error));
        QCOMPARE(mode(m_tmp.filePath(QStringLiteral("a"))), 0700);
        QCOMPARE(mode(dir), 0700);
        const QString final_ = dir + QStringLiteral("/x.jpg");
        QVERIFY(DurableFile::writeAndCommit(final_, QByteArray("first"), &error));
        QCOMPARE(mode(final_), 0600);
        QVERIFY(!QFileInfo::exists(final_ + QStringLiteral(".part")));
        // Evidence is never replaced.
        QVERIFY(!DurableFile::writeAndCommit(final_, QByteArray("second"), &error));
        QVERIFY(!error.isEmpty());
        QFile f(final_);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("first"));
    }
};

QTEST_GUILESS_MAIN(TestFmp4)
#include "tst_fmp4.moc"
