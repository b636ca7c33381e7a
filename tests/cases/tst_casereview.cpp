// Case review by squad leaders and the audit of evidence views, over a real SQLite file with real
// officer rows (roles, squads) read back through OfficerStore:
//   - the permission matrix: inspector, squad leader of the same squad, of another squad, without
//     a squad, the case's own creator, admin — × approve / return; a refusal writes nothing;
//   - a return needs a comment (≤ 500 characters), the field named in the message;
//   - the state: pending → returned → approved (the latest review wins); a second approval is
//     refused; the table refuses UPDATE/DELETE and a comment-less return by itself (sqlite3 CLI);
//   - who sees whose recordings (canSeeRecordingsOf);
//   - ViewAudit: playback start/stop and photo views write one row each with their details, and
//     are refused with no row for a foreign squad, a colleague's inspector and the admin;
//     recordings' stills shown in a list write one row each in one transaction, none when any
//     of them may not be seen;
//   - the audit chain verifies after all of it.

#include "auditactions.h"
#include "casereview.h"
#include "casestestkit.h"
#include "officerstore.h"
#include "transaction.h"
#include "viewaudit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CasesKit;

namespace {

const QString kInspectorA = QStringLiteral("31000000001");    // 一中队
const QString kInspectorA2 = QStringLiteral("31000000002");   // 一中队
const QString kLeaderA = QStringLiteral("31000000003");       // 一中队 squad leader
const QString kInspectorB = QStringLiteral("32000000001");    // 二中队
const QString kLeaderB = QStringLiteral("32000000003");       // 二中队 squad leader
const QString kLeaderNone = QStringLiteral("33000000003");    // squad leader without a squad
const QString kAdmin = QStringLiteral("31000000009");         // admin, no squad

struct OfficerSeed {
    QString no;
    QString name;
    QString squad;
    Role role;
};

// The officers, written as the import writes them (one PIN hash for all, made once: the KDF is slow).
bool seedOfficers(Env &env, OfficerStore &officers)
{
    const QList<OfficerSeed> seeds = {
        {kInspectorA, QStringLiteral("张明"), QStringLiteral("一中队"), Role::Inspector},
        {kInspectorA2, QStringLiteral("李娜"), QStringLiteral("一中队"), Role::Inspector},
        {kLeaderA, QStringLiteral("王强"), QStringLiteral("一中队"), Role::SquadLeader},
        {kInspectorB, QStringLiteral("陈刚"), QStringLiteral("二中队"), Role::Inspector},
        {kLeaderB, QStringLiteral("刘洋"), QStringLiteral("二中队"), Role::SquadLeader},
        {kLeaderNone, QStringLiteral("孙丽"), QString(), Role::SquadLeader},
        {kAdmin, QStringLiteral("赵敏"), QString(), Role::Admin},
    };
    QString error;
    static const PinKdf::PinHash pin = officers.hashPin(QStringLiteral("135790"), &error);   // once per run
    if (!pin.isValid()) {
        qWarning() << "PIN hash:" << error;
        return false;
    }
    Transaction tx(env.db);
    for (const OfficerSeed &s : seeds) {
        OfficerInput in;
        in.officerNo = s.no;
        in.name = s.name;
        in.agency = QStringLiteral("某市市场监督管理局");
        in.squad = s.squad.isNull() ? QStringLiteral("") : s.squad;
        in.roles = {s.role};
        bool added = false;
        if (!officers.writeInTransaction(in, &pin, &added, &error)) {
            qWarning() << error;
            return false;
        }
    }
    return tx.commit();
}

struct ReviewEnv {
    Env env;
    std::unique_ptr<OfficerStore> officers;
    std::unique_ptr<CaseReview> review;
    std::unique_ptr<ViewAudit> views;
    QHash<QString, QString> caseOf;   // creator officer no → case id

    bool open()
    {
        if (!env.open())
            return false;
        officers = std::make_unique<OfficerStore>(env.db, *env.audit, QStringLiteral("pbkdf2-sha256"), env.clock());
        review = std::make_unique<CaseReview>(env.db, *env.audit, env.clock());
        views = std::make_unique<ViewAudit>(env.db, *env.audit, env.clock());
        if (!seedOfficers(env, *officers))
            return false;
        for (const QString &creator : {kInspectorA, kLeaderA, kInspectorB}) {
            const CreateResult r = env.store->create(validInput(), creator);
            if (!r.ok) {
                qWarning() << r.error;
                return false;
            }
            caseOf.insert(creator, r.caseId);
        }
        return true;
    }
    Officer officer(const QString &no)
    {
        QString error;
        const std::optional<Officer> o = officers->find(no, &error);
        if (!o)
            qWarning() << "no officer" << no << error;
        return o.value_or(Officer());
    }
    QString count(const QString &table) { return sqlite(env.path(), QStringLiteral("SELECT count(*) FROM %1").arg(table)); }
};

} // namespace

class TestCaseReview : public QObject
{
    Q_OBJECT
private slots:
    void permissionMatrix_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("creator");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("refusalPart");   // "" = allowed
        const QString approved = QStringLiteral("approved");
        const QString returned = QStringLiteral("returned");
        for (const QString &d : {approved, returned}) {
            const QByteArray tag = d.toLatin1();
            QTest::addRow("inspector, colleague's case %s", tag.constData()) << kInspectorA2 << kInspectorA << d << "无权审核";
            QTest::addRow("inspector, own case %s", tag.constData()) << kInspectorA << kInspectorA << d << "无权审核";
            QTest::addRow("squad leader, same squad %s", tag.constData()) << kLeaderA << kInspectorA << d << "";
            QTest::addRow("squad leader, other squad %s", tag.constData()) << kLeaderB << kInspectorA << d << "只能由该中队的中队长审核";
            QTest::addRow("squad leader, other squad reverse %s", tag.constData()) << kLeaderA << kInspectorB << d << "二中队";
            QTest::addRow("squad leader, own case %s", tag.constData()) << kLeaderA << kLeaderA << d << "不能自己审核";
            QTest::addRow("squad leader without squad %s", tag.constData()) << kLeaderNone << kInspectorA << d << "没有设置所属中队";
            QTest::addRow("admin %s", tag.constData()) << kAdmin << kInspectorA << d << "无权审核";
        }
    }
    void permissionMatrix()
    {
        QFETCH(QString, actor);
        QFETCH(QString, creator);
        QFETCH(QString, decision);
        QFETCH(QString, refusalPart);
        ReviewEnv r;
        QVERIFY(r.open());
        const QString caseId = r.caseOf.value(creator);
        const Officer who = r.officer(actor);
        QCOMPARE(who.officerNo, actor);
        const QString auditBefore = r.count(QStringLiteral("audit_log"));

        // What the page asks before offering the buttons agrees with what review() does.
        const QString asked = CaseReview::refusal(r.env.db, caseId, who);
        const QString result = r.review->review(caseId, decision, QStringLiteral("证据链不完整，请补充询问笔录"), who);
        if (refusalPart.isEmpty()) {
            QCOMPARE(asked, QString());
            QCOMPARE(result, QString());
            QCOMPARE(sqlite(r.env.path(), QStringLiteral("SELECT case_id = '%1', decision, reviewer_no, reviewed_at FROM case_reviews").arg(caseId)),
                     QStringLiteral("1|%1|%2|2026-11-20T01:30:00.000Z").arg(decision, actor));
            QCOMPARE(sqlite(r.env.path(), QStringLiteral("SELECT action, object_type, object_id = '%1', officer_no,"
                                                         " json_extract(details, '$.decision') FROM audit_log ORDER BY seq DESC LIMIT 1").arg(caseId)),
                     QStringLiteral("case_review|case|1|%1|%2").arg(actor, decision));
        } else {
            QVERIFY2(result.contains(refusalPart), qPrintable(result));
            QCOMPARE(asked, result);
            QCOMPARE(r.count(QStringLiteral("case_reviews")), QStringLiteral("0"));
            QCOMPARE(r.count(QStringLiteral("audit_log")), auditBefore);
        }
        QVERIFY(verifyAudit(r.env.path()).intact());
    }

    void returnNeedsAComment_data()
    {
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("refusalPart");
        QTest::newRow("return, empty") << "returned" << "" << "请填写退回意见";
        QTest::newRow("return, blank") << "returned" << " \t\n " << "请填写退回意见";
        QTest::newRow("return, 501") << "returned" << QString(501, QChar(0x8865)) << "退回意见最多 500 个字，现为 501 个字";
        QTest::newRow("return, 500") << "returned" << QString(500, QChar(0x8865)) << "";
        QTest::newRow("return, emoji counts once") << "returned" << QString(250, QChar(0x8865)) + QString::fromUtf8("🚓").repeated(250) << "";
        QTest::newRow("approve, no comment") << "approved" << "" << "";
        QTest::newRow("approve, 501") << "approved" << QString(501, QLatin1Char('a')) << "审核意见最多 500 个字";
        QTest::newRow("unknown decision") << "rejected" << "x" << "未知的审核结论";
    }
    void returnNeedsAComment()
    {
        QFETCH(QString, decision);
        QFETCH(QString, comment);
        QFETCH(QString, refusalPart);
        ReviewEnv r;
        QVERIFY(r.open());
        const QString caseId = r.caseOf.value(kInspectorA);
        const QString result = r.review->review(caseId, decision, comment, r.officer(kLeaderA));
        if (refusalPart.isEmpty()) {
            QCOMPARE(result, QString());
            QCOMPARE(sqlite(r.env.path(), QStringLiteral("SELECT length(comment) FROM case_reviews")),
                     QString::number(comment.toUcs4().size()));
        } else {
            QVERIFY2(result.contains(refusalPart), qPrintable(result));
            QCOMPARE(r.count(QStringLiteral("case_reviews")), QStringLiteral("0"));
        }
    }

    void latestReviewIsTheState()
    {
        ReviewEnv r;
        QVERIFY(r.open());
        const QString caseId = r.caseOf.value(kInspectorA);
        const Officer leader = r.officer(kLeaderA);
        QString error;
        QCOMPARE(CaseReview::stateOf(CaseReview::reviewsOf(r.env.db, caseId, &error)), QStringLiteral("pending"));
        QCOMPARE(CaseReview::stateLabel(QStringLiteral("pending")), QStringLiteral("待审核"));

        QCOMPARE(r.review->review(caseId, QStringLiteral("returned"), QStringLiteral("  缺少告知环节录像，请补录  "), leader), QString());
        QList<CaseReviewRow> reviews = CaseReview::reviewsOf(r.env.db, caseId, &error);
        QCOMPARE(error, QString());
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(CaseReview::stateOf(reviews), QStringLiteral("returned"));
        QCOMPARE(reviews.first().comment, QStringLiteral("缺少告知环节录像，请补录"));   // stored trimmed
        QCOMPARE(reviews.first().reviewerName, QStringLiteral("王强"));

        // A later approval wins, even with the clock set back before the return.
        r.env.now = r.env.now.addSecs(-3600);
        QCOMPARE(r.review->review(caseId, QStringLiteral("approved"), QString(), leader), QString());
        reviews = CaseReview::reviewsOf(r.env.db, caseId, &error);
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(CaseReview::stateOf(reviews), QStringLiteral("approved"));
        QCOMPARE(CaseReview::stateLabel(CaseReview::stateOf(reviews)), QStringLiteral("已通过"));

        // Nothing left to decide: a second approval is refused; a return is still possible.
        const QString again = r.review->review(caseId, QStringLiteral("approved"), QString(), leader);
        QVERIFY2(again.contains(QStringLiteral("已审核通过")), qPrintable(again));
        QCOMPARE(r.count(QStringLiteral("case_reviews")), QStringLiteral("2"));
        QCOMPARE(r.review->review(caseId, QStringLiteral("returned"), QStringLiteral("发现文书日期有误"), leader), QString());
        QCOMPARE(CaseReview::stateOf(CaseReview::reviewsOf(r.env.db, caseId, &error)), QStringLiteral("returned"));

        // Other cases are untouched.
        QCOMPARE(CaseReview::stateOf(CaseReview::reviewsOf(r.env.db, r.caseOf.value(kInspectorB), &error)), QStringLiteral("pending"));

        QCOMPARE(sqlite(r.env.path(), QStringLiteral("SELECT group_concat(json_extract(details, '$.decision'), ',') FROM"
                                                     " (SELECT details FROM audit_log WHERE action = 'case_review' ORDER BY seq)")),
                 QStringLiteral("returned,approved,returned"));
        QCOMPARE(sqlite(r.env.path(), QStringLiteral("SELECT json_extract(details, '$.comment') FROM audit_log"
                                                     " WHERE action = 'case_review' ORDER BY seq LIMIT 1")),
                 QStringLiteral("缺少告知环节录像，请补录"));
        const AuditVerifyResult verified = verifyAudit(r.env.path());
        QVERIFY2(verified.intact(), qPrintable(verified.message));
    }

    void reviewsAreAppendOnly()
    {
        ReviewEnv r;
        QVERIFY(r.open());
        const QString caseId = r.caseOf.value(kInspectorA);
        QCOMPARE(r.review->review(caseId, QStringLiteral("returned"), QStringLiteral("请补充现场照片"), r.officer(kLeaderA)), QString());
        r.env.db.close();   // the CLI gets the file to itself
        QProcess p;
        for (const QString &sql : {QStringLiteral("UPDATE case_reviews SET decision = 'approved'"),
                                   QStringLiteral("DELETE FROM case_reviews"),
                                   QStringLiteral("INSERT INTO case_reviews (case_id, decision, comment, reviewer_no, reviewed_at)"
                                                  " VALUES ('%1', 'returned', '   ', '31000000003', 'x')").arg(caseId),
                                   QStringLiteral("INSERT INTO case_reviews (case_id, decision, comment, reviewer_no, reviewed_at)"
                                                  " VALUES ('%1', 'maybe', '', '31000000003', 'x')").arg(caseId)}) {
            p.start(QStringLiteral("sqlite3"), {r.env.path(), sql});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() != 0, qPrintable(sql));
        }
        QCOMPARE(sqlite(r.env.path(), QStringLiteral("SELECT decision, comment FROM case_reviews")), QStringLiteral("returned|请补充现场照片"));
    }

    void whoSeesWhoseRecordings_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<bool>("sees");
        QTest::newRow("inspector, own") << kInspectorA << kInspectorA << true;
        QTest::newRow("inspector, squad colleague") << kInspectorA << kInspectorA2 << false;
        QTest::newRow("inspector, other squad") << kInspectorA << kInspectorB << false;
        QTest::newRow("squad leader, own") << kLeaderA << kLeaderA << true;
        QTest::newRow("squad leader, squad member") << kLeaderA << kInspectorA2 << true;
        QTest::newRow("squad leader, other squad") << kLeaderA << kInspectorB << false;
        QTest::newRow("squad leader, other squad's leader") << kLeaderA << kLeaderB << false;
        QTest::newRow("squad leader, unknown officer") << kLeaderA << QStringLiteral("39999999999") << false;
        QTest::newRow("squad leader without squad, squadless admin") << kLeaderNone << kAdmin << false;
        QTest::newRow("squad leader without squad, own") << kLeaderNone << kLeaderNone << true;
        QTest::newRow("admin, inspector") << kAdmin << kInspectorA << false;
        QTest::newRow("admin, own number") << kAdmin << kAdmin << false;
    }
    void whoSeesWhoseRecordings()
    {
        QFETCH(QString, viewer);
        QFETCH(QString, owner);
        QFETCH(bool, sees);
        ReviewEnv r;
        QVERIFY(r.open());
        QCOMPARE(r.review->canSeeRecordingsOf(r.officer(viewer), owner), sees);
    }

    void viewsAreAudited()
    {
        ReviewEnv r;
        QVERIFY(r.open());
        const QDateTime t = r.env.now;
        // 张明's recording with a photo, linked to his case; 陈刚 (二中队) recorded one too.
        QVERIFY(insertRecording(r.env.db, QStringLiteral("rec-a"), t, t.addSecs(120)));
        QVERIFY(insertSegment(r.env.db, QStringLiteral("ev-a1"), QStringLiteral("rec-a"), 1, 60000, t));
        QVERIFY(insertPhoto(r.env.db, QStringLiteral("ph-a"), QStringLiteral("rec-a"), t.addSecs(10)));
        QVERIFY(insertRecording(r.env.db, QStringLiteral("rec-b"), t, t.addSecs(60)));
        QVERIFY(insertPhoto(r.env.db, QStringLiteral("ph-b"), QString(), t.addSecs(20)));
        QVERIFY(r.env.db.exec("UPDATE recordings SET officer_no = '31000000001' WHERE id = 'rec-a';"
                              "UPDATE recordings SET officer_no = '32000000001' WHERE id = 'rec-b';"
                              "UPDATE evidence SET officer_no = '32000000001' WHERE id = 'ph-b'"));
        QCOMPARE(r.env.store->linkRecording(r.caseOf.value(kInspectorA), QStringLiteral("rec-a"), kInspectorA), QString());

        const Officer inspector = r.officer(kInspectorA);
        const Officer leader = r.officer(kLeaderA);
        QCOMPARE(r.views->playbackStarted(inspector, QStringLiteral("rec-a"), 0), QString());
        QCOMPARE(r.views->playbackStopped(inspector, QStringLiteral("rec-a"), {{0, 15000}, {42000, 47500}}, 20500, {1.0, 2.0}), QString());
        QCOMPARE(r.views->playbackStarted(leader, QStringLiteral("rec-a"), 42000), QString());
        QCOMPARE(r.views->playbackStopped(leader, QStringLiteral("rec-a"), {{42000, 60000}}, 36000, {0.5}, 7), QString());
        QCOMPARE(r.views->photoViewed(leader, QStringLiteral("ph-a")), QString());   // no officer of its own: the recording's

        const QString path = r.env.path();
        QCOMPARE(sqlite(path, QStringLiteral("SELECT group_concat(action || ':' || officer_no || ':' || object_type || '/' || object_id, ',') FROM"
                                             " (SELECT * FROM audit_log WHERE action IN ('playback_start', 'playback_stop', 'photo_view') ORDER BY seq)")),
                 QStringLiteral("playback_start:31000000001:recording/rec-a,playback_stop:31000000001:recording/rec-a,"
                                "playback_start:31000000003:recording/rec-a,playback_stop:31000000003:recording/rec-a,"
                                "photo_view:31000000003:evidence/ph-a"));
        const QJsonObject stop = QJsonDocument::fromJson(
            sqlite(path, QStringLiteral("SELECT details FROM audit_log WHERE action = 'playback_stop' ORDER BY seq LIMIT 1")).toUtf8()).object();
        QCOMPARE(stop.value(QStringLiteral("ranges")).toArray(),
                 (QJsonArray{QJsonArray{0, 15000}, QJsonArray{42000, 47500}}));
        QCOMPARE(stop.value(QStringLiteral("watchedMs")).toInteger(), 20500);
        QCOMPARE(stop.value(QStringLiteral("rates")).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(stop.value(QStringLiteral("ownerNo")).toString(), kInspectorA);
        QCOMPARE(stop.value(QStringLiteral("previews")).toInt(), 0);
        QCOMPARE(sqlite(path, QStringLiteral("SELECT json_extract(details, '$.previews') FROM audit_log WHERE action = 'playback_stop'"
                                             " ORDER BY seq DESC LIMIT 1")),
                 QStringLiteral("7"));
        QCOMPARE(stop.value(QStringLiteral("caseId")).toString(), r.caseOf.value(kInspectorA));
        QCOMPARE(sqlite(path, QStringLiteral("SELECT json_extract(details, '$.positionMs') FROM audit_log WHERE action = 'playback_start'"
                                             " ORDER BY seq DESC LIMIT 1")),
                 QStringLiteral("42000"));
        QCOMPARE(sqlite(path, QStringLiteral("SELECT json_extract(details, '$.recordingId') || '|' || json_extract(details, '$.ownerNo')"
                                             " FROM audit_log WHERE action = 'photo_view'")),
                 QStringLiteral("rec-a|31000000001"));

        // Refused, and nothing written: another squad's leader, a colleague, the admin; bad input.
        const QString before = r.count(QStringLiteral("audit_log"));
        const Officer foreignLeader = r.officer(kLeaderB);
        QVERIFY(r.views->playbackStarted(foreignLeader, QStringLiteral("rec-a"), 0).contains(QStringLiteral("无权查看")));
        QVERIFY(r.views->playbackStopped(foreignLeader, QStringLiteral("rec-a"), {{0, 1000}}, 1000, {1.0}).contains(QStringLiteral("无权查看")));
        QVERIFY(r.views->photoViewed(foreignLeader, QStringLiteral("ph-a")).contains(QStringLiteral("无权查看")));
        QVERIFY(r.views->playbackStarted(leader, QStringLiteral("rec-b"), 0).contains(QStringLiteral("32000000001")));
        QVERIFY(r.views->photoViewed(leader, QStringLiteral("ph-b")).contains(QStringLiteral("无权查看")));
        QVERIFY(r.views->playbackStarted(r.officer(kInspectorA2), QStringLiteral("rec-a"), 0).contains(QStringLiteral("无权查看")));
        QVERIFY(r.views->playbackStarted(r.officer(kAdmin), QStringLiteral("rec-a"), 0).contains(QStringLiteral("管理员")));
        QVERIFY(r.views->photoViewed(r.officer(kAdmin), QStringLiteral("ph-a")).contains(QStringLiteral("管理员")));
        QVERIFY(r.views->playbackStarted(inspector, QStringLiteral("no-such"), 0).contains(QStringLiteral("找不到录像")));
        QVERIFY(r.views->photoViewed(inspector, QStringLiteral("ev-a1")).contains(QStringLiteral("不是照片")));
        QVERIFY(!r.views->playbackStopped(inspector, QStringLiteral("rec-a"), {{5000, 1000}}, 0, {1.0}).isEmpty());
        QVERIFY(!r.views->playbackStopped(inspector, QStringLiteral("rec-a"), {}, -1, {}).isEmpty());
        QVERIFY(!r.views->playbackStopped(inspector, QStringLiteral("rec-a"), {}, 0, {0.0}).isEmpty());
        QVERIFY(r.views->playbackStopped(inspector, QStringLiteral("rec-a"), {}, 0, {}, -1).contains(QStringLiteral("预览")));
        QCOMPARE(r.count(QStringLiteral("audit_log")), before);

        // The other squad's own people may.
        QCOMPARE(r.views->playbackStarted(foreignLeader, QStringLiteral("rec-b"), 0), QString());
        QCOMPARE(r.views->photoViewed(r.officer(kInspectorB), QStringLiteral("ph-b")), QString());

        const AuditVerifyResult verified = verifyAudit(path);
        QVERIFY2(verified.intact(), qPrintable(verified.message));
    }

    void listStillsAreAuditedAllOrNothing()
    {
        ReviewEnv r;
        QVERIFY(r.open());
        const QDateTime t = r.env.now;
        for (const auto &[id, owner] : {std::pair{"rec-a", "31000000001"}, std::pair{"rec-a2", "31000000002"},
                                        std::pair{"rec-b", "32000000001"}}) {
            QVERIFY(insertRecording(r.env.db, QLatin1String(id), t, t.addSecs(60)));
            QVERIFY(r.env.db.exec(QStringLiteral("UPDATE recordings SET officer_no = '%1' WHERE id = '%2'")
                                      .arg(QLatin1String(owner), QLatin1String(id)).toUtf8().constData()));
        }
        QCOMPARE(r.env.store->linkRecording(r.caseOf.value(kInspectorA), QStringLiteral("rec-a"), kInspectorA), QString());
        const QString path = r.env.path();
        const QString rows = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recording_thumbnail'");

        // The squad leader's list: both of the squad's recordings, one row each, as the leader.
        const Officer leader = r.officer(kLeaderA);
        QCOMPARE(r.views->recordingThumbnailsShown(leader, {QStringLiteral("rec-a"), QStringLiteral("rec-a2")},
                                                   QStringLiteral("review")),
                 QString());
        QCOMPARE(sqlite(path, QStringLiteral("SELECT group_concat(officer_no || ':' || object_type || '/' || object_id || ':'"
                                             " || json_extract(details, '$.list') || ':' || json_extract(details, '$.ownerNo'), ',')"
                                             " FROM (SELECT * FROM audit_log WHERE action = 'recording_thumbnail' ORDER BY seq)")),
                 QStringLiteral("31000000003:recording/rec-a:review:31000000001,31000000003:recording/rec-a2:review:31000000002"));
        QCOMPARE(sqlite(path, QStringLiteral("SELECT json_extract(details, '$.caseId') FROM audit_log"
                                             " WHERE action = 'recording_thumbnail' AND object_id = 'rec-a'")),
                 r.caseOf.value(kInspectorA));

        // One recording of another squad in the batch: refused, and not even the visible ones
        // are written. An inspector may not be shown a colleague's; the admin nobody's.
        const QString before = r.count(QStringLiteral("audit_log"));
        QVERIFY(r.views->recordingThumbnailsShown(leader, {QStringLiteral("rec-a"), QStringLiteral("rec-b")},
                                                  QStringLiteral("review")).contains(QStringLiteral("32000000001")));
        QVERIFY(r.views->recordingThumbnailsShown(r.officer(kInspectorA), {QStringLiteral("rec-a2")},
                                                  QStringLiteral("home")).contains(QStringLiteral("无权查看")));
        QVERIFY(r.views->recordingThumbnailsShown(r.officer(kAdmin), {QStringLiteral("rec-a")},
                                                  QStringLiteral("review")).contains(QStringLiteral("管理员")));
        QVERIFY(r.views->recordingThumbnailsShown(leader, {QStringLiteral("rec-a"), QStringLiteral("no-such")},
                                                  QStringLiteral("review")).contains(QStringLiteral("找不到录像")));
        QCOMPARE(r.count(QStringLiteral("audit_log")), before);
        QCOMPARE(sqlite(path, rows), QStringLiteral("2"));

        // An empty showing writes nothing and is not an error.
        QCOMPARE(r.views->recordingThumbnailsShown(leader, {}, QStringLiteral("review")), QString());
        QCOMPARE(r.count(QStringLiteral("audit_log")), before);
        const AuditVerifyResult verified = verifyAudit(path);
        QVERIFY2(verified.intact(), qPrintable(verified.message));
    }
};

QTEST_GUILESS_MAIN(TestCaseReview)
#include "tst_casereview.moc"
