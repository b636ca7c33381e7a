// Photos: JPEG at full camera resolution (ffprobe reads the size), durable under a PRODUCT.md
// name with mode 0600, inside and outside a recording; and the recording's thumbnail.
#include "recorderharness.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
QSize jpegSize(const QString &path)
{
    const QList<QJsonObject> v = streamsOf(ffprobe(path), QStringLiteral("video"));
    if (v.isEmpty())
        return QSize();
    return QSize(v.first().value(QLatin1String("width")).toInt(), v.first().value(QLatin1String("height")).toInt());
}
} // namespace

class TestPhoto : public QObject
{
    Q_OBJECT
private slots:
    void photo_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("320x240") << 320 << 240;
        QTest::newRow("640x360") << 640 << 360;
    }

    void photo()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.video.width = width;
        config.profile.video.height = height;
        config.profile.policy.prerecordSeconds = 1;
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        config.thumbnailDir = tmp.filePath(QStringLiteral("thumbs"));
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        QTest::qWait(1500);

        h.takePhoto();   // outside a recording
        QTRY_COMPARE_WITH_TIMEOUT(c.photos.size(), 1, 5000);
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        h.takePhoto();   // during the recording
        h.takePhoto();   // same second: must not overwrite the first
        QTRY_COMPARE_WITH_TIMEOUT(c.photos.size(), 3, 5000);
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.value(0).detail));

        const QRegularExpression name(QStringLiteral("/\\d{4}/\\d{2}/\\d{2}/SIM0001_11010001_\\d{14}_\\d{3}\\.jpg$"));
        QSet<QString> paths;
        for (int i = 0; i < c.photos.size(); ++i) {
            const PhotoTaken &p = c.photos[i];
            QVERIFY2(name.match(p.path).hasMatch(), qPrintable(p.path));
            QVERIFY(p.path.startsWith(config.evidenceRoot));
            QCOMPARE(QFileInfo(p.path).size(), p.sizeBytes);
            QCOMPARE(p.width, width);
            QCOMPARE(p.height, height);
            QCOMPARE(jpegSize(p.path), QSize(width, height));
            struct stat st;
            QCOMPARE(::stat(QFile::encodeName(p.path).constData(), &st), 0);
            QCOMPARE(int(st.st_mode & 0777), 0600);
            QCOMPARE(p.recordingId, i == 0 ? QString() : c.started.first().recordingId);
            QVERIFY(p.wall.isValid() && p.monoNs > 0);
            paths.insert(p.path);
        }
        QCOMPARE(paths.size(), 3);

        // Thumbnail of the recording's first frame: 320 px wide, aspect kept.
        const QString thumb = c.started.first().thumbnailPath;
        QCOMPARE(QFileInfo(thumb).absolutePath(), config.thumbnailDir);
        QCOMPARE(QFileInfo(thumb).fileName(), c.started.first().recordingId + QStringLiteral(".jpg"));
        QCOMPARE(jpegSize(thumb), QSize(320, 320 * height / width));
        for (const QString &f : filesUnder(config.evidenceRoot))
            QVERIFY2(!f.endsWith(QLatin1String(".part")), qPrintable(f));
    }
};

QTEST_GUILESS_MAIN(TestPhoto)
#include "tst_photo.moc"
