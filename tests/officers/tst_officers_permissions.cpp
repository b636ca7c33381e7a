// The role × action matrix, cell by cell: every (role, permission) pair is a row here, typed out
// independently of the table in permissions.cpp, so a changed cell fails by name. Then unions
// (an officer with several roles), unknown keys, and keys/labels.
#include "officer.h"
#include "permissions.h"

#include <QTest>

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("allowed");
        const struct {
            const char *role;
            const char *permission;
            bool allowed;
        } cells[] = {
            {"inspector", "record", true},
            {"inspector", "view_own", true},
            {"inspector", "view_others", false},
            {"inspector", "review", false},
            {"inspector", "export", false},
            {"inspector", "settings", false},
            {"inspector", "manage_officers", false},
            {"inspector", "verify_audit", false},
            {"squad_leader", "record", true},
            {"squad_leader", "view_own", true},
            {"squad_leader", "view_others", true},
            {"squad_leader", "review", true},
            {"squad_leader", "export", true},
            {"squad_leader", "settings", false},
            {"squad_leader", "manage_officers", false},
            {"squad_leader", "verify_audit", true},
            {"admin", "record", false},
            {"admin", "view_own", false},
            {"admin", "view_others", false},
            {"admin", "review", false},
            {"admin", "export", false},
            {"admin", "settings", true},
            {"admin", "manage_officers", true},
            {"admin", "verify_audit", true},
        };
        for (const auto &c : cells)
            QTest::addRow("%s × %s", c.role, c.permission) << QString::fromLatin1(c.role) << QString::fromLatin1(c.permission) << c.allowed;
    }
    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, permission);
        QFETCH(bool, allowed);
        const std::optional<Role> r = Permissions::roleFromKey(role);
        const std::optional<Permission> p = Permissions::permissionFromKey(permission);
        QVERIFY(r && p);
        QCOMPARE(Permissions::roleHas(*r, *p), allowed);
        QCOMPARE(Permissions::can(QList<Role>{*r}, *p), allowed);
        QCOMPARE(Permissions::can(QList<Role>{*r}, permission), allowed);
        Officer o;
        o.roles = {*r};
        QCOMPARE(o.can(permission), allowed);
    }

    void everyCellIsListed()
    {
        // Guards matrix_data against a role or permission added without its rows.
        QCOMPARE(Permissions::allRoles().size(), 3);
        QCOMPARE(Permissions::allPermissions().size(), 8);
    }

    void unions_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QStringList>("allowed");
        QTest::newRow("none") << QStringList{} << QStringList{};
        QTest::newRow("inspector") << QStringList{"inspector"} << QStringList{"record", "view_own"};
        QTest::newRow("squad leader + admin")
            << QStringList{"squad_leader", "admin"}
            << QStringList{"record", "view_own", "view_others", "review", "export", "settings", "manage_officers", "verify_audit"};
        QTest::newRow("inspector + admin")
            << QStringList{"inspector", "admin"} << QStringList{"record", "view_own", "settings", "manage_officers", "verify_audit"};
        QTest::newRow("inspector + squad leader")
            << QStringList{"inspector", "squad_leader"} << QStringList{"record", "view_own", "view_others", "review", "export", "verify_audit"};
        QTest::newRow("duplicates") << QStringList{"inspector", "inspector"} << QStringList{"record", "view_own"};
    }
    void unions()
    {
        QFETCH(QStringList, roles);
        QFETCH(QStringList, allowed);
        QList<Role> list;
        for (const QString &k : roles)
            list << *Permissions::roleFromKey(k);
        for (Permission p : Permissions::allPermissions()) {
            const QString key = Permissions::permissionKey(p);
            QVERIFY2(Permissions::can(list, p) == allowed.contains(key), qPrintable(key));
            QVERIFY2(Permissions::can(list, key) == allowed.contains(key), qPrintable(key));
        }
    }

    void unknownKeysAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << QStringLiteral("RECORD");
        QTest::newRow("label") << QStringLiteral("录像");
        QTest::newRow("near miss") << QStringLiteral("manage_officer");
        QTest::newRow("sql") << QStringLiteral("record' OR '1'='1");
        QTest::newRow("wildcard") << QStringLiteral("*");
    }
    void unknownKeysAreRefused()
    {
        QFETCH(QString, key);
        const QList<Role> everyone = Permissions::allRoles();
        QVERIFY(!Permissions::permissionFromKey(key));
        QVERIFY(!Permissions::can(everyone, key));
        QVERIFY(!Permissions::roleFromKey(key));
    }

    void keysAndLabels()
    {
        QCOMPARE(Permissions::roleKey(Role::Inspector), QStringLiteral("inspector"));
        QCOMPARE(Permissions::roleKey(Role::SquadLeader), QStringLiteral("squad_leader"));
        QCOMPARE(Permissions::roleKey(Role::Admin), QStringLiteral("admin"));
        QCOMPARE(Permissions::roleLabel(Role::Inspector), QStringLiteral("执法人员"));
        QCOMPARE(Permissions::roleLabel(Role::SquadLeader), QStringLiteral("中队长"));
        QCOMPARE(Permissions::roleLabel(Role::Admin), QStringLiteral("管理员"));
        QCOMPARE(Permissions::roleText({Role::Admin, Role::SquadLeader, Role::Admin}), QStringLiteral("中队长、管理员"));
        QCOMPARE(Permissions::roleKeys({Role::Admin, Role::Inspector}), (QStringList{"inspector", "admin"}));
        const QStringList keys{"record", "view_own", "view_others", "review", "export", "settings", "manage_officers", "verify_audit"};
        QStringList fromCode;
        for (Permission p : Permissions::allPermissions()) {
            fromCode << Permissions::permissionKey(p);
            QCOMPARE(*Permissions::permissionFromKey(fromCode.last()), p);
        }
        QCOMPARE(fromCode, keys);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_officers_permissions.moc"
