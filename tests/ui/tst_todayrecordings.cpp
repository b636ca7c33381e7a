// TodayRecordingsModel over a real store file: rows appear as the ingest commits recordings,
// newest first, with the roles the home page binds; wrapped in QAbstractItemModelTester.
#include "evidenceingest.h"
#include "todayrecordingsmodel.h"

#include "../app/testtools.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestTodayRecordings : public QObject
{
    Q_OBJECT

    // Feeds the ingest what the recorder reports for one closed single-segment recording.
    static void record(EvidenceIngest &ingest, const DataPaths &paths, const QDateTime &start, int seconds, bool audio)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        RecordingStarted s;
        s.recordingId = id;
        s.mode = audio ? RecordingMode::AudioOnly : RecordingMode::AudioVideo;
        s.pressWall = s.firstFrameWall = start;
        s.pressMonoNs = s.firstFrameMonoNs = 1000;
        ingest.onRecordingStarted(s);
        const QString path = paths.evidenceDir(start) + QLatin1Char('/')
            + evidenceFileName(QStringLiteral("SIM0001"), QStringLiteral("11010001"), start, 1,
                               audio ? QStringLiteral("m4a") : QStringLiteral("mp4"));
        QVERIFY(TestTools::writeFile(path, TestTools::pattern(4096, seconds)));
        SegmentClosed c;
        c.recordingId = id;
        c.index = 1;
        c.finalPath = path;
        c.sizeBytes = 4096;
        c.durationNs = qint64(seconds) * 1000000000LL;
        c.startWall = start;
        c.endWall = start.addSecs(seconds);
        c.startMonoNs = 1000;
        c.endMonoNs = 1000 + c.durationNs;
        c.last = true;
        ingest.onSegmentClosed(c);
        MarkerAdded m;
        m.recordingId = id;
        m.type = MarkerType::Notify;
        m.offsetMs = 500;
        m.wall = start;
        ingest.onMarkerAdded(m);
        RecordingStopped stop;
        stop.recordingId = id;
        stop.stopWall = c.endWall;
        stop.reason = QStringLiteral("user");
        ingest.onRecordingStopped(stop);
    }

private slots:
    void initTestCase() { registerRecorderMetaTypes(); }

    void formatsDurations()
    {
        QCOMPARE(TodayRecordingsModel::formatDuration(0), QStringLiteral("00:00"));
        QCOMPARE(TodayRecordingsModel::formatDuration(61500), QStringLiteral("01:01"));
        QCOMPARE(TodayRecordingsModel::formatDuration(3723000), QStringLiteral("1:02:03"));
    }

    void followsTheStore()
    {
        QTemporaryDir dir;
        DataPaths paths(dir.path());
        QString error;
        QVERIFY(paths.ensure(&error));
        EvidenceIngest ingest(paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256"));
        QVERIFY(ingest.open());

        TodayRecordingsModel model(paths);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &TodayRecordingsModel::countChanged);
        QVERIFY(count.isValid());
        model.refresh();
        QCOMPARE(model.rowCount(), 0);

        // Fixed times of today (local), so the test means the same at any hour, midnight included.
        const QDateTime now = QDateTime(QDate::currentDate(), QTime(12, 0)).toUTC();
        record(ingest, paths, now.addSecs(-120), 75, false);
        record(ingest, paths, now.addSecs(-30), 12, true);
        // Yesterday's recording is not today's.
        record(ingest, paths, now.addDays(-1), 5, false);
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.count(), 1);

        const QModelIndex newest = model.index(0, 0);
        QCOMPARE(newest.data(TodayRecordingsModel::AudioOnlyRole).toBool(), true);
        QCOMPARE(newest.data(TodayRecordingsModel::DurationTextRole).toString(), QStringLiteral("00:12"));
        QCOMPARE(newest.data(TodayRecordingsModel::ThumbnailRole).toString(), QString());
        const QModelIndex older = model.index(1, 0);
        QCOMPARE(older.data(TodayRecordingsModel::DurationTextRole).toString(), QStringLiteral("01:15"));
        QCOMPARE(older.data(TodayRecordingsModel::MarkerCountRole).toInt(), 1);
        QCOMPARE(older.data(TodayRecordingsModel::SegmentCountRole).toInt(), 1);
        QCOMPARE(older.data(TodayRecordingsModel::StatusRole).toString(), QStringLiteral("closed"));
        QCOMPARE(older.data(TodayRecordingsModel::StartTimeRole).toString(),
                 now.addSecs(-120).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        const QHash<int, QByteArray> roles = model.roleNames();
        for (const char *name : {"recordingId", "startTime", "durationText", "thumbnail", "audioOnly",
                                 "segmentCount", "markerCount", "status"})
            QVERIFY2(roles.values().contains(QByteArray(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestTodayRecordings)
#include "tst_todayrecordings.moc"
