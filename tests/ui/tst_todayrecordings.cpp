// TodayRecordingsModel over a real store file: rows appear as the ingest commits recordings,
// newest first, with the roles the home page binds; wrapped in QAbstractItemModelTester. Only
// the viewer's own are listed, and a still is given out only after its gate's audit accepted it
// (the audit is a stand-in here; the real one is tested in cases.review and ui.review).
#include "evidenceingest.h"
#include "todayrecordingsmodel.h"

#include "../app/testtools.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// A data folder with an ingest recording for officer 11010001.
struct Store {
    QTemporaryDir dir;
    DataPaths paths{dir.path()};
    EvidenceIngest ingest{paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256")};
    bool open()
    {
        QString error;
        return paths.ensure(&error) && ingest.open();
    }
};

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
        if (!audio)
            s.thumbnailPath = paths.evidenceDir(start) + QStringLiteral("/thumb.jpg");
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
        Store store;
        QVERIFY(store.open());
        DataPaths &paths = store.paths;
        EvidenceIngest &ingest = store.ingest;

        TodayRecordingsModel model(paths);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewer(QStringLiteral("11010001"));
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
        for (const char *name : {"recordingId", "startTime", "durationText", "thumbnail", "thumbnailPending", "audioOnly",
                                 "segmentCount", "markerCount", "status"})
            QVERIFY2(roles.values().contains(QByteArray(name)), name);

        // Today's photos are counted from the store (so a restart does not reset them).
        QSignalSpy photos(&model, &TodayRecordingsModel::photoCountChanged);
        PhotoTaken photo;
        photo.path = paths.evidenceDir(now) + QStringLiteral("/photo.jpg");
        QVERIFY(TestTools::writeFile(photo.path, TestTools::pattern(2048, 7)));
        photo.wall = now;
        ingest.onPhotoTaken(photo);
        QCOMPARE(model.photoCount(), 0);
        model.refresh();
        QCOMPARE(model.photoCount(), 1);
        QCOMPARE(photos.count(), 1);

        // Another officer signed in on this device sees none of them; nobody signed in, neither.
        model.setViewer(QStringLiteral("11010002"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.photoCount(), 0);
        model.setViewer(QString());
        QCOMPARE(model.rowCount(), 0);
        model.setViewer(QStringLiteral("11010001"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.photoCount(), 1);
    }

    void stillsWaitForTheirAudit()
    {
        Store store;
        QVERIFY(store.open());
        DataPaths &paths = store.paths;
        EvidenceIngest &ingest = store.ingest;
        const QDateTime now = QDateTime(QDate::currentDate(), QTime(12, 0)).toUTC();
        record(ingest, paths, now.addSecs(-120), 75, false);
        record(ingest, paths, now.addSecs(-60), 20, false);

        TodayRecordingsModel model(paths);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QStringList> showings;
        QString refuseWith = QStringLiteral("审计日志写入失败");
        model.gate().setAudit([&](const QStringList &ids) {
            if (!refuseWith.isEmpty())
                return refuseWith;
            showings << ids;
            return QString();
        });
        model.setViewer(QStringLiteral("11010001"));
        QCOMPARE(model.rowCount(), 2);
        const auto still = [&](int row) { return model.index(row, 0).data(TodayRecordingsModel::ThumbnailRole).toString(); };
        const auto pending = [&](int row) { return model.index(row, 0).data(TodayRecordingsModel::ThumbnailPendingRole).toBool(); };
        QCOMPARE(still(0), QString());
        QVERIFY(pending(0) && pending(1));

        // Refused: nothing given out, and asking again later tries again.
        QSignalSpy refused(&model.gate(), &ThumbnailGate::refused);
        model.revealThumbnail(model.index(0, 0).data(TodayRecordingsModel::RecordingIdRole).toString());
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toString(), refuseWith);
        QCOMPARE(still(0), QString());
        QVERIFY(pending(0));

        // Accepted: both rows' requests of one turn are one showing, then both are given out.
        refuseWith.clear();
        for (int row : {0, 1})
            model.revealThumbnail(model.index(row, 0).data(TodayRecordingsModel::RecordingIdRole).toString());
        QTRY_COMPARE(showings.size(), 1);
        QCOMPARE(showings.first().size(), 2);
        QVERIFY(still(0).endsWith(QStringLiteral("/thumb.jpg")) && still(1).endsWith(QStringLiteral("/thumb.jpg")));
        QVERIFY(!pending(0) && !pending(1));
        model.refresh();   // re-read after a commit: still given out, not audited again
        QVERIFY(!still(0).isEmpty());
        model.revealThumbnail(model.index(0, 0).data(TodayRecordingsModel::RecordingIdRole).toString());
        QCoreApplication::processEvents();
        QCOMPARE(showings.size(), 1);

        // Another viewer (even the same officer after signing out and in) starts over.
        model.setViewer(QString());
        model.setViewer(QStringLiteral("11010001"));
        QCOMPARE(still(0), QString());
        QVERIFY(pending(0));
    }
};

QTEST_GUILESS_MAIN(TestTodayRecordings)
#include "tst_todayrecordings.moc"
