// SignIn: the lockout rules with a clock the test moves (no sleeping): five wrong PINs lock for
// 5 minutes, the right PIN is refused while locked (with the time left), the lock ends on time,
// the second lockout lasts 10 minutes, a success resets everything. Unknown numbers get the
// wrong-PIN message, inactive officers are refused, screen unlock follows the same rules. Every
// attempt leaves its audit row and the chain verifies. Wrong PINs are driven through finish()
// so the KDF (~0.5 s) runs only where the PIN check itself is under test.
#include "officerstestkit.h"
#include "signin.h"
#include "storetime.h"
#include "testtools.h"

#include <QTest>

#include <thread>

using namespace OfficersKit;

namespace {

const QString kNo = QStringLiteral("31000000001");
const QString kPin = QStringLiteral("111111");
const QString kWrongMessage = QStringLiteral("执法证号或 PIN 不正确，请核对后重试。");

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

    Fixture f;
    std::unique_ptr<SignIn> signIn;

    SignInResult wrongPin(SignInPurpose purpose = SignInPurpose::SignIn)
    {
        const SignInAttempt a = signIn->prepare(kNo, purpose);
        return signIn->finish(a, false);
    }
    Officer officer()
    {
        QString error;
        return *f.store->find(kNo, &error);
    }
    QStringList actions()
    {
        QStringList out;
        for (const AuditRow &r : f.auditRows())
            out << r.action;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.open());
        QList<FieldError> errors;
        QVERIFY(f.store->save(input(kNo, QStringLiteral("张明"), {Role::Inspector}, kPin), QString(), &errors));
        signIn = std::make_unique<SignIn>(f.db, *f.audit, f.clock());
    }

    void lockoutRules()
    {
        const int auditBefore = int(f.auditRows().size());
        for (int i = 1; i <= 4; ++i) {
            const SignInResult r = wrongPin();
            QCOMPARE(r.outcome, SignInResult::Outcome::WrongCredentials);
            QCOMPARE(r.remainingAttempts, 5 - i);
            QCOMPARE(r.message, kWrongMessage);
            QVERIFY(!r.signedIn);
            QCOMPARE(officer().failedAttempts, i);
            f.now = f.now.addSecs(10);
        }
        // The fifth wrong PIN locks for 5 minutes.
        SignInResult r = wrongPin();
        QCOMPARE(r.outcome, SignInResult::Outcome::Locked);
        QCOMPARE(r.lockedUntil, f.now.addSecs(300));
        QCOMPARE(r.message, QStringLiteral("PIN 连续输错 5 次，账号已锁定，请在 5 分钟后重试。"));
        const QDateTime lockedUntil = r.lockedUntil;
        QCOMPARE(officer().lockedUntil, lockedUntil);
        QCOMPARE(officer().lockouts, 1);
        QCOMPARE(officer().failedAttempts, 0);
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT locked_until FROM officers")), StoreTime::toText(lockedUntil));

        // While locked the right PIN is refused, with the time left; no KDF is needed to say so.
        f.now = f.now.addSecs(30);
        const SignInAttempt locked = signIn->prepare(kNo);
        QCOMPARE(locked.state, SignInAttempt::State::Locked);
        QVERIFY(!locked.needsPinCheck());
        QVERIFY(!SignIn::checkPin(locked, kPin));
        r = signIn->signIn(kNo, kPin);
        QCOMPARE(r.outcome, SignInResult::Outcome::Locked);
        QCOMPARE(r.message, QStringLiteral("账号已锁定，请在 4 分 30 秒后重试。"));
        QCOMPARE(officer().failedAttempts, 0);   // attempts while locked do not count
        QCOMPARE(officer().lockouts, 1);

        // The lock ends on time. Five more wrong PINs: the second lockout lasts 10 minutes.
        f.now = lockedUntil;
        r = wrongPin();
        QCOMPARE(r.outcome, SignInResult::Outcome::WrongCredentials);
        QCOMPARE(r.remainingAttempts, 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(wrongPin().outcome, SignInResult::Outcome::WrongCredentials);
        r = wrongPin();
        QCOMPARE(r.outcome, SignInResult::Outcome::Locked);
        QCOMPARE(r.lockedUntil, f.now.addSecs(600));
        QCOMPARE(r.message, QStringLiteral("PIN 连续输错 5 次，账号已锁定，请在 10 分钟后重试。"));
        QCOMPARE(officer().lockouts, 2);
        f.now = f.now.addSecs(599);
        QCOMPARE(signIn->signIn(kNo, kPin).message, QStringLiteral("账号已锁定，请在 1 秒后重试。"));

        // After it, the right PIN — checked on another thread, as the UI does — signs in and
        // resets failed attempts and the lockout count.
        f.now = f.now.addSecs(1);
        const SignInAttempt attempt = signIn->prepare(kNo);
        QVERIFY(attempt.needsPinCheck());
        bool pinOk = false;
        std::thread worker([&] { pinOk = SignIn::checkPin(attempt, kPin); });
        worker.join();
        QVERIFY(pinOk);
        r = signIn->finish(attempt, pinOk);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.message.isEmpty());
        QVERIFY(r.signedIn);
        QCOMPARE(r.signedIn->officerNo(), kNo);
        QCOMPARE(r.signedIn->officer().name, QStringLiteral("张明"));
        QCOMPARE(r.signedIn->signedInAt(), f.now);
        QVERIFY(r.signedIn->can(Permission::Record));
        QVERIFY(!r.signedIn->can(Permission::ManageOfficers));
        QVERIFY(r.signedIn->can(QStringLiteral("view_own")));
        QVERIFY(!r.signedIn->can(QStringLiteral("view_others")));
        QVERIFY(!r.signedIn->can(QStringLiteral("no_such_permission")));
        QCOMPARE(officer().failedAttempts, 0);
        QCOMPARE(officer().lockouts, 0);
        QVERIFY(!officer().lockedUntil.isValid());
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT quote(locked_until) FROM officers")), QStringLiteral("NULL"));

        // Reset proven: the next lockout is 5 minutes again.
        for (int i = 0; i < 4; ++i)
            wrongPin();
        r = wrongPin();
        QCOMPARE(r.lockedUntil, f.now.addSecs(300));
        f.now = r.lockedUntil;

        // The trail: 4 failed; 1 failed + lockout; 1 locked refusal; 5 failed + lockout;
        // 1 locked refusal; sign_in; 5 failed + lockout.
        const QStringList trail = actions().mid(auditBefore);
        QCOMPARE(trail.count(QStringLiteral("lockout")), 3);
        QCOMPARE(trail.count(QStringLiteral("sign_in")), 1);
        QCOMPARE(trail.count(QStringLiteral("sign_in_failed")), 17);
        const QList<AuditRow> rows = f.auditRows().mid(auditBefore);
        QCOMPARE(details(rows.at(4)).value(QLatin1String("reason")).toString(), QStringLiteral("wrong_pin"));
        QCOMPARE(details(rows.at(4)).value(QLatin1String("failed_attempts")).toInt(), 5);
        QCOMPARE(rows.at(5).action, QStringLiteral("lockout"));
        QCOMPARE(details(rows.at(5)).value(QLatin1String("minutes")).toInt(), 5);
        QCOMPARE(rows.at(6).action, QStringLiteral("sign_in_failed"));
        QCOMPARE(details(rows.at(6)).value(QLatin1String("reason")).toString(), QStringLiteral("locked"));
        for (const AuditRow &row : rows) {
            QCOMPARE(row.officerNo, kNo);
            QVERIFY2(!row.details.contains(kPin), qPrintable(row.details));
        }
        QVERIFY(f.verifyChain().intact());
    }

    void wrongPinThroughTheKdf()
    {
        const SignInResult r = signIn->signIn(kNo, QStringLiteral("111112"));
        QCOMPARE(r.outcome, SignInResult::Outcome::WrongCredentials);
        QCOMPARE(r.message, kWrongMessage);
        QCOMPARE(officer().failedAttempts, 1);
        QVERIFY(signIn->signIn(kNo, kPin).ok());   // and clears it
        QCOMPARE(officer().failedAttempts, 0);
    }

    void unknownOfficerLooksLikeWrongPin()
    {
        const QString entered = QStringLiteral("99990000'; DELETE FROM officers;--");
        const SignInAttempt a = signIn->prepare(entered);
        QVERIFY(a.needsPinCheck());   // a dummy KDF runs, so the time does not tell either
        QVERIFY(!a.known);
        QVERIFY(!SignIn::checkPin(a, kPin));
        const SignInResult r = signIn->finish(a, false);
        QCOMPARE(r.outcome, SignInResult::Outcome::WrongCredentials);
        QCOMPARE(r.message, kWrongMessage);
        // The audit row tells them apart.
        const AuditRow last = f.auditRows().last();
        QCOMPARE(last.action, QStringLiteral("sign_in_failed"));
        QCOMPARE(last.officerNo, QString());
        QCOMPARE(last.objectId, entered);
        QCOMPARE(details(last).value(QLatin1String("reason")).toString(), QStringLiteral("unknown_officer"));
        QCOMPARE(TestTools::sqlite(f.dbPath(), QStringLiteral("SELECT count(*) FROM officers")), QStringLiteral("1"));
        QVERIFY(f.verifyChain().intact());
    }

    void screenUnlockFollowsTheSameRules()
    {
        SignInResult r = wrongPin(SignInPurpose::ScreenUnlock);
        QCOMPARE(r.outcome, SignInResult::Outcome::WrongCredentials);
        AuditRow last = f.auditRows().last();
        QCOMPARE(last.action, QStringLiteral("sign_in_failed"));
        QCOMPARE(details(last).value(QLatin1String("purpose")).toString(), QStringLiteral("screen_unlock"));
        QCOMPARE(officer().failedAttempts, 1);
        for (int i = 0; i < 4; ++i)
            r = wrongPin(SignInPurpose::ScreenUnlock);
        QCOMPARE(r.outcome, SignInResult::Outcome::Locked);
        QCOMPARE(r.lockedUntil, f.now.addSecs(300));
        f.now = r.lockedUntil.addSecs(1);
        r = signIn->signIn(kNo, kPin, SignInPurpose::ScreenUnlock);
        QVERIFY2(r.ok(), qPrintable(r.message));
        last = f.auditRows().last();
        QCOMPARE(last.action, QStringLiteral("screen_unlock"));
        QCOMPARE(last.officerNo, kNo);
        QCOMPARE(officer().lockouts, 0);
    }

    void signOutAndScreenLockAreAudited()
    {
        QString error;
        QVERIFY(signIn->recordScreenLock(kNo, QStringLiteral("idle"), &error));
        QVERIFY(signIn->signOut(kNo, &error));
        const QList<AuditRow> rows = f.auditRows();
        QCOMPARE(rows.at(rows.size() - 2).action, QStringLiteral("screen_lock"));
        QCOMPARE(details(rows.at(rows.size() - 2)).value(QLatin1String("reason")).toString(), QStringLiteral("idle"));
        QCOMPARE(rows.last().action, QStringLiteral("sign_out"));
        QCOMPARE(rows.last().officerNo, kNo);
        QCOMPARE(rows.last().at, StoreTime::toText(f.now));
    }

    void inactiveOfficerIsRefused()
    {
        QString error;
        QVERIFY(f.store->setActive(kNo, false, QString(), &error));
        SignInResult r = signIn->signIn(kNo, kPin);
        QCOMPARE(r.outcome, SignInResult::Outcome::Inactive);
        QVERIFY2(r.message.contains(QStringLiteral("停用")), qPrintable(r.message));
        QVERIFY(!r.signedIn);
        QCOMPARE(details(f.auditRows().last()).value(QLatin1String("reason")).toString(), QStringLiteral("inactive"));
        // A wrong PIN still says only "wrong": being inactive is not revealed without the PIN.
        r = wrongPin();
        QCOMPARE(r.message, kWrongMessage);
        QVERIFY(f.store->setActive(kNo, true, QString(), &error));
    }

    void pinResetBetweenPhasesCountsNothing()
    {
        const SignInAttempt a = signIn->prepare(kNo);
        const int failedBefore = officer().failedAttempts;
        QString error;
        QVERIFY(f.store->setPin(kNo, QStringLiteral("222222"), QString(), &error));
        const SignInResult r = signIn->finish(a, false);
        QCOMPARE(r.outcome, SignInResult::Outcome::Error);
        QVERIFY2(r.message.contains(QStringLiteral("重新输入")), qPrintable(r.message));
        QVERIFY(officer().failedAttempts <= failedBefore);
        QVERIFY(f.verifyChain().intact());
    }

    void lockoutDoublesUpTo24Hours()
    {
        const QList<int> expected{5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(SignIn::lockoutMinutes(i + 1), expected.at(i));
        QCOMPARE(SignIn::lockoutMinutes(1000), 1440);
    }

    void waitText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "1 秒";
        QTest::newRow("59") << qint64(59) << "59 秒";
        QTest::newRow("270") << qint64(270) << "4 分 30 秒";
        QTest::newRow("300") << qint64(300) << "5 分钟";
        QTest::newRow("3600") << qint64(3600) << "1 小时";
        QTest::newRow("3601") << qint64(3601) << "1 小时 1 分钟";
        QTest::newRow("7199") << qint64(7199) << "2 小时";
        QTest::newRow("7500") << qint64(7500) << "2 小时 5 分钟";
    }
    void waitText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(SignIn::waitText(seconds), text);
    }

    void chainVerifiesAtTheEnd()
    {
        const AuditVerifyResult v = f.verifyChain();
        QVERIFY2(v.intact(), qPrintable(v.message));
        QCOMPARE(v.rowsChecked, qint64(f.auditRows().size()));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_officers_signin.moc"
