// Pinch on PhotoViewerPage with real multi-touch events (QtQuickTest has no touch API for
// PinchHandler in Qt 6.4): the page, bound to the fake Fieldterm.Core, in a QQuickWindow;
// QTest::touchEvent presses two fingers and moves them apart / together.
//   - spreading zooms in about the fingers' centre (the photo's point under it stays there);
//   - pinching together zooms out, never below fit; spreading far never beyond 6×;
//   - one finger then pans the zoomed photo, clamped to its edges.
#include <QGuiApplication>
#include <QPointingDevice>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(FieldtermPlugin)

class TestPhotoPinch : public QObject
{
    Q_OBJECT

    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QQuickItem *m_page = nullptr;
    QPointingDevice *m_touch = nullptr;

    double zoom() const { return m_page->property("zoom").toDouble(); }
    QQuickItem *photo() const { return m_page->findChild<QQuickItem *>(QStringLiteral("photoItem")); }
    // The photo's point (fractions of its size) under a window point.
    QPointF photoPointAt(QPointF p) const
    {
        const QQuickItem *item = photo();
        const QPointF local = item->mapFromScene(p);
        return {local.x() / item->width(), local.y() / item->height()};
    }

    // Two fingers from a±d0 to a±d1 (horizontal spread around the centre a), in steps.
    void pinch(QPointF a, qreal d0, qreal d1, int steps = 12)
    {
        QTest::touchEvent(m_window.get(), m_touch).press(0, (a - QPointF(d0, 0)).toPoint()).press(1, (a + QPointF(d0, 0)).toPoint());
        for (int i = 1; i <= steps; ++i) {
            const qreal d = d0 + (d1 - d0) * i / steps;
            QTest::touchEvent(m_window.get(), m_touch).move(0, (a - QPointF(d, 0)).toPoint()).move(1, (a + QPointF(d, 0)).toPoint());
            QTest::qWait(10);
        }
        QTest::touchEvent(m_window.get(), m_touch).release(0, (a - QPointF(d1, 0)).toPoint()).release(1, (a + QPointF(d1, 0)).toPoint());
        QTest::qWait(20);
    }

private slots:
    void initTestCase()
    {
        m_touch = QTest::createTouchDevice();
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_engine.addImportPath(QStringLiteral(FIELDTERM_FAKE_CORE_DIR));
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport Fieldterm\nPhotoViewerPage { width: 720; height: 1280; photoIds: [\"ph-7\"] }\n",
                          QUrl(QStringLiteral("file:///photopinch.qml")));
        QObject *created = component.create();
        QVERIFY2(created, qPrintable(component.errorString()));
        m_page = qobject_cast<QQuickItem *>(created);
        QVERIFY(m_page);
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(720, 1280);
        m_page->setParentItem(m_window->contentItem());
        m_page->setParent(m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->property("imageState").toString(), QStringLiteral("ready"), 5000);
        QCOMPARE(zoom(), 1.0);
    }

    void spreadZoomsInAboutTheCentre()
    {
        // Off centre horizontally; vertically at the middle, since while the photo is shorter
        // than the screen it stays centred vertically whatever the fingers do.
        const QPointF centre(250, 640);
        const QPointF before = photoPointAt(centre);
        pinch(centre, 60, 240);   // fingers stay inside the window (10…490)
        QVERIFY2(zoom() > 2.0, qPrintable(QString::number(zoom())));
        QVERIFY(zoom() <= 6.0);
        const QPointF after = photoPointAt(centre);
        QVERIFY2(qAbs(after.x() - before.x()) < 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(after.x()).arg(before.x())));
        QVERIFY2(qAbs(after.y() - before.y()) < 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(after.y()).arg(before.y())));
        // Taller than the screen now: a second spread keeps the point in both directions.
        QVERIFY(photo()->height() > 1280);
        const QPointF centre2(420, 500);
        const QPointF before2 = photoPointAt(centre2);
        pinch(centre2, 50, 80);
        const QPointF after2 = photoPointAt(centre2);
        QVERIFY2(qAbs(after2.x() - before2.x()) < 0.02 && qAbs(after2.y() - before2.y()) < 0.02,
                 qPrintable(QStringLiteral("(%1, %2) vs (%3, %4)").arg(after2.x()).arg(after2.y()).arg(before2.x()).arg(before2.y())));
    }

    void boundedBothWays()
    {
        pinch(QPointF(360, 640), 40, 340);
        pinch(QPointF(360, 640), 40, 340);
        QCOMPARE(zoom(), 6.0);
        pinch(QPointF(360, 640), 340, 30);
        pinch(QPointF(360, 640), 340, 30);
        pinch(QPointF(360, 640), 340, 30);
        QCOMPARE(zoom(), 1.0);
        QCOMPARE(m_page->property("panX").toDouble(), 0.0);
        QCOMPARE(m_page->property("panY").toDouble(), 0.0);
    }

    void oneFingerPansClamped()
    {
        pinch(QPointF(360, 640), 60, 200);
        QVERIFY(zoom() > 2.0);
        // Drag right a long way: the photo's left edge stops at the window's.
        QPoint p(100, 640);
        QTest::touchEvent(m_window.get(), m_touch).press(0, p);
        for (int i = 0; i < 20; ++i) {
            p += QPoint(40, 0);
            QTest::touchEvent(m_window.get(), m_touch).move(0, p);
            QTest::qWait(10);
        }
        QTest::touchEvent(m_window.get(), m_touch).release(0, p);
        QTRY_VERIFY(qAbs(photo()->x()) < 0.5);
        QVERIFY(photo()->width() > 720);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestPhotoPinch)
#include "tst_photopinch.moc"
