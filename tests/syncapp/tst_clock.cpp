// The device clock against the platform's (issue 7 "Time"):
//   - ClockCheck from a response: the receiver's millisecond stamp, Date alone (whole seconds,
//     so ±0.5 s more), no stamp at all; the better of two measurements;
//   - the real receiver stamps every kind of response it sends — relayed to Qt HTTP Server (GET),
//     its HEAD answers (held and cut), and the streamed tus PATCH path — with Date and
//     Fieldterm-Server-Time, and the offset measured over loopback is ~0 within its bound;
//   - ClockStatus: the warning (beyond the limit less the uncertainty; unsynchronised kernel
//     before any measurement) and which measurements become clock_check audit rows;
//   - KernelClock reads the clock source from a (fake) sysfs folder and adjtimex for real.
#include "clockcheck.h"
#include "clockstatus.h"
#include "httpclient.h"
#include "kernelclock.h"
#include "receiverprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
HttpResponse withHeaders(QList<QPair<QByteArray, QByteArray>> headers)
{
    HttpResponse r;
    r.status = 200;
    r.headers = std::move(headers);
    return r;
}
} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void fromTheReceiversMillisecondStamp()
    {
        // Sent at 1 000 000 ms, 40 ms round trip, the server stamped 1 002 520: the device is
        // 2.5 s behind, ± 20 ms.
        const ClockCheck c = ClockCheck::fromResponse(withHeaders({{"fieldterm-server-time", "1002520"},
                                                                   {"date", "Thu, 01 Jan 1970 00:16:42 GMT"}}),
                                                      1000000, 40);
        QVERIFY(c.valid);
        QVERIFY(c.precise);
        QCOMPARE(c.offsetMs, 2500);
        QCOMPARE(c.uncertaintyMs, 20);
        QCOMPARE(c.rttMs, 40);
    }

    void fromDateAlone()
    {
        // Date: 2026-12-07 10:00:05 GMT; sent at 10:00:00.000 with a 100 ms round trip → the
        // server read its clock within [05.000, 06.000): +5.45 s ± (50 + 500) ms.
        const qint64 sent = QDateTime(QDate(2026, 12, 7), QTime(10, 0, 0), Qt::UTC).toMSecsSinceEpoch();
        const ClockCheck c = ClockCheck::fromResponse(withHeaders({{"date", "Mon, 07 Dec 2026 10:00:05 GMT"}}), sent, 100);
        QVERIFY(c.valid);
        QVERIFY(!c.precise);
        QCOMPARE(c.offsetMs, 5450);
        QCOMPARE(c.uncertaintyMs, 550);
    }

    void noStampNoMeasurement()
    {
        QVERIFY(!ClockCheck::fromResponse(withHeaders({}), 1000, 10).valid);
        QVERIFY(!ClockCheck::fromResponse(withHeaders({{"date", "yesterday"}}), 1000, 10).valid);
        HttpResponse failed;   // no status line: nothing was measured
        failed.headers = {{"fieldterm-server-time", "5"}};
        QVERIFY(!ClockCheck::fromResponse(failed, 1000, 10).valid);
    }

    void theTighterBoundWins()
    {
        ClockCheck wide;
        wide.valid = true;
        wide.uncertaintyMs = 300;
        ClockCheck tight = wide;
        tight.uncertaintyMs = 4;
        QCOMPARE(ClockCheck::better(wide, tight).uncertaintyMs, 4);
        QCOMPARE(ClockCheck::better(tight, wide).uncertaintyMs, 4);
        QCOMPARE(ClockCheck::better(ClockCheck(), wide).uncertaintyMs, 300);
        QVERIFY(!ClockCheck::better(ClockCheck(), ClockCheck()).valid);
    }

    void theReceiverStampsEveryResponse()
    {
        QTemporaryDir dir;
        ReceiverProcess receiver;
        QVERIFY(receiver.start(dir.path(), QStringLiteral("intl")));
        HttpClient http;
        struct Probe {
            QByteArray method;
            QString path;
            QByteArray body;
        };
        // GET relayed to Qt HTTP Server; HEAD (its answer held and cut at the head); OPTIONS;
        // PATCH claimed by the streaming tus path (refused unsigned, still stamped).
        const QList<Probe> probes{{"GET", QStringLiteral("/api/v1/audit/head"), {}},
                                  {"HEAD", QStringLiteral("/files/nope"), {}},
                                  {"OPTIONS", QStringLiteral("/files/"), {}},
                                  {"PATCH", QStringLiteral("/files/nope"), QByteArray(1000, 'x')}};
        for (const Probe &p : probes) {
            HttpRequest request;
            request.method = p.method;
            request.url = QUrl(receiver.url + p.path);
            request.body = p.body;
            if (p.method == "PATCH")
                request.headers = {{"tus-resumable", "1.0.0"}, {"upload-offset", "0"},
                                   {"content-type", "application/offset+octet-stream"}};
            const qint64 sent = QDateTime::currentMSecsSinceEpoch();
            QElapsedTimer elapsed;
            elapsed.start();
            const HttpResponse r = http.perform(request);
            const qint64 took = elapsed.elapsed();
            QVERIFY2(r.status > 0, qPrintable(p.method + ' ' + p.path + ": " + r.detail));
            QVERIFY2(!r.header("date").isEmpty(), p.method.constData());
            const ClockCheck c = ClockCheck::fromResponse(r, sent, took);
            QVERIFY2(c.valid && c.precise, p.method.constData());
            HttpResponse dateOnly = r;   // Date alone agrees within its whole second
            dateOnly.headers.removeIf([](const auto &h) { return h.first == "fieldterm-server-time"; });
            const ClockCheck coarse = ClockCheck::fromResponse(dateOnly, sent, took);
            QVERIFY2(coarse.valid && !coarse.precise, r.header("date").constData());
            QVERIFY(qAbs(coarse.offsetMs) <= coarse.uncertaintyMs + 5);
            QVERIFY2(qAbs(c.offsetMs) <= c.uncertaintyMs + 5,
                     qPrintable(QStringLiteral("%1: offset %2 ± %3").arg(QString::fromLatin1(p.method)).arg(c.offsetMs).arg(c.uncertaintyMs)));
        }
    }

    void warningsAndAuditRows()
    {
        KernelClockState kernel{QStringLiteral("tsc"), true, false, 16000000, 16000000};
        QList<QJsonObject> rows;
        ClockStatus status([&kernel] { return kernel; }, 2000);
        status.setAuditSink([&rows](const QJsonObject &d) { rows << d; });
        QSignalSpy changed(&status, &ClockStatus::changed);

        // Unsynchronised kernel, nothing measured yet: warned.
        QCOMPARE(status.source(), QStringLiteral("tsc"));
        QVERIFY(!status.kernelSynchronized());
        QVERIFY(status.warning().contains(QStringLiteral("尚未校准")));

        const QDateTime t0(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        ClockCheck c;
        c.valid = true;
        c.precise = true;
        c.offsetMs = 300;
        c.uncertaintyMs = 10;
        c.rttMs = 20;
        status.recordCheck(c, t0);
        QVERIFY(status.offsetKnown());
        QVERIFY(status.warning().isEmpty());   // measured, within 2 s: trusted despite the kernel
        QCOMPARE(rows.size(), 1);               // the first of the run
        QCOMPARE(rows.at(0).value(QStringLiteral("offsetMs")).toInteger(), 300);
        QCOMPARE(rows.at(0).value(QStringLiteral("clockSource")).toString(), QStringLiteral("tsc"));
        QCOMPARE(rows.at(0).value(QStringLiteral("kernelSynchronized")).toBool(), false);
        QVERIFY(!changed.isEmpty());

        status.recordCheck(c, t0.addSecs(60));          // nothing new: no row
        c.offsetMs = 900;
        status.recordCheck(c, t0.addSecs(120));         // moved 0.6 s: no row
        QCOMPARE(rows.size(), 1);
        status.recordCheck(c, t0.addSecs(3700));        // an hour since the last row
        QCOMPARE(rows.size(), 2);

        // 2.5 s ahead of the platform but ±0.6 s: not provably beyond 2 s — no warning.
        c.offsetMs = -2500;
        c.uncertaintyMs = 600;
        status.recordCheck(c, t0.addSecs(3760));
        QVERIFY(status.warning().isEmpty());
        QCOMPARE(rows.size(), 3);                       // moved 3.4 s
        // −4 s ± 0.1: the device is fast — warned, and the row says so.
        c.offsetMs = -4000;
        c.uncertaintyMs = 100;
        status.recordCheck(c, t0.addSecs(3820));
        QVERIFY(status.warning().contains(QStringLiteral("快 4.0 秒")));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.last().value(QStringLiteral("beyondLimit")).toBool(), true);
        // +5 s: slow.
        c.offsetMs = 5000;
        status.recordCheck(c, t0.addSecs(3880));
        QVERIFY(status.warning().contains(QStringLiteral("慢 5.0 秒")));
        QVERIFY(status.offsetText().startsWith(QStringLiteral("+5.0")));
        // Back in line: the warning clears, and that is a row too.
        c.offsetMs = 1000;
        status.recordCheck(c, t0.addSecs(3940));
        QVERIFY(status.warning().isEmpty());
        QCOMPARE(rows.last().value(QStringLiteral("beyondLimit")).toBool(), false);

        // An invalid measurement changes nothing.
        const int before = rows.size();
        status.recordCheck(ClockCheck(), t0.addSecs(4000));
        QCOMPARE(rows.size(), before);
    }

    void kernelClockFromSysfs()
    {
        QTemporaryDir sysfs;
        QFile f(sysfs.filePath(QStringLiteral("current_clocksource")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("arch_sys_counter\n");
        f.close();
        const KernelClockState s = KernelClock::read(sysfs.path());
        QCOMPARE(s.source, QStringLiteral("arch_sys_counter"));
        QVERIFY(s.readable);   // adjtimex with modes 0 needs no privilege
        QVERIFY(s.maxErrorUs >= 0);
        QVERIFY(KernelClock::read(sysfs.filePath(QStringLiteral("missing"))).source.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
