// Renders the terminal's Main.qml offscreen, with the fake Fieldterm.Core driven into each
// scene of ShotDriver.qml, saves one PNG per scene and fails when a picture is blank or lacks
// what its scene must show. The PNGs are for people to look at, too.
//   usage: qml_screenshots OUTPUT_DIR
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(FieldtermPlugin)

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x]);
    }
    return colours.size();
}

// Share of pixels close to `colour` — e.g. the record red while recording.
double shareNear(const QImage &image, QColor colour, int tolerance = 24)
{
    qint64 near = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            if (qAbs(qRed(p) - colour.red()) <= tolerance && qAbs(qGreen(p) - colour.green()) <= tolerance
                && qAbs(qBlue(p) - colour.blue()) <= tolerance)
                ++near;
        }
    }
    return double(near) / (double(image.width()) * image.height());
}

bool check(bool ok, const QString &scene, const char *what)
{
    if (!ok)
        std::fprintf(stderr, "FAIL %s: %s\n", qPrintable(scene), what);
    return ok;
}

bool checkScene(const QString &scene, const QImage &image)
{
    bool ok = check(image.size() == QSize(720, 1280), scene, "window is not 720x1280");
    const int colours = distinctColours(image);
    ok &= check(colours >= 64, scene, "picture looks blank (too few colours)");
    const double red = shareNear(image, QColor(0xE5, 0x39, 0x35));
    const double outdoorRed = shareNear(image, QColor(0xFF, 0x1F, 0x1F));
    if (scene == QLatin1String("idle"))
        ok &= check(red > 0.002, scene, "record button not visible");
    if (scene == QLatin1String("recording"))
        ok &= check(red > 0.005, scene, "no record red on screen while recording");
    if (scene == QLatin1String("highcontrast")) {
        ok &= check(outdoorRed > 0.005, scene, "no high-contrast red while recording");
        ok &= check(image.pixelColor(4, image.height() - 4) == QColor(Qt::black), scene,
                    "high-contrast background is not black");
    }
    std::printf("%s: %d colours, record red %.3f\n", qPrintable(scene), colours, qMax(red, outdoorRed));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: qml_screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outDir);

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImportPath(QStringLiteral(FIELDTERM_FAKE_CORE_DIR));

    QQmlComponent driverComponent(&engine, QUrl::fromLocalFile(QStringLiteral(FIELDTERM_SHOT_DRIVER)));
    std::unique_ptr<QObject> driver(driverComponent.create());
    if (!driver) {
        std::fprintf(stderr, "driver: %s\n", qPrintable(driverComponent.errorString()));
        return 1;
    }
    QQmlComponent mainComponent(&engine, QUrl(QStringLiteral("qrc:/Fieldterm/Main.qml")));

    const QStringList scenes = driver->property("scenes").toStringList();
    bool ok = !scenes.isEmpty();
    for (const QString &scene : scenes) {
        // A fresh window per scene, so nothing transient (a toast, an open picker) carries over.
        QMetaObject::invokeMethod(driver.get(), "apply", Q_ARG(QVariant, scene));
        std::unique_ptr<QObject> root(mainComponent.create());
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        if (!window) {
            std::fprintf(stderr, "Main.qml: %s\n", qPrintable(mainComponent.errorString()));
            return 1;
        }
        // Shortcuts only reach the active window (on a real X server activation is not implicit).
        window->requestActivate();
        if (!QTest::qWaitForWindowExposed(window) || !QTest::qWaitForWindowActive(window)) {
            std::fprintf(stderr, "FAIL %s: window not shown or not activated\n", qPrintable(scene));
            return 1;
        }
        if (scene == QLatin1String("markers")) {
            QTest::keyClick(window, Qt::Key_F3);    // opens the marker picker, as the key would
            const QObject *stack = root->findChild<QObject *>(QStringLiteral("stack"));
            const QObject *page = stack ? stack->property("currentItem").value<QObject *>() : nullptr;
            ok &= check(page && page->property("markerPickerOpen").toBool(), scene,
                        "F3 did not open the marker picker");
        }
        QMetaObject::invokeMethod(driver.get(), "interact", Q_ARG(QVariant, scene));
        // Scenes on another page: the driver pushes it on this window's stack.
        QMetaObject::invokeMethod(driver.get(), "navigate", Q_ARG(QVariant, scene),
                                  Q_ARG(QVariant, QVariant::fromValue<QObject *>(root.get())));
        // Let fades and shape changes settle so the picture shows the state, not a transition.
        QTest::qWait(400);
        const QImage image = window->grabWindow().convertToFormat(QImage::Format_RGB32);
        const QString path = outDir + QLatin1Char('/') + scene + QStringLiteral(".png");
        ok &= check(image.save(path), scene, "could not save the PNG");
        ok &= checkScene(scene, image);
    }
    std::printf("screenshots in %s\n", qPrintable(outDir));
    return ok ? 0 : 1;
}
