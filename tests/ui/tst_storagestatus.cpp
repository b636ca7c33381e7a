// StorageStatus: minutes left at the current bitrate above the reserve, and the low flag, with
// a fake card behind the StorageInfo interface (the only way to make a card "fill" on demand).
#include "storageinfo.h"
#include "storagestatus.h"

#include <QSignalSpy>
#include <QTest>

class FakeCard : public StorageInfo
{
public:
    qint64 bytes = 0;
    qint64 availableBytes(const QString &) const override { return bytes; }
};

class TestStorageStatus : public QObject
{
    Q_OBJECT
private slots:
    void minutes_data()
    {
        QTest::addColumn<qint64>("available");
        QTest::addColumn<qint64>("reserve");
        QTest::addColumn<int>("kbps");
        QTest::addColumn<int>("minutes");
        // 4064 kbit/s = 508,000 B/s = 30,480,000 B/min.
        QTest::newRow("one hour") << qint64(30480000) * 60 + 500 * 1048576LL << 500 * 1048576LL << 4064 << 60;
        QTest::newRow("below reserve") << 100 * 1048576LL << 500 * 1048576LL << 4064 << 0;
        QTest::newRow("at reserve") << 500 * 1048576LL << 500 * 1048576LL << 4064 << 0;
        QTest::newRow("unknown") << qint64(-1) << 0LL << 4064 << 0;
        QTest::newRow("audio only rate") << qint64(480000) * 10 << 0LL << 64 << 10;
    }
    void minutes()
    {
        QFETCH(qint64, available);
        QFETCH(qint64, reserve);
        QFETCH(int, kbps);
        QFETCH(int, minutes);
        QCOMPARE(StorageStatus::minutesFor(available, reserve, kbps), minutes);
    }

    void followsTheCard()
    {
        FakeCard card;
        card.bytes = 10LL * 1024 * 1048576;   // 10 GiB
        StorageStatus status(&card, QStringLiteral("/"), 500, 4064);
        QVERIFY(!status.low());
        QVERIFY(status.minutesLeft() > 300);
        QSignalSpy spy(&status, &StorageStatus::changed);
        QVERIFY(spy.isValid());
        card.bytes = 510LL * 1048576;
        status.refresh();
        QCOMPARE(spy.count(), 1);
        QVERIFY(status.low());
        QCOMPARE(status.minutesLeft(), 0);
        status.refresh();   // unchanged: no signal
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStorageStatus)
#include "tst_storagestatus.moc"
