// End to end on 127.0.0.1, both crypto profiles: a real recording (fieldterm-cli record) linked
// to a case with a locked document → enroll with a one-time code from the real receiver
// (fieldterm-backoffice) → `fieldterm-cli sync` → the receiver holds exactly the device's bytes
// (hashes by sha256sum / openssl dgst -sm3), the manifest, a receipt the device verified, and the
// audit chain; a second sync sends nothing again; a revoked device is refused with a clear reason.
#include "auditlog.h"
#include "casestore.h"
#include "database.h"
#include "datapaths.h"
#include "documentstore.h"
#include "outputtestkit.h"
#include "powercatalogue.h"
#include "store.h"
#include "receiverprocess.h"
#include "testtools.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 180000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString sqlite(const QString &db, const QString &sql)
{
    return TestTools::sqlite(db, sql);
}

} // namespace

class TestSyncE2e : public QObject
{
    Q_OBJECT

    static QStringList device(const QString &dir, const QString &crypto, const QStringList &args)
    {
        return QStringList{QStringLiteral("--data-dir"), dir, QStringLiteral("--crypto"), crypto} + args;
    }

    // The case the inspector works on: the recording linked, an inquiry record locked.
    static bool prepareCase(const QString &dir, const QString &recordingId, const QString &hashAlg, QString *caseId)
    {
        DataPaths paths(dir);
        Database db;
        QString error;
        PowerCatalogue catalogue;
        if (!Store::openWriter(&db, paths.database(), &error) || !catalogue.loadEmbedded(&error)) {
            qWarning() << error;
            return false;
        }
        AuditLog audit(db, QStringLiteral("SIM0001"), hashAlg);
        CaseStore cases(db, audit, catalogue, QStringLiteral("SIM0001"));
        CaseInput in;
        in.type = QStringLiteral("general");
        in.partyKind = QStringLiteral("person");
        in.partyName = QStringLiteral("王五 \"<b>");
        in.partyIdNo = QStringLiteral("310101198511224569");
        in.address = QStringLiteral("上海市浦东新区世纪大道 100 号");
        in.powerItemCode = QStringLiteral("330217001000");
        const CreateResult c = cases.create(in, QStringLiteral("31000000001"));
        if (!c.ok)
            return false;
        *caseId = c.caseId;
        if (!cases.linkRecording(c.caseId, recordingId, QStringLiteral("31000000001")).isEmpty())
            return false;
        DocumentStore docs(db, audit, paths, QStringLiteral("SIM0001"), hashAlg);
        const QString doc = docs.createDraft(c.caseId, OutputKit::inquiryTemplate(), OutputKit::inquiryValues(), QStringLiteral("31000000001"), &error);
        RenderInfo info;
        info.agency = QStringLiteral("上海市市场监督管理局");
        info.agencyShort = QStringLiteral("沪市监");
        info.caseNo = c.caseNo;
        const LockResult locked = docs.lock(doc, OutputKit::inquiryTemplate(), info, QStringLiteral("31000000001"));
        if (!locked.ok)
            qWarning() << locked.error;
        return locked.ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestTools::haveTools());
    }

    void syncsEndToEnd_data()
    {
        QTest::addColumn<QString>("crypto");
        QTest::addColumn<QString>("hashAlg");
        QTest::newRow("intl") << QStringLiteral("intl") << QStringLiteral("sha256");
        QTest::newRow("gm") << QStringLiteral("gm") << QStringLiteral("sm3");
    }

    void syncsEndToEnd()
    {
        QFETCH(QString, crypto);
        QFETCH(QString, hashAlg);
        QTemporaryDir deviceDir, receiverDir;
        const QString dev = deviceDir.path();

        // 1. Record (with a marker) on the device.
        const Run rec = run(QStringLiteral(FIELDTERM_CLI),
                            device(dev, crypto, {QStringLiteral("record"), QStringLiteral("--seconds"), QStringLiteral("3"),
                                                 QStringLiteral("--mark"), QStringLiteral("1:notify"), QStringLiteral("--width"),
                                                 QStringLiteral("320"), QStringLiteral("--height"), QStringLiteral("240"),
                                                 QStringLiteral("--preset"), QStringLiteral("ultrafast"), QStringLiteral("--json")}));
        QVERIFY2(rec.exitCode == 0, rec.err.constData());
        const QString recordingId = QJsonDocument::fromJson(rec.out).object().value(QStringLiteral("recordingId")).toString();
        QVERIFY(!recordingId.isEmpty());
        QString caseId;
        QVERIFY(prepareCase(dev, recordingId, hashAlg, &caseId));

        // 2. The receiver, a one-time code, enrollment.
        ReceiverProcess receiver;
        QVERIFY(receiver.start(receiverDir.path(), crypto));
        const Run code = run(QStringLiteral(FIELDTERM_BACKOFFICE), {QStringLiteral("--data-dir"), receiverDir.path(), QStringLiteral("issue-code")});
        QVERIFY2(code.exitCode == 0, code.err.constData());
        const QString oneTimeCode = QString::fromUtf8(code.out).trimmed();
        QVERIFY(!oneTimeCode.isEmpty());
        const Run enroll = run(QStringLiteral(FIELDTERM_CLI),
                               device(dev, crypto, {QStringLiteral("enroll"), QStringLiteral("--server"), receiver.url,
                                                    QStringLiteral("--code"), oneTimeCode}));
        QVERIFY2(enroll.exitCode == 0, enroll.err.constData());
        // The same code never works twice.
        const Run again = run(QStringLiteral(FIELDTERM_CLI),
                              device(dev, crypto, {QStringLiteral("enroll"), QStringLiteral("--server"), receiver.url,
                                                   QStringLiteral("--code"), oneTimeCode}));
        QCOMPARE(again.exitCode, 1);

        // 3. Sync: everything receipted.
        const Run sync = run(QStringLiteral(FIELDTERM_CLI), device(dev, crypto, {QStringLiteral("sync"), QStringLiteral("--chunk-kib"), QStringLiteral("64")}));
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const QString deviceDb = DataPaths(dev).database();
        QCOMPARE(sqlite(deviceDb, QStringLiteral("SELECT count(*) FROM outbox WHERE status <> 'receipted'")), QStringLiteral("0"));
        QVERIFY(sqlite(deviceDb, QStringLiteral("SELECT count(*) FROM receipted_evidence")).toInt() >= 2);
        QCOMPARE(sqlite(deviceDb, QStringLiteral("SELECT count(*) FROM manifests WHERE receipt IS NOT NULL AND complete = 1")),
                 QStringLiteral("1"));

        // The receiver holds exactly the device's bytes, for every segment and the document's PDF.
        const QStringList rows = sqlite(deviceDb, QStringLiteral("SELECT id || '|' || path || '|' || hash FROM evidence WHERE status = 'ok'"
                                                                 " UNION ALL SELECT id || '|' || pdf_path || '|' || pdf_hash FROM documents WHERE status = 'locked'"))
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(rows.size() >= 2);
        for (const QString &row : rows) {
            const QStringList f = row.split(QLatin1Char('|'));
            const QString stored = sqlite(receiver.db(), QStringLiteral("SELECT path FROM uploads WHERE evidence_id = '%1' AND status = 'complete'").arg(f.at(0)));
            QVERIFY2(!stored.isEmpty(), qPrintable(f.at(0)));
            const QString received = receiverDir.filePath(stored);
            QCOMPARE(TestTools::toolHash(hashAlg, received), f.at(2));
            QCOMPARE(TestTools::toolHash(hashAlg, received), TestTools::toolHash(hashAlg, QDir(dev).filePath(f.at(1))));
        }
        QCOMPARE(sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM expected_files WHERE state <> 'verified'")), QStringLiteral("0"));
        QCOMPARE(sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM manifests")), QStringLiteral("1"));
        QCOMPARE(sqlite(receiver.db(), QStringLiteral("SELECT case_id FROM manifests")), caseId);
        // The manifest's bytes arrived exactly as the device signed them.
        QCOMPARE(sqlite(receiver.db(), QStringLiteral("SELECT hex(bytes) FROM manifests")),
                 sqlite(deviceDb, QStringLiteral("SELECT hex(bytes) FROM manifests")));
        QVERIFY(sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM audit_rows")).toInt() > 5);

        // Downlink: a new catalogue is applied whole; a broken template set is refused and the
        // built-in templates stay; an unchanged one is not fetched again (ETag).
        {
            QFile embedded(QStringLiteral(":/catalogue/power-items.json"));
            QVERIFY(embedded.open(QIODevice::ReadOnly));
            QJsonObject catalogue = QJsonDocument::fromJson(embedded.readAll()).object();
            catalogue.insert(QStringLiteral("version"), QStringLiteral("2026-下发-%1").arg(crypto));
            QVERIFY(TestTools::writeFile(receiverDir.filePath(QStringLiteral("catalogue.json")), QJsonDocument(catalogue).toJson()));
            QVERIFY(TestTools::writeFile(receiverDir.filePath(QStringLiteral("templates.json")),
                                         R"({"templates": [{"id": "broken", "title": "x", "fields": [{"id": "a", "type": "nosuchtype"}]}]})"));
            QVERIFY(TestTools::writeFile(receiverDir.filePath(QStringLiteral("tasks.json")),
                                         R"({"tasks": [{"id": "SSJ-2026-017", "title": "双随机抽查：食品经营"}]})"));
            for (const QString &name : {QStringLiteral("catalogue"), QStringLiteral("templates"), QStringLiteral("tasks")}) {
                const Run published = run(QStringLiteral(FIELDTERM_BACKOFFICE), {QStringLiteral("--data-dir"), receiverDir.path(), QStringLiteral("publish"),
                                                                                 name, receiverDir.filePath(name + QStringLiteral(".json"))});
                QVERIFY2(published.exitCode == 0, published.err.constData());
            }
            const Run down = run(QStringLiteral(FIELDTERM_CLI), device(dev, crypto, {QStringLiteral("sync")}));
            QVERIFY2(QString::fromUtf8(down.err).contains(QStringLiteral("未通过校验")), down.err.constData());
            QFile applied(QDir(dev).filePath(QStringLiteral("downlink/catalogue.json")));
            QVERIFY(applied.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(applied.readAll()).object().value(QStringLiteral("version")).toString(),
                     QStringLiteral("2026-下发-%1").arg(crypto));
            QVERIFY(!QFile::exists(QDir(dev).filePath(QStringLiteral("downlink/templates.json"))));
            QFile tasks(QDir(dev).filePath(QStringLiteral("downlink/tasks.json")));
            QVERIFY(tasks.open(QIODevice::ReadOnly));
            QVERIFY(tasks.readAll().contains("SSJ-2026-017"));
            QVERIFY(!sqlite(deviceDb, QStringLiteral("SELECT value FROM sync_settings WHERE key = 'etag_catalogue'")).isEmpty());
            QVERIFY(sqlite(deviceDb, QStringLiteral("SELECT count(*) FROM sync_settings WHERE key = 'etag_templates'")) == QStringLiteral("0"));
        }

        // 4. Nothing new → nothing sent again.
        const QString uploads = sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM uploads"));
        const Run second = run(QStringLiteral(FIELDTERM_CLI), device(dev, crypto, {QStringLiteral("sync")}));
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM uploads")), uploads);
        QCOMPARE(sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM manifests")), QStringLiteral("1"));

        // 5. A revoked device is refused, with the reason in plain words; nothing marked sent.
        const Run revoke = run(QStringLiteral(FIELDTERM_BACKOFFICE),
                               {QStringLiteral("--data-dir"), receiverDir.path(), QStringLiteral("revoke"), QStringLiteral("SIM0001")});
        QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
        const Run photo = run(QStringLiteral(FIELDTERM_CLI), device(dev, crypto, {QStringLiteral("photo")}));
        QVERIFY2(photo.exitCode == 0, photo.err.constData());
        const Run refused = run(QStringLiteral(FIELDTERM_CLI), device(dev, crypto, {QStringLiteral("sync"), QStringLiteral("--attempts"), QStringLiteral("1")}));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(QString::fromUtf8(refused.err).contains(QStringLiteral("停用")), refused.err.constData());
        QCOMPARE(sqlite(deviceDb, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'photo' AND status IN ('sent', 'receipted')")),
                 QStringLiteral("0"));
        // The device's own audit chain records the sync and still verifies.
        const Run verify = run(QStringLiteral(FIELDTERM_CLI), device(dev, crypto, {QStringLiteral("audit"), QStringLiteral("verify")}));
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QVERIFY(sqlite(deviceDb, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('sync_enroll', 'sync_upload', 'sync_receipt', 'sync_manifest')")).toInt() >= 4);
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");   // the document's PDF needs fonts, not a display
    QGuiApplication app(argc, argv);
    TestSyncE2e test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sync_e2e.moc"
