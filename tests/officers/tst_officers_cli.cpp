// fieldterm-cli officers list / import, driven as a program: a fresh simulated data directory
// gets the demo officers; list never prints PIN material; import reads the admin PIN from
// stdin, refuses wrong PINs, locked admins, non-admins and bad files (naming entry and field)
// with exit 1 and imports nothing; usage errors exit 2. Results are read back with sqlite3 and
// the audit chain is checked with `audit verify`.
#include "clitestkit.h"

#include <QTest>

using namespace CliKit;

namespace {

Result runWithStdin(const QStringList &args, const QByteArray &input)
{
    return run(args, environment(), 120000, input.isNull() ? QByteArray("") : input);   // stdin always closed
}

QByteArray importFile(const QJsonArray &officers)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("officers"), officers}}).toJson();
}

QJsonObject entry(const QString &no, const QString &name, const QString &role, const QString &pin = QString())
{
    QJsonObject o{{QStringLiteral("officerNo"), no}, {QStringLiteral("name"), name},
                  {QStringLiteral("agency"), QStringLiteral("某市市场监督管理局")}, {QStringLiteral("squad"), QStringLiteral("二中队")},
                  {QStringLiteral("roles"), QJsonArray{role}}};
    if (!pin.isEmpty())
        o.insert(QStringLiteral("pin"), pin);
    return o;
}

} // namespace

class TestOfficersCli : public QObject
{
    Q_OBJECT

    // One simulated data directory for the sequence below (the demo seed costs 4 KDFs).
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("fieldterm.db")); }
    QStringList base() const { return {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("officers")}; }
    QString sql(const QString &query) const { return TestTools::sqlite(db(), query); }
    QString importPath(const QString &name, const QJsonArray &officers)
    {
        const QString path = dir.filePath(name);
        return TestTools::writeFile(path, importFile(officers)) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestTools::haveTools());
        QVERIFY(dir.isValid());
    }

    void freshSimulatedDirectoryListsDemoOfficers()
    {
        const Result r = run(base() + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QStringLiteral("演示执法人员")), qPrintable(r.errText()));
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 4);
        const QJsonObject admin = list.at(3).toObject();
        QCOMPARE(admin.value(QLatin1String("officerNo")).toString(), QStringLiteral("31000000009"));
        QCOMPARE(admin.value(QLatin1String("name")).toString(), QStringLiteral("赵敏"));
        QCOMPARE(admin.value(QLatin1String("roles")).toArray(), QJsonArray{QStringLiteral("admin")});
        QCOMPARE(admin.value(QLatin1String("roleText")).toString(), QStringLiteral("管理员"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("agency")).toString(), QStringLiteral("某市市场监督管理局"));
        // No PIN material in any form.
        const QString out = QString::fromUtf8(r.out);
        for (const QString &word : {QStringLiteral("pin"), QStringLiteral("salt"), QStringLiteral("hash"), QStringLiteral("111111"), QStringLiteral("999999")})
            QVERIFY2(!out.contains(word, Qt::CaseInsensitive), qPrintable(word));
        const QString hash = sql(QStringLiteral("SELECT pin_hash FROM officers WHERE officer_no = '31000000009'"));
        QVERIFY(!out.contains(hash) && !r.errText().contains(hash));
        QCOMPARE(sql(QStringLiteral("SELECT DISTINCT pin_kdf || ' ' || pin_iterations FROM officers")), QStringLiteral("pbkdf2-sha256 600000"));

        // The text form, and no second seeding.
        const Result text = run(base() + QStringList{QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        const QString t = QString::fromUtf8(text.out);
        QVERIFY2(t.contains(QStringLiteral("31000000003\t王强\t某市市场监督管理局\t一中队\t中队长\t正常")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("共 4 名执法人员")));
        QVERIFY(!text.errText().contains(QStringLiteral("演示")));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'officers_imported'")), QStringLiteral("1"));
    }

    void adminImports()
    {
        const QString path = importPath(QStringLiteral("batch.json"),
                                        {entry(QStringLiteral("31000000011"), QStringLiteral("陈静 <i>\"静\"</i>"), QStringLiteral("inspector"), QStringLiteral("123456")),
                                         entry(QStringLiteral("31000000012"), QStringLiteral("刘洋'"), QStringLiteral("squad_leader"), QStringLiteral("654321"))});
        const Result r = runWithStdin(base() + QStringList{QStringLiteral("import"), path, QStringLiteral("--admin"), QStringLiteral("31000000009")},
                                      "999999\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QStringLiteral("请输入管理员 PIN：")), qPrintable(r.errText()));
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("新增 2 名")), r.out.constData());
        QVERIFY(!r.errText().contains(QStringLiteral("999999")) && !r.out.contains("999999"));
        QCOMPARE(sql(QStringLiteral("SELECT name FROM officers WHERE officer_no = '31000000011'")), QStringLiteral("陈静 <i>\"静\"</i>"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM officers")), QStringLiteral("6"));
        // Signed in, imported, signed out — one session in the trail, no PINs in it.
        QCOMPARE(sql(QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log ORDER BY seq DESC LIMIT 3)")),
                 QStringLiteral("sign_out,officers_imported,sign_in"));
        const QString details = sql(QStringLiteral("SELECT group_concat(details, ' ') FROM audit_log"));
        QVERIFY(!details.contains(QStringLiteral("123456")) && !details.contains(QStringLiteral("654321")));
        const Result verify = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.errText()));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("admin");
        QTest::addColumn<QByteArray>("stdinBytes");
        QTest::addColumn<QString>("file");   // "good" or "bad"
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("wrong PIN") << "31000000009" << QByteArray("000000\n") << "good" << QStringList{"执法证号或 PIN 不正确"};
        QTest::newRow("unknown admin") << "31000000099" << QByteArray("999999\n") << "good" << QStringList{"执法证号或 PIN 不正确"};
        QTest::newRow("not an admin") << "31000000001" << QByteArray("111111\n") << "good" << QStringList{"无权", "管理员"};
        QTest::newRow("no PIN on stdin") << "31000000009" << QByteArray() << "good" << QStringList{"未读到"};
        QTest::newRow("bad entry") << "31000000009" << QByteArray("999999") << "bad" << QStringList{"第 2 条", "姓名"};
    }
    void refusals()
    {
        QFETCH(QString, admin);
        QFETCH(QByteArray, stdinBytes);
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        const QString path = file == QLatin1String("good")
            ? importPath(QStringLiteral("good.json"), {entry(QStringLiteral("31000000021"), QStringLiteral("周"), QStringLiteral("inspector"), QStringLiteral("121212"))})
            : importPath(QStringLiteral("bad.json"), {entry(QStringLiteral("31000000021"), QStringLiteral("周"), QStringLiteral("inspector"), QStringLiteral("121212")),
                                                      entry(QStringLiteral("31000000022"), QString(65, QChar(0x5434)), QStringLiteral("inspector"), QStringLiteral("121212"))});
        const QString officersBefore = sql(QStringLiteral("SELECT count(*) FROM officers"));
        const Result r = runWithStdin(base() + QStringList{QStringLiteral("import"), path, QStringLiteral("--admin"), admin}, stdinBytes);
        QCOMPARE(r.exitCode, 1);
        for (const QString &m : mentions)
            QVERIFY2(r.errText().contains(m), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QStringLiteral("未导入任何人员")), qPrintable(r.errText()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM officers")), officersBefore);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM officers WHERE officer_no = '31000000021'")), QStringLiteral("0"));
    }

    void lockedAdminIsRefused()
    {
        // Lock the admin by hand (sqlite3, an independent writer); the CLI refuses without a KDF.
        const QString until = QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODateWithMs);
        sql(QStringLiteral("UPDATE officers SET locked_until = '%1', lockouts = 2 WHERE officer_no = '31000000009'").arg(until));
        const QString path = importPath(QStringLiteral("one.json"), {entry(QStringLiteral("31000000031"), QStringLiteral("吴"), QStringLiteral("inspector"), QStringLiteral("121212"))});
        const Result r = runWithStdin(base() + QStringList{QStringLiteral("import"), path, QStringLiteral("--admin"), QStringLiteral("31000000009")}, "999999\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("账号已锁定，请在")), qPrintable(r.errText()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM officers WHERE officer_no = '31000000031'")), QStringLiteral("0"));
        const Result list = run(base() + QStringList{QStringLiteral("list")});
        QVERIFY2(QString::fromUtf8(list.out).contains(QStringLiteral("已锁定至")), list.out.constData());
        sql(QStringLiteral("UPDATE officers SET locked_until = NULL, lockouts = 0 WHERE officer_no = '31000000009'"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList{};
        QTest::newRow("unknown subcommand") << QStringList{"erase"};
        QTest::newRow("import without admin") << QStringList{"import", "x.json"};
        QTest::newRow("import without file") << QStringList{"import", "--admin", "31000000009"};
        QTest::newRow("list with admin") << QStringList{"list", "--admin", "31000000009"};
        QTest::newRow("list with extra word") << QStringList{"list", "all"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Result r = run(base() + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("officers")), qPrintable(r.errText()));
    }

    void adminOnOtherCommandsIsUsage()
    {
        const Result r = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("list"), QStringLiteral("--admin"), QStringLiteral("31000000009")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--admin")), qPrintable(r.errText()));
    }

    void firstImportOnADeviceNeedsNoAdmin()
    {
        // A real device starts with no officers (no demo seed): the first import makes the first
        // admin without --admin; from then on an admin must authorise imports.
        QTemporaryDir device;
        const QString profile = device.filePath(QStringLiteral("device.json"));
        QVERIFY(TestTools::writeFile(profile, R"({"name": "field unit", "simulated": false, "deviceId": "DEV0042"})"));
        const QStringList args{QStringLiteral("--data-dir"), device.path(), QStringLiteral("--profile"), profile, QStringLiteral("officers")};
        Result r = run(args + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

        // A first file without any admin is refused: nobody could manage the device afterwards.
        const QString noAdmin = device.filePath(QStringLiteral("inspectors.json"));
        QVERIFY(TestTools::writeFile(noAdmin, importFile({entry(QStringLiteral("32000000001"), QStringLiteral("周杰"), QStringLiteral("inspector"), QStringLiteral("135790"))})));
        r = run(args + QStringList{QStringLiteral("import"), noAdmin});
        QCOMPARE(r.exitCode, 1);

        const QString first = device.filePath(QStringLiteral("first.json"));
        QVERIFY(TestTools::writeFile(first, importFile({entry(QStringLiteral("32000000009"), QStringLiteral("钱芳"), QStringLiteral("admin"), QStringLiteral("246810")),
                                                        entry(QStringLiteral("32000000001"), QStringLiteral("周杰"), QStringLiteral("inspector"), QStringLiteral("135790"))})));
        r = run(args + QStringList{QStringLiteral("import"), first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QString deviceDb = device.filePath(QStringLiteral("fieldterm.db"));
        QCOMPARE(TestTools::sqlite(deviceDb, QStringLiteral("SELECT count(*) FROM officers")), QStringLiteral("2"));
        QCOMPARE(TestTools::sqlite(deviceDb, QStringLiteral("SELECT json_extract(details, '$.source') FROM audit_log WHERE action = 'officers_imported'")),
                 QStringLiteral("bootstrap:first.json"));

        // Now the shortcut is closed.
        r = run(args + QStringList{QStringLiteral("import"), first});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--admin")), qPrintable(r.errText()));
    }

    void gmProfileSeedsWithSm3()
    {
        QTemporaryDir gm;
        const Result r = run({QStringLiteral("--data-dir"), gm.path(), QStringLiteral("--crypto"), QStringLiteral("gm"), QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 4);
        const QString path = gm.filePath(QStringLiteral("fieldterm.db"));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT DISTINCT pin_kdf FROM officers")), QStringLiteral("pbkdf2-sm3"));
        QCOMPARE(TestTools::sqlite(path, QStringLiteral("SELECT DISTINCT hash_alg FROM audit_log")), QStringLiteral("sm3"));
    }
};

QTEST_GUILESS_MAIN(TestOfficersCli)
#include "tst_officers_cli.moc"
