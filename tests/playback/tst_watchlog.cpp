// WatchLog: what was watched, from position samples — merged intervals, watched and playing
// time, time per rate — with seeks, pauses, rate changes, re-watching and jumps over dropped
// segments. Pure logic: samples are fed with explicit monotonic times.
#include "watchlog.h"

#include <QJsonArray>
#include <QTest>

namespace {

// Plays from `from` for `ms` at `rate`, a sample every 100 ms of monotonic time; returns the
// monotonic time afterwards.
qint64 play(WatchLog &log, qint64 from, qint64 ms, double rate, qint64 mono)
{
    for (qint64 t = 0; t <= ms; t += 100)
        log.addSample(from + qint64(t * rate), mono + t, true);
    return mono + ms;
}

} // namespace

class TestWatchLog : public QObject
{
    Q_OBJECT
private slots:
    void continuousPlayback()
    {
        WatchLog log;
        log.start(QDateTime::fromString(QStringLiteral("2026-03-01T08:00:00Z"), Qt::ISODate));
        play(log, 0, 3000, 1.0, 1000);
        log.stop(QDateTime::fromString(QStringLiteral("2026-03-01T08:00:03Z"), Qt::ISODate));
        QCOMPARE(log.intervals(), (QList<WatchInterval>{{0, 3000}}));
        QCOMPARE(log.watchedMs(), 3000);
        QCOMPARE(log.playingMs(), 3000);
        const QJsonObject json = log.toJson();
        QCOMPARE(json.value(QLatin1String("start")).toString(), QStringLiteral("2026-03-01T08:00:00.000Z"));
        QCOMPARE(json.value(QLatin1String("stop")).toString(), QStringLiteral("2026-03-01T08:00:03.000Z"));
        QCOMPARE(json.value(QLatin1String("watched_ms")).toInteger(), 3000);
        QCOMPARE(json.value(QLatin1String("intervals")).toArray(), (QJsonArray{QJsonArray{0, 3000}}));
        QCOMPARE(json.value(QLatin1String("rates")).toObject().value(QLatin1String("1")).toInteger(), 3000);
    }

    void pauseAddsNothing()
    {
        WatchLog log;
        qint64 mono = play(log, 0, 1000, 1.0, 0);
        log.addSample(1000, mono, false);            // paused
        log.addSample(1000, mono + 60000, false);    // a minute later, still paused
        play(log, 1000, 1000, 1.0, mono + 60000);   // resumed
        QCOMPARE(log.intervals(), (QList<WatchInterval>{{0, 2000}}));
        QCOMPARE(log.playingMs(), 2000);
    }

    void seekStartsNewRun()
    {
        WatchLog log;
        qint64 mono = play(log, 0, 1000, 1.0, 0);
        log.discontinuity();
        mono = play(log, 5000, 1000, 1.0, mono + 50);
        QCOMPARE(log.intervals(), (QList<WatchInterval>{{0, 1000}, {5000, 6000}}));
        QCOMPARE(log.watchedMs(), 2000);
    }

    void jumpWithoutSeekIsNotCredited()
    {
        // Playback crossing a dropped segment: the position leaps by its length.
        WatchLog log;
        qint64 mono = play(log, 0, 1000, 1.0, 0);
        log.addSample(9000, mono + 100, true);
        play(log, 9000, 1000, 1.0, mono + 100);
        QCOMPARE(log.intervals(), (QList<WatchInterval>{{0, 1000}, {9000, 10000}}));
        QCOMPARE(log.playingMs(), 2100);
    }

    void backwardsIsNotCredited()
    {
        WatchLog log;
        qint64 mono = play(log, 0, 1000, 1.0, 0);
        log.addSample(400, mono + 100, true);
        QCOMPARE(log.watchedMs(), 1000);
    }

    void rewatchingMerges()
    {
        WatchLog log;
        qint64 mono = play(log, 0, 1000, 1.0, 0);
        log.discontinuity();
        play(log, 500, 1000, 1.0, mono);
        QCOMPARE(log.intervals(), (QList<WatchInterval>{{0, 1500}}));
        QCOMPARE(log.watchedMs(), 1500);
        QCOMPARE(log.playingMs(), 2000);
    }

    void ratesAreCounted()
    {
        WatchLog log;
        qint64 mono = play(log, 0, 1000, 1.0, 0);
        log.setRate(2.0);
        mono = play(log, 1000, 1000, 2.0, mono);   // 2 s of video in 1 s
        log.setRate(0.5);
        play(log, 3000, 1000, 0.5, mono);
        QCOMPARE(log.intervals(), (QList<WatchInterval>{{0, 3500}}));
        QCOMPARE(log.playingMsByRate().value(1.0), 1000);
        QCOMPARE(log.playingMsByRate().value(2.0), 1000);
        QCOMPARE(log.playingMsByRate().value(0.5), 1000);
        const QJsonObject rates = log.toJson().value(QLatin1String("rates")).toObject();
        QCOMPARE(rates.keys(), (QStringList{QStringLiteral("0.5"), QStringLiteral("1"), QStringLiteral("2")}));
    }

    void tooFastForTheRateIsNotCredited()
    {
        // At 1×, 100 ms of wall time cannot show 1 s of video: that was a skip.
        WatchLog log;
        qint64 mono = play(log, 0, 500, 1.0, 0);
        log.addSample(500 + 100 + WatchLog::kSlackMs + 1, mono + 100, true);
        QCOMPARE(log.watchedMs(), 500);
    }

    void stopEndsTheRun()
    {
        WatchLog log;
        log.start(QDateTime::currentDateTimeUtc());
        const qint64 mono = play(log, 0, 1000, 1.0, 0);
        log.stop(QDateTime::currentDateTimeUtc());
        log.addSample(1100, mono + 100, true);
        QCOMPARE(log.watchedMs(), 1000);
        QVERIFY(log.stopWall() >= log.startWall());
    }
};

QTEST_GUILESS_MAIN(TestWatchLog)
#include "tst_watchlog.moc"
