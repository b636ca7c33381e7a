// fieldterm-cli and the audit trail: a recording with a marker and a photo leaves record_start,
// marker, evidence_registered, record_stop and photo rows chained in order; `audit verify`
// exits 0 on the intact chain and 1 naming the first broken row once the file is tampered with.
#include "clitestkit.h"

#include <QTest>

class TestCliAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/sha256sum/openssl missing: tools/deps-debian.txt lists them");
    }

    void evidenceEventsAreAuditedAndVerified()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fieldterm.db"));
        QStringList args{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("record"), QStringLiteral("--seconds"),
                         QStringLiteral("2"), QStringLiteral("--mark"), QStringLiteral("1:告知")};
        args << CliKit::smallFrames();
        CliKit::Result r = CliKit::run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = CliKit::run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("photo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));

        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log ORDER BY seq)")),
                 QStringLiteral("record_start,marker,evidence_registered,record_stop,photo"));
        // Each registered file's audit row carries the same hash as its evidence row.
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log a JOIN evidence e ON e.path = a.object_id"
                                                      " WHERE json_extract(a.details, '$.hash') = e.hash")),
                 QStringLiteral("2"));
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT json_extract(details, '$.type') FROM audit_log WHERE action = 'marker'")),
                 QStringLiteral("notify"));

        r = CliKit::run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 5);
        // The check itself was appended.
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")), QStringLiteral("audit_verify"));

        // Tamper: rewrite the marker's type as if it had been a different event.
        bool ok = false;
        TestTools::run(QStringLiteral("sqlite3"), {db, QStringLiteral("DROP TRIGGER audit_no_update; UPDATE audit_log SET details ="
                                                                      " '{\"offset_ms\":1000,\"type\":\"serve\"}' WHERE action = 'marker';")}, &ok);
        QVERIFY(ok);
        r = CliKit::run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("第 2 条")), qPrintable(r.errText()));
    }

    void usage()
    {
        QTemporaryDir dir;
        const CliKit::Result r = CliKit::run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("audit")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("audit verify")), qPrintable(r.errText()));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
