// Watermark: a frame decoded from the recording (by ffmpeg) and the photo (full resolution)
// differ from an unwatermarked videotestsrc frame of the same static pattern in the
// watermark band at the top left, and match it elsewhere.
#include "recorderharness.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int W = 640;
constexpr int H = 360;

QByteArray decodeFirstFrame(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                                       QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                                       QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"),
                                       QStringLiteral("-")});
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

// The same pattern straight from videotestsrc, no overlay, converted like ours.
QByteArray referenceFrame(const QString &dir)
{
    const QString out = dir + QStringLiteral("/ref.rgb");
    QProcess p;
    p.start(QStringLiteral("gst-launch-1.0"),
            {QStringLiteral("-q"), QStringLiteral("videotestsrc"), QStringLiteral("pattern=smpte"), QStringLiteral("num-buffers=1"),
             QStringLiteral("!"), QStringLiteral("video/x-raw,width=%1,height=%2,format=I420").arg(W).arg(H), QStringLiteral("!"),
             QStringLiteral("videoconvert"), QStringLiteral("!"), QStringLiteral("video/x-raw,format=RGB"), QStringLiteral("!"),
             QStringLiteral("filesink"), QStringLiteral("location=") + out});
    p.waitForFinished(30000);
    QFile f(out);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Mean absolute difference per channel in [x0,x1)×[y0,y1) (fractions of the frame).
double mad(const QByteArray &a, const QByteArray &b, double x0, double x1, double y0, double y1)
{
    double sum = 0;
    qint64 n = 0;
    for (int y = int(y0 * H); y < int(y1 * H); ++y) {
        for (int x = int(x0 * W); x < int(x1 * W); ++x) {
            for (int ch = 0; ch < 3; ++ch) {
                const int i = (y * W + x) * 3 + ch;
                sum += std::abs(int(uchar(a[i])) - int(uchar(b[i])));
                ++n;
            }
        }
    }
    return sum / n;
}

} // namespace

class TestWatermark : public QObject
{
    Q_OBJECT
private slots:
    void watermark()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.video.width = W;
        config.profile.video.height = H;
        config.profile.video.bitrateKbps = 2000;
        config.profile.video.testPattern = QStringLiteral("smpte");
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        QTest::qWait(500);
        h.takePhoto();
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        QTest::qWait(1000);
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
        QTRY_COMPARE_WITH_TIMEOUT(c.photos.size(), 1, 5000);
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.value(0).detail));

        const QByteArray ref = referenceFrame(tmp.path());
        QCOMPARE(ref.size(), W * H * 3);
        const QStringList sources{c.closed.first().finalPath, c.photos.first().path};
        for (const QString &path : sources) {
            const QByteArray frame = decodeFirstFrame(path);
            QCOMPARE(frame.size(), W * H * 3);
            // The line sits in the top-left band (here rows ~7–14 %, the first ~70 % of the width).
            const double band = mad(frame, ref, 0.05, 0.60, 0.075, 0.13);
            const double middle = mad(frame, ref, 0.0, 1.0, 0.30, 0.60);
            const double bottom = mad(frame, ref, 0.0, 0.70, 0.80, 0.95);   // the right part is noise
            qInfo("%s: band %.1f, middle %.1f, bottom %.1f", qPrintable(QFileInfo(path).fileName()), band, middle, bottom);
            QVERIFY2(band > 25, qPrintable(QString::number(band)));
            QVERIFY2(middle < 8, qPrintable(QString::number(middle)));
            QVERIFY2(bottom < 8, qPrintable(QString::number(bottom)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWatermark)
#include "tst_watermark.moc"
