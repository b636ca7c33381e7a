// SyncPlanner over a real store: manifests list what a case holds, are signed as bytes (checked
// with `openssl pkeyutl`), chain to the previous manifest (checked with sha256sum), are made
// only when a case changed, and queue their files in the outbox by priority — all with an
// audit row whose chain still verifies.
#include "auditcanonical.h"
#include "casestestkit.h"
#include "deviceidentity.h"
#include "syncplanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

QByteArray run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput() + p.readAllStandardError();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct ManifestRow
{
    QString id, caseId, hash, prevHash;
    QByteArray bytes, signature;
};

QList<ManifestRow> manifests(Database &db)
{
    QList<ManifestRow> out;
    Statement st = db.prepare("SELECT id, case_id, bytes, signature, hash, prev_hash FROM manifests ORDER BY rowid");
    while (st.step() == Statement::Step::Row)
        out << ManifestRow{st.text(0), st.text(1), st.text(4), st.text(5), st.blob(2), st.blob(3)};
    return out;
}

} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT

    CasesKit::Env env;
    DeviceIdentity identity;
    QString caseId;

    bool plan(SyncPlanResult *result)
    {
        SyncPlanner planner(env.db, identity, QStringLiteral("SIM0001"), QStringLiteral("sha256"));
        QString error;
        const bool ok = planner.plan(result, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(env.open());
        QString error;
        QVERIFY2(identity.loadOrCreate(env.dir.filePath(QStringLiteral("keys")), DeviceIdentity::Algorithm::Ed25519, &error),
                 qPrintable(error));
        const CreateResult created = env.store->create(CasesKit::validInput(), QStringLiteral("31000000001"));
        QVERIFY(created.ok);
        caseId = created.caseId;
        const QDateTime t = env.now;
        QVERIFY(CasesKit::insertRecording(env.db, QStringLiteral("rec-1"), t, t.addSecs(60)));
        QVERIFY(CasesKit::insertSegment(env.db, QStringLiteral("ev-1"), QStringLiteral("rec-1"), 1, 30000, t));
        QVERIFY(CasesKit::insertSegment(env.db, QStringLiteral("ev-2"), QStringLiteral("rec-1"), 2, 30000, t.addSecs(30)));
        QVERIFY(CasesKit::insertMarker(env.db, QStringLiteral("rec-1"), QStringLiteral("notify"), 1000, t));
        QVERIFY(CasesKit::insertPhoto(env.db, QStringLiteral("ph-1"), QString(), t.addSecs(5)));
        QCOMPARE(env.store->linkRecording(caseId, QStringLiteral("rec-1"), QStringLiteral("31000000001")), QString());
        QCOMPARE(env.store->linkEvidence(caseId, QStringLiteral("ph-1"), QStringLiteral("31000000001")), QString());
    }

    void firstPlanListsTheCaseAndQueuesItsFiles()
    {
        SyncPlanResult result;
        QVERIFY(plan(&result));
        QCOMPARE(result.manifests, 1);
        QCOMPARE(result.files, 3);
        const QList<ManifestRow> rows = manifests(env.db);
        QCOMPARE(rows.size(), 1);
        const ManifestRow &m = rows.first();
        QCOMPARE(m.caseId, caseId);
        QVERIFY(m.prevHash.isEmpty());
        const QJsonObject json = QJsonDocument::fromJson(m.bytes).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("fieldterm-manifest-v1"));
        QCOMPARE(json.value(QStringLiteral("manifestId")).toString(), m.id);
        QCOMPARE(json.value(QStringLiteral("deviceId")).toString(), QStringLiteral("SIM0001"));
        QVERIFY(json.value(QStringLiteral("previousManifestHash")).isNull());
        QCOMPARE(json.value(QStringLiteral("case")).toObject().value(QStringLiteral("partyName")).toString(), QStringLiteral("张三"));
        QCOMPARE(json.value(QStringLiteral("case")).toObject().value(QStringLiteral("steps")).toArray().size(), 1);
        QStringList ids;
        for (const QJsonValue &v : json.value(QStringLiteral("evidence")).toArray()) {
            ids << v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(!v.toObject().contains(QStringLiteral("path")));   // local paths stay on the device
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("ev-1"), QStringLiteral("ev-2"), QStringLiteral("ph-1")}));
        // The audit head in the manifest is the chain's head when it was made (before its own row).
        const QJsonObject head = json.value(QStringLiteral("auditHead")).toObject();
        QVERIFY(head.value(QStringLiteral("seq")).toInteger() > 0);
        QCOMPARE(head.value(QStringLiteral("hash")).toString().size(), 64);

        // Outbox: the manifest first, then the photo, then the marked recording's segments.
        QCOMPARE(CasesKit::sqlite(env.path(), QStringLiteral("SELECT group_concat(kind || ':' || priority, ',') FROM"
                                                             " (SELECT kind, priority FROM outbox ORDER BY priority, id)")),
                 QStringLiteral("manifest:0,photo:2,marked_video:3,marked_video:3"));
        QCOMPARE(CasesKit::sqlite(env.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync_manifest'")),
                 QStringLiteral("1"));
        QVERIFY(AuditVerifier::verify(env.db).intact());
    }

    void manifestSignatureVerifiesWithOpenssl()
    {
        const ManifestRow m = manifests(env.db).first();
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("m.json")), m.bytes));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("m.sig")), m.signature));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pub.pem")), identity.publicKeyPem()));
        int code = -1;
        const QByteArray out = run(QStringLiteral("openssl"),
                                   {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                                    dir.filePath(QStringLiteral("pub.pem")), QStringLiteral("-rawin"), QStringLiteral("-in"),
                                    dir.filePath(QStringLiteral("m.json")), QStringLiteral("-sigfile"), dir.filePath(QStringLiteral("m.sig"))},
                                   &code);
        QVERIFY2(code == 0, out.constData());
        // One changed byte and the same signature no longer verifies.
        QByteArray edited = m.bytes;
        edited.replace("张三", "李四");
        QVERIFY(writeFile(dir.filePath(QStringLiteral("m.json")), edited));
        run(QStringLiteral("openssl"),
            {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
             dir.filePath(QStringLiteral("pub.pem")), QStringLiteral("-rawin"), QStringLiteral("-in"), dir.filePath(QStringLiteral("m.json")),
             QStringLiteral("-sigfile"), dir.filePath(QStringLiteral("m.sig"))},
            &code);
        QVERIFY(code != 0);
    }

    void unchangedCaseMakesNoNewManifest()
    {
        // Audit rows keep arriving (views, the planner's own row) — they alone change nothing.
        QCOMPARE(env.store->recordView(caseId, QStringLiteral("31000000001")), QString());
        SyncPlanResult result;
        QVERIFY(plan(&result));
        QCOMPARE(result.manifests, 0);
        QCOMPARE(result.files, 0);
    }

    void changedCaseGetsAChainedManifest()
    {
        QVERIFY(CasesKit::insertSegment(env.db, QStringLiteral("ev-3"), QStringLiteral("rec-1"), 3, 10000, env.now.addSecs(60)));
        SyncPlanResult result;
        QVERIFY(plan(&result));
        QCOMPARE(result.manifests, 1);
        QCOMPARE(result.files, 1);   // only the new segment; the others are queued already
        const QList<ManifestRow> rows = manifests(env.db);
        QCOMPARE(rows.size(), 2);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("first.json")), rows.at(0).bytes));
        int code = -1;
        const QString sha = QString::fromLatin1(run(QStringLiteral("sha256sum"), {dir.filePath(QStringLiteral("first.json"))}, &code)).section(QLatin1Char(' '), 0, 0);
        QCOMPARE(code, 0);
        QCOMPARE(rows.at(0).hash, sha);
        QCOMPARE(rows.at(1).prevHash, sha);
        QCOMPARE(QJsonDocument::fromJson(rows.at(1).bytes).object().value(QStringLiteral("previousManifestHash")).toString(), sha);
    }

    void evidenceOutsideCasesGoesUnderACaselessManifest()
    {
        QVERIFY(CasesKit::insertRecording(env.db, QStringLiteral("rec-2"), env.now.addSecs(600), env.now.addSecs(660)));
        QVERIFY(CasesKit::insertSegment(env.db, QStringLiteral("ev-9"), QStringLiteral("rec-2"), 1, 60000, env.now.addSecs(600)));
        SyncPlanResult result;
        QVERIFY(plan(&result));
        QCOMPARE(result.manifests, 1);
        const ManifestRow m = manifests(env.db).last();
        QCOMPARE(m.caseId, QString(""));
        const QJsonObject json = QJsonDocument::fromJson(m.bytes).object();
        QVERIFY(json.value(QStringLiteral("case")).isNull());
        QCOMPARE(json.value(QStringLiteral("evidence")).toArray().size(), 1);
        QCOMPARE(CasesKit::sqlite(env.path(), QStringLiteral("SELECT kind FROM outbox WHERE object_id = 'ev-9'")), QStringLiteral("video"));
    }

    void auditRowsForUploadRecomputeIndependently()
    {
        QJsonArray rows;
        QString error;
        QVERIFY(SyncPlanner::auditRowsAfter(env.db, 0, 1000, &rows, &error));
        QVERIFY(rows.size() >= 4);
        QString prev = AuditCanonical::genesisHash();
        for (const QJsonValue &v : std::as_const(rows)) {
            const QJsonObject r = v.toObject();
            AuditRowFields f;
            f.seq = r.value(QStringLiteral("seq")).toInteger();
            f.at = r.value(QStringLiteral("at")).toString();
            f.officerNo = r.value(QStringLiteral("officerNo")).toString();
            f.deviceId = r.value(QStringLiteral("deviceId")).toString();
            f.action = r.value(QStringLiteral("action")).toString();
            f.objectType = r.value(QStringLiteral("objectType")).toString();
            f.objectId = r.value(QStringLiteral("objectId")).toString();
            f.details = r.value(QStringLiteral("details")).toString();
            f.prevHash = r.value(QStringLiteral("prevHash")).toString();
            f.hashAlgorithm = r.value(QStringLiteral("hashAlg")).toString();
            QCOMPARE(f.prevHash, prev);
            QCOMPARE(AuditCanonical::hashHex(f), r.value(QStringLiteral("hash")).toString());
            prev = r.value(QStringLiteral("hash")).toString();
        }
        // Paging: after the first row, one row fewer.
        QJsonArray rest;
        QVERIFY(SyncPlanner::auditRowsAfter(env.db, rows.first().toObject().value(QStringLiteral("seq")).toInteger(), 1000, &rest, &error));
        QCOMPARE(rest.size(), rows.size() - 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
