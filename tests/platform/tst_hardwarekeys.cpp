// HardwareKeys end to end: raw input_event records into a FIFO → EvdevReader → KeyMapper →
// the QML window's key functions, in a QQmlApplicationEngine. The window here records its calls;
// the real qml/Main.qml is checked to declare every function HardwareKeys calls.
#include "deviceprofile.h"
#include "hardwarekeys.h"
#include "keystestfifo.h"

#include <QFile>
#include <QQmlApplicationEngine>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kWindowQml = R"(
import QtQuick
Window {
    property var calls: []
    function recordKey() { calls = calls.concat(["record"]) }
    function recordAudioKey() { calls = calls.concat(["record_audio"]) }
    function photoKey() { calls = calls.concat(["photo"]) }
    function markKey() { calls = calls.concat(["mark"]) }
    function sosKey() { calls = calls.concat(["sos"]) }
}
)";

} // namespace

class TestHardwareKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList calls(QObject *window) { return window->property("calls").toStringList(); }

private slots:
    void keysCallTheWindowFunctions()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("event-keys"));
        QVERIFY(makeFifo(fifo));
        DeviceProfile profile;
        QString error;
        QVERIFY2(DeviceProfile::fromJson(QStringLiteral(R"({"keys": {"devices": ["%1"], "longPressMs": 150,
            "map": {"KEY_RECORD": {"short": "record", "long": "record_audio"}, "KEY_CAMERA": "photo",
                    "KEY_PROG1": "mark", "KEY_SOS": {"long": "sos"}}}})").arg(fifo).toUtf8(), &profile, &error),
                 qPrintable(error));

        QQmlApplicationEngine engine;
        engine.loadData(kWindowQml);
        QCOMPARE(engine.rootObjects().size(), 1);
        QObject *window = engine.rootObjects().constFirst();

        HardwareKeys keys(profile.keys);
        keys.setWindow(window);
        QSignalSpy sos(&keys, &HardwareKeys::sosTriggered);
        keys.start();
        QCOMPARE(keys.reader().openPaths(), QStringList{fifo});

        FifoWriter w;
        QVERIFY(w.open(fifo));
        QVERIFY(w.key(KEY_CAMERA, 1));
        QVERIFY(w.key(KEY_CAMERA, 0));
        QTRY_COMPARE(calls(window), QStringList{QStringLiteral("photo")});
        QVERIFY(w.key(KEY_RECORD, 1));
        QVERIFY(w.key(KEY_RECORD, 0));
        QTRY_COMPARE(calls(window).size(), 2);
        QCOMPARE(calls(window).last(), QStringLiteral("record"));
        QVERIFY(w.key(KEY_RECORD, 1));
        QTRY_COMPARE(calls(window).size(), 3);   // held past the threshold
        QCOMPARE(calls(window).last(), QStringLiteral("record_audio"));
        QVERIFY(w.key(KEY_RECORD, 0));
        QVERIFY(w.key(KEY_PROG1, 1));
        QVERIFY(w.key(KEY_PROG1, 0));
        QTRY_COMPARE(calls(window).size(), 4);
        QCOMPARE(calls(window).last(), QStringLiteral("mark"));
        QCOMPARE(sos.size(), 0);
        QVERIFY(w.key(KEY_SOS, 1));
        QTRY_COMPARE(calls(window).size(), 5);
        QCOMPARE(calls(window).last(), QStringLiteral("sos"));
        QCOMPARE(sos.size(), 1);
        QVERIFY(w.key(KEY_SOS, 0));
        QVERIFY(w.key(KEY_F9, 1));   // not mapped
        QTest::qWait(200);
        QCOMPARE(calls(window).size(), 5);
    }

    // A window without the function (an old QML) or no window yet: logged, no crash.
    void missingFunctionOrWindow()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("event-missing"));
        QVERIFY(makeFifo(fifo));
        KeysProfile profile;
        profile.devices = {fifo};
        profile.map.insert(KEY_CAMERA, {KeyAction::Photo, KeyAction::None});
        QQmlApplicationEngine engine;
        engine.loadData("import QtQuick\nWindow { property int n: 0 }\n");
        QCOMPARE(engine.rootObjects().size(), 1);
        HardwareKeys keys(profile);
        keys.start();
        FifoWriter w;
        QVERIFY(w.open(fifo));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropped: no window")));
        QVERIFY(w.key(KEY_CAMERA, 1));
        QVERIFY(w.key(KEY_CAMERA, 0));
        QTest::qWait(100);
        keys.setWindow(engine.rootObjects().constFirst());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no function.*photoKey")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("No such method")));
        QVERIFY(w.key(KEY_CAMERA, 1));
        QTest::qWait(100);
    }

    // The terminal's real window declares every function the keys call.
    void mainQmlDeclaresTheKeyFunctions()
    {
        QFile main(QStringLiteral(FIELDTERM_SOURCE_DIR "/qml/Main.qml"));
        QVERIFY(main.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(main.readAll());
        for (KeyAction a : {KeyAction::Record, KeyAction::RecordAudio, KeyAction::Photo, KeyAction::Mark, KeyAction::Sos}) {
            const QString function = QString::fromLatin1(HardwareKeys::windowFunction(a));
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("function %1\\(\\)").arg(function))), qPrintable(function));
        }
    }
};

QTEST_MAIN(TestHardwareKeys)
#include "tst_hardwarekeys.moc"
