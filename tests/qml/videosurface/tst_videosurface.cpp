// CameraPreview with a real GStreamer video sink: its video file imports the type qml6glsink
// registers, hands the item out once, and a live test pattern reaches the screen through it.
// Needs OpenGL (run under xvfb-run): qml6glsink renders only on the OpenGL scene graph.
//
//   videotestsrc (SMPTE bars, live) ─► capsfilter 320x180 ─► glupload ─► qml6glsink ─► item
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QRunnable>
#include <QSGRendererInterface>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <gst/gst.h>

Q_IMPORT_QML_PLUGIN(FieldtermPlugin)

class TestVideoSurface : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void liveVideoReachesThePreview();

private:
    GstElement *m_pipeline = nullptr;
    GstElement *m_sink = nullptr;
};

void TestVideoSurface::initTestCase()
{
    gst_init(nullptr, nullptr);
    // The sink must exist before QML loads: creating it registers GstGLQt6VideoItem.
    GError *error = nullptr;
    m_pipeline = gst_parse_launch("videotestsrc pattern=smpte is-live=true "
                                  "! video/x-raw,width=320,height=180,framerate=15/1 "
                                  "! glupload ! qml6glsink name=sink",
                                  &error);
    QVERIFY2(m_pipeline, error ? error->message : "gst_parse_launch failed");
    m_sink = gst_bin_get_by_name(GST_BIN(m_pipeline), "sink");
    QVERIFY(m_sink);
    QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
}

void TestVideoSurface::cleanupTestCase()
{
    if (m_pipeline)
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
    if (m_sink)
        gst_object_unref(m_sink);
    if (m_pipeline)
        gst_object_unref(m_pipeline);
}

void TestVideoSurface::liveVideoReachesThePreview()
{
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/"));
    view.setSource(QUrl::fromLocalFile(QStringLiteral(PREVIEW_HOST_QML)));
    QCOMPARE(view.status(), QQuickView::Ready);
    QQuickItem *preview = view.rootObject();
    QVERIFY(preview);

    QVERIFY(preview->property("showingVideo").toBool());
    QCOMPARE(preview->property("videoItemCount").toInt(), 1);
    auto *videoItem = preview->property("videoItem").value<QQuickItem *>();
    QVERIFY(videoItem);
    QVERIFY(videoItem->inherits("Qt6GLVideoItem"));

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    g_object_set(m_sink, "widget", videoItem, nullptr);
    // PLAYING from a render job: set earlier, the item stays black (docs/RECIPES).
    GstElement *pipeline = m_pipeline;
    view.scheduleRenderJob(QRunnable::create([pipeline] { gst_element_set_state(pipeline, GST_STATE_PLAYING); }),
                           QQuickWindow::BeforeSynchronizingStage);
    view.update();

    // 16:9 like the preview, so the bars fill it: its centre is the green bar (the placeholder
    // there is near black with grey text).
    const QPoint probe(preview->width() / 2, preview->height() * 0.4);
    QImage frame;
    const auto saveOnFailure = qScopeGuard([&] {
        if (QTest::currentTestFailed())
            frame.save(QDir(QStringLiteral(SCREENSHOT_DIR)).filePath(QStringLiteral("videosurface-failed.png")));
    });
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            frame = view.grabWindow();
            const QColor c = frame.pixelColor(probe);
            return c.green() > 150 && c.red() < 100 && c.blue() < 100;
        }(),
        15000);
    frame.save(QDir(QStringLiteral(SCREENSHOT_DIR)).filePath(QStringLiteral("videosurface.png")));
    // Overlays stay on top of the video: the red recording frame at the edge.
    const QColor edge = frame.pixelColor(2, preview->height() / 2);
    QVERIFY2(edge.red() > 180 && edge.green() < 90, qPrintable(edge.name()));

    gst_element_set_state(m_pipeline, GST_STATE_NULL);
}

QTEST_MAIN(TestVideoSurface)
#include "tst_videosurface.moc"
