// EvidenceIngest with real files and a real store: the recorder's reports (the slots are the
// interface) become rows whose hashes equal what sha256sum / openssl dgst -sm3 compute, in the
// order "placeholder while open → hash → row committed". EvidenceQuery reads them back.
#include "datapaths.h"
#include "evidenceingest.h"
#include "evidencequery.h"
#include "testtools.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

namespace {

struct Fixture {
    QTemporaryDir tmp;
    DataPaths paths{tmp.path()};
    QString db() const { return paths.database(); }
    QString sql(const QString &q) const { return TestTools::sqlite(paths.database(), q); }

    // A segment file as the recorder leaves it: closed, renamed, in evidence/YYYY/MM/DD.
    QString segmentFile(const QDateTime &start, int index, const QString &ext, int size)
    {
        const QString path = paths.evidenceDir(start) + QLatin1Char('/')
            + evidenceFileName(QStringLiteral("SIM0001"), QStringLiteral("11010001"), start, index, ext);
        TestTools::writeFile(path, TestTools::pattern(size, index));
        return path;
    }
};

RecordingStarted started(const QString &id, const QDateTime &press, RecordingMode mode = RecordingMode::AudioVideo)
{
    RecordingStarted s;
    s.recordingId = id;
    s.mode = mode;
    s.pressWall = press;
    s.pressMonoNs = 1'000'000'000'000;
    s.firstFrameWall = press.addSecs(-2);
    s.firstFrameMonoNs = s.pressMonoNs - 2'000'000'000;
    s.prerecordMs = 2000;
    s.pressToFirstBufferNs = 30'000'000;
    return s;
}

SegmentOpened opened(const QString &id, int index, const QString &finalPath, const QDateTime &start)
{
    SegmentOpened o;
    o.recordingId = id;
    o.index = index;
    o.finalPath = finalPath;
    o.partPath = finalPath + QStringLiteral(".part");
    o.startWall = start;
    o.startMonoNs = 5'000'000'000LL * index;
    return o;
}

SegmentClosed closed(const QString &id, int index, const QString &finalPath, const QDateTime &start, qint64 durationMs)
{
    SegmentClosed c;
    c.recordingId = id;
    c.index = index;
    c.finalPath = finalPath;
    c.sizeBytes = QFileInfo(finalPath).size();
    c.durationNs = durationMs * 1'000'000;
    c.startWall = start;
    c.endWall = start.addMSecs(durationMs);
    c.startMonoNs = 5'000'000'000LL * index;
    c.endMonoNs = c.startMonoNs + durationMs * 1'000'000;
    return c;
}

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/sha256sum/openssl missing: tools/deps-debian.txt lists them");
        registerRecorderMetaTypes();
        registerEvidenceMetaTypes();
    }

    void segmentLifecycle_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("intl: SHA-256") << "sha256";
        QTest::newRow("gm: SM3") << "sm3";
    }
    void segmentLifecycle()
    {
        QFETCH(QString, algorithm);
        Fixture f;
        EvidenceIngest ingest(f.paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), algorithm);
        QSignalSpy registered(&ingest, &EvidenceIngest::evidenceRegistered);
        QSignalSpy errors(&ingest, &EvidenceIngest::storeError);
        QVERIFY(registered.isValid());
        QVERIFY(errors.isValid());
        QVERIFY(ingest.open());

        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime press = QDateTime(QDate(2026, 3, 4), QTime(10, 20, 30, 456), Qt::UTC);
        RecordingStarted s = started(id, press);
        s.thumbnailPath = f.paths.thumbnails() + QStringLiteral("/") + id + QStringLiteral(".jpg");
        ingest.onRecordingStarted(s);

        const QDateTime segStart = s.firstFrameWall;
        const QString file = f.segmentFile(segStart, 1, QStringLiteral("mp4"), 300'000);
        ingest.onSegmentOpened(opened(id, 1, file, segStart));

        // While open: a placeholder with the final path, no hash.
        const QString rel = f.paths.relative(file);
        QVERIFY(rel.startsWith(QLatin1String("evidence/")));
        QCOMPARE(f.sql(QStringLiteral("SELECT status || '|' || coalesce(hash, 'NULL') || '|' || recording_id || '|' || segment_index"
                                      " FROM evidence WHERE path = '%1'").arg(rel)),
                 QStringLiteral("open|NULL|%1|1").arg(id));
        QCOMPARE(registered.count(), 0);

        ingest.onSegmentClosed(closed(id, 1, file, segStart, 4123));
        QCOMPARE(errors.count(), 0);
        QCOMPARE(registered.count(), 1);
        const EvidenceRecord rec = registered.at(0).at(0).value<EvidenceRecord>();
        const QString expected = TestTools::toolHash(algorithm, file);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(rec.hash, expected);
        QCOMPARE(rec.hashAlgorithm, algorithm);
        QCOMPARE(rec.status, EvidenceStatus::Ok);
        QCOMPARE(rec.absolutePath, file);

        // The committed row, as the sqlite3 tool reads it.
        QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM evidence")), QStringLiteral("1"));   // placeholder completed, not duplicated
        QCOMPARE(f.sql(QStringLiteral("SELECT hash || '|' || hash_alg || '|' || status || '|' || size_bytes || '|' || duration_ms"
                                      " || '|' || kind FROM evidence")),
                 QStringLiteral("%1|%2|ok|300000|4123|video").arg(expected, algorithm));
        QCOMPARE(f.sql(QStringLiteral("SELECT start_wall || '|' || end_wall || '|' || start_mono_ns || '|' || end_mono_ns FROM evidence")),
                 QStringLiteral("2026-03-04T10:20:28.456Z|2026-03-04T10:20:32.579Z|5000000000|9123000000"));

        MarkerAdded m1{id, MarkerType::ShowCredentials, 2500, press.addMSecs(500)};
        MarkerAdded m2{id, MarkerType::Statement, 3900, press.addMSecs(1900)};
        ingest.onMarkerAdded(m2);
        ingest.onMarkerAdded(m1);
        ingest.onRecordingStopped(RecordingStopped{id, press.addSecs(3), QStringLiteral("user")});
        QCOMPARE(errors.count(), 0);

        QCOMPARE(f.sql(QStringLiteral("SELECT group_concat(type || '@' || offset_ms, ',') FROM (SELECT * FROM markers ORDER BY offset_ms)")),
                 QStringLiteral("show_credentials@2500,statement@3900"));
        QCOMPARE(f.sql(QStringLiteral("SELECT status || '|' || stop_reason || '|' || stop_wall || '|' || mode || '|' || prerecord_ms"
                                      " || '|' || press_wall || '|' || first_frame_wall || '|' || thumbnail || '|' || device_id"
                                      " || '|' || officer_no FROM recordings")),
                 QStringLiteral("closed|user|2026-03-04T10:20:33.456Z|av|2000|2026-03-04T10:20:30.456Z|2026-03-04T10:20:28.456Z"
                                "|thumbs/%1.jpg|SIM0001|11010001").arg(id));
        QCOMPARE(f.sql(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void segmentOpenedBeforeRecordingStarted()
    {
        // Reports of different pipeline threads may arrive in either order; rows must not care.
        Fixture f;
        EvidenceIngest ingest(f.paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256"));
        QSignalSpy errors(&ingest, &EvidenceIngest::storeError);
        QVERIFY(errors.isValid());
        QVERIFY(ingest.open());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime press = QDateTime::currentDateTimeUtc();
        const QString file = f.segmentFile(press, 1, QStringLiteral("m4a"), 5000);
        ingest.onSegmentOpened(opened(id, 1, file, press));
        ingest.onRecordingStarted(started(id, press, RecordingMode::AudioOnly));
        ingest.onSegmentClosed(closed(id, 1, file, press, 1000));
        ingest.onRecordingStopped(RecordingStopped{id, press.addSecs(1), QStringLiteral("user")});
        QCOMPARE(errors.count(), 0);
        QCOMPARE(f.sql(QStringLiteral("SELECT mode || '|' || prerecord_ms || '|' || status FROM recordings")), QStringLiteral("audio|2000|closed"));
        QCOMPARE(f.sql(QStringLiteral("SELECT kind || '|' || status FROM evidence")), QStringLiteral("audio|ok"));
    }

    void photosInsideAndOutsideRecordings()
    {
        Fixture f;
        EvidenceIngest ingest(f.paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256"));
        QSignalSpy registered(&ingest, &EvidenceIngest::evidenceRegistered);
        QVERIFY(registered.isValid());
        QVERIFY(ingest.open());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ingest.onRecordingStarted(started(id, now));

        PhotoTaken inside;
        inside.path = f.segmentFile(now, 1, QStringLiteral("jpg"), 40'000);
        inside.recordingId = id;
        inside.wall = now;
        inside.monoNs = 42;
        inside.sizeBytes = 40'000;
        ingest.onPhotoTaken(inside);
        PhotoTaken outside = inside;
        outside.path = f.segmentFile(now, 2, QStringLiteral("jpg"), 41'000);
        outside.recordingId.clear();
        outside.sizeBytes = 41'000;
        ingest.onPhotoTaken(outside);
        PhotoTaken unknownRecording = outside;   // a recording the store never heard of
        unknownRecording.path = f.segmentFile(now, 3, QStringLiteral("jpg"), 100);
        unknownRecording.recordingId = QStringLiteral("no-such-recording");
        unknownRecording.sizeBytes = 100;
        ingest.onPhotoTaken(unknownRecording);

        QCOMPARE(registered.count(), 3);
        QCOMPARE(f.sql(QStringLiteral("SELECT group_concat(coalesce(recording_id, 'NULL') || ':' || kind || ':' || status || ':' || duration_ms, ',')"
                                      " FROM (SELECT * FROM evidence ORDER BY path)")),
                 QStringLiteral("%1:photo:ok:0,NULL:photo:ok:0,NULL:photo:ok:0").arg(id));
        for (const QString &p : {inside.path, outside.path, unknownRecording.path}) {
            QCOMPARE(f.sql(QStringLiteral("SELECT hash FROM evidence WHERE path = '%1'").arg(f.paths.relative(p))),
                     TestTools::toolHash(QStringLiteral("sha256"), p));
        }
    }

    void unreadableFileKeepsPlaceholderAndSaysWhatToDo()
    {
        Fixture f;
        EvidenceIngest ingest(f.paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256"));
        QSignalSpy errors(&ingest, &EvidenceIngest::storeError);
        QSignalSpy registered(&ingest, &EvidenceIngest::evidenceRegistered);
        QVERIFY(errors.isValid());
        QVERIFY(registered.isValid());
        QVERIFY(ingest.open());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString file = f.paths.evidenceDir(now) + QStringLiteral("/SIM0001_11010001_20260101000000_001.mp4");   // never written
        ingest.onRecordingStarted(started(id, now));
        ingest.onSegmentOpened(opened(id, 1, file, now));
        SegmentClosed c = closed(id, 1, file, now, 1000);
        ingest.onSegmentClosed(c);
        QCOMPARE(registered.count(), 0);
        QCOMPARE(errors.count(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("下次启动时会自动登记")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("SIM0001_11010001_20260101000000_001.mp4")), qPrintable(message));
        QCOMPARE(f.sql(QStringLiteral("SELECT status FROM evidence")), QStringLiteral("open"));
    }

    void textFieldsAreStoredVerbatim()
    {
        // A data directory and a stop reason full of characters that break string-built SQL.
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("数据 'x' \"y\" 😀; DROP TABLE evidence;--"));
        DataPaths paths(root);
        EvidenceIngest ingest(paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256"));
        QSignalSpy errors(&ingest, &EvidenceIngest::storeError);
        QVERIFY(errors.isValid());
        QVERIFY(ingest.open());
        const QString id = QStringLiteral("rec-'quoted'-\"id\"-记录");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ingest.onRecordingStarted(started(id, now));
        const QString file = paths.evidenceDir(now) + QStringLiteral("/SIM0001_11010001_20260101000000_001.mp4");
        TestTools::writeFile(file, TestTools::pattern(1000));
        ingest.onSegmentOpened(opened(id, 1, file, now));
        ingest.onSegmentClosed(closed(id, 1, file, now, 1000));
        const QString reason = QStringLiteral("当事人要求'暂停'; DELETE FROM evidence; -- 🙈 \"%\" _");
        ingest.onRecordingStopped(RecordingStopped{id, now, reason});
        QCOMPARE(errors.count(), 0);

        EvidenceQuery query(paths);
        QString error;
        QVERIFY2(query.open(&error), qPrintable(error));
        const QList<EvidenceRecord> all = query.allEvidence();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().recordingId, id);
        QCOMPARE(all.first().absolutePath, file);
        QCOMPARE(TestTools::sqlite(paths.database(), QStringLiteral("SELECT hex(stop_reason) FROM recordings")),
                 QString::fromLatin1(reason.toUtf8().toHex().toUpper()));
        QCOMPARE(TestTools::sqlite(paths.database(), QStringLiteral("SELECT hex(id) FROM recordings")),
                 QString::fromLatin1(id.toUtf8().toHex().toUpper()));
    }

    void queuedAcrossThreadsAndFlushed()
    {
        // The production wiring: ingest on its own thread, reports queued, flush() as the
        // "everything before me is committed" barrier.
        Fixture f;
        QThread storeThread;
        auto *ingest = new EvidenceIngest(f.paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256"));
        ingest->moveToThread(&storeThread);
        connect(&storeThread, &QThread::finished, ingest, &QObject::deleteLater);
        QSignalSpy ready(ingest, &EvidenceIngest::ready);
        QSignalSpy flushed(ingest, &EvidenceIngest::flushed);
        QSignalSpy registered(ingest, &EvidenceIngest::evidenceRegistered);
        QVERIFY(ready.isValid());
        QVERIFY(flushed.isValid());
        QVERIFY(registered.isValid());
        storeThread.start();
        QMetaObject::invokeMethod(ingest, &EvidenceIngest::openAndReconcile, Qt::QueuedConnection);
        QTRY_COMPARE(ready.count(), 1);

        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QMetaObject::invokeMethod(ingest, "onRecordingStarted", Qt::QueuedConnection, Q_ARG(RecordingStarted, started(id, now)));
        for (int i = 1; i <= 3; ++i) {
            const QDateTime t = now.addSecs(2 * (i - 1));
            const QString file = f.segmentFile(t, i, QStringLiteral("mp4"), 200'000 + i);
            QMetaObject::invokeMethod(ingest, "onSegmentOpened", Qt::QueuedConnection, Q_ARG(SegmentOpened, opened(id, i, file, t)));
            QMetaObject::invokeMethod(ingest, "onSegmentClosed", Qt::QueuedConnection, Q_ARG(SegmentClosed, closed(id, i, file, t, 2000)));
        }
        QMetaObject::invokeMethod(ingest, "onMarkerAdded", Qt::QueuedConnection,
                                  Q_ARG(MarkerAdded, (MarkerAdded{id, MarkerType::Notify, 1000, now})));
        QMetaObject::invokeMethod(ingest, "onRecordingStopped", Qt::QueuedConnection,
                                  Q_ARG(RecordingStopped, (RecordingStopped{id, now.addSecs(6), QStringLiteral("user")})));
        QMetaObject::invokeMethod(ingest, &EvidenceIngest::flush, Qt::QueuedConnection);
        QTRY_COMPARE(flushed.count(), 1);
        QCOMPARE(registered.count(), 3);   // all delivered before the barrier

        // Committed by then: an independent reader sees everything.
        EvidenceQuery query(f.paths);
        QString error;
        QVERIFY2(query.open(&error), qPrintable(error));
        const QList<RecordingSummary> today = query.recordingsOn(now.toLocalTime().date());
        QCOMPARE(today.size(), 1);
        QCOMPARE(today.first().recordingId, id);
        QCOMPARE(today.first().segmentCount, 3);
        QCOMPARE(today.first().totalDurationMs, qint64(6000));
        QCOMPARE(today.first().markerCount, 1);
        QCOMPARE(today.first().status, RecordingStatus::Closed);
        QCOMPARE(today.first().audioOnly, false);

        storeThread.quit();
        QVERIFY(storeThread.wait(10000));
    }

    void querySummariesAndCounts()
    {
        Fixture f;
        EvidenceIngest ingest(f.paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256"));
        QVERIFY(ingest.open());
        // Noon of today (local): "today" means the same at any hour the test runs, midnight included.
        const QDateTime now = QDateTime(QDate::currentDate(), QTime(12, 0)).toUTC();
        const QDateTime yesterday = now.addDays(-1);
        const QString a = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
        const QString b = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002");
        const QString old = QStringLiteral("cccccccc-0000-0000-0000-000000000003");
        struct Rec {
            QString id;
            QDateTime press;
            RecordingMode mode;
            int segments;
        };
        for (const Rec &r : {Rec{a, now.addSecs(-600), RecordingMode::AudioVideo, 2}, Rec{b, now.addSecs(-60), RecordingMode::AudioOnly, 1},
                             Rec{old, yesterday, RecordingMode::AudioVideo, 1}}) {
            RecordingStarted s = started(r.id, r.press, r.mode);
            if (r.mode == RecordingMode::AudioVideo) {
                s.thumbnailPath = f.paths.thumbnails() + QLatin1Char('/') + r.id + QStringLiteral(".jpg");
                TestTools::writeFile(s.thumbnailPath, "jpeg");
            }
            ingest.onRecordingStarted(s);
            for (int i = 1; i <= r.segments; ++i) {
                const QDateTime t = s.firstFrameWall.addSecs(10 * (i - 1));
                const QString ext = r.mode == RecordingMode::AudioOnly ? QStringLiteral("m4a") : QStringLiteral("mp4");
                const QString file = f.segmentFile(t, i, ext, 1000 + i);
                ingest.onSegmentOpened(opened(r.id, i, file, t));
                ingest.onSegmentClosed(closed(r.id, i, file, t, 1500 * i));
            }
        }
        ingest.onMarkerAdded(MarkerAdded{a, MarkerType::Sign, 100, now});
        ingest.onMarkerAdded(MarkerAdded{a, MarkerType::Serve, 200, now});
        ingest.onRecordingStopped(RecordingStopped{a, now, QStringLiteral("user")});
        PhotoTaken p;
        p.path = f.segmentFile(now, 9, QStringLiteral("jpg"), 777);
        p.recordingId = a;
        p.wall = now;
        ingest.onPhotoTaken(p);

        EvidenceQuery query(f.paths);
        QString error;
        QVERIFY2(query.open(&error), qPrintable(error));
        const QList<RecordingSummary> today = query.todayRecordings();
        QCOMPARE(today.size(), 2);
        QCOMPARE(today.at(0).recordingId, b);   // newest first
        QCOMPARE(today.at(0).audioOnly, true);
        QVERIFY(today.at(0).thumbnailPath.isEmpty());
        QCOMPARE(today.at(0).status, RecordingStatus::Recording);
        QCOMPARE(today.at(1).recordingId, a);
        QCOMPARE(today.at(1).segmentCount, 2);
        QCOMPARE(today.at(1).totalDurationMs, qint64(1500 + 3000));
        QCOMPARE(today.at(1).markerCount, 2);
        QCOMPARE(today.at(1).photoCount, 1);
        QCOMPARE(today.at(1).thumbnailPath, f.paths.thumbnails() + QLatin1Char('/') + a + QStringLiteral(".jpg"));
        QCOMPARE(today.at(1).status, RecordingStatus::Closed);
        QCOMPARE(today.at(1).startWall, now.addSecs(-602));   // first frame, pre-record included
        QCOMPARE(query.photosOn(now.toLocalTime().date()), 1);
        QCOMPARE(query.photosOn(now.toLocalTime().date(), QStringLiteral("11010001")), 1);   // the ingest's officer
        QCOMPARE(query.photosOn(now.toLocalTime().date(), QStringLiteral("11010002")), 0);
        QCOMPARE(query.photosOn(now.toLocalTime().date().addDays(-1)), 0);

        const EvidenceCounts counts = query.counts();
        QCOMPARE(counts.total, 5);
        QCOMPARE(counts.ok, 5);
        QCOMPARE(counts.recordings, 3);
        const QList<MarkerRecord> markers = query.markers(a);
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers.at(0).type, QStringLiteral("sign"));
        QCOMPARE(query.allMarkers().value(a).size(), 2);
        QCOMPARE(query.evidenceOfRecording(a).size(), 3);   // two segments and the photo
        for (const EvidenceRecord &r : query.allEvidence())
            QVERIFY2(QFileInfo::exists(r.absolutePath), qPrintable(r.absolutePath));
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
