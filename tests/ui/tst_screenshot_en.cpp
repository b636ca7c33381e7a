// The English interface really renders: the real terminal started with --lang en under Xvfb
// (simulated device), a PNG grabbed from its window. The program refuses to start when the
// translation it was asked for is not embedded, so a clean exit plus a picture that is not blank
// means the English UI came up; --help shows the embedded translation in use. The PNG is kept
// under the build dir for people to look at (tests/ui/screenshots/home-en.png): anything
// Chinese on it other than the device profile's own data (officer name, agency) is a string
// that misses qsTr()/tr().

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "screenshottools.h"

using ScreenshotTools::distinctColours;

class TestScreenshotEn : public QObject
{
    Q_OBJECT
private slots:
    void helpIsEnglish()
    {
        QProcess app;
        app.start(QStringLiteral(FIELDTERM_APP), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(30000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(out.contains(QLatin1String("Interface language: zh_CN (default) or en")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("界面语言")), qPrintable(out));
    }

    void homePageInEnglish()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        QVERIFY2(!xvfb.isEmpty(), "xvfb-run missing; tools/bootstrap.sh installs it");
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString outDir = QStringLiteral(FIELDTERM_SCREENSHOT_DIR);
        QDir().mkpath(outDir);
        const QString png = outDir + QStringLiteral("/home-en.png");
        QFile::remove(png);

        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        // Xvfb is the display: an inherited QT_QPA_PLATFORM=offscreen would leave qml6glsink
        // without a GL window system ("Could not initialize window system") and no preview.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        app.setProcessEnvironment(env);
        app.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 720x1280x24"),
                         QStringLiteral(FIELDTERM_APP), QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--simulated"), QStringLiteral("--data-dir"), data.path(),
                         QStringLiteral("--screenshot"), png, QStringLiteral("--quit-after"), QStringLiteral("8")});
        QVERIFY(app.waitForStarted());
        QVERIFY2(app.waitForFinished(60000), "terminal did not quit by itself");
        const QByteArray log = app.readAll();
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, log.constData());

        const QImage img(png);
        QVERIFY2(!img.isNull(), log.constData());
        QCOMPARE(img.size(), QSize(720, 1280));
        QVERIFY2(distinctColours(img, img.rect()) > 8, "screenshot is blank");
    }
};

QTEST_GUILESS_MAIN(TestScreenshotEn)
#include "tst_screenshot_en.moc"
