// EvdevReader + KeyMapper on a FIFO fed raw input_event records (the simulated backend; this
// machine has no /dev/uinput): press/release, autorepeat, short vs long press, unmapped keys,
// a writer going away and a new one coming, partial and malformed records, missing devices.
#include "evdevreader.h"
#include "keymapper.h"
#include "keystestfifo.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestKeysReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fifo;

    static KeysProfile profile(int longPressMs = 150)
    {
        KeysProfile p;
        p.longPressMs = longPressMs;
        p.map.insert(KEY_RECORD, {KeyAction::Record, KeyAction::RecordAudio});
        p.map.insert(KEY_CAMERA, {KeyAction::Photo, KeyAction::None});
        p.map.insert(KEY_SOS, {KeyAction::None, KeyAction::Sos});
        return p;
    }

private slots:
    void initTestCase() { qRegisterMetaType<KeyAction>(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath(QStringLiteral("event-%1").arg(QTest::currentTestFunction()));
        QVERIFY(makeFifo(m_fifo));
    }

    void pressReleaseParsedAutorepeatIgnored()
    {
        EvdevReader reader({m_fifo}, false);
        QSignalSpy keys(&reader, &EvdevReader::keyEvent);
        reader.start();
        QCOMPARE(reader.openPaths(), QStringList{m_fifo});
        FifoWriter w;
        QVERIFY(w.open(m_fifo));
        QVERIFY(w.key(KEY_F1, 1));
        QVERIFY(w.key(KEY_F1, 2));
        QVERIFY(w.key(KEY_F1, 2));
        QVERIFY(w.key(KEY_F1, 0));
        QTRY_COMPARE(keys.size(), 2);
        QTest::qWait(50);
        QCOMPARE(keys.size(), 2);   // the two autorepeats said nothing
        QCOMPARE(keys.at(0), (QVariantList{KEY_F1, true}));
        QCOMPARE(keys.at(1), (QVariantList{KEY_F1, false}));
    }

    void recordSplitAcrossWrites()
    {
        EvdevReader reader({m_fifo}, false);
        QSignalSpy keys(&reader, &EvdevReader::keyEvent);
        reader.start();
        FifoWriter w;
        QVERIFY(w.open(m_fifo));
        const QByteArray press = FifoWriter::record(EV_KEY, KEY_CAMERA, 1);
        QVERIFY(w.raw(press.left(7)));
        QTest::qWait(50);
        QCOMPARE(keys.size(), 0);
        QVERIFY(w.raw(press.mid(7) + FifoWriter::record(EV_SYN, SYN_REPORT, 0)));
        QTRY_COMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0), (QVariantList{KEY_CAMERA, true}));
    }

    void shortAndLongPress()
    {
        EvdevReader reader({m_fifo}, false);
        KeyMapper mapper(profile(150));
        connect(&reader, &EvdevReader::keyEvent, &mapper, &KeyMapper::onKey);
        QSignalSpy actions(&mapper, &KeyMapper::triggered);
        reader.start();
        FifoWriter w;
        QVERIFY(w.open(m_fifo));

        // No long meaning: acts on press, before any release.
        QVERIFY(w.key(KEY_CAMERA, 1));
        QTRY_COMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).at(0).value<KeyAction>(), KeyAction::Photo);
        QVERIFY(w.key(KEY_CAMERA, 0));
        QTest::qWait(50);
        QCOMPARE(actions.size(), 1);

        // Short: released before the threshold → the short meaning, on release.
        QVERIFY(w.key(KEY_RECORD, 1));
        QTest::qWait(30);
        QCOMPARE(actions.size(), 1);
        QVERIFY(w.key(KEY_RECORD, 0));
        QTRY_COMPARE(actions.size(), 2);
        QCOMPARE(actions.at(1).at(0).value<KeyAction>(), KeyAction::Record);
        QCOMPARE(actions.at(1).at(2).toBool(), false);

        // Long: fires while still held once the threshold passes; autorepeat changes nothing;
        // the release afterwards does nothing.
        QVERIFY(w.key(KEY_RECORD, 1));
        QVERIFY(w.key(KEY_RECORD, 2));
        QTRY_COMPARE(actions.size(), 3);
        QCOMPARE(actions.at(2).at(0).value<KeyAction>(), KeyAction::RecordAudio);
        QCOMPARE(actions.at(2).at(2).toBool(), true);
        QVERIFY(w.key(KEY_RECORD, 0));
        QTest::qWait(250);
        QCOMPARE(actions.size(), 3);

        // Long meaning only (SOS): a tap does nothing, a hold fires.
        QVERIFY(w.key(KEY_SOS, 1));
        QVERIFY(w.key(KEY_SOS, 0));
        QTest::qWait(250);
        QCOMPARE(actions.size(), 3);
        QVERIFY(w.key(KEY_SOS, 1));
        QTRY_COMPARE(actions.size(), 4);
        QCOMPARE(actions.at(3).at(0).value<KeyAction>(), KeyAction::Sos);
        QVERIFY(w.key(KEY_SOS, 0));
    }

    void unmappedKeyIgnored()
    {
        EvdevReader reader({m_fifo}, false);
        KeyMapper mapper(profile());
        connect(&reader, &EvdevReader::keyEvent, &mapper, &KeyMapper::onKey);
        QSignalSpy keys(&reader, &EvdevReader::keyEvent);
        QSignalSpy actions(&mapper, &KeyMapper::triggered);
        reader.start();
        FifoWriter w;
        QVERIFY(w.open(m_fifo));
        QVERIFY(w.key(KEY_F5, 1));
        QVERIFY(w.key(KEY_F5, 0));
        QTRY_COMPARE(keys.size(), 2);
        QTest::qWait(200);
        QCOMPARE(actions.size(), 0);
    }

    // The writer closes (a device unplugged, for the simulated backend): logged, the held key
    // is lost without meaning (no long press fires later), and a new writer is read again.
    void writerClosesThenNewWriter()
    {
        EvdevReader reader({m_fifo}, false);
        KeyMapper mapper(profile(150));
        connect(&reader, &EvdevReader::keyEvent, &mapper, &KeyMapper::onKey);
        connect(&reader, &EvdevReader::keyLost, &mapper, &KeyMapper::forget);
        QSignalSpy lost(&reader, &EvdevReader::deviceLost);
        QSignalSpy keyLost(&reader, &EvdevReader::keyLost);
        QSignalSpy opened(&reader, &EvdevReader::deviceOpened);
        QSignalSpy actions(&mapper, &KeyMapper::triggered);
        reader.start();
        QCOMPARE(opened.size(), 1);
        {
            FifoWriter w;
            QVERIFY(w.open(m_fifo));
            QVERIFY(w.key(KEY_RECORD, 1));
            QTest::qWait(30);
        }
        QTRY_COMPARE(lost.size(), 1);
        QCOMPARE(keyLost.size(), 1);
        QCOMPARE(keyLost.at(0).at(0).toInt(), KEY_RECORD);
        QCOMPARE(opened.size(), 2);   // reopened, waiting for the next writer
        QTest::qWait(300);
        QCOMPARE(actions.size(), 0);   // the lost press neither fired long nor short

        FifoWriter w2;
        QVERIFY(w2.open(m_fifo));
        QVERIFY(w2.key(KEY_CAMERA, 1));
        QTRY_COMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).at(0).value<KeyAction>(), KeyAction::Photo);
    }

    void malformedAndPartialRecordsDoNotCrash()
    {
        EvdevReader reader({m_fifo}, false);
        QSignalSpy keys(&reader, &EvdevReader::keyEvent);
        QSignalSpy lost(&reader, &EvdevReader::deviceLost);
        reader.start();
        {
            FifoWriter w;
            QVERIFY(w.open(m_fifo));
            QVERIFY(w.raw(QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a", 10)));   // less than a record
        }
        QTRY_COMPARE(lost.size(), 1);   // the fragment is discarded with the writer
        FifoWriter w;
        QVERIFY(w.open(m_fifo));
        // Nonsense that is record-sized: unknown type, key code beyond KEY_MAX, odd values.
        QVERIFY(w.raw(FifoWriter::record(0x7fff, 1, 1) + FifoWriter::record(EV_KEY, 0xffff, 1)
                      + FifoWriter::record(EV_KEY, KEY_F2, 7) + FifoWriter::record(EV_KEY, KEY_F2, -1)
                      + FifoWriter::record(EV_KEY, KEY_F3, 0)));   // a release never pressed
        QByteArray junk(24 * 16, '\xff');
        QVERIFY(w.raw(junk));
        QVERIFY(w.key(KEY_F4, 1));
        QTRY_COMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0), (QVariantList{KEY_F4, true}));
    }

    // SYN_DROPPED: events until the next SYN_REPORT are not trusted; keys we thought held are
    // released without meaning (a FIFO cannot answer EVIOCGKEY).
    void droppedEventsForgetHeldKeys()
    {
        EvdevReader reader({m_fifo}, false);
        QSignalSpy keys(&reader, &EvdevReader::keyEvent);
        QSignalSpy keyLost(&reader, &EvdevReader::keyLost);
        reader.start();
        FifoWriter w;
        QVERIFY(w.open(m_fifo));
        QVERIFY(w.key(KEY_RECORD, 1));
        QVERIFY(w.raw(FifoWriter::record(EV_SYN, SYN_DROPPED, 0) + FifoWriter::record(EV_KEY, KEY_CAMERA, 1)
                      + FifoWriter::record(EV_SYN, SYN_REPORT, 0)));
        QTRY_COMPARE(keyLost.size(), 1);
        QCOMPARE(keyLost.at(0).at(0).toInt(), KEY_RECORD);
        QCOMPARE(keys.size(), 1);   // the camera press inside the dropped span was not trusted
        QVERIFY(w.key(KEY_RECORD, 0));   // its late release is not reported either
        QVERIFY(w.key(KEY_CAMERA, 1));
        QTRY_COMPARE(keys.size(), 2);
        QCOMPARE(keys.at(1), (QVariantList{KEY_CAMERA, true}));
    }

    // A device that is not there yet: no crash, polled, read once it appears.
    void missingDeviceIsPolledFor()
    {
        const QString later = m_dir.filePath(QStringLiteral("later"));
        EvdevReader reader({later}, true);   // grab on a FIFO: not an evdev node, harmless
        reader.setRetryInterval(50);
        QSignalSpy opened(&reader, &EvdevReader::deviceOpened);
        QSignalSpy keys(&reader, &EvdevReader::keyEvent);
        reader.start();
        QVERIFY(reader.openPaths().isEmpty());
        QTest::qWait(120);
        QVERIFY(makeFifo(later));
        QTRY_COMPARE(opened.size(), 1);
        FifoWriter w;
        QVERIFY(w.open(later));
        QVERIFY(w.key(KEY_F1, 1));
        QTRY_COMPARE(keys.size(), 1);
    }

    // Names are matched with EVIOCGNAME over event* nodes; nodes that are not evdev devices
    // (here a FIFO and a plain file) are skipped, and no match is not an error.
    void deviceNameWithoutMatch()
    {
        QTemporaryDir input;
        QVERIFY(makeFifo(input.filePath(QStringLiteral("event0"))));
        QFile plain(input.filePath(QStringLiteral("event1")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        EvdevReader reader({QStringLiteral("gpio-keys")}, false);
        reader.setInputDir(input.path());
        reader.setRetryInterval(30);
        reader.start();
        QTest::qWait(100);
        QVERIFY(reader.openPaths().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeysReader)
#include "tst_keysreader.moc"
