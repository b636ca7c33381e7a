// HardwareKeys driving the terminal's real window: raw input_event records into a FIFO →
// EvdevReader → KeyMapper → qml/Main.qml's key functions, with the QML-only fake of
// Fieldterm.Core (tests/qml/fakecore) recording what the window asked the camera for. Proves the
// buttons share F1–F3's rules: signed in, locked, signed out; long REC = audio only; SOS.
#include "hardwarekeys.h"
#include "keystestfifo.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlProperty>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(FieldtermPlugin)

class TestHardwareKeysMain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fifo;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QObject *m_window = nullptr;
    QObject *m_core = nullptr;   // {camera, session}: the fake singletons
    std::unique_ptr<HardwareKeys> m_keys;
    FifoWriter m_writer;

    QStringList cameraCalls() const
    {
        return m_core->property("camera").value<QObject *>()->property("calls").toStringList();
    }
    QObject *session() const { return m_core->property("session").value<QObject *>(); }
    QObject *cases() const { return m_core->property("cases").value<QObject *>(); }
    void tap(int code)
    {
        QVERIFY(m_writer.key(code, 1));
        QVERIFY(m_writer.key(code, 0));
    }

private slots:
    void initTestCase()
    {
        m_fifo = m_dir.filePath(QStringLiteral("event-main"));
        QVERIFY(makeFifo(m_fifo));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->addImportPath(QStringLiteral(FIELDTERM_FAKE_CORE_DIR));
        m_engine->load(QUrl(QStringLiteral("qrc:/Fieldterm/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = m_engine->rootObjects().constFirst();
        QQmlComponent core(m_engine.get());
        core.setData("import QtQuick\nimport Fieldterm.Core\nQtObject { property var camera: Camera; property var session: Session; property var cases: Cases }\n", QUrl());
        m_core = core.create();
        QVERIFY2(m_core, qPrintable(core.errorString()));

        KeysProfile profile;
        profile.devices = {m_fifo};
        profile.longPressMs = 150;
        profile.map.insert(KEY_RECORD, {KeyAction::Record, KeyAction::RecordAudio});
        profile.map.insert(KEY_CAMERA, {KeyAction::Photo, KeyAction::None});
        profile.map.insert(KEY_PROG1, {KeyAction::Mark, KeyAction::None});
        profile.map.insert(KEY_SOS, {KeyAction::None, KeyAction::Sos});
        m_keys = std::make_unique<HardwareKeys>(profile);
        m_keys->setWindow(m_window);
        m_keys->start();
        QVERIFY(m_writer.open(m_fifo));
    }

    void init()
    {
        QMetaObject::invokeMethod(m_core->property("camera").value<QObject *>(), "reset");
        QMetaObject::invokeMethod(session(), "reset");
        QMetaObject::invokeMethod(cases(), "reset");   // with an open active case
        QTRY_VERIFY(m_window->property("homeShown").toBool());
    }

    void shortRecordStartsAndStops()
    {
        QMetaObject::invokeMethod(cases(), "setActiveCase", Q_ARG(QVariant, QString()));
        tap(KEY_RECORD);
        QTRY_COMPARE(cameraCalls(), (QStringList{QStringLiteral("toggleRecording"), QStringLiteral("startRecording:false")}));
        QVERIFY(m_window->property("recording").toBool());
        tap(KEY_RECORD);
        QTRY_VERIFY2(cameraCalls().contains(QStringLiteral("stopRecording")), qPrintable(cameraCalls().join(u',')));
        QVERIFY(!m_window->property("recording").toBool());
    }

    // With the active case open, stopping needs the objective reason: the button opens the
    // sheet exactly as F1 does, and a further press while it is open does nothing.
    void stopWithOpenCaseAsksForTheReason()
    {
        tap(KEY_RECORD);
        QTRY_VERIFY(m_window->property("recording").toBool());
        tap(KEY_RECORD);
        QTRY_VERIFY(m_window->property("stopSheetOpen").toBool());
        tap(KEY_RECORD);
        QTest::qWait(100);
        QCOMPARE(cameraCalls(), (QStringList{QStringLiteral("toggleRecording"), QStringLiteral("startRecording:false")}));
        QVERIFY(m_window->property("recording").toBool());
        QObject *sheet = m_window->findChild<QObject *>(QStringLiteral("stopReasonSheet"));
        QVERIFY(sheet);
        QMetaObject::invokeMethod(sheet, "close");
        QTRY_VERIFY(!m_window->property("stopSheetOpen").toBool());
    }

    void longRecordIsAudioOnly()
    {
        QVERIFY(m_writer.key(KEY_RECORD, 1));
        QTRY_COMPARE(cameraCalls(), QStringList{QStringLiteral("startRecording:true")});
        QVERIFY(m_writer.key(KEY_RECORD, 0));
        QTest::qWait(50);
        QCOMPARE(cameraCalls().size(), 1);   // the release after a long press does nothing
        // Held again while recording: no second recording, the running one is not stopped.
        QVERIFY(m_writer.key(KEY_RECORD, 1));
        QTest::qWait(300);
        QVERIFY(m_writer.key(KEY_RECORD, 0));
        QTest::qWait(50);
        QCOMPARE(cameraCalls().size(), 1);
        QVERIFY(m_window->property("recording").toBool());
    }

    void photoWorksWhileLocked()
    {
        QMetaObject::invokeMethod(session(), "lock");
        QTRY_VERIFY(session()->property("locked").toBool());
        tap(KEY_CAMERA);
        QTRY_COMPARE(cameraCalls(), QStringList{QStringLiteral("takePhoto")});
    }

    // The marker picker is the home page's own there; elsewhere / while locked, the window's.
    void markWhileLockedOpensTheWindowPicker()
    {
        tap(KEY_RECORD);
        QTRY_VERIFY(m_window->property("recording").toBool());
        QMetaObject::invokeMethod(session(), "lock");
        QTRY_VERIFY(session()->property("locked").toBool());
        tap(KEY_PROG1);
        QTRY_VERIFY(m_window->property("markerSheetOpen").toBool());
    }

    void signedOutDoesNothing()
    {
        QMetaObject::invokeMethod(session(), "_setSignedOut");
        QTRY_VERIFY(!session()->property("signedIn").toBool());
        tap(KEY_RECORD);
        tap(KEY_CAMERA);
        QTest::qWait(100);
        QCOMPARE(cameraCalls(), QStringList());
    }

    void sosRecordsAndShowsTheBanner()
    {
        QSignalSpy sos(m_keys.get(), &HardwareKeys::sosTriggered);
        QObject *banner = m_window->findChild<QObject *>(QStringLiteral("sosBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->property("visible").toBool());
        tap(KEY_SOS);   // a tap is not enough
        QTest::qWait(250);
        QCOMPARE(sos.size(), 0);
        QVERIFY(m_writer.key(KEY_SOS, 1));
        QTRY_COMPARE(sos.size(), 1);
        QTRY_COMPARE(cameraCalls(), QStringList{QStringLiteral("startRecording:false")});
        QVERIFY(banner->property("visible").toBool());
        QVERIFY(m_writer.key(KEY_SOS, 0));
        // A second SOS while recording never stops the recording.
        QVERIFY(m_writer.key(KEY_SOS, 1));
        QTRY_COMPARE(sos.size(), 2);
        QVERIFY(m_writer.key(KEY_SOS, 0));
        QCOMPARE(cameraCalls().size(), 1);
        QVERIFY(m_window->property("recording").toBool());
        // Tapped: acknowledged.
        QMetaObject::invokeMethod(banner, [banner] { banner->setProperty("visible", false); });
        QVERIFY(!banner->property("visible").toBool());
    }

    void cleanupTestCase()
    {
        m_writer.close();
        m_keys.reset();
        delete m_core;
        m_engine.reset();
    }
};

QTEST_MAIN(TestHardwareKeysMain)
#include "tst_hardwarekeys_main.moc"
