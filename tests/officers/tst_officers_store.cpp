// OfficerStore: validation names the field in Chinese and writes nothing; text with Chinese,
// emoji, quotes, SQL and HTML is stored verbatim (read back through our code and through the
// sqlite3 CLI); the stored PIN hash is what `openssl kdf` derives from the stored salt; updates
// keep or reset the PIN; every change has its audit row and the chain verifies.
#include "officerrows.h"
#include "officerstestkit.h"
#include "officervalidation.h"
#include "testtools.h"

#include <QProcess>
#include <QTest>

using namespace OfficersKit;

namespace {

QString opensslKdfHex(const QString &digest, const QString &pin, const QString &saltHex, int iterations)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("kdf"), QStringLiteral("-keylen"), QStringLiteral("32"),
                                        QStringLiteral("-kdfopt"), QStringLiteral("digest:") + digest,
                                        QStringLiteral("-kdfopt"), QStringLiteral("pass:") + pin,
                                        QStringLiteral("-kdfopt"), QStringLiteral("hexsalt:") + saltHex,
                                        QStringLiteral("-kdfopt"), QStringLiteral("iter:") + QString::number(iterations),
                                        QStringLiteral("PBKDF2")});
    p.waitForFinished(60000);
    return QString::fromLatin1(p.readAllStandardOutput().trimmed().replace(':', "")).toLower();
}

QString repeat(const QString &s, int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

const QString kNastyName = QStringLiteral("王'强\"; DROP TABLE officers;-- 😀");
const QString kNastyAgency = QStringLiteral("<script>alert('x')</script> 某市市场监督管理局 & <b>\"局\"</b> %_ \\ 😀👮");
const QString kNastySquad = QStringLiteral("一中队' OR '1'='1");

} // namespace

class TestOfficerStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/openssl missing (tools/deps-debian.txt)");
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField");   // "" = valid
        QTest::addColumn<QString>("mentions");
        QTest::newRow("number ok") << "officerNo" << "31000000001" << "" << "";
        QTest::newRow("number letters ok") << "officerNo" << "AbC4" << "" << "";
        QTest::newRow("number 32 ok") << "officerNo" << repeat(QStringLiteral("9"), 32) << "" << "";
        QTest::newRow("number empty") << "officerNo" << "" << "officerNo" << "执法证号";
        QTest::newRow("number 3") << "officerNo" << "123" << "officerNo" << "执法证号";
        QTest::newRow("number 33") << "officerNo" << repeat(QStringLiteral("9"), 33) << "officerNo" << "执法证号";
        QTest::newRow("number space") << "officerNo" << "3100 0001" << "officerNo" << "执法证号";
        QTest::newRow("number chinese") << "officerNo" << "执法证一二三四" << "officerNo" << "执法证号";
        QTest::newRow("number sql") << "officerNo" << "1' OR '1'='1" << "officerNo" << "执法证号";
        QTest::newRow("number full-width digits") << "officerNo" << "３１００００" << "officerNo" << "执法证号";
        QTest::newRow("name 64 chinese ok") << "name" << repeat(QStringLiteral("张"), 64) << "" << "";
        QTest::newRow("name 64 emoji ok") << "name" << repeat(QStringLiteral("😀"), 64) << "" << "";
        QTest::newRow("name 65") << "name" << repeat(QStringLiteral("张"), 65) << "name" << "姓名";
        QTest::newRow("name 65 emoji") << "name" << repeat(QStringLiteral("😀"), 65) << "name" << "姓名";
        QTest::newRow("name empty") << "name" << "" << "name" << "姓名";
        QTest::newRow("name blank") << "name" << "   " << "name" << "姓名";
        QTest::newRow("agency 128 ok") << "agency" << repeat(QStringLiteral("局"), 128) << "" << "";
        QTest::newRow("agency empty ok") << "agency" << "" << "" << "";
        QTest::newRow("agency 129") << "agency" << repeat(QStringLiteral("局"), 129) << "agency" << "单位";
        QTest::newRow("squad 64 ok") << "squad" << repeat(QStringLiteral("队"), 64) << "" << "";
        QTest::newRow("squad 65") << "squad" << repeat(QStringLiteral("队"), 65) << "squad" << "中队";
        QTest::newRow("pin 6 ok") << "pin" << "000000" << "" << "";
        QTest::newRow("pin 12 ok") << "pin" << "123456789012" << "" << "";
        QTest::newRow("pin 5") << "pin" << "12345" << "pin" << "PIN";
        QTest::newRow("pin 13") << "pin" << "1234567890123" << "pin" << "PIN";
        QTest::newRow("pin letters") << "pin" << "12345a" << "pin" << "PIN";
        QTest::newRow("pin full-width") << "pin" << "１２３４５６" << "pin" << "PIN";
        QTest::newRow("no roles") << "roles" << "" << "roles" << "角色";
        QTest::newRow("unknown role") << "roles" << "chief" << "roles" << "chief";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        QFETCH(QString, mentions);
        OfficerInput in = input(QStringLiteral("31000000001"), QStringLiteral("张明"), {Role::Inspector}, QStringLiteral("111111"));
        if (field == QLatin1String("officerNo"))
            in.officerNo = value;
        else if (field == QLatin1String("name"))
            in.name = value;
        else if (field == QLatin1String("agency"))
            in.agency = value;
        else if (field == QLatin1String("squad"))
            in.squad = value;
        else if (field == QLatin1String("pin"))
            in.pin = value;
        else if (value.isEmpty())
            in.roles.clear();
        else
            in.unknownRoleKeys << value;
        const QList<FieldError> errors = OfficerValidation::validate(in, true);
        if (expectedField.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, expectedField);
        QVERIFY2(errors.first().message.contains(mentions), qPrintable(errors.first().message));
        if (field == QLatin1String("pin"))
            QVERIFY2(!errors.first().message.contains(value), "a PIN must never be echoed");
    }

    void newOfficerNeedsPin()
    {
        const QList<FieldError> errors = OfficerValidation::validate(input(QStringLiteral("31000000001"), QStringLiteral("张明"), {Role::Inspector}), true);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("pin"));
        QVERIFY(OfficerValidation::validate(input(QStringLiteral("31000000001"), QStringLiteral("张明"), {Role::Inspector}), false).isEmpty());
    }

    void savesVerbatimAndHashesWithFullCost()
    {
        Fixture f;
        QVERIFY(f.open());
        OfficerInput in = input(QStringLiteral("A1b2C3d4"), kNastyName, {Role::Admin, Role::SquadLeader}, QStringLiteral("012345"));
        in.agency = kNastyAgency;
        in.squad = kNastySquad;
        QList<FieldError> errors;
        bool added = false;
        QVERIFY2(f.store->save(in, QStringLiteral("31000000009"), &errors, &added), qPrintable(errors.value(0).message));
        QVERIFY(added);

        QString error;
        const std::optional<Officer> o = f.store->find(QStringLiteral("A1b2C3d4"), &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->name, kNastyName);
        QCOMPARE(o->agency, kNastyAgency);
        QCOMPARE(o->squad, kNastySquad);
        QCOMPARE(o->roles, (QList<Role>{Role::SquadLeader, Role::Admin}));
        QCOMPARE(o->roleText(), QStringLiteral("中队长、管理员"));
        QVERIFY(o->active);
        QCOMPARE(o->createdAt, f.now);

        // An independent reader sees the same bytes, and the table survived the "DROP TABLE".
        const QString db = f.dbPath();
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT name FROM officers WHERE officer_no = 'A1b2C3d4'")), kNastyName);
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT agency FROM officers")), kNastyAgency);
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT squad FROM officers")), kNastySquad);
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT roles FROM officers")), QStringLiteral("squad_leader,admin"));

        // The stored hash is what the OpenSSL CLI derives from the stored salt and iterations.
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT pin_kdf || ' ' || pin_iterations || ' ' || length(pin_salt) FROM officers")),
                 QStringLiteral("pbkdf2-sha256 600000 32"));
        const QString salt = TestTools::sqlite(db, QStringLiteral("SELECT pin_salt FROM officers"));
        const QString hash = TestTools::sqlite(db, QStringLiteral("SELECT pin_hash FROM officers"));
        QCOMPARE(opensslKdfHex(QStringLiteral("SHA256"), QStringLiteral("012345"), salt, 600000), hash);

        // One audit row, with no PIN material in it.
        const QList<AuditRow> rows = f.auditRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().action, QStringLiteral("officer_add"));
        QCOMPARE(rows.first().officerNo, QStringLiteral("31000000009"));
        QCOMPARE(rows.first().objectId, QStringLiteral("A1b2C3d4"));
        QVERIFY(!rows.first().details.contains(QStringLiteral("012345")));
        QVERIFY(!rows.first().details.contains(salt) && !rows.first().details.contains(hash));
        QVERIFY(f.verifyChain().intact());
    }

    void overLongIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label");
        QTest::newRow("name") << "name" << "姓名";
        QTest::newRow("agency") << "agency" << "单位";
        QTest::newRow("squad") << "squad" << "中队";
        QTest::newRow("officerNo") << "officerNo" << "执法证号";
    }
    void overLongIsRefusedAndNothingWritten()
    {
        QFETCH(QString, field);
        QFETCH(QString, label);
        Fixture f;
        QVERIFY(f.open());
        OfficerInput in = input(QStringLiteral("31000000001"), QStringLiteral("张明"), {Role::Inspector}, QStringLiteral("111111"));
        const QString tooLong = repeat(QStringLiteral("😀"), 200);
        if (field == QLatin1String("name"))
            in.name = tooLong;
        else if (field == QLatin1String("agency"))
            in.agency = tooLong;
        else if (field == QLatin1String("squad"))
            in.squad = tooLong;
        else
            in.officerNo = repeat(QStringLiteral("1"), 200);
        QList<FieldError> errors;
        QVERIFY(!f.store->save(in, QString(), &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(label), qPrintable(errors.first().message));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT count(*) FROM officers")), QStringLiteral("0"));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT count(*) FROM audit_log")), QStringLiteral("0"));
    }

    void updateKeepsOrResetsPin()
    {
        Fixture f;
        QVERIFY(f.open());
        QList<FieldError> errors;
        QVERIFY(f.store->save(input(QStringLiteral("31000000001"), QStringLiteral("张明"), {Role::Inspector}, QStringLiteral("111111")), QString(), &errors));
        const QString hash1 = TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_hash FROM officers"));

        // An update without a PIN keeps it, and the lock state.
        QString error;
        QVERIFY(OfficerRows::writeLockState(f.db, QStringLiteral("31000000001"), 3, 2, f.now.addSecs(600), &error));
        f.now = f.now.addSecs(60);
        OfficerInput changed = input(QStringLiteral("31000000001"), QStringLiteral("张明明"), {Role::Inspector, Role::SquadLeader});
        changed.squad = QStringLiteral("二中队");
        bool added = true;
        QVERIFY2(f.store->save(changed, QStringLiteral("31000000009"), &errors, &added), qPrintable(errors.value(0).message));
        QVERIFY(!added);
        std::optional<Officer> o = f.store->find(QStringLiteral("31000000001"), &error);
        QCOMPARE(o->name, QStringLiteral("张明明"));
        QCOMPARE(o->squad, QStringLiteral("二中队"));
        QCOMPARE(o->roles, (QList<Role>{Role::Inspector, Role::SquadLeader}));
        QCOMPARE(o->failedAttempts, 3);
        QCOMPARE(o->lockouts, 2);
        QCOMPARE(o->updatedAt, f.now);
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_hash FROM officers")), hash1);

        // An admin's PIN reset replaces salt and hash and clears the lock.
        QVERIFY2(f.store->setPin(QStringLiteral("31000000001"), QStringLiteral("654321"), QStringLiteral("31000000009"), &error), qPrintable(error));
        o = f.store->find(QStringLiteral("31000000001"), &error);
        QCOMPARE(o->failedAttempts, 0);
        QCOMPARE(o->lockouts, 0);
        QVERIFY(!o->lockedUntil.isValid());
        QVERIFY(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_hash FROM officers")) != hash1);

        QVERIFY(!f.store->setPin(QStringLiteral("31000000001"), QStringLiteral("12"), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("PIN")), qPrintable(error));
        QVERIFY(!f.store->setPin(QStringLiteral("99999999"), QStringLiteral("123456"), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("99999999")), qPrintable(error));

        QVERIFY(f.store->setActive(QStringLiteral("31000000001"), false, QStringLiteral("31000000009"), &error));
        QVERIFY(!f.store->find(QStringLiteral("31000000001"), &error)->active);

        QStringList actions;
        for (const AuditRow &r : f.auditRows())
            actions << r.action;
        QCOMPARE(actions, (QStringList{"officer_add", "officer_update", "officer_pin_reset", "officer_update"}));
        for (const AuditRow &r : f.auditRows())
            QVERIFY2(!r.details.contains(QStringLiteral("111111")) && !r.details.contains(QStringLiteral("654321")), qPrintable(r.details));
        QVERIFY(f.verifyChain().intact());

        QList<Officer> all;
        QVERIFY(f.store->list(&all, &error));
        QCOMPARE(all.size(), 1);
        QCOMPARE(f.store->count(&error), 1);
    }

    void gmProfileUsesSm3Kdf()
    {
        Fixture f;
        QVERIFY(f.open(QStringLiteral("sm3")));
        QList<FieldError> errors;
        QVERIFY(f.store->save(input(QStringLiteral("31000000001"), QStringLiteral("张明"), {Role::Inspector}, QStringLiteral("111111")), QString(), &errors));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_kdf FROM officers")), QStringLiteral("pbkdf2-sm3"));
        const QString salt = TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_salt FROM officers"));
        QCOMPARE(opensslKdfHex(QStringLiteral("SM3"), QStringLiteral("111111"), salt, 600000),
                 TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT pin_hash FROM officers")));
        QCOMPARE(f.auditRows().first().hashAlgorithm, QStringLiteral("sm3"));
        QVERIFY(f.verifyChain().intact());
    }
};

QTEST_GUILESS_MAIN(TestOfficerStore)
#include "tst_officers_store.moc"
