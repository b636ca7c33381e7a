// Backoff: full jitter over 1 s doubling to 5 min (PROTOCOL.md §4), with the random source
// pinned so the bounds are exact; reset() starts over at 1 s.
#include "backoff.h"

#include <QTest>

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void ceilingsDoubleUpToFiveMinutes()
    {
        Backoff backoff([] { return 0.999999; });
        const qint64 expected[] = {1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000, 300000};
        for (const qint64 ceiling : expected) {
            QCOMPARE(backoff.currentCeilingMs(), ceiling);
            const qint64 delay = backoff.nextDelayMs();
            QVERIFY(delay <= ceiling);
            QVERIFY(delay >= ceiling - 1);
        }
        // Far past the cap: no overflow, still 5 min.
        for (int i = 0; i < 100; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.currentCeilingMs(), Backoff::capMs);
        QCOMPARE(backoff.failures(), 112);
    }

    void fullJitterScalesTheCeiling_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("third");
        QTest::newRow("0") << 0.0 << qint64(0);
        QTest::newRow("0.25") << 0.25 << qint64(1000);
        QTest::newRow("0.5") << 0.5 << qint64(2000);
        QTest::newRow("out of range high is clamped") << 7.0 << qint64(4000);
        QTest::newRow("out of range low is clamped") << -1.0 << qint64(0);
    }

    void fullJitterScalesTheCeiling()
    {
        QFETCH(double, random);
        QFETCH(qint64, third);
        Backoff backoff([random] { return random; });
        backoff.nextDelayMs();
        backoff.nextDelayMs();
        QCOMPARE(backoff.nextDelayMs(), third);   // ceiling 4 s
    }

    void resetStartsOverWhenBytesMove()
    {
        Backoff backoff([] { return 0.5; });
        for (int i = 0; i < 6; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.currentCeilingMs(), qint64(64000));
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelayMs(), qint64(500));
    }

    void defaultRandomStaysInRange()
    {
        Backoff backoff;
        for (int i = 0; i < 200; ++i) {
            const qint64 ceiling = backoff.currentCeilingMs();
            const qint64 delay = backoff.nextDelayMs();
            QVERIFY(delay >= 0 && delay <= ceiling);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
