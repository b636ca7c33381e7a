// The audit chain: rows append with the right hashes (checked with `openssl dgst`), the verifier
// passes an intact chain and names the first broken row after each kind of tampering, and two
// writer connections appending at once never fork the chain.
#include "auditlog.h"
#include "auditverifier.h"
#include "database.h"
#include "store.h"
#include "testtools.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("fieldterm.db")); }
};

bool appendRows(const QString &path, const QString &algorithm, int count, const QString &officer = QStringLiteral("31000000001"))
{
    Database db;
    QString error;
    if (!Store::openWriter(&db, path, &error))
        return false;
    AuditLog log(db, QStringLiteral("SIM0001"), algorithm);
    for (int i = 0; i < count; ++i) {
        const AuditEntry e{officer, QStringLiteral("marker"), QStringLiteral("recording"), QStringLiteral("rec-%1").arg(i),
                           QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("text"), QStringLiteral("告知 🚓 '\"; DROP TABLE x; <b>")}},
                           {}};
        if (!log.append(e, &error))
            return false;
    }
    return true;
}

AuditVerifyResult verifyFile(const QString &path)
{
    Database db;
    QString error;
    if (!Store::openReader(&db, path, &error))
        return {};
    return AuditVerifier::verify(db);
}

// Tampering as an attacker with the file would do it: drop the append-only triggers, change rows.
void tamper(const QString &path, const QString &sql)
{
    bool ok = false;
    QByteArray err;
    TestTools::run(QStringLiteral("sqlite3"), {path, QStringLiteral("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; ") + sql}, &ok, &err);
    QVERIFY2(ok, err.constData());
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/openssl missing: tools/deps-debian.txt lists them");
    }

    void hashesMatchOpenssl_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("opensslDigest");
        QTest::newRow("sha256") << QStringLiteral("sha256") << QStringLiteral("-sha256");
        QTest::newRow("sm3") << QStringLiteral("sm3") << QStringLiteral("-sm3");
    }

    void hashesMatchOpenssl()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, opensslDigest);
        Fixture f;
        QVERIFY(appendRows(f.path(), algorithm, 3));
        Database db;
        QString error;
        QVERIFY(Store::openReader(&db, f.path(), &error));
        const QList<AuditRow> rows = AuditLog::latest(db, 10, &error);
        QCOMPARE(rows.size(), 3);
        QString previous = AuditLog::genesisHash();
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            QCOMPARE(it->hashAlgorithm, algorithm);
            QCOMPARE(it->prevHash, previous);
            // The independent witness: openssl over the canonical bytes.
            const QString file = f.dir.filePath(QStringLiteral("row%1.bin").arg(it->seq));
            QVERIFY(TestTools::writeFile(file, AuditLog::canonicalBytes(*it)));
            bool ok = false;
            const QByteArray out = TestTools::run(QStringLiteral("openssl"), {QStringLiteral("dgst"), opensslDigest, QStringLiteral("-r"), file}, &ok);
            QVERIFY(ok);
            QCOMPARE(QString::fromLatin1(out).section(QLatin1Char(' '), 0, 0), it->hash);
            previous = it->hash;
        }
        const AuditVerifyResult r = AuditVerifier::verify(db);
        QVERIFY2(r.intact(), qPrintable(r.message));
        QCOMPARE(r.rowsChecked, qint64(3));
        QCOMPARE(r.headHash, rows.first().hash);
    }

    void detailsAreStoredVerbatim()
    {
        Fixture f;
        QVERIFY(appendRows(f.path(), QStringLiteral("sha256"), 1));
        QCOMPARE(TestTools::sqlite(f.path(), QStringLiteral("SELECT json_extract(details, '$.text') FROM audit_log")),
                 QStringLiteral("告知 🚓 '\"; DROP TABLE x; <b>"));
    }

    void appendOnlyAtSqlLevel()
    {
        Fixture f;
        QVERIFY(appendRows(f.path(), QStringLiteral("sha256"), 2));
        bool ok = true;
        TestTools::run(QStringLiteral("sqlite3"), {f.path(), QStringLiteral("UPDATE audit_log SET officer_no = 'x' WHERE seq = 1")}, &ok);
        QVERIFY(!ok);
        TestTools::run(QStringLiteral("sqlite3"), {f.path(), QStringLiteral("DELETE FROM audit_log WHERE seq = 2")}, &ok);
        QVERIFY(!ok);
        QVERIFY(verifyFile(f.path()).intact());
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("problem");
        QTest::addColumn<qint64>("firstBroken");
        using P = AuditVerifyResult::Problem;
        QTest::newRow("edit details") << QStringLiteral("UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 4;") << int(P::Edited) << qint64(4);
        QTest::newRow("edit officer") << QStringLiteral("UPDATE audit_log SET officer_no = '31000000002' WHERE seq = 7;") << int(P::Edited) << qint64(7);
        QTest::newRow("edit time") << QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 1;") << int(P::Edited) << qint64(1);
        QTest::newRow("edit hash") << QStringLiteral("UPDATE audit_log SET hash = '") + QString(64, QLatin1Char('f')) + QStringLiteral("' WHERE seq = 5;") << int(P::Edited) << qint64(5);
        QTest::newRow("delete middle") << QStringLiteral("DELETE FROM audit_log WHERE seq = 6;") << int(P::Missing) << qint64(6);
        QTest::newRow("delete first") << QStringLiteral("DELETE FROM audit_log WHERE seq = 1;") << int(P::Missing) << qint64(1);
        QTest::newRow("delete last") << QStringLiteral("DELETE FROM audit_log WHERE seq = 10;") << int(P::TailMissing) << qint64(10);
        QTest::newRow("delete last three") << QStringLiteral("DELETE FROM audit_log WHERE seq >= 8;") << int(P::TailMissing) << qint64(8);
        // Swap rows 3 and 4 wholesale (hashes included): each now sits at the wrong seq.
        QTest::newRow("reorder rows") << QStringLiteral(
            "UPDATE audit_log SET seq = -3 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4;"
            " UPDATE audit_log SET seq = 4 WHERE seq = -3;") << int(P::Edited) << qint64(3);
        // Delete row 5 and renumber the rest down: no seq gap, but row 5's prev_hash is not row 4's hash.
        QTest::newRow("delete and renumber") << QStringLiteral(
            "DELETE FROM audit_log WHERE seq = 5; UPDATE audit_log SET seq = seq - 1 WHERE seq > 5;"
            " UPDATE sqlite_sequence SET seq = 9 WHERE name = 'audit_log';") << int(P::Edited) << qint64(5);
        // Copy row 2 over row 3's place with a recomputed-looking seq: detected at 3.
        QTest::newRow("insert forged") << QStringLiteral(
            "UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3; INSERT INTO audit_log (seq, at, officer_no, device_id, action,"
            " object_type, object_id, details, prev_hash, hash, hash_alg) SELECT 3, at, officer_no, device_id, action, object_type,"
            " object_id, details, hash, hash, hash_alg FROM audit_log WHERE seq = 2;") << int(P::Edited) << qint64(3);
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(int, problem);
        QFETCH(qint64, firstBroken);
        Fixture f;
        QVERIFY(appendRows(f.path(), QStringLiteral("sha256"), 10));
        QVERIFY(verifyFile(f.path()).intact());
        tamper(f.path(), sql);
        const AuditVerifyResult r = verifyFile(f.path());
        QVERIFY(!r.intact());
        QCOMPARE(int(r.problem), problem);
        QCOMPARE(r.firstBrokenSeq, firstBroken);
        QVERIFY2(r.message.contains(QStringLiteral("第 %1 ").arg(firstBroken)), qPrintable(r.message));
    }

    void rehashedEditBreaksTheNextLink()
    {
        // An attacker who edits a row AND recomputes its hash still breaks the link to the next row.
        Fixture f;
        QVERIFY(appendRows(f.path(), QStringLiteral("sha256"), 6));
        Database db;
        QString error;
        QVERIFY(Store::openReader(&db, f.path(), &error));
        AuditRow row = AuditLog::rowsFor(db, QStringLiteral("recording"), QStringLiteral("rec-2"), &error).value(0);
        db.close();
        QCOMPARE(row.seq, qint64(3));
        row.details = QStringLiteral("{\"n\":2,\"text\":\"forged\"}");
        const QString forgedHash = AuditLog::computeHash(row);
        tamper(f.path(), QStringLiteral("UPDATE audit_log SET details = '%1', hash = '%2' WHERE seq = 3;").arg(row.details, forgedHash));
        const AuditVerifyResult r = verifyFile(f.path());
        QCOMPARE(int(r.problem), int(AuditVerifyResult::Problem::Broken));
        QCOMPARE(r.firstBrokenSeq, qint64(4));
    }

    void appendAfterTailDeletionKeepsTheGap()
    {
        Fixture f;
        QVERIFY(appendRows(f.path(), QStringLiteral("sha256"), 5));
        tamper(f.path(), QStringLiteral("DELETE FROM audit_log WHERE seq = 5;"));
        QVERIFY(appendRows(f.path(), QStringLiteral("sha256"), 1));   // the program carries on …
        const AuditVerifyResult r = verifyFile(f.path());
        QCOMPARE(int(r.problem), int(AuditVerifyResult::Problem::Missing));   // … and the hole stays visible
        QCOMPARE(r.firstBrokenSeq, qint64(5));
    }

    void twoWritersNeverForkTheChain()
    {
        // The store thread's connection and the UI's domain connection append at the same time.
        Fixture f;
        QVERIFY(appendRows(f.path(), QStringLiteral("sha256"), 1));
        bool okA = false, okB = false;
        std::thread a([&] { okA = appendRows(f.path(), QStringLiteral("sha256"), 150, QStringLiteral("A")); });
        std::thread b([&] { okB = appendRows(f.path(), QStringLiteral("sha256"), 150, QStringLiteral("B")); });
        a.join();
        b.join();
        QVERIFY(okA && okB);
        const AuditVerifyResult r = verifyFile(f.path());
        QVERIFY2(r.intact(), qPrintable(r.message));
        QCOMPARE(r.rowsChecked, qint64(301));
        QCOMPARE(TestTools::sqlite(f.path(), QStringLiteral("SELECT count(DISTINCT prev_hash) FROM audit_log")), QStringLiteral("301"));
    }

    void emptyChainIsIntact()
    {
        Fixture f;
        {
            Database db;
            QString error;
            QVERIFY(Store::openWriter(&db, f.path(), &error));
        }
        const AuditVerifyResult r = verifyFile(f.path());
        QVERIFY(r.intact());
        QCOMPARE(r.rowsChecked, qint64(0));
        QCOMPARE(r.headHash, AuditLog::genesisHash());
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
