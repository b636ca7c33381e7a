// CaseStore over a real SQLite file: create (every field checked, all errors at once, nothing
// written on error, text stored verbatim), case numbering, the lifecycle through advance,
// links and their refusals, linkRecordingInTx inside the ingest's transaction — and the audit
// chain verified after all of it. Row counts and stored bytes are read back independently
// with the sqlite3 CLI.

#include "auditactions.h"
#include "casestestkit.h"
#include "casevalidator.h"
#include "transaction.h"

#include <QTest>

using namespace CasesKit;

namespace {

// Rows every create writes to; all must stay at their count when a create is refused.
const char *const kTables[] = {"cases", "case_steps", "audit_log", "counters"};

QString actionsInOrder(Env &env)
{
    return sqlite(env.path(), QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log ORDER BY seq)"));
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT
private slots:
    void createValid()
    {
        Env env;
        QVERIFY(env.open());
        const CreateResult r = env.store->create(validInput(), QStringLiteral("ZJ0001"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.caseNo, QStringLiteral("SIM0001-2026-00001"));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT case_no, type, status, party_kind, party_name, party_id_no, power_item_code, created_by FROM cases")),
                 QStringLiteral("SIM0001-2026-00001|general|filed|person|张三|11010519491231002X|330217001000|ZJ0001"));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT power_item_name FROM cases")),
                 QStringLiteral("对未取得食品生产经营许可从事食品生产经营活动的处罚"));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT created_at, status_since FROM cases")),
                 QStringLiteral("2026-11-20T01:30:00.000Z|2026-11-20T01:30:00.000Z"));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT printf('%.4f,%.4f', latitude, longitude) FROM cases")), QStringLiteral("30.2741,120.1551"));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT step, entered_at, officer_no FROM case_steps")),
                 QStringLiteral("filed|2026-11-20T01:30:00.000Z|ZJ0001"));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT action, object_type, object_id = (SELECT id FROM cases), officer_no FROM audit_log")),
                 QStringLiteral("case_create|case|1|ZJ0001"));
        QVERIFY(sqlite(env.path(), QStringLiteral("SELECT details FROM audit_log")).contains(QStringLiteral("\"caseNo\":\"SIM0001-2026-00001\"")));
    }

    void createOrganisationWithoutOptionals()
    {
        Env env;
        QVERIFY(env.open());
        CaseInput in = validInput();
        in.type = QStringLiteral("inspection");
        in.partyKind = QStringLiteral("organisation");
        in.partyName = QStringLiteral("福州某某食品有限公司");
        in.partyIdNo = QStringLiteral("91350100m000100y43");   // lower case: normalised
        in.partyPhone.clear();
        in.taskRef.clear();
        in.summary.clear();
        in.hasPosition = false;
        in.powerItemCode = QStringLiteral("330817001000");
        const CreateResult r = env.store->create(in, QStringLiteral("ZJ0002"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT party_id_no, party_phone = '', latitude IS NULL, task_ref = '' FROM cases")),
                 QStringLiteral("91350100M000100Y43|1|1|1"));
    }

    void fieldWrong_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("type unknown") << "type" << "penalty" << "案件类型";
        QTest::newRow("type empty") << "type" << "" << "案件类型";
        QTest::newRow("partyKind unknown") << "partyKind" << "company" << "当事人类别";
        QTest::newRow("partyName empty") << "partyName" << "" << "请填写当事人姓名";
        QTest::newRow("partyName blank") << "partyName" << "   " << "请填写当事人姓名";
        QTest::newRow("partyName 101") << "partyName" << QString(101, QChar(0x674E)) << "最多 100 个字，现为 101 个字";
        QTest::newRow("partyIdNo check") << "partyIdNo" << "110105194912310021" << "第 18 位应为 X";
        QTest::newRow("partyIdNo USCC for person") << "partyIdNo" << "91350100M000100Y43" << "当事人身份证号";
        QTest::newRow("partyIdNo empty") << "partyIdNo" << "" << "请填写当事人身份证号";
        QTest::newRow("partyPhone letters") << "partyPhone" << "138abc" << "联系电话只能包含数字";
        QTest::newRow("partyPhone 33") << "partyPhone" << QString(33, QLatin1Char('1')) << "最多 32 位";
        QTest::newRow("address empty") << "address" << "" << "请填写地址";
        QTest::newRow("address 201") << "address" << QString(201, QChar(0x8DEF)) << "地址最多 200 个字";
        QTest::newRow("position") << "position" << "91" << "定位坐标无效";
        QTest::newRow("powerItemCode unknown") << "powerItemCode" << "330299999000" << "不在权力清单中";
        QTest::newRow("powerItemCode empty") << "powerItemCode" << "" << "请选择权力事项";
        QTest::newRow("taskRef 101") << "taskRef" << QString(101, QLatin1Char('T')) << "检查任务编号最多 100 个字";
        QTest::newRow("summary 2001") << "summary" << QString(2001, QChar(0x6848)) << "案情摘要最多 2000 个字";
    }
    void fieldWrong()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, messagePart);
        Env env;
        QVERIFY(env.open());
        CaseInput in = validInput();
        if (field == QLatin1String("type")) in.type = value;
        else if (field == QLatin1String("partyKind")) in.partyKind = value;
        else if (field == QLatin1String("partyName")) in.partyName = value;
        else if (field == QLatin1String("partyIdNo")) in.partyIdNo = value;
        else if (field == QLatin1String("partyPhone")) in.partyPhone = value;
        else if (field == QLatin1String("address")) in.address = value;
        else if (field == QLatin1String("position")) in.latitude = value.toDouble();
        else if (field == QLatin1String("powerItemCode")) in.powerItemCode = value;
        else if (field == QLatin1String("taskRef")) in.taskRef = value;
        else if (field == QLatin1String("summary")) in.summary = value;

        const CreateResult r = env.store->create(in, QStringLiteral("ZJ0001"));
        QVERIFY(!r.ok);
        QVERIFY(r.caseId.isEmpty());
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.errors.isEmpty());
        bool named = false;
        for (const FieldError &e : r.errors) {
            if (e.field == field) {
                named = true;
                QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
            }
        }
        QVERIFY2(named, qPrintable(r.errors.first().field + QLatin1Char(' ') + r.errors.first().message));
        // A wrong party kind makes the id unverifiable too; every other field is reported alone.
        if (field != QLatin1String("partyKind"))
            QCOMPARE(r.errors.size(), 1);
        for (const char *table : kTables)
            QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), QStringLiteral("0"));
    }

    void allErrorsAtOnce()
    {
        Env env;
        QVERIFY(env.open());
        CaseInput in;
        in.type = QStringLiteral("x");
        in.partyKind = QStringLiteral("person");
        in.partyIdNo = QStringLiteral("123");
        in.partyPhone = QStringLiteral("phone");
        in.hasPosition = true;
        in.latitude = 12;
        in.longitude = 181;
        in.taskRef = QString(101, QLatin1Char('x'));
        in.summary = QString(2001, QLatin1Char('x'));
        const CreateResult r = env.store->create(in, QStringLiteral("ZJ0001"));
        QStringList fields;
        for (const FieldError &e : r.errors)
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("type"), QStringLiteral("partyName"), QStringLiteral("partyIdNo"),
                                      QStringLiteral("partyPhone"), QStringLiteral("address"), QStringLiteral("position"),
                                      QStringLiteral("powerItemCode"), QStringLiteral("taskRef"), QStringLiteral("summary")}));
        QCOMPARE(count(env.db, "cases"), 0);
    }

    // Lengths count characters as SQLite does: 100 emoji are 100 characters (200 UTF-16 units).
    void limitsCountCharacters()
    {
        Env env;
        QVERIFY(env.open());
        CaseInput in = validInput();
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUcs4(U"\U0001F693");
        in.partyName = emoji;
        in.summary = QString(2000, QChar(0x6848));
        in.address = QString(200, QChar(0x8DEF));
        const CreateResult r = env.store->create(in, QStringLiteral("ZJ0001"));
        QVERIFY2(r.ok, qPrintable(r.errors.isEmpty() ? r.error : r.errors.first().message));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT length(party_name), length(summary), length(address) FROM cases")),
                 QStringLiteral("100|2000|200"));
    }

    void storedVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sql") << QStringLiteral("张三'); DROP TABLE cases; --");
        QTest::newRow("html") << QStringLiteral("<script>alert(\"x\")</script>&amp;");
        QTest::newRow("emoji") << QString::fromUtf8("王五 😀🚓 👮‍♀️");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"老王\" `x` 「某」");
        QTest::newRow("like metachars") << QStringLiteral("100%_\\ 店");
        QTest::newRow("newline") << QStringLiteral("第一行\n第二行\t制表");
    }
    void storedVerbatim()
    {
        QFETCH(QString, text);
        Env env;
        QVERIFY(env.open());
        CaseInput in = validInput();
        in.partyName = text;
        in.address = text;
        in.taskRef = text;
        in.summary = text;
        const CreateResult r = env.store->create(in, QStringLiteral("ZJ0001"));
        QVERIFY2(r.ok, qPrintable(r.errors.isEmpty() ? r.error : r.errors.first().message));
        // Compared as bytes by an independent reader: hex of what SQLite holds.
        const QString hex = QString::fromLatin1(text.toUtf8().toHex().toUpper());
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT hex(party_name) || '|' || hex(address) || '|' || hex(task_ref) || '|' || hex(summary) FROM cases")),
                 QStringList({hex, hex, hex, hex}).join(QLatin1Char('|')));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'cases'")), QStringLiteral("1"));
    }

    void numbering()
    {
        Env env;
        QVERIFY(env.open());
        QStringList numbers;
        for (int i = 0; i < 12; ++i) {
            if (i == 5) {   // a refused create in between takes no number
                CaseInput bad = validInput();
                bad.partyIdNo = QStringLiteral("110105194912310021");
                QVERIFY(!env.store->create(bad, QStringLiteral("ZJ0001")).ok);
            }
            env.now = env.now.addSecs(60);
            const CreateResult r = env.store->create(validInput(), QStringLiteral("ZJ0001"));
            QVERIFY(r.ok);
            numbers << r.caseNo;
        }
        for (int i = 0; i < 12; ++i)
            QCOMPARE(numbers.at(i), QStringLiteral("SIM0001-2026-%1").arg(i + 1, 5, 10, QLatin1Char('0')));
        // A new year starts again at 1; the old year's counter stays.
        env.now = QDateTime(QDate(2027, 1, 2), QTime(9, 0), Qt::UTC);
        QCOMPARE(env.store->create(validInput(), QStringLiteral("ZJ0001")).caseNo, QStringLiteral("SIM0001-2027-00001"));
        // Another device writing into the same store has its own sequence.
        AuditLog otherAudit(env.db, QStringLiteral("SIM0002"), QStringLiteral("sha256"));
        CaseStore other(env.db, otherAudit, env.catalogue, QStringLiteral("SIM0002"), env.clock());
        QCOMPARE(other.create(validInput(), QStringLiteral("ZJ0001")).caseNo, QStringLiteral("SIM0002-2027-00001"));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT group_concat(name || '=' || value, ' ') FROM (SELECT * FROM counters ORDER BY name)")),
                 QStringLiteral("case_no/SIM0001/2026=12 case_no/SIM0001/2027=1 case_no/SIM0002/2027=1"));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(DISTINCT case_no), count(*) FROM cases")), QStringLiteral("14|14"));
        QCOMPARE(CaseStore::formatCaseNo(QStringLiteral("D1"), 2026, 123456), QStringLiteral("D1-2026-123456"));
    }

    void advanceEveryPath_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("powerItem");
        QTest::newRow("general") << "general" << "330217001000";
        QTest::newRow("summary") << "summary" << "330240001000";
        QTest::newRow("inspection") << "inspection" << "330817001000";
    }
    void advanceEveryPath()
    {
        QFETCH(QString, type);
        QFETCH(QString, powerItem);
        Env env;
        QVERIFY(env.open());
        CaseInput in = validInput();
        in.type = type;
        in.powerItemCode = powerItem;
        const CreateResult r = env.store->create(in, QStringLiteral("ZJ0001"));
        QVERIFY(r.ok);
        CaseType t;
        QVERIFY(CaseLifecycle::typeFromKey(type, &t));
        QStringList expectedSteps{QStringLiteral("filed")};
        const QList<CaseStep> path = CaseLifecycle::path(t);
        for (int i = 1; i < path.size(); ++i) {
            env.now = env.now.addSecs(3600);
            const QString key = CaseLifecycle::stepKey(path.at(i));
            QCOMPARE(env.store->advance(r.caseId, key, QStringLiteral("ZJ0002"), QStringLiteral("备注 %1").arg(i)), QString());
            expectedSteps << key;
            QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT status, status_since, updated_at FROM cases")),
                     QStringLiteral("%1|%2|%2").arg(key, StoreTime::toText(env.now)));
        }
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT group_concat(step, ',') FROM (SELECT step FROM case_steps ORDER BY entered_at)")),
                 expectedSteps.join(QLatin1Char(',')));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT officer_no, note FROM case_steps ORDER BY entered_at DESC LIMIT 1")),
                 QStringLiteral("ZJ0002|备注 %1").arg(path.size() - 1));
        QStringList actions{QStringLiteral("case_create")};
        for (int i = 1; i < path.size(); ++i)
            actions << QStringLiteral("case_step");
        QCOMPARE(actionsInOrder(env), actions.join(QLatin1Char(',')));
        QVERIFY(sqlite(env.path(), QStringLiteral("SELECT details FROM audit_log ORDER BY seq DESC LIMIT 1")).contains(QStringLiteral("\"to\":\"closed\"")));
        // Closed: nothing further.
        const QString refused = env.store->advance(r.caseId, QStringLiteral("closed"), QStringLiteral("ZJ0002"));
        QCOMPARE(refused, QStringLiteral("案件已结案，不能再转入“结案”。"));
        QVERIFY(verifyAudit(env.path()).intact());
    }

    void advanceRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("before");   // steps taken first
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("general skip") << "general" << QStringList() << "notified" << "不能从“立案”直接转入“告知”";
        QTest::newRow("general back") << "general" << QStringList{"investigating", "notified"} << "investigating" << "不能退回“调查取证”";
        QTest::newRow("general again") << "general" << QStringList{"investigating"} << "investigating" << "已处于“调查取证”";
        QTest::newRow("general to closed") << "general" << QStringList{"investigating"} << "closed" << "请先完成“告知”";
        QTest::newRow("summary investigate") << "summary" << QStringList() << "investigating" << "简易程序案件没有“调查取证”环节";
        QTest::newRow("summary execute") << "summary" << QStringList{"notified", "decided", "served"} << "executed" << "没有“执行”环节";
        QTest::newRow("inspection decide") << "inspection" << QStringList{"investigating"} << "decided" << "检查案件没有“决定”环节";
        QTest::newRow("after closed") << "inspection" << QStringList{"investigating", "closed"} << "investigating" << "案件已结案";
        QTest::newRow("unknown step") << "general" << QStringList() << "appealed" << "未知的办案环节“appealed”";
        QTest::newRow("filed again") << "general" << QStringList() << "filed" << "已处于“立案”";
    }
    void advanceRefused()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, before);
        QFETCH(QString, step);
        QFETCH(QString, messagePart);
        Env env;
        QVERIFY(env.open());
        CaseInput in = validInput();
        in.type = type;
        const CreateResult r = env.store->create(in, QStringLiteral("ZJ0001"));
        QVERIFY(r.ok);
        for (const QString &s : before)
            QCOMPARE(env.store->advance(r.caseId, s, QStringLiteral("ZJ0001")), QString());
        const qint64 steps = count(env.db, "case_steps");
        const qint64 audit = count(env.db, "audit_log");
        const QString status = sqlite(env.path(), QStringLiteral("SELECT status FROM cases"));
        const QString message = env.store->advance(r.caseId, step, QStringLiteral("ZJ0001"));
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QCOMPARE(count(env.db, "case_steps"), steps);
        QCOMPARE(count(env.db, "audit_log"), audit);
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT status FROM cases")), status);
    }

    void advanceNoteAndMissingCase()
    {
        Env env;
        QVERIFY(env.open());
        const CreateResult r = env.store->create(validInput(), QStringLiteral("ZJ0001"));
        const QString tooLong = env.store->advance(r.caseId, QStringLiteral("investigating"), QStringLiteral("ZJ0001"), QString(501, QLatin1Char('n')));
        QVERIFY2(tooLong.contains(QStringLiteral("最多 500 个字")), qPrintable(tooLong));
        QCOMPARE(count(env.db, "case_steps"), 1);
        const QString missing = env.store->advance(QStringLiteral("no-such-case"), QStringLiteral("investigating"), QStringLiteral("ZJ0001"));
        QVERIFY2(missing.contains(QStringLiteral("找不到案件 no-such-case")), qPrintable(missing));
        // A note with SQL and HTML in it is stored as written.
        const QString note = QStringLiteral("当事人称'); DELETE FROM case_steps; -- <b>不服</b>");
        QCOMPARE(env.store->advance(r.caseId, QStringLiteral("investigating"), QStringLiteral("ZJ0001"), note), QString());
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT hex(note) FROM case_steps WHERE step = 'investigating'")),
                 QString::fromLatin1(note.toUtf8().toHex().toUpper()));
    }

    void links()
    {
        Env env;
        QVERIFY(env.open());
        const CreateResult a = env.store->create(validInput(), QStringLiteral("ZJ0001"));
        const CreateResult b = env.store->create(validInput(), QStringLiteral("ZJ0001"));
        QVERIFY(a.ok && b.ok);
        const QDateTime t = env.now;
        QVERIFY(insertRecording(env.db, QStringLiteral("rec-1"), t, t.addSecs(120)));
        QVERIFY(insertSegment(env.db, QStringLiteral("seg-1"), QStringLiteral("rec-1"), 1, 120000, t));
        QVERIFY(insertPhoto(env.db, QStringLiteral("photo-1"), QString(), t.addSecs(10)));
        QVERIFY(insertPhoto(env.db, QStringLiteral("photo-in-rec"), QStringLiteral("rec-1"), t.addSecs(20)));

        QCOMPARE(env.store->linkRecording(a.caseId, QStringLiteral("rec-1"), QStringLiteral("ZJ0001")), QString());
        QCOMPARE(env.store->linkEvidence(a.caseId, QStringLiteral("photo-1"), QStringLiteral("ZJ0001")), QString());
        // Linking again to the same case changes nothing.
        QCOMPARE(env.store->linkRecording(a.caseId, QStringLiteral("rec-1"), QStringLiteral("ZJ0001")), QString());
        QCOMPARE(count(env.db, "case_links"), 2);
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case_link'")), QStringLiteral("2"));

        const qint64 links = count(env.db, "case_links");
        const qint64 audit = count(env.db, "audit_log");
        QString m = env.store->linkRecording(b.caseId, QStringLiteral("rec-1"), QStringLiteral("ZJ0001"));
        QVERIFY2(m.contains(QStringLiteral("已关联到案件 %1").arg(a.caseNo)), qPrintable(m));
        m = env.store->linkEvidence(b.caseId, QStringLiteral("photo-1"), QStringLiteral("ZJ0001"));
        QVERIFY2(m.contains(QStringLiteral("该照片已关联到案件 %1").arg(a.caseNo)), qPrintable(m));
        m = env.store->linkEvidence(b.caseId, QStringLiteral("photo-in-rec"), QStringLiteral("ZJ0001"));
        QVERIFY2(m.contains(QStringLiteral("拍摄于已关联到案件 %1 的录像中").arg(a.caseNo)), qPrintable(m));
        m = env.store->linkEvidence(b.caseId, QStringLiteral("seg-1"), QStringLiteral("ZJ0001"));
        QVERIFY2(m.contains(QStringLiteral("只能单独关联照片")), qPrintable(m));
        m = env.store->linkRecording(b.caseId, QStringLiteral("rec-missing"), QStringLiteral("ZJ0001"));
        QVERIFY2(m.contains(QStringLiteral("找不到录像 rec-missing")), qPrintable(m));
        m = env.store->linkEvidence(b.caseId, QStringLiteral("photo-missing"), QStringLiteral("ZJ0001"));
        QVERIFY2(m.contains(QStringLiteral("找不到照片 photo-missing")), qPrintable(m));
        m = env.store->linkRecording(QStringLiteral("case-missing"), QStringLiteral("rec-1"), QStringLiteral("ZJ0001"));
        QVERIFY2(m.contains(QStringLiteral("找不到案件")), qPrintable(m));
        QCOMPARE(count(env.db, "case_links"), links);
        QCOMPARE(count(env.db, "audit_log"), audit);

        // A closed case takes no new links.
        for (const char *s : {"investigating", "notified", "decided", "served", "executed", "closed"})
            QCOMPARE(env.store->advance(b.caseId, QLatin1String(s), QStringLiteral("ZJ0001")), QString());
        QVERIFY(insertRecording(env.db, QStringLiteral("rec-2"), t, t.addSecs(60)));
        m = env.store->linkRecording(b.caseId, QStringLiteral("rec-2"), QStringLiteral("ZJ0001"));
        QVERIFY2(m.contains(QStringLiteral("案件 %1 已结案").arg(b.caseNo)), qPrintable(m));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(*) FROM case_links WHERE recording_id = 'rec-2'")), QStringLiteral("0"));
        QVERIFY(verifyAudit(env.path()).intact());
    }

    // The ingest's path: the recording row and its link commit in one transaction; a refused
    // link leaves the caller's transaction usable.
    void linkRecordingInTx()
    {
        Env env;
        QVERIFY(env.open());
        const CreateResult open = env.store->create(validInput(), QStringLiteral("ZJ0001"));
        const CreateResult closed = env.store->create(validInput(), QStringLiteral("ZJ0001"));
        for (const char *s : {"investigating", "notified", "decided", "served", "executed", "closed"})
            QCOMPARE(env.store->advance(closed.caseId, QLatin1String(s), QStringLiteral("ZJ0001")), QString());
        QString error;
        {
            Transaction tx(env.db);
            QVERIFY(insertRecording(env.db, QStringLiteral("rec-a"), env.now, QDateTime()));
            QVERIFY2(CaseStore::linkRecordingInTx(env.db, *env.audit, open.caseId, QStringLiteral("rec-a"), QStringLiteral("ZJ0001"), env.now, &error),
                     qPrintable(error));
            QVERIFY(tx.commit());
        }
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT case_id = '%1' FROM case_links WHERE recording_id = 'rec-a'").arg(open.caseId)), QStringLiteral("1"));
        {
            // Rolled back by the caller: neither the recording nor its link nor the audit row stays.
            const qint64 audit = count(env.db, "audit_log");
            Transaction tx(env.db);
            QVERIFY(insertRecording(env.db, QStringLiteral("rec-b"), env.now, QDateTime()));
            QVERIFY(CaseStore::linkRecordingInTx(env.db, *env.audit, open.caseId, QStringLiteral("rec-b"), QStringLiteral("ZJ0001"), env.now, &error));
            tx.rollback();
            QCOMPARE(count(env.db, "audit_log"), audit);
            QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(*) FROM recordings WHERE id = 'rec-b'")), QStringLiteral("0"));
        }
        {
            // Refused (closed case): the recording still commits, unlinked.
            const qint64 audit = count(env.db, "audit_log");
            Transaction tx(env.db);
            QVERIFY(insertRecording(env.db, QStringLiteral("rec-c"), env.now, QDateTime()));
            QVERIFY(!CaseStore::linkRecordingInTx(env.db, *env.audit, closed.caseId, QStringLiteral("rec-c"), QStringLiteral("ZJ0001"), env.now, &error));
            QVERIFY2(error.contains(QStringLiteral("已结案")), qPrintable(error));
            QVERIFY(tx.commit());
            QCOMPARE(count(env.db, "audit_log"), audit);
            QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(*) FROM recordings WHERE id = 'rec-c'")), QStringLiteral("1"));
            QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(*) FROM case_links WHERE recording_id = 'rec-c'")), QStringLiteral("0"));
        }
        // Outside a transaction it refuses to run.
        QVERIFY(!CaseStore::linkRecordingInTx(env.db, *env.audit, open.caseId, QStringLiteral("rec-c"), QStringLiteral("ZJ0001"), env.now, &error));
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT count(*) FROM case_links WHERE recording_id = 'rec-c'")), QStringLiteral("0"));
        QVERIFY(verifyAudit(env.path()).intact());
    }

    void recordView()
    {
        Env env;
        QVERIFY(env.open());
        const CreateResult r = env.store->create(validInput(), QStringLiteral("ZJ0001"));
        QCOMPARE(env.store->recordView(r.caseId, QStringLiteral("ZJ0003")), QString());
        QCOMPARE(sqlite(env.path(), QStringLiteral("SELECT action, officer_no FROM audit_log ORDER BY seq DESC LIMIT 1")), QStringLiteral("case_view|ZJ0003"));
    }

    // Everything above in one store, then the chain is walked by a fresh reader.
    void auditChainAfterEverything()
    {
        Env env;
        QVERIFY(env.open());
        int expectedRows = 0;
        for (int i = 0; i < 20; ++i) {
            CaseInput in = validInput();
            in.partyName = QStringLiteral("当事人%1 '\"<x>").arg(i);
            QVERIFY(env.store->create(in, QStringLiteral("ZJ0001")).ok);
            ++expectedRows;
            CaseInput bad = in;
            bad.address.clear();
            QVERIFY(!env.store->create(bad, QStringLiteral("ZJ0001")).ok);
        }
        const QString first = sqlite(env.path(), QStringLiteral("SELECT id FROM cases ORDER BY case_no LIMIT 1"));
        for (const char *s : {"investigating", "notified", "decided"}) {
            QCOMPARE(env.store->advance(first, QLatin1String(s), QStringLiteral("ZJ0001")), QString());
            ++expectedRows;
        }
        QVERIFY(!env.store->advance(first, QStringLiteral("filed"), QStringLiteral("ZJ0001")).isEmpty());
        QVERIFY(insertRecording(env.db, QStringLiteral("rec-x"), env.now, env.now.addSecs(5)));
        QCOMPARE(env.store->linkRecording(first, QStringLiteral("rec-x"), QStringLiteral("ZJ0001")), QString());
        ++expectedRows;
        const AuditVerifyResult v = verifyAudit(env.path());
        QVERIFY2(v.intact(), qPrintable(v.message));
        QCOMPARE(v.rowsChecked, expectedRows);
        QCOMPARE(sqlite(env.path(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
