// OfficerImport: a file with a bad entry in the middle imports nobody and names the entry and
// field; a good file adds and updates in one transaction with one audit row (no PINs in it);
// only a signed-in officer holding ManageOfficers may import; the device keeps an admin. The
// demo seed fills an empty table once, and its list feeds the login page's hint.
#include "demoofficers.h"
#include "officerimport.h"
#include "officerstestkit.h"
#include "signin.h"
#include "testtools.h"

#include <QJsonArray>
#include <QTest>

using namespace OfficersKit;

namespace {

QByteArray fileWith(const QJsonArray &officers)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("officers"), officers}}).toJson();
}

QJsonObject entry(const QString &no, const QString &name, const QStringList &roles, const QString &pin = QString())
{
    QJsonObject o{{QStringLiteral("officerNo"), no}, {QStringLiteral("name"), name},
                  {QStringLiteral("agency"), QStringLiteral("某市市场监督管理局")}, {QStringLiteral("squad"), QStringLiteral("二中队")},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
    if (!pin.isEmpty())
        o.insert(QStringLiteral("pin"), pin);
    return o;
}

QString count(const Fixture &f, const char *table)
{
    return TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
}

} // namespace

class TestOfficerImport : public QObject
{
    Q_OBJECT

    // One store for the whole binary: the demo officers are seeded once (4 KDFs), the admin and
    // an inspector signed in once each; the cases below build on each other in order.
    Fixture f;
    std::unique_ptr<SignIn> signIn;
    std::optional<SignedInOfficer> admin;
    std::optional<SignedInOfficer> inspector;

private slots:
    void initTestCase()
    {
        QVERIFY(TestTools::haveTools());
        QVERIFY(f.open());
        signIn = std::make_unique<SignIn>(f.db, *f.audit, f.clock());
    }

    void demoListIsEmbedded()
    {
        const QList<DemoOfficer> demo = demoOfficers();
        QCOMPARE(demo.size(), 4);
        QCOMPARE(demo.at(0).officerNo, QStringLiteral("31000000001"));
        QCOMPARE(demo.at(0).name, QStringLiteral("张明"));
        QCOMPARE(demo.at(0).roleText, QStringLiteral("执法人员"));
        QCOMPARE(demo.at(0).pin, QStringLiteral("111111"));
        QCOMPARE(demo.at(1).officerNo, QStringLiteral("31000000002"));
        QCOMPARE(demo.at(1).name, QStringLiteral("李娜"));
        QCOMPARE(demo.at(1).pin, QStringLiteral("222222"));
        QCOMPARE(demo.at(2).name, QStringLiteral("王强"));
        QCOMPARE(demo.at(2).roleText, QStringLiteral("中队长"));
        QCOMPARE(demo.at(2).pin, QStringLiteral("333333"));
        QCOMPARE(demo.at(3).officerNo, QStringLiteral("31000000009"));
        QCOMPARE(demo.at(3).name, QStringLiteral("赵敏"));
        QCOMPARE(demo.at(3).roleText, QStringLiteral("管理员"));
        QCOMPARE(demo.at(3).pin, QStringLiteral("999999"));
    }

    void seedFillsAnEmptyTableOnce()
    {
        QString error;
        int added = -1;
        QVERIFY2(seedDemoOfficers(*f.store, &error, &added), qPrintable(error));
        QCOMPARE(added, 4);
        QCOMPARE(count(f, "officers"), QStringLiteral("4"));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT DISTINCT agency FROM officers WHERE officer_no <> ''")),
                 QStringLiteral("某市市场监督管理局"));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT roles || '/' || squad FROM officers WHERE officer_no = '31000000003'")),
                 QStringLiteral("squad_leader/一中队"));
        const AuditRow row = f.auditRows().last();
        QCOMPARE(row.action, QStringLiteral("officers_imported"));
        QCOMPARE(details(row).value(QLatin1String("count")).toInt(), 4);
        QCOMPARE(details(row).value(QLatin1String("source")).toString(), QStringLiteral("demo"));
        for (const char *pin : {"111111", "222222", "333333", "999999"})
            QVERIFY(!row.details.contains(QLatin1String(pin)));

        QVERIFY(seedDemoOfficers(*f.store, &error, &added));   // not empty: nothing happens
        QCOMPARE(added, 0);
        QCOMPARE(count(f, "audit_log"), QStringLiteral("1"));

        // The demo PINs work (one KDF each for the two officers the next cases need).
        SignInResult r = signIn->signIn(QStringLiteral("31000000009"), QStringLiteral("999999"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        admin = r.signedIn;
        r = signIn->signIn(QStringLiteral("31000000001"), QStringLiteral("111111"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        inspector = r.signedIn;
    }

    void badEntryInTheMiddleImportsNobody_data()
    {
        QTest::addColumn<QJsonObject>("bad");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QJsonObject o = entry(QStringLiteral("31000000012"), QStringLiteral("坏"), {"inspector"}, QStringLiteral("123456"));
        QJsonObject longName = o;
        longName.insert(QStringLiteral("name"), QString(65, QChar(0x5f20)));
        QTest::newRow("name too long") << longName << "name" << "姓名";
        QJsonObject badNo = o;
        badNo.insert(QStringLiteral("officerNo"), QStringLiteral("12"));
        QTest::newRow("bad number") << badNo << "officerNo" << "执法证号";
        QJsonObject badPin = o;
        badPin.insert(QStringLiteral("pin"), QStringLiteral("12ab56"));
        QTest::newRow("bad pin") << badPin << "pin" << "PIN";
        QJsonObject numericPin = o;
        numericPin.insert(QStringLiteral("pin"), 123456);
        QTest::newRow("pin as number") << numericPin << "pin" << "pin";
        QJsonObject noPin = o;
        noPin.remove(QStringLiteral("pin"));
        QTest::newRow("new officer without pin") << noPin << "pin" << "PIN";
        QJsonObject badRole = o;
        badRole.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("inspector"), QStringLiteral("chief")});
        QTest::newRow("unknown role") << badRole << "roles" << "chief";
        QJsonObject noRoles = o;
        noRoles.insert(QStringLiteral("roles"), QJsonArray{});
        QTest::newRow("no roles") << noRoles << "roles" << "角色";
        QJsonObject typo = o;
        typo.insert(QStringLiteral("pinn"), QStringLiteral("123456"));
        QTest::newRow("unknown key") << typo << "pinn" << "pinn";
        QJsonObject dup = o;
        dup.insert(QStringLiteral("officerNo"), QStringLiteral("31000000011"));
        QTest::newRow("duplicate number") << dup << "officerNo" << "第 1 条重复";
        QJsonObject longSquad = o;
        longSquad.insert(QStringLiteral("squad"), QString(65, QChar(0x961f)));
        QTest::newRow("squad too long") << longSquad << "squad" << "中队";
    }
    void badEntryInTheMiddleImportsNobody()
    {
        QFETCH(QJsonObject, bad);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        QVERIFY(admin);
        const QString officersBefore = count(f, "officers");
        const QString auditBefore = count(f, "audit_log");
        const QString zhangBefore = TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT name || updated_at FROM officers WHERE officer_no = '31000000001'"));
        const QJsonArray officers{entry(QStringLiteral("31000000011"), QStringLiteral("好"), {"inspector"}, QStringLiteral("123456")), bad,
                                  entry(QStringLiteral("31000000001"), QStringLiteral("张明（改）"), {"inspector"})};
        OfficerImport import(*f.store);
        const ImportResult r = import.importJson(fileWith(officers), *admin, QStringLiteral("test.json"));
        QVERIFY(!r.ok);
        QVERIFY(!r.issues.isEmpty());
        QCOMPARE(r.issues.first().entry, 2);
        QCOMPARE(r.issues.first().field, field);
        QVERIFY2(r.message().contains(QStringLiteral("第 2 条")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        // Nothing written: not the good first entry, not the update of the third.
        QCOMPARE(count(f, "officers"), officersBefore);
        QCOMPARE(count(f, "audit_log"), auditBefore);
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT name || updated_at FROM officers WHERE officer_no = '31000000001'")), zhangBefore);
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{officers: [") << "JSON";
        QTest::newRow("no list") << QByteArray("{\"people\": []}") << "officers";
        QTest::newRow("empty list") << QByteArray("{\"officers\": []}") << "officers";
        QTest::newRow("array root") << QByteArray("[1,2]") << "officers";
        QTest::newRow("entry not object") << QByteArray("{\"officers\": [\"31000000001\"]}") << "第 1 条";
    }
    void malformedFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const QString auditBefore = count(f, "audit_log");
        const ImportResult r = OfficerImport(*f.store).importJson(json, *admin);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        QCOMPARE(count(f, "audit_log"), auditBefore);
    }

    void onlyAdminsImport()
    {
        QVERIFY(inspector);
        const QString auditBefore = count(f, "audit_log");
        const QByteArray json = fileWith({entry(QStringLiteral("31000000011"), QStringLiteral("好"), {"inspector"}, QStringLiteral("123456"))});
        const ImportResult r = OfficerImport(*f.store).importJson(json, *inspector);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QStringLiteral("31000000001")) && r.message().contains(QStringLiteral("管理员")), qPrintable(r.message()));
        QCOMPARE(count(f, "audit_log"), auditBefore);
        QCOMPARE(count(f, "officers"), QStringLiteral("4"));
    }

    void importAddsAndUpdatesInOneGo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("第二批.json"));
        QJsonObject leaderAndAdmin = entry(QStringLiteral("31000000012"), QStringLiteral("O'Brien <b>&amp;</b> 😀"), {"admin", "squad_leader"}, QStringLiteral("121212"));
        leaderAndAdmin.insert(QStringLiteral("squad"), QString());
        QJsonObject zhang = entry(QStringLiteral("31000000001"), QStringLiteral("张明"), {"inspector"});   // no pin: keep it
        zhang.insert(QStringLiteral("squad"), QStringLiteral("三中队"));
        QJsonObject li = entry(QStringLiteral("31000000002"), QStringLiteral("李娜"), {"inspector"}, QStringLiteral("202020"));   // reset
        li.insert(QStringLiteral("active"), false);
        QVERIFY(TestTools::writeFile(path, fileWith({entry(QStringLiteral("31000000011"), QStringLiteral("陈静"), {"inspector"}, QStringLiteral("123456")),
                                                     leaderAndAdmin, zhang, li})));
        const QString zhangHash = TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_hash FROM officers WHERE officer_no = '31000000001'"));
        const QString liHash = TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_hash FROM officers WHERE officer_no = '31000000002'"));

        f.now = f.now.addSecs(3600);
        const ImportResult r = OfficerImport(*f.store).importFile(path, *admin);
        QVERIFY2(r.ok, qPrintable(r.message()));
        QCOMPARE(r.added, 2);
        QCOMPARE(r.updated, 2);
        QCOMPARE(r.pinsReset, 1);

        QCOMPARE(count(f, "officers"), QStringLiteral("6"));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT name FROM officers WHERE officer_no = '31000000012'")),
                 QStringLiteral("O'Brien <b>&amp;</b> 😀"));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT roles FROM officers WHERE officer_no = '31000000012'")),
                 QStringLiteral("squad_leader,admin"));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT squad FROM officers WHERE officer_no = '31000000001'")), QStringLiteral("三中队"));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_hash FROM officers WHERE officer_no = '31000000001'")), zhangHash);
        QVERIFY(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_hash FROM officers WHERE officer_no = '31000000002'")) != liHash);
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT active FROM officers WHERE officer_no = '31000000002'")), QStringLiteral("0"));

        const AuditRow row = f.auditRows().last();
        QCOMPARE(row.action, QStringLiteral("officers_imported"));
        QCOMPARE(row.officerNo, QStringLiteral("31000000009"));
        const QJsonObject d = details(row);
        QCOMPARE(d.value(QLatin1String("count")).toInt(), 4);
        QCOMPARE(d.value(QLatin1String("actor")).toString(), QStringLiteral("31000000009"));
        QCOMPARE(d.value(QLatin1String("source")).toString(), QStringLiteral("第二批.json"));
        QCOMPARE(d.value(QLatin1String("officers")).toArray().size(), 4);
        // No PIN, salt or hash anywhere in the audit trail.
        const QString everything = TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT group_concat(details, ' ') FROM audit_log"));
        for (const QString &secret : {QStringLiteral("123456"), QStringLiteral("121212"), QStringLiteral("202020"), zhangHash, liHash})
            QVERIFY2(!everything.contains(secret), qPrintable(secret));
        const QString salts = TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT group_concat(pin_salt || pin_hash, ' ') FROM officers"));
        for (const QString &s : salts.split(QLatin1Char(' ')))
            QVERIFY(!everything.contains(s.left(32)));
        QVERIFY(f.verifyChain().intact());
    }

    void importMayNotRemoveTheLastAdmin()
    {
        // Both admins made inspectors: refused, nothing changed.
        const QByteArray json = fileWith({entry(QStringLiteral("31000000009"), QStringLiteral("赵敏"), {"inspector"}),
                                          entry(QStringLiteral("31000000012"), QStringLiteral("O'Brien"), {"squad_leader"})});
        const QString auditBefore = count(f, "audit_log");
        const ImportResult r = OfficerImport(*f.store).importJson(json, *admin);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QStringLiteral("管理员")), qPrintable(r.message()));
        QCOMPARE(count(f, "audit_log"), auditBefore);
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT roles FROM officers WHERE officer_no = '31000000009'")), QStringLiteral("admin"));
    }

    void revokedAdminCannotImport()
    {
        // Roles are re-read at import time: an admin demoted since sign-in is refused.
        QList<FieldError> errors;
        QVERIFY(f.store->save(input(QStringLiteral("31000000009"), QStringLiteral("赵敏"), {Role::SquadLeader}), QStringLiteral("31000000012"), &errors));
        const ImportResult r = OfficerImport(*f.store).importJson(fileWith({entry(QStringLiteral("31000000011"), QStringLiteral("陈静"), {"inspector"})}), *admin);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QStringLiteral("无权")), qPrintable(r.message()));
    }

    void unreadableFile()
    {
        const ImportResult r = OfficerImport(*f.store).importFile(QStringLiteral("/nonexistent/officers.json"), *admin);
        QVERIFY(!r.ok);
        QVERIFY2(r.message().contains(QStringLiteral("/nonexistent/officers.json")), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestOfficerImport)
#include "tst_officers_import.moc"
