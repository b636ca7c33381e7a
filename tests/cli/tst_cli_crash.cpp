// A recording killed with SIGKILL at several moments: every closed segment stays intact and
// registered, the open one is recovered at the next start (list), plays (ffprobe) to within
// 1.5 s of the kill, the store passes integrity_check and verify agrees. SIGTERM instead stops
// the recording cleanly: nothing left to recover.
#include "clitestkit.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTest>

#include <csignal>

using namespace CliKit;

namespace {

// Starts `record --seconds 30 --segment-seconds 3` and waits for the press (the first
// progress line follows recordingStarted by at most one progress tick).
bool startRecording(QProcess *p, const QString &dataDir, QElapsedTimer *sincePress, QByteArray *err)
{
    start(p, QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--segment-seconds"), QStringLiteral("3")} + smallFrames()
                 + QStringList{QStringLiteral("record"), QStringLiteral("--seconds"), QStringLiteral("30")});
    if (!p->waitForStarted())
        return false;
    QElapsedTimer timeout;
    timeout.start();
    // The first progress line normally reads "0/30"; on a loaded machine the first tick may
    // already say "1/30". Either way it follows the press, and a late start of sincePress only
    // makes killedAt smaller, i.e. the checks below ask for less, never for more than is true.
    const QByteArray marker = QStringLiteral("录像中 ").toUtf8();
    auto pressed = [&] { const int at = err->indexOf(marker); return at >= 0 && err->indexOf("/30", at) > at; };
    while (!pressed() && timeout.elapsed() < 60000) {
        p->waitForReadyRead(50);
        *err += p->readAllStandardError();
        if (p->state() == QProcess::NotRunning) {
            *err += "\n[exited with code " + QByteArray::number(p->exitCode()) + "]";
            return false;
        }
    }
    sincePress->start();
    return pressed();
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/sha256sum/openssl missing: tools/deps-debian.txt lists them");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe (ffmpeg) missing");
    }

    void killedMidRecording_data()
    {
        QTest::addColumn<int>("killAtMs");
        QTest::newRow("2.5 s: inside the first segment") << 2500;
        QTest::newRow("4.2 s: early in the second") << 4200;
        QTest::newRow("6.7 s: just after the second closed") << 6700;
    }
    void killedMidRecording()
    {
        QFETCH(int, killAtMs);
        QTemporaryDir dir;
        QProcess recorder;
        QElapsedTimer sincePress;
        QByteArray err;
        QVERIFY2(startRecording(&recorder, dir.path(), &sincePress, &err), err.constData());
        // The moment of the kill is the test's input, not a wait for something to happen.
        QTest::qWait(int(qMax<qint64>(0, killAtMs - sincePress.elapsed())));
        const double killedAt = double(sincePress.elapsed()) / 1000.0;
        recorder.kill();   // SIGKILL: no cleanup of any kind
        QVERIFY(recorder.waitForFinished());
        QCOMPARE(recorder.exitStatus(), QProcess::CrashExit);

        // Restart: list reconciles first.
        Result listed;
        const QJsonArray list = listJson(dir.path(), &listed);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.errText()));
        QVERIFY(filesUnder(dir.path(), {QStringLiteral("*.part")}).isEmpty());
        // Segments that ended well before the kill must be whole, hashed and registered 'ok';
        // one that closed just before it may have been renamed but not yet committed — then the
        // restart registers it as 'recovered'. Only the open segment is ever partial.
        QMap<int, QJsonObject> bySegment;
        for (const QJsonValue &v : list)
            bySegment.insert(v.toObject().value(QLatin1String("segmentIndex")).toInt(), v.toObject());
        QCOMPARE(bySegment.size(), list.size());
        double playable = 0;
        int recovered = 0;
        for (auto it = bySegment.cbegin(); it != bySegment.cend(); ++it) {
            const QJsonObject &f = it.value();
            const double segmentEnd = 3.0 * it.key();
            const QString path = f.value(QLatin1String("path")).toString();
            const QString status = f.value(QLatin1String("status")).toString();
            QCOMPARE(f.value(QLatin1String("hash")).toString(), TestTools::toolHash(QStringLiteral("sha256"), path));
            const Probe probe = ffprobe(path);
            if (segmentEnd <= killedAt - 1.5)
                QVERIFY2(status == QLatin1String("ok"), qPrintable(QStringLiteral("segment %1: %2").arg(it.key()).arg(status)));
            else
                QVERIFY2(status == QLatin1String("ok") || status == QLatin1String("recovered"), qPrintable(status));
            if (segmentEnd <= killedAt - 0.5)
                QVERIFY2(probe.ok && qAbs(probe.duration - 3.0) <= 1.0, qPrintable(path));   // a closed segment is whole
            if (status == QLatin1String("recovered")) {
                ++recovered;
                if (probe.ok) {
                    QVERIFY2(qAbs(f.value(QLatin1String("duration")).toDouble() - probe.duration) < 0.2,
                             qPrintable(QStringLiteral("stored %1 s, ffprobe %2 s").arg(f.value(QLatin1String("duration")).toDouble()).arg(probe.duration)));
                }
            }
            if (probe.ok)
                playable += probe.duration;
        }
        for (int i = 1; 3.0 * i <= killedAt - 0.5; ++i)
            QVERIFY2(bySegment.contains(i), qPrintable(QStringLiteral("closed segment %1 not registered").arg(i)));
        QVERIFY2(recovered <= 2, "at most the open segment and one closing at the kill need recovery");
        QVERIFY2(playable >= killedAt - 1.5,
                 qPrintable(QStringLiteral("playable %1 s, killed at %2 s").arg(playable).arg(killedAt)));

        const QString db = dir.filePath(QStringLiteral("fieldterm.db"));
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT group_concat(DISTINCT status) FROM recordings")), QStringLiteral("interrupted"));
        const Result verify = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.errText()));
    }

    void sigtermStopsCleanly()
    {
        QTemporaryDir dir;
        QProcess recorder;
        QElapsedTimer sincePress;
        QByteArray err;
        QVERIFY2(startRecording(&recorder, dir.path(), &sincePress, &err), err.constData());
        QTest::qWait(int(qMax<qint64>(0, 2000 - sincePress.elapsed())));
        ::kill(pid_t(recorder.processId()), SIGTERM);
        QVERIFY(recorder.waitForFinished(60000));
        QCOMPARE(recorder.exitStatus(), QProcess::NormalExit);
        QCOMPARE(recorder.exitCode(), 128 + SIGTERM);

        // Finalised and committed before exit: the next start has nothing to recover.
        Result listed;
        const QJsonArray list = listJson(dir.path(), &listed);
        QVERIFY2(!listed.errText().contains(QStringLiteral("启动检查")), qPrintable(listed.errText()));
        QCOMPARE(list.size(), 1);
        const QJsonObject f = list.first().toObject();
        QCOMPARE(f.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        const Probe probe = ffprobe(f.value(QLatin1String("path")).toString());
        QVERIFY(probe.ok);
        QVERIFY2(qAbs(probe.duration - 2.0) <= 1.0, qPrintable(QString::number(probe.duration)));
        QCOMPARE(TestTools::sqlite(dir.filePath(QStringLiteral("fieldterm.db")), QStringLiteral("SELECT status || '|' || stop_reason FROM recordings")),
                 QStringLiteral("closed|signal"));
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
