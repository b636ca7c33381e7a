// A case's review travels in its manifest (docs/PROTOCOL.md §5): "reviews" oldest first and
// "reviewState" inside "case"; every review makes a new manifest (the content changed), an
// unchanged case none; and the real receiver (fieldterm-backoffice) accepts those manifests,
// stores their bytes as signed and answers with a receipt.
#include "casereview.h"
#include "casestestkit.h"
#include "deviceidentity.h"
#include "devicesigner.h"
#include "enrollment.h"
#include "httpclient.h"
#include "officerstore.h"
#include "receiverprocess.h"
#include "syncpass.h"
#include "syncplanner.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestManifestReview : public QObject
{
    Q_OBJECT

    CasesKit::Env env;
    QTemporaryDir receiverDir;
    ReceiverProcess receiver;
    DeviceIdentity identity;
    std::unique_ptr<OfficerStore> officers;
    QString caseId;

    Officer officer(const QString &no)
    {
        QString error;
        return officers->find(no, &error).value_or(Officer());
    }

    int plan()
    {
        SyncPlanner planner(env.db, identity, QStringLiteral("SIM0001"), QStringLiteral("sha256"));
        SyncPlanResult result;
        QString error;
        if (!planner.plan(&result, &error)) {
            qWarning() << error;
            return -1;
        }
        return result.manifests;
    }

    // The case object of the newest manifest of the case, as the device stored its bytes.
    QJsonObject latestCase()
    {
        Statement st = env.db.prepare("SELECT bytes FROM manifests WHERE case_id = ?1 ORDER BY rowid DESC LIMIT 1");
        st.bind(1, caseId);
        if (st.step() != Statement::Step::Row)
            return {};
        return QJsonDocument::fromJson(st.blob(0)).object().value(QStringLiteral("case")).toObject();
    }

    SyncSummary pass()
    {
        HttpClient http;
        http.setSigner(deviceSigner(identity, QStringLiteral("SIM0001")));
        std::atomic_bool abort{false};
        SyncConfig config;
        config.server = QUrl(receiver.url + QLatin1Char('/'));
        config.dataDir = env.dir.path();
        config.dbPath = env.path();
        config.deviceId = QStringLiteral("SIM0001");
        config.attempts = 2;
        SyncPass p(config, &http, &abort);
        p.setSleeper([](int) {});
        p.setAuditSource([this](qint64 after, int limit, QJsonArray *rows, QString *error) {
            return SyncPlanner::auditRowsAfter(env.db, after, limit, rows, error);
        });
        return p.run(SyncConditions{});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(env.open());
        QString error;
        QVERIFY(identity.loadOrCreate(env.dir.filePath(QStringLiteral("keys")), DeviceIdentity::Algorithm::Ed25519, &error));
        officers = std::make_unique<OfficerStore>(env.db, *env.audit, QStringLiteral("pbkdf2-sha256"), env.clock());
        const PinKdf::PinHash pin = officers->hashPin(QStringLiteral("135790"), &error);
        QVERIFY2(pin.isValid(), qPrintable(error));
        Transaction tx(env.db);
        for (const auto &[no, role] : {std::pair{QStringLiteral("31000000001"), Role::Inspector},
                                       std::pair{QStringLiteral("31000000003"), Role::SquadLeader}}) {
            OfficerInput in;
            in.officerNo = no;
            in.name = QStringLiteral("测试");
            in.agency = QStringLiteral("某市市场监督管理局");
            in.squad = QStringLiteral("一中队");
            in.roles = {role};
            bool added = false;
            QVERIFY2(officers->writeInTransaction(in, &pin, &added, &error), qPrintable(error));
        }
        QVERIFY(tx.commit());
        const CreateResult created = env.store->create(CasesKit::validInput(), QStringLiteral("31000000001"));
        QVERIFY(created.ok);
        caseId = created.caseId;

        QVERIFY(receiver.start(receiverDir.path(), QStringLiteral("intl")));
        HttpClient http;
        http.setSigner(deviceSigner(identity, QStringLiteral("SIM0001")));
        const Enrollment::Result enrolled = Enrollment::enroll(http, QUrl(receiver.url + QLatin1Char('/')), receiver.issueCode(),
                                                               identity, QStringLiteral("SIM0001"), env.db);
        QVERIFY2(enrolled.ok, qPrintable(enrolled.error));
    }

    void unreviewedCaseIsPending()
    {
        QCOMPARE(plan(), 1);
        const QJsonObject c = latestCase();
        QCOMPARE(c.value(QStringLiteral("reviewState")).toString(), QStringLiteral("pending"));
        QVERIFY(c.value(QStringLiteral("reviews")).isArray());
        QCOMPARE(c.value(QStringLiteral("reviews")).toArray().size(), 0);
        QCOMPARE(plan(), 0);   // nothing changed, no new manifest
    }

    void eachReviewMakesANewManifest()
    {
        CaseReview review(env.db, *env.audit, env.clock());
        const Officer leader = officer(QStringLiteral("31000000003"));
        QCOMPARE(review.review(caseId, QStringLiteral("returned"), QStringLiteral("请补充告知环节录像"), leader), QString());
        QCOMPARE(plan(), 1);
        QJsonObject c = latestCase();
        QCOMPARE(c.value(QStringLiteral("reviewState")).toString(), QStringLiteral("returned"));
        QCOMPARE(c.value(QStringLiteral("reviews")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("decision"), QStringLiteral("returned")},
                                         {QStringLiteral("comment"), QStringLiteral("请补充告知环节录像")},
                                         {QStringLiteral("reviewer"), QStringLiteral("31000000003")},
                                         {QStringLiteral("at"), QStringLiteral("2026-11-20T01:30:00.000Z")}}}));

        env.now = env.now.addSecs(600);
        QCOMPARE(review.review(caseId, QStringLiteral("approved"), QString(), leader), QString());
        QCOMPARE(plan(), 1);
        c = latestCase();
        QCOMPARE(c.value(QStringLiteral("reviewState")).toString(), QStringLiteral("approved"));
        const QJsonArray reviews = c.value(QStringLiteral("reviews")).toArray();
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(reviews.at(1).toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
        QCOMPARE(reviews.at(1).toObject().value(QStringLiteral("comment")).toString(), QString());
        QCOMPARE(reviews.at(1).toObject().value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-20T01:40:00.000Z"));
        QCOMPARE(CasesKit::sqlite(env.path(), QStringLiteral("SELECT count(*) FROM manifests WHERE case_id = '%1'").arg(caseId)),
                 QStringLiteral("3"));
    }

    void receiverAcceptsReviewedManifests()
    {
        const SyncSummary s = pass();
        QVERIFY2(s.everythingReceipted(), qPrintable(s.lastError));
        // The receiver keeps all three as signed bytes; the newest carries the approval.
        QCOMPARE(CasesKit::sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM manifests WHERE case_id = '%1'").arg(caseId)),
                 QStringLiteral("3"));
        QCOMPARE(CasesKit::sqlite(receiver.db(), QStringLiteral("SELECT group_concat(s, ',') FROM (SELECT json_extract(CAST(bytes AS TEXT),"
                                                                "'$.case.reviewState') AS s FROM manifests WHERE case_id = '%1' ORDER BY rowid)")
                                                     .arg(caseId)),
                 QStringLiteral("pending,returned,approved"));
        QCOMPARE(CasesKit::sqlite(receiver.db(), QStringLiteral("SELECT min(chain_ok) FROM manifests")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestManifestReview)
#include "tst_manifest_review.moc"
