// The SQLite store on real files: migrations from empty and on re-open, the backup taken
// before a migration, the pragmas the evidence rules rely on, constraints that keep bad rows
// out, and text stored byte for byte — checked with the sqlite3 tool where it can witness.
#include "database.h"
#include "migrations.h"
#include "schema.h"
#include "store.h"
#include "testtools.h"
#include "transaction.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#include <sys/stat.h>

namespace {

int fileMode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// A recording and one 'ok' evidence row, inserted with bound values.
bool insertSample(Database &db, const QString &note = QStringLiteral("sample"))
{
    Statement r = db.prepare("INSERT INTO recordings (id, device_id, officer_no, mode, press_wall)"
                             " VALUES ('rec-1', 'SIM0001', '11010001', 'av', '2026-01-02T03:04:05.000Z')");
    if (!r.exec())
        return false;
    Statement e = db.prepare("INSERT INTO evidence (id, kind, recording_id, segment_index, path, hash, hash_alg, status,"
                             " created_at, note) VALUES ('ev-1', 'video', 'rec-1', 1, 'evidence/a.mp4', ?1, 'sha256',"
                             " 'ok', '2026-01-02T03:04:05.000Z', ?2)");
    e.bind(1, QString(64, QLatin1Char('a'))).bind(2, note);
    return e.exec();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/sha256sum/openssl missing: tools/deps-debian.txt lists them");
    }

    void freshDatabaseIsMigratedToLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        Database db;
        QString error;
        MigrationResult migration;
        QVERIFY2(Store::openWriter(&db, path, &error, &migration), qPrintable(error));
        QCOMPARE(migration.fromVersion, 0);
        QCOMPARE(migration.toVersion, Schema::latestVersion);
        QVERIFY(migration.backupPath.isEmpty());   // nothing to back up in a new file
        QCOMPARE(fileMode(path), 0600);

        QString report;
        QVERIFY2(Store::integrityCheck(db, &report), qPrintable(report));
        db.close();

        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA user_version")), QString::number(Schema::latestVersion));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema"
                                                        " WHERE type = 'table' ORDER BY name)")),
                 QStringLiteral("audit_log,case_links,case_reviews,case_steps,cases,counters,documents,evidence,manifests,markers,officers,outbox,receipted_evidence,recordings,sqlite_sequence,sync_settings,uploads"));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak-v*")}).isEmpty());
    }

    void reopenIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        QString error;
        {
            Database db;
            QVERIFY2(Store::openWriter(&db, path, &error), qPrintable(error));
            QVERIFY(insertSample(db));
        }
        for (int i = 0; i < 2; ++i) {
            Database db;
            MigrationResult migration;
            QVERIFY2(Store::openWriter(&db, path, &error, &migration), qPrintable(error));
            QCOMPARE(migration.fromVersion, Schema::latestVersion);
            QCOMPARE(migration.toVersion, Schema::latestVersion);
            QVERIFY(migration.backupPath.isEmpty());
        }
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT count(*) FROM evidence")), QStringLiteral("1"));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak-v*")}).isEmpty());
    }

    void pragmasForEvidence()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(Store::openWriter(&db, dir.filePath(QStringLiteral("f.db")), &error), qPrintable(error));
        qint64 v = -1;
        QVERIFY(db.queryInt("PRAGMA foreign_keys", &v));
        QCOMPARE(v, qint64(1));
        QVERIFY(db.queryInt("PRAGMA synchronous", &v));
        QCOMPARE(v, qint64(2));   // FULL
        QVERIFY(db.queryInt("PRAGMA busy_timeout", &v));
        QCOMPARE(v, qint64(Store::busyTimeoutMs));
        QString mode;
        QVERIFY(db.queryText("PRAGMA journal_mode", &mode));
        QCOMPARE(mode, QStringLiteral("wal"));
    }

    void olderDatabaseIsBackedUpBeforeMigrating()
    {
        // A version-0 database with content (as an older build could have left it).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        bool ok = false;
        TestTools::run(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE legacy (x TEXT); INSERT INTO legacy VALUES ('keep me');")}, &ok);
        QVERIFY(ok);
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("0"));

        Database db;
        QString error;
        MigrationResult migration;
        QVERIFY2(Store::openWriter(&db, path, &error, &migration), qPrintable(error));
        QCOMPARE(migration.fromVersion, 0);
        QCOMPARE(migration.toVersion, Schema::latestVersion);
        const QString backup = path + QStringLiteral(".bak-v0");
        QCOMPARE(migration.backupPath, backup);
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(fileMode(backup), 0600);
        QCOMPARE(TestTools::sqlite(backup, QStringLiteral("SELECT x FROM legacy")), QStringLiteral("keep me"));
        QCOMPARE(TestTools::sqlite(backup, QStringLiteral("PRAGMA user_version")), QStringLiteral("0"));
        QCOMPARE(TestTools::sqlite(backup, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        db.close();
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA user_version")), QString::number(Schema::latestVersion));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT x FROM legacy")), QStringLiteral("keep me"));
    }

    void nextVersionStepIsBackedUpAndApplied()
    {
        // The mechanism every schema version relies on: the latest version with data → one more step.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        QString error;
        {
            Database db;
            QVERIFY2(Store::openWriter(&db, path, &error), qPrintable(error));
            QVERIFY(insertSample(db));
        }
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadWrite, &error));
        QList<MigrationStep> steps = Schema::steps();
        const int next = Schema::latestVersion + 1;
        const QString latest = QString::number(Schema::latestVersion);
        steps.append({next, [](Database &d, QString *e) { return d.exec("ALTER TABLE evidence ADD COLUMN uploaded_at TEXT", e); }});
        MigrationResult migration;
        QVERIFY2(Migrations::migrate(db, steps, &migration, &error), qPrintable(error));
        QCOMPARE(migration.fromVersion, Schema::latestVersion);
        QCOMPARE(migration.toVersion, next);
        QCOMPARE(migration.backupPath, path + QStringLiteral(".bak-v") + latest);
        QCOMPARE(TestTools::sqlite(migration.backupPath, QStringLiteral("PRAGMA user_version")), latest);
        QCOMPARE(TestTools::sqlite(migration.backupPath, QStringLiteral("SELECT id FROM evidence")), QStringLiteral("ev-1"));
        db.close();
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA user_version")), QString::number(next));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT count(uploaded_at) || '/' || count(*) FROM evidence")), QStringLiteral("0/1"));

        // A second backup of the same version never overwrites the first.
        const QString second = Migrations::backupPathFor(path, Schema::latestVersion);
        QVERIFY(second != path + QStringLiteral(".bak-v") + latest);
        QVERIFY(second.startsWith(path + QStringLiteral(".bak-v") + latest + QLatin1Char('-')));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Schema::latestVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        // A store left at schema v<from> by an older program (with data from v1 on) opens as the
        // latest version: its rows kept, a backup of the old file beside it, all constraints met.
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        QString error;
        {
            Database old;
            QVERIFY(old.open(path, Database::Access::ReadWrite, &error));
            MigrationResult partial;
            QVERIFY2(Migrations::migrate(old, Schema::steps().mid(0, from), &partial, &error), qPrintable(error));
            QCOMPARE(old.userVersion(), from);
            if (from >= 1)
                QVERIFY(insertSample(old, QStringLiteral("来自旧版本 🚓 '\"<b>")));
        }
        Database db;
        MigrationResult migration;
        QVERIFY2(Store::openWriter(&db, path, &error, &migration), qPrintable(error));
        QCOMPARE(migration.fromVersion, from);
        QCOMPARE(migration.toVersion, Schema::latestVersion);
        if (from >= 1) {
            QCOMPARE(migration.backupPath, path + QStringLiteral(".bak-v%1").arg(from));
            QCOMPARE(TestTools::sqlite(migration.backupPath, QStringLiteral("PRAGMA user_version")), QString::number(from));
        }
        db.close();
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA foreign_key_check")), QString());
        if (from >= 1)
            QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT note FROM evidence WHERE id = 'ev-1'")), QStringLiteral("来自旧版本 🚓 '\"<b>"));
        // What v2 added is there and usable on migrated data.
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN"
                                                        " ('officers', 'audit_log', 'cases', 'case_steps', 'case_links', 'counters', 'documents')")),
                 QStringLiteral("7"));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT count(stop_note) FROM recordings")), QStringLiteral("0"));
        // v4: the sync engine's tables.
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN"
                                                        " ('sync_settings', 'uploads', 'outbox', 'manifests', 'receipted_evidence')")),
                 QStringLiteral("5"));
    }

    void failingStepRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        QString error;
        {
            Database db;
            QVERIFY2(Store::openWriter(&db, path, &error), qPrintable(error));
            QVERIFY(insertSample(db));
        }
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadWrite, &error));
        QList<MigrationStep> steps = Schema::steps();
        const int next = Schema::latestVersion + 1;
        steps.append({next, [](Database &d, QString *e) {
                          return d.exec("CREATE TABLE half_done (x INTEGER)", e) && d.exec("THIS IS NOT SQL", e);
                      }});
        MigrationResult migration;
        QVERIFY(!Migrations::migrate(db, steps, &migration, &error));
        QVERIFY(error.contains(QStringLiteral("v%1").arg(next)));
        QCOMPARE(db.userVersion(), Schema::latestVersion);
        qint64 n = -1;
        QVERIFY(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'", &n));
        QCOMPARE(n, qint64(0));   // nothing of the failed step remains
        QVERIFY(db.queryInt("SELECT count(*) FROM evidence", &n));
        QCOMPARE(n, qint64(1));
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        bool ok = false;
        TestTools::run(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE future (x); PRAGMA user_version = 99;")}, &ok);
        QVERIFY(ok);
        Database db;
        QString error;
        QVERIFY(!Store::openWriter(&db, path, &error));
        QVERIFY2(error.contains(QStringLiteral("新版")), qPrintable(error));
        QVERIFY(!db.isOpen());
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("99"));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak-v*")}).isEmpty());
    }

    void textIsStoredVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("chinese") << QStringLiteral("现场检查（勘验）笔录：当事人拒绝签字");
        QTest::newRow("emoji") << QStringLiteral("👮‍♀️📹 ✅ 𠀀");
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\" `back` 「引号」");
        QTest::newRow("sql") << QStringLiteral("'); DROP TABLE evidence; -- ; SELECT * FROM recordings WHERE 1=1 OR '' = '");
        QTest::newRow("like-wildcards") << QStringLiteral("100% _under_ \\back\\ ?1 :name @p $x");
        QTest::newRow("newlines") << QStringLiteral("line1\nline2\r\n\ttab");
        QTest::newRow("nul") << QString::fromUtf8("before\0after", 12);
        QTest::newRow("empty") << QStringLiteral("");
    }
    void textIsStoredVerbatim()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        Database db;
        QString error;
        QVERIFY2(Store::openWriter(&db, path, &error), qPrintable(error));
        QVERIFY(insertSample(db, text));

        Statement st = db.prepare("SELECT note, typeof(note) FROM evidence WHERE id = 'ev-1'");
        QCOMPARE(st.step(), Statement::Step::Row);
        QCOMPARE(st.text(0), text);
        QVERIFY(!st.text(0).isNull());   // '' stays '' (not NULL)
        QCOMPARE(st.text(1), QStringLiteral("text"));
        db.close();

        // The sqlite3 tool sees the same bytes, and the tables are all still there.
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT hex(note) FROM evidence")),
                 QString::fromLatin1(text.toUtf8().toHex().toUpper()));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")), QStringLiteral("17"));
    }

    void constraintsRejectBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("unknown status") << QStringLiteral(
            "UPDATE evidence SET status = 'deleted' WHERE id = 'ev-1'");
        QTest::newRow("unknown kind") << QStringLiteral(
            "UPDATE evidence SET kind = 'text' WHERE id = 'ev-1'");
        QTest::newRow("ok without hash") << QStringLiteral(
            "INSERT INTO evidence (id, kind, path, status, created_at) VALUES ('x', 'photo', 'evidence/x.jpg', 'ok', 'now')");
        QTest::newRow("hash without algorithm") << QStringLiteral(
            "UPDATE evidence SET hash_alg = NULL WHERE id = 'ev-1'");
        QTest::newRow("malformed hash") << QStringLiteral(
            "INSERT INTO evidence (id, kind, path, hash, hash_alg, status, created_at) VALUES ('x', 'photo', 'evidence/x.jpg',"
            " 'ZZZ', 'sha256', 'ok', 'now')");
        QTest::newRow("absolute path") << QStringLiteral(
            "INSERT INTO evidence (id, kind, path, status, created_at) VALUES ('x', 'photo', '/etc/passwd', 'open', 'now')");
        QTest::newRow("duplicate path") << QStringLiteral(
            "INSERT INTO evidence (id, kind, path, status, created_at) VALUES ('x', 'video', 'evidence/a.mp4', 'open', 'now')");
        QTest::newRow("unknown recording") << QStringLiteral(
            "INSERT INTO evidence (id, kind, recording_id, segment_index, path, status, created_at) VALUES ('x', 'video',"
            " 'nope', 1, 'evidence/x.mp4', 'open', 'now')");
        QTest::newRow("marker of unknown recording") << QStringLiteral(
            "INSERT INTO markers (recording_id, type, offset_ms, wall) VALUES ('nope', 'notify', 0, 'now')");
        QTest::newRow("unknown marker type") << QStringLiteral(
            "INSERT INTO markers (recording_id, type, offset_ms, wall) VALUES ('rec-1', 'coffee', 0, 'now')");
        QTest::newRow("delete evidence") << QStringLiteral("DELETE FROM evidence WHERE id = 'ev-1'");
        QTest::newRow("change a hash") << (QStringLiteral("UPDATE evidence SET hash = '") + QString(64, QLatin1Char('b'))
                                           + QStringLiteral("' WHERE id = 'ev-1'"));
        QTest::newRow("delete a recording with evidence") << QStringLiteral("DELETE FROM recordings WHERE id = 'rec-1'");
        QTest::newRow("unknown mode") << QStringLiteral("UPDATE recordings SET mode = 'vr' WHERE id = 'rec-1'");
        QTest::newRow("wrong type (STRICT)") << QStringLiteral("UPDATE evidence SET size_bytes = 'big' WHERE id = 'ev-1'");
    }
    void constraintsRejectBadRows()
    {
        QFETCH(QString, sql);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(Store::openWriter(&db, dir.filePath(QStringLiteral("f.db")), &error), qPrintable(error));
        QVERIFY(insertSample(db));
        const QByteArray utf8 = sql.toUtf8();
        QVERIFY(!db.exec(utf8.constData(), &error));
        QVERIFY(!error.isEmpty());
        Statement st = db.prepare("SELECT kind, status, hash, hash_alg FROM evidence WHERE id = 'ev-1'");
        QCOMPARE(st.step(), Statement::Step::Row);   // the sample row is unchanged
        QCOMPARE(st.text(0), QStringLiteral("video"));
        QCOMPARE(st.text(1), QStringLiteral("ok"));
        QCOMPARE(st.text(2), QString(64, QLatin1Char('a')));
        QCOMPARE(st.text(3), QStringLiteral("sha256"));
    }

    void openPlaceholderMayBeDropped()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(Store::openWriter(&db, dir.filePath(QStringLiteral("f.db")), &error), qPrintable(error));
        QVERIFY(db.exec("INSERT INTO evidence (id, kind, path, status, created_at) VALUES ('p', 'video', 'evidence/p.mp4',"
                        " 'open', 'now')"));
        QVERIFY(db.exec("DELETE FROM evidence WHERE id = 'p'"));
        QCOMPARE(db.changes(), 1);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(Store::openWriter(&db, dir.filePath(QStringLiteral("f.db")), &error), qPrintable(error));
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(insertSample(db));
        }   // no commit
        qint64 n = -1;
        QVERIFY(db.queryInt("SELECT count(*) FROM recordings", &n));
        QCOMPARE(n, qint64(0));
        {
            Transaction tx(db);
            QVERIFY(insertSample(db));
            QVERIFY(tx.commit());
        }
        QVERIFY(db.queryInt("SELECT count(*) FROM evidence", &n));
        QCOMPARE(n, qint64(1));
    }

    void failedBindNeverRuns()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(Store::openWriter(&db, dir.filePath(QStringLiteral("f.db")), &error), qPrintable(error));
        Statement st = db.prepare("INSERT INTO markers (recording_id, type, offset_ms, wall) VALUES (?1, 'notify', 0, 'now')");
        st.bind(1, QStringLiteral("r")).bind(7, QStringLiteral("out of range"));
        QCOMPARE(st.step(), Statement::Step::Error);
        QVERIFY(st.error().contains(QLatin1String("bind 7")));
    }

    void readerSeesCommittedRowsAndCannotWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.db"));
        Database writer;
        QString error;
        QVERIFY2(Store::openWriter(&writer, path, &error), qPrintable(error));
        Database reader;
        QVERIFY2(Store::openReader(&reader, path, &error), qPrintable(error));

        Transaction tx(writer);
        QVERIFY(insertSample(writer));
        qint64 n = -1;
        QVERIFY(reader.queryInt("SELECT count(*) FROM evidence", &n));
        QCOMPARE(n, qint64(0));   // not committed yet
        QVERIFY(tx.commit());
        QVERIFY(reader.queryInt("SELECT count(*) FROM evidence", &n));
        QCOMPARE(n, qint64(1));

        QVERIFY(!reader.exec("UPDATE evidence SET note = 'x'", &error));
        QVERIFY(!reader.exec("CREATE TABLE t (x)", &error));
    }

    void secondWriterKeepsOtherProcessesInStep()
    {
        // Regression: opening a second writer connection in the same process (the GUI's
        // DomainStore beside the store thread's ingest) once opened and closed its own fd on the
        // database file, which dropped the first connection's POSIX locks; the next sqlite3
        // process then deleted the live -wal/-shm and saw none of the later commits.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        QString error;
        Database first;
        QVERIFY2(Store::openWriter(&first, path, &error), qPrintable(error));
        QVERIFY(insertSample(first));
        Database second;
        QVERIFY2(Store::openWriter(&second, path, &error), qPrintable(error));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT count(*) FROM recordings")), QStringLiteral("1"));
        QVERIFY(second.exec("INSERT INTO counters (name, value) VALUES ('a', 1)"));
        QVERIFY(first.exec("INSERT INTO counters (name, value) VALUES ('b', 2)"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT group_concat(name) FROM counters")), QStringLiteral("a,b"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        QCOMPARE(fileMode(path), 0600);
    }

    void plainConnectionWaitsForAnotherWriter()
    {
        // A connection opened with Database::open alone (the sync pass's) waits for a lock held
        // by another connection instead of failing with "database is locked".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fieldterm.db"));
        QString error;
        Database holder;
        QVERIFY2(Store::openWriter(&holder, path, &error), qPrintable(error));
        QVERIFY(holder.exec("BEGIN IMMEDIATE", &error));
        QVERIFY(holder.exec("INSERT INTO counters (name, value) VALUES ('held', 1)", &error));
        std::thread release([&holder] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            holder.exec("COMMIT");
        });
        Database plain;
        QVERIFY2(plain.open(path, Database::Access::ReadWrite, &error), qPrintable(error));
        const bool began = plain.exec("BEGIN IMMEDIATE", &error);
        release.join();
        QVERIFY2(began, qPrintable(error));
        QVERIFY(plain.exec("INSERT INTO counters (name, value) VALUES ('after', 2)", &error));
        QVERIFY(plain.exec("COMMIT", &error));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM counters ORDER BY value)")), QStringLiteral("held,after"));
    }

    void readerOfMissingStoreFails()
    {
        QTemporaryDir dir;
        Database reader;
        QString error;
        QVERIFY(!Store::openReader(&reader, dir.filePath(QStringLiteral("none.db")), &error));
        QVERIFY(error.contains(QStringLiteral("无法打开")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.db"))));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
