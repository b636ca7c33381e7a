// Location → evidence (issue 7), over the real object graph: TerminalCore with a live recorder on
// test sources and the store file, fed by a real NmeaLocationSource replaying a log. Photos and
// segments carry the position, quality and accuracy of the fix current when they were taken or
// started, and NULL once the fix is stale. Also the schema step v5 → v6
// on a real v5 database file: every row kept, the new columns NULL, positions frozen once set.
#include "database.h"
#include "migrations.h"
#include "nmeafilereplay.h"
#include "nmealocationsource.h"
#include "nmeasentence.h"
#include "recorder.h"
#include "schema.h"
#include "store.h"
#include "terminalcore.h"

#include "../app/testtools.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QByteArray dgpsEpoch()
{
    return Nmea::withChecksum("GPGGA,083000.00,3114.1120,N,12128.5060,E,2,09,0.8,6.0,M,8.6,M,2.0,0001")
        + Nmea::withChecksum("GPGSA,A,3,03,06,09,12,14,17,19,22,24,,,,1.3,0.8,1.0")
        + Nmea::withChecksum("GPRMC,083000.00,A,3114.1120,N,12128.5060,E,2.7,63.8,180526,,,D");
}

} // namespace

class TestLocationEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TerminalCore> m_core;
    std::unique_ptr<NmeaLocationSource> m_location;

    QString db() const { return m_dir.filePath(QStringLiteral("fieldterm.db")); }
    QString q(const QString &sql) const { return TestTools::sqlite(db(), sql); }

private slots:
    void initTestCase()
    {
        QVERIFY(TestTools::haveTools());
        qRegisterMetaType<GeoFix>();
        DeviceProfile profile = DeviceProfile::simulatedDefault();
        profile.video.width = 320;
        profile.video.height = 240;
        profile.video.x264Preset = QStringLiteral("ultrafast");
        profile.policy.prerecordSeconds = 0;
        profile.hasFixedPosition = false;
        m_core = std::make_unique<TerminalCore>(profile, DataPaths(m_dir.path()));
        QSignalSpy ready(m_core->recorder(), &Recorder::pipelineReady);
        m_core->start();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 30000);
    }

    void cleanupTestCase()
    {
        m_location.reset();
        if (m_core)
            m_core->shutdown();
        m_core.reset();
    }

    void noFixMeansNull()
    {
        m_core->setLocation(GeoFix());
        QSignalSpy registered(m_core.get(), &TerminalCore::evidenceRegistered);
        m_core->takePhoto();
        QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 10000);
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM evidence WHERE kind = 'photo'")), QStringLiteral("1"));
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM evidence WHERE latitude IS NULL AND longitude IS NULL"
                                  " AND fix_quality IS NULL AND accuracy_m IS NULL")),
                 QStringLiteral("1"));
    }

    void fixIsStampedThenStaleIsNull()
    {
        const QString log = m_dir.filePath(QStringLiteral("one-fix.nmea"));
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(dgpsEpoch());
        }
        NmeaLocationSource::Options options;
        options.staleMs = 4000;
        m_location = std::make_unique<NmeaLocationSource>(new NmeaFileReplay(log, false, 1.0), options);
        connect(m_location.get(), &LocationSource::fixChanged, m_core.get(), &TerminalCore::setLocation);
        m_location->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_location->lastFix().valid, 3000);

        // A photo and a recording (its first segment) while the fix is current.
        QSignalSpy registered(m_core.get(), &TerminalCore::evidenceRegistered);
        QSignalSpy stopped(m_core->recorder(), &Recorder::recordingStopped);
        m_core->takePhoto();
        m_core->startRecording();
        QTest::qWait(1500);
        m_core->stopRecording();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(registered.count() >= 2, 20000);
        m_core->flushStore();
        QSignalSpy flushed(m_core.get(), &TerminalCore::storeFlushed);
        QTRY_COMPARE_WITH_TIMEOUT(flushed.count(), 1, 10000);

        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM evidence WHERE kind = 'video' AND status = 'ok'")), QStringLiteral("1"));
        const QString stamped = QStringLiteral("SELECT kind || ' ' || printf('%.6f %.6f', latitude, longitude) || ' ' || fix_quality"
                                               " || ' ' || printf('%.1f', accuracy_m) FROM evidence WHERE latitude IS NOT NULL ORDER BY kind");
        // 31°14.1120' N 121°28.5060' E; accuracy 2 × HDOP 0.8 × UERE 5 m.
        QCOMPARE(q(stamped), QStringLiteral("photo 31.235200 121.475100 dgps 8.0\nvideo 31.235200 121.475100 dgps 8.0"));

        // The log ends; after the stale period the position is no longer trusted.
        QTRY_VERIFY_WITH_TIMEOUT(m_location->lastFix().stale, 8000);
        const int before = int(registered.count());
        m_core->takePhoto();
        QTRY_COMPARE_WITH_TIMEOUT(int(registered.count()), before + 1, 10000);
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM evidence WHERE kind = 'photo' AND latitude IS NULL")), QStringLiteral("2"));
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM evidence WHERE kind = 'photo'")), QStringLiteral("3"));
    }

    void positionIsFrozen()
    {
        // Set once, never rewritten; never half a position.
        const QString id = q(QStringLiteral("SELECT id FROM evidence WHERE latitude IS NOT NULL AND kind = 'photo'"));
        QVERIFY(!id.isEmpty());
        const QString changed = q(QStringLiteral("UPDATE evidence SET latitude = 1 WHERE id = '%1'").arg(id));
        QVERIFY2(changed.contains(QLatin1String("<sqlite3 failed>")), qPrintable(changed));
        const QString none = q(QStringLiteral("SELECT id FROM evidence WHERE latitude IS NULL AND kind = 'photo' LIMIT 1"));
        const QString half = q(QStringLiteral("UPDATE evidence SET latitude = 1 WHERE id = '%1'").arg(none));
        QVERIFY2(half.contains(QLatin1String("<sqlite3 failed>")), qPrintable(half));
        QCOMPARE(q(QStringLiteral("SELECT printf('%.6f', latitude) FROM evidence WHERE id = '%1'").arg(id)), QStringLiteral("31.235200"));
    }

    // A v5 database file with rows in every table the evidence path writes, migrated by opening
    // it as the terminal does: a backup first, every row kept, the new columns NULL.
    void migrationFromV5KeepsEveryRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.db"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, Database::Access::ReadWrite, &error), qPrintable(error));
            MigrationResult result;
            QVERIFY2(Migrations::migrate(db, Schema::steps().mid(0, 5), &result, &error), qPrintable(error));
            QCOMPARE(db.userVersion(), 5);
            const char *rows = R"SQL(
INSERT INTO recordings (id, device_id, officer_no, mode, press_wall, status)
    VALUES ('r1', 'SIM0001', '11010001', 'av', '2026-05-18T08:30:00.000Z', 'closed');
INSERT INTO evidence (id, kind, recording_id, segment_index, path, size_bytes, hash, hash_alg, status, created_at)
    VALUES ('e1', 'video', 'r1', 1, 'evidence/2026/05/18/a.mp4', 10,
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'sha256', 'ok', '2026-05-18T08:30:01.000Z');
INSERT INTO evidence (id, kind, path, size_bytes, hash, hash_alg, status, created_at)
    VALUES ('e2', 'photo', 'evidence/2026/05/18/b.jpg', 5,
            'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'sha256', 'ok', '2026-05-18T08:30:02.000Z');
INSERT INTO evidence (id, kind, path, status, created_at, note)
    VALUES ('e3', 'video', 'evidence/2026/05/18/c.mp4', 'missing', '2026-05-18T08:30:03.000Z', 'gone');
INSERT INTO markers (recording_id, type, offset_ms, wall) VALUES ('r1', 'notify', 500, '2026-05-18T08:30:00.500Z');
INSERT INTO counters (name, value) VALUES ('case:SIM0001:2026', 3);
)SQL";
            QVERIFY2(db.exec(rows, &error), qPrintable(error));
            db.close();
        }
        const QString tables = QStringLiteral("SELECT (SELECT count(*) FROM recordings) || ',' || (SELECT count(*) FROM evidence)"
                                              " || ',' || (SELECT count(*) FROM markers) || ',' || (SELECT count(*) FROM counters)");
        const QString before = TestTools::sqlite(path, tables);
        QCOMPARE(before, QStringLiteral("1,3,1,1"));
        const QString evidenceRows = QStringLiteral("SELECT id, kind, recording_id, segment_index, path, size_bytes, hash, status, note"
                                                    " FROM evidence ORDER BY id");
        const QString evidenceBefore = TestTools::sqlite(path, evidenceRows);

        {
            Database db;
            QString error;
            MigrationResult migration;
            QVERIFY2(Store::openWriter(&db, path, &error, &migration), qPrintable(error));
            QCOMPARE(migration.fromVersion, 5);
            QCOMPARE(migration.toVersion, 6);
            QCOMPARE(migration.backupPath, path + QStringLiteral(".bak-v5"));
        }
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("6"));
        QCOMPARE(TestTools::sqlite(path, tables), before);
        QCOMPARE(TestTools::sqlite(path, evidenceRows), evidenceBefore);
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT count(*) FROM evidence WHERE latitude IS NULL AND longitude IS NULL"
                                                        " AND fix_quality IS NULL AND accuracy_m IS NULL")),
                 QStringLiteral("3"));
        QCOMPARE(TestTools::sqlite(path + QStringLiteral(".bak-v5"), QStringLiteral("PRAGMA user_version")), QStringLiteral("5"));
        QCOMPARE(TestTools::sqlite(path + QStringLiteral(".bak-v5"), tables), before);
        // A migrated row takes a position once.
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("UPDATE evidence SET latitude = 31.2, longitude = 121.4, fix_quality = 'gps'"
                                                        " WHERE id = 'e2'; SELECT fix_quality FROM evidence WHERE id = 'e2'")),
                 QStringLiteral("gps"));
        QVERIFY(TestTools::sqlite(path, QStringLiteral("UPDATE evidence SET fix_quality = 'bogus' WHERE id = 'e1'"))
                    .contains(QLatin1String("<sqlite3 failed>")));
    }
};

QTEST_GUILESS_MAIN(TestLocationEvidence)
#include "tst_location_evidence.moc"
