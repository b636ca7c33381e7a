// Screenshot smoke test: the real terminal under Xvfb, a demo inspector signed in (OpenGL via Mesa, the qml6glsink preview
// live), recording started the way a user would, a PNG grabbed from the window. The picture must
// not be blank, the preview area must show moving video (not a black box), and the recording
// the screenshot shows must reach the store. The PNG is kept under the build dir for people to
// look at (tests/ui/screenshots/).

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "screenshottools.h"

using ScreenshotTools::distinctColours;

class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void homePageWhileRecording()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        QVERIFY2(!xvfb.isEmpty(), "xvfb-run missing; tools/bootstrap.sh installs it");
        QTemporaryDir data;
        const QString outDir = QStringLiteral(FIELDTERM_SCREENSHOT_DIR);
        QDir().mkpath(outDir);
        const QString png = outDir + QStringLiteral("/home-recording.png");
        QFile::remove(png);

        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fieldterm.*.info=true"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));   // the real xcb platform, with OpenGL
        app.setProcessEnvironment(env);
        app.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 720x1280x24"),
                         QStringLiteral(FIELDTERM_APP), QStringLiteral("--simulated"),
                         QStringLiteral("--data-dir"), data.path(),
                         QStringLiteral("--sign-in"), QStringLiteral("31000000001"),
                         QStringLiteral("--prerecord"), QStringLiteral("2"),
                         QStringLiteral("--record-after"), QStringLiteral("4"),
                         QStringLiteral("--screenshot"), png,
                         QStringLiteral("--shot-after"), QStringLiteral("9"),
                         QStringLiteral("--quit-after"), QStringLiteral("11")});
        QVERIFY(app.waitForStarted());
        QVERIFY2(app.waitForFinished(120000), "terminal did not quit by itself");
        const QByteArray log = app.readAll();
        QVERIFY2(app.exitCode() == 0, log.constData());

        QImage img(png);
        QVERIFY2(!img.isNull(), log.constData());
        QCOMPARE(img.size(), QSize(720, 1280));
        QVERIFY2(distinctColours(img, img.rect()) > 8, "screenshot is blank");
        // The preview sits in the upper part of the home page; moving test video has many colours.
        const QRect preview(40, 160, 640, 340);
        QVERIFY2(distinctColours(img, preview) > 16, "preview area shows no video");

        // What was on screen reached the store: one recording, at least one evidence file.
        QProcess list;
        list.start(QStringLiteral(FIELDTERM_CLI), {QStringLiteral("--data-dir"), data.path(), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(list.waitForFinished(60000));
        const QByteArray json = list.readAllStandardOutput();
        QVERIFY2(json.contains("\"hash\""), json.constData());
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
