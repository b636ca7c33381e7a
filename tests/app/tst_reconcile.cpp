// Start-up reconciliation on real files and a real store, one case per rule of reconciler.h:
// (a) a killed recording's .part, (b) a media file with no row, (c) a row whose file is gone,
// (d) a recording left 'recording', (e) an empty .part. The partial MP4 is made the honest
// way: a fragmented-MP4 gst-launch-1.0 pipeline killed with SIGKILL while writing.
#include "datapaths.h"
#include "evidenceingest.h"
#include "evidencequery.h"
#include "testtools.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString kDevice = QStringLiteral("SIM0001");
const QString kOfficer = QStringLiteral("11010001");

double ffprobeDuration(const QString &path)
{
    bool ok = false;
    const QByteArray out = TestTools::run(QStringLiteral("ffprobe"),
                                          {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                           QStringLiteral("format=duration"), QStringLiteral("-of"), QStringLiteral("json"), path},
                                          &ok);
    if (!ok)
        return -1;
    return QJsonDocument::fromJson(out).object().value(QLatin1String("format")).toObject().value(QLatin1String("duration")).toString().toDouble();
}

struct Fixture {
    QTemporaryDir tmp;
    DataPaths paths{tmp.path()};
    EvidenceIngest ingest{paths, kDevice, kOfficer, QStringLiteral("sha256")};

    QString sql(const QString &q) const { return TestTools::sqlite(paths.database(), q); }
    QString file(const QDateTime &start, int seq, const QString &ext) const
    {
        return paths.evidenceDir(start) + QLatin1Char('/') + evidenceFileName(kDevice, kOfficer, start, seq, ext);
    }
    // A recording with its first segment opened (placeholder row), as a crash leaves it.
    QString openRecording(const QDateTime &start, const QString &finalPath)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        RecordingStarted s;
        s.recordingId = id;
        s.pressWall = start;
        s.firstFrameWall = start;
        ingest.onRecordingStarted(s);
        SegmentOpened o;
        o.recordingId = id;
        o.index = 1;
        o.finalPath = finalPath;
        o.partPath = finalPath + QStringLiteral(".part");
        o.startWall = start;
        o.startMonoNs = 1;
        ingest.onSegmentOpened(o);
        return id;
    }
    ReconcileReport reconcile() { return ingest.reconcile(); }
};

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT
    QByteArray m_killedMp4;   // a fragmented MP4 cut off by SIGKILL
    double m_killedDuration = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/sha256sum/openssl missing: tools/deps-debian.txt lists them");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0")).isEmpty(), "gstreamer1.0-tools missing");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffmpeg missing");
        registerRecorderMetaTypes();

        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("killed.mp4.part"));
        QStringList args = QStringLiteral("-q videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,framerate=30/1"
                                          " ! x264enc speed-preset=ultrafast tune=zerolatency key-int-max=30 ! h264parse"
                                          " ! mp4mux fragment-duration=500 streamable=true ! filesink buffer-mode=unbuffered")
                               .split(QLatin1Char(' '));
        args << QStringLiteral("location=") + part;
        QProcess writer;
        writer.start(QStringLiteral("gst-launch-1.0"), args);
        QVERIFY(writer.waitForStarted());
        // About two seconds of fragments on disk, then the power cord.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 60'000, 20000);
        writer.kill();   // SIGKILL: no EOS, no index at the end
        QVERIFY(writer.waitForFinished());
        QFile f(part);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_killedMp4 = f.readAll();
        QVERIFY(m_killedMp4.size() > 60'000);
        const QString probe = dir.filePath(QStringLiteral("probe.mp4"));
        QVERIFY(TestTools::writeFile(probe, m_killedMp4));
        m_killedDuration = ffprobeDuration(probe);
        QVERIFY2(m_killedDuration > 1.0, "the killed MP4 should play for over a second");
    }

    // (a) + (d): the segment being written when the process died.
    void partWithOpenRowIsRecovered()
    {
        Fixture f;
        QVERIFY(f.ingest.open());
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-30);
        const QString finalPath = f.file(start, 1, QStringLiteral("mp4"));
        const QString id = f.openRecording(start, finalPath);
        QVERIFY(TestTools::writeFile(finalPath + QStringLiteral(".part"), m_killedMp4));

        const ReconcileReport report = f.reconcile();
        QCOMPARE(report.renamedParts, 1);
        QCOMPARE(report.recoveredOpen, 1);
        QCOMPARE(report.registeredOrphans, 0);
        QCOMPARE(report.interruptedRecordings, 1);
        QCOMPARE(report.interruptedIds, QStringList{id});
        QVERIFY(report.errors.isEmpty());
        QCOMPARE(report.recoveredPaths, QStringList{finalPath});

        QVERIFY(!QFileInfo::exists(finalPath + QStringLiteral(".part")));
        QVERIFY(QFileInfo::exists(finalPath));
        const QString rel = f.paths.relative(finalPath);
        QCOMPARE(f.sql(QStringLiteral("SELECT status || '|' || recording_id || '|' || segment_index || '|' || size_bytes FROM evidence WHERE path = '%1'").arg(rel)),
                 QStringLiteral("recovered|%1|1|%2").arg(id).arg(m_killedMp4.size()));
        QCOMPARE(f.sql(QStringLiteral("SELECT hash FROM evidence")), TestTools::toolHash(QStringLiteral("sha256"), finalPath));
        // The stored duration is the playable one (an independent player agrees within a frame or two).
        const double storedSeconds = f.sql(QStringLiteral("SELECT duration_ms FROM evidence")).toDouble() / 1000.0;
        QVERIFY2(qAbs(storedSeconds - m_killedDuration) < 0.1,
                 qPrintable(QStringLiteral("stored %1 s, ffprobe %2 s").arg(storedSeconds).arg(m_killedDuration)));
        QCOMPARE(ffprobeDuration(finalPath), m_killedDuration);
        QCOMPARE(f.sql(QStringLiteral("SELECT status || '|' || stop_reason || '|' || (stop_wall IS NOT NULL) FROM recordings")),
                 QStringLiteral("interrupted|interrupted|1"));
        QCOMPARE(f.sql(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

        // Idempotent: a second start-up finds nothing to do.
        const ReconcileReport again = f.reconcile();
        QVERIFY2(!again.changedAnything(), qPrintable(again.summary()));
    }

    // (a) without a row: e.g. the store was replaced, or the placeholder never committed.
    void partWithoutRowIsRegistered()
    {
        Fixture f;
        QVERIFY(f.ingest.open());
        const QDateTime start = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9));
        const QString video = f.file(start, 2, QStringLiteral("mp4"));
        const QString audio = f.file(start, 1, QStringLiteral("m4a"));
        QVERIFY(TestTools::writeFile(video + QStringLiteral(".part"), m_killedMp4));
        QVERIFY(TestTools::writeFile(audio + QStringLiteral(".part"), TestTools::pattern(5000)));

        const ReconcileReport report = f.reconcile();
        QCOMPARE(report.renamedParts, 2);
        QCOMPARE(report.registeredOrphans, 2);
        QCOMPARE(report.recoveredOpen, 0);
        QVERIFY(QFileInfo::exists(video));
        QVERIFY(QFileInfo::exists(audio));
        QCOMPARE(f.sql(QStringLiteral("SELECT group_concat(kind || ':' || status || ':' || coalesce(recording_id, 'NULL') || ':' || device_id"
                                      " || ':' || officer_no || ':' || start_wall, ',') FROM (SELECT * FROM evidence ORDER BY kind)")),
                 QStringLiteral("audio:recovered:NULL:SIM0001:11010001:%1,video:recovered:NULL:SIM0001:11010001:%1")
                     .arg(start.toUTC().toString(Qt::ISODateWithMs)));
        for (const QString &p : {video, audio}) {
            QCOMPARE(f.sql(QStringLiteral("SELECT hash FROM evidence WHERE path = '%1'").arg(f.paths.relative(p))),
                     TestTools::toolHash(QStringLiteral("sha256"), p));
        }
    }

    void partNeverOverwritesAFinalFile()
    {
        Fixture f;
        QVERIFY(f.ingest.open());
        const QDateTime start = QDateTime::currentDateTime();
        const QString finalPath = f.file(start, 1, QStringLiteral("mp4"));
        QVERIFY(TestTools::writeFile(finalPath, TestTools::pattern(1234, 1)));
        QVERIFY(TestTools::writeFile(finalPath + QStringLiteral(".part"), TestTools::pattern(4321, 2)));

        const ReconcileReport report = f.reconcile();
        QCOMPARE(report.renamedParts, 1);
        QCOMPARE(report.registeredOrphans, 2);
        QCOMPARE(QFileInfo(finalPath).size(), qint64(1234));
        const QString renamed = QFileInfo(finalPath).absolutePath() + QLatin1Char('/') + QFileInfo(finalPath).completeBaseName()
            + QStringLiteral("-r1.mp4");
        QCOMPARE(QFileInfo(renamed).size(), qint64(4321));
        QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM evidence WHERE status = 'recovered'")), QStringLiteral("2"));
    }

    // (b) a closed file with no row (killed between rename and commit, or a restored store).
    void finalFilesWithoutRowAreRegistered()
    {
        Fixture f;
        QVERIFY(f.ingest.open());
        const QDateTime start = QDateTime::currentDateTime();
        const QString mp4 = f.file(start, 1, QStringLiteral("mp4"));
        const QString m4a = f.file(start, 2, QStringLiteral("m4a"));
        const QString jpg = f.file(start, 3, QStringLiteral("jpg"));
        const QString other = f.paths.evidenceDir(start) + QStringLiteral("/notes.txt");
        QVERIFY(TestTools::writeFile(mp4, m_killedMp4));
        QVERIFY(TestTools::writeFile(m4a, TestTools::pattern(3000, 5)));
        QVERIFY(TestTools::writeFile(jpg, TestTools::pattern(2000, 6)));
        QVERIFY(TestTools::writeFile(other, "not evidence"));

        const ReconcileReport report = f.reconcile();
        QCOMPARE(report.registeredOrphans, 3);
        QCOMPARE(report.renamedParts, 0);
        QCOMPARE(f.sql(QStringLiteral("SELECT group_concat(kind, ',') FROM (SELECT kind FROM evidence ORDER BY kind)")),
                 QStringLiteral("audio,photo,video"));
        QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM evidence WHERE path LIKE '%notes.txt'")), QStringLiteral("0"));
        QCOMPARE(f.sql(QStringLiteral("SELECT duration_ms FROM evidence WHERE kind = 'photo'")), QStringLiteral("0"));
        QVERIFY(f.sql(QStringLiteral("SELECT duration_ms FROM evidence WHERE kind = 'video'")).toInt() > 1000);
        for (const QString &p : {mp4, m4a, jpg}) {
            QCOMPARE(f.sql(QStringLiteral("SELECT hash FROM evidence WHERE path = '%1'").arg(f.paths.relative(p))),
                     TestTools::toolHash(QStringLiteral("sha256"), p));
        }
    }

    // Killed after the recorder renamed the segment but before its row was committed 'ok'.
    void finalFileWithOpenRowIsRecovered()
    {
        Fixture f;
        QVERIFY(f.ingest.open());
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const QString finalPath = f.file(start, 1, QStringLiteral("mp4"));
        const QString id = f.openRecording(start, finalPath);
        QVERIFY(TestTools::writeFile(finalPath, m_killedMp4));
        const ReconcileReport report = f.reconcile();
        QCOMPARE(report.recoveredOpen, 1);
        QCOMPARE(report.renamedParts, 0);
        QCOMPARE(f.sql(QStringLiteral("SELECT status || '|' || recording_id FROM evidence")), QStringLiteral("recovered|%1").arg(id));
    }

    // (c) a row whose file is gone: flagged, never deleted; and if the very file comes back,
    // it is accepted again — a different file is not.
    void missingFilesAreFlagged()
    {
        Fixture f;
        QVERIFY(f.ingest.open());
        const QDateTime start = QDateTime::currentDateTime();
        const QString a = f.file(start, 1, QStringLiteral("jpg"));
        const QString b = f.file(start, 2, QStringLiteral("jpg"));
        const QByteArray aBytes = TestTools::pattern(1500, 1);
        for (const QString &p : {a, b}) {
            QVERIFY(TestTools::writeFile(p, p == a ? aBytes : TestTools::pattern(1600, 2)));
            PhotoTaken photo;
            photo.path = p;
            photo.wall = start;
            f.ingest.onPhotoTaken(photo);
        }
        QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM evidence WHERE status = 'ok'")), QStringLiteral("2"));
        QVERIFY(QFile::remove(a));
        QVERIFY(QFile::remove(b));

        ReconcileReport report = f.reconcile();
        QCOMPARE(report.markedMissing, 2);
        QCOMPARE(report.missingPaths.size(), 2);
        QCOMPARE(f.sql(QStringLiteral("SELECT group_concat(status, ',') FROM evidence")), QStringLiteral("missing,missing"));
        QVERIFY(f.sql(QStringLiteral("SELECT note FROM evidence LIMIT 1")).contains(QStringLiteral("缺失")));
        report = f.reconcile();
        QCOMPARE(report.markedMissing, 0);   // flagged once

        QVERIFY(TestTools::writeFile(a, aBytes));                       // the same bytes return
        QVERIFY(TestTools::writeFile(b, TestTools::pattern(1600, 3)));  // something else appears
        report = f.reconcile();
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.errors.first().contains(QFileInfo(b).fileName()));
        QCOMPARE(f.sql(QStringLiteral("SELECT status FROM evidence WHERE path = '%1'").arg(f.paths.relative(a))), QStringLiteral("recovered"));
        QCOMPARE(f.sql(QStringLiteral("SELECT status FROM evidence WHERE path = '%1'").arg(f.paths.relative(b))), QStringLiteral("missing"));
        QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM evidence")), QStringLiteral("2"));
    }

    // (d) alone: the recording's stop time becomes the end of its last known file.
    void unfinishedRecordingsAreInterrupted()
    {
        Fixture f;
        QVERIFY(f.ingest.open());
        const QDateTime start = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        const QString finalPath = f.file(start, 1, QStringLiteral("mp4"));
        const QString id = f.openRecording(start, finalPath);
        QVERIFY(TestTools::writeFile(finalPath, TestTools::pattern(999)));
        SegmentClosed c;
        c.recordingId = id;
        c.index = 1;
        c.finalPath = finalPath;
        c.durationNs = 2'000'000'000;
        c.startWall = start;
        c.endWall = start.addSecs(2);
        f.ingest.onSegmentClosed(c);
        RecordingStarted closedOne;
        closedOne.recordingId = QStringLiteral("closed-one");
        closedOne.pressWall = start;
        f.ingest.onRecordingStarted(closedOne);
        f.ingest.onRecordingStopped(RecordingStopped{QStringLiteral("closed-one"), start, QStringLiteral("user")});

        const ReconcileReport report = f.reconcile();
        QCOMPARE(report.interruptedIds, QStringList{id});
        QCOMPARE(f.sql(QStringLiteral("SELECT status || '|' || stop_wall FROM recordings WHERE id = '%1'").arg(id)),
                 QStringLiteral("interrupted|2026-01-02T03:04:07.006Z"));
        QCOMPARE(f.sql(QStringLiteral("SELECT status FROM recordings WHERE id = 'closed-one'")), QStringLiteral("closed"));
    }

    // (e) killed before the first fragment: nothing to keep, placeholder removed too.
    void emptyPartIsRemoved()
    {
        Fixture f;
        QVERIFY(f.ingest.open());
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const QString finalPath = f.file(start, 1, QStringLiteral("mp4"));
        const QString id = f.openRecording(start, finalPath);
        QVERIFY(TestTools::writeFile(finalPath + QStringLiteral(".part"), QByteArray()));
        QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM evidence")), QStringLiteral("1"));

        const ReconcileReport report = f.reconcile();
        QCOMPARE(report.removedEmptyParts, 1);
        QCOMPARE(report.removedPaths, QStringList{finalPath + QStringLiteral(".part")});
        QCOMPARE(report.markedMissing, 0);
        QVERIFY(!QFileInfo::exists(finalPath + QStringLiteral(".part")));
        QVERIFY(!QFileInfo::exists(finalPath));
        QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM evidence")), QStringLiteral("0"));
        QCOMPARE(f.sql(QStringLiteral("SELECT status FROM recordings WHERE id = '%1'").arg(id)), QStringLiteral("interrupted"));
        QCOMPARE(f.sql(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void reportIsReadable()
    {
        ReconcileReport r;
        r.recoveredOpen = 1;
        r.markedMissing = 2;
        QVERIFY(r.changedAnything());
        QVERIFY(r.summary().contains(QStringLiteral("标记缺失 2")));
        QVERIFY(!ReconcileReport().changedAnything());
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
