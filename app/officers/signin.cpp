#include "signin.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"
#include "officerrows.h"
#include "officerslogging.h"
#include "storetime.h"
#include "transaction.h"

#include <QJsonObject>

#include <algorithm>

namespace {

// What an unknown number leaves in the audit row: enough to see probing, bounded in size.
constexpr int kEnteredNumberMax = 64;

QString purposeKey(SignInPurpose p)
{
    return QLatin1String(p == SignInPurpose::SignIn ? AuditAction::SignIn : AuditAction::ScreenUnlock);
}

QString storeError(const QString &detail)
{
    return QCoreApplication::translate("SignIn", "登录信息无法读写（%1）。请重试；仍失败时请重启设备。").arg(detail);
}

} // namespace

SignIn::SignIn(Database &db, AuditLog &audit, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_dummyKdf(QLatin1String(audit.algorithm() == QLatin1String("sm3") ? PinKdf::Sm3 : PinKdf::Sha256))
{
}

int SignIn::lockoutMinutes(int lockoutNumber)
{
    const int doublings = std::clamp(lockoutNumber - 1, 0, 16);   // 5 × 2^16 min is far past the cap
    return std::min(firstLockoutMinutes << doublings, maxLockoutMinutes);
}

QString SignIn::waitText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 1);
    if (seconds >= 3600) {
        qint64 hours = seconds / 3600;
        qint64 minutes = (seconds % 3600 + 59) / 60;   // round up: never promise too early
        if (minutes == 60) {
            ++hours;
            minutes = 0;
        }
        if (minutes == 0)
            return tr("%1 小时").arg(hours);
        return tr("%1 小时 %2 分钟").arg(hours).arg(minutes);
    }
    const qint64 minutes = seconds / 60;
    const qint64 rest = seconds % 60;
    if (minutes > 0 && rest > 0)
        return tr("%1 分 %2 秒").arg(minutes).arg(rest);
    if (minutes > 0)
        return tr("%1 分钟").arg(minutes);
    return tr("%1 秒").arg(rest);
}

SignInResult SignIn::fail(SignInResult::Outcome outcome, const QString &message) const
{
    SignInResult r;
    r.outcome = outcome;
    r.message = message;
    return r;
}

SignInAttempt SignIn::prepare(const QString &officerNo, SignInPurpose purpose) const
{
    SignInAttempt a;
    a.purpose = purpose;
    a.officerNo = officerNo;
    QString error;
    bool found = false;
    if (!OfficerRows::read(m_db, officerNo, &a.officer, &a.credential, &found, &error)) {
        a.state = SignInAttempt::State::Error;
        a.error = storeError(error);
        return a;
    }
    a.known = found;
    if (!found) {
        // A credential no PIN matches, with the same KDF cost as a real one.
        a.credential.kdf = m_dummyKdf;
        a.credential.iterations = PinKdf::defaultIterations;
        a.credential.salt = PinKdf::randomSalt();
        a.credential.hash = PinKdf::randomSalt() + PinKdf::randomSalt();
        a.state = SignInAttempt::State::CheckPin;
        return a;
    }
    a.state = a.officer.isLockedAt(m_clock()) ? SignInAttempt::State::Locked : SignInAttempt::State::CheckPin;
    return a;
}

bool SignIn::checkPin(const SignInAttempt &attempt, const QString &pin)
{
    if (!attempt.needsPinCheck())
        return false;
    const bool ok = PinKdf::verifyPin(attempt.credential, pin);
    return ok && attempt.known;
}

SignInResult SignIn::finish(const SignInAttempt &a, bool pinOk)
{
    if (a.state == SignInAttempt::State::Error)
        return fail(SignInResult::Outcome::Error, a.error);
    const QDateTime now = m_clock();
    const QString purpose = purposeKey(a.purpose);
    const QString wrongMessage = tr("执法证号或 PIN 不正确，请核对后重试。");

    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(SignInResult::Outcome::Error, storeError(tx.error()));
    // Re-read inside the write lock: another attempt may have counted in between.
    QString error;
    Officer o;
    PinKdf::PinHash pin;
    bool found = false;
    if (a.known && !OfficerRows::read(m_db, a.officer.officerNo, &o, &pin, &found, &error))
        return fail(SignInResult::Outcome::Error, storeError(error));

    SignInResult r;
    QList<AuditEntry> rows;
    auto failedRow = [&](const QString &reason, QJsonObject details) {
        details.insert(QStringLiteral("reason"), reason);
        details.insert(QStringLiteral("purpose"), purpose);
        return AuditEntry{o.officerNo, QLatin1String(AuditAction::SignInFailed), QStringLiteral("officer"), o.officerNo, details, now};
    };

    if (!found) {
        rows << AuditEntry{QString(), QLatin1String(AuditAction::SignInFailed), QStringLiteral("officer"),
                           a.officerNo.left(kEnteredNumberMax),
                           QJsonObject{{QStringLiteral("reason"), QStringLiteral("unknown_officer")}, {QStringLiteral("purpose"), purpose}},
                           now};
        r.outcome = SignInResult::Outcome::WrongCredentials;
        r.message = wrongMessage;
    } else if (o.isLockedAt(now)) {
        rows << failedRow(QStringLiteral("locked"), {{QStringLiteral("locked_until"), StoreTime::toText(o.lockedUntil)}});
        r.outcome = SignInResult::Outcome::Locked;
        r.lockedUntil = o.lockedUntil;
        r.message = tr("账号已锁定，请在 %1后重试。").arg(waitText((now.msecsTo(o.lockedUntil) + 999) / 1000));
    } else if (!a.needsPinCheck() || pin.hash != a.credential.hash) {
        // The lock ran out, or an admin reset the PIN, between prepare() and now: the PIN was
        // not checked against what is stored. Count nothing; ask again.
        tx.rollback();
        return fail(SignInResult::Outcome::Error, tr("请重新输入 PIN。"));
    } else if (pinOk && !o.active) {
        rows << failedRow(QStringLiteral("inactive"), {});
        r.outcome = SignInResult::Outcome::Inactive;
        r.message = tr("该执法人员账号已停用，无法登录。如需恢复请联系管理员。");
    } else if (pinOk) {
        if (!OfficerRows::writeLockState(m_db, o.officerNo, 0, 0, QDateTime(), &error))
            return fail(SignInResult::Outcome::Error, storeError(error));
        rows << AuditEntry{o.officerNo, purpose, QStringLiteral("officer"), o.officerNo, {}, now};
        o.failedAttempts = 0;
        o.lockouts = 0;
        o.lockedUntil = QDateTime();
        r.outcome = SignInResult::Outcome::Success;
        r.remainingAttempts = maxFailedAttempts;
        r.signedIn = SignedInOfficer(o, now);
    } else {
        int failed = o.failedAttempts + 1;
        int lockouts = o.lockouts;
        QDateTime lockedUntil;
        rows << failedRow(QStringLiteral("wrong_pin"), {{QStringLiteral("failed_attempts"), failed}});
        if (failed >= maxFailedAttempts) {
            ++lockouts;
            const int minutes = lockoutMinutes(lockouts);
            lockedUntil = now.addSecs(qint64(minutes) * 60);
            failed = 0;
            rows << AuditEntry{o.officerNo, QLatin1String(AuditAction::Lockout), QStringLiteral("officer"), o.officerNo,
                               QJsonObject{{QStringLiteral("lockouts"), lockouts},
                                           {QStringLiteral("minutes"), minutes},
                                           {QStringLiteral("locked_until"), StoreTime::toText(lockedUntil)},
                                           {QStringLiteral("purpose"), purpose}},
                               now};
            r.outcome = SignInResult::Outcome::Locked;
            r.lockedUntil = lockedUntil;
            r.message = tr("PIN 连续输错 %1 次，账号已锁定，请在 %2后重试。").arg(maxFailedAttempts).arg(waitText(qint64(minutes) * 60));
            qCInfo(lcOfficers) << "officer" << o.officerNo << "locked for" << minutes << "min (lockout" << lockouts << ")";
        } else {
            r.outcome = SignInResult::Outcome::WrongCredentials;
            r.remainingAttempts = maxFailedAttempts - failed;
            r.message = wrongMessage;
        }
        if (!OfficerRows::writeLockState(m_db, o.officerNo, failed, lockouts, lockedUntil, &error))
            return fail(SignInResult::Outcome::Error, storeError(error));
    }
    for (const AuditEntry &row : std::as_const(rows)) {
        if (!m_audit.append(row, &error))
            return fail(SignInResult::Outcome::Error, storeError(error));
    }
    if (!tx.commit())
        return fail(SignInResult::Outcome::Error, storeError(tx.error()));
    return r;
}

SignInResult SignIn::signIn(const QString &officerNo, const QString &pin, SignInPurpose purpose)
{
    const SignInAttempt attempt = prepare(officerNo, purpose);
    return finish(attempt, attempt.needsPinCheck() && checkPin(attempt, pin));
}

bool SignIn::signOut(const QString &officerNo, QString *error)
{
    return m_audit.append({officerNo, QLatin1String(AuditAction::SignOut), QStringLiteral("officer"), officerNo, {}, m_clock()}, error);
}

bool SignIn::recordScreenLock(const QString &officerNo, const QString &reason, QString *error)
{
    return m_audit.append({officerNo, QLatin1String(AuditAction::ScreenLock), QStringLiteral("officer"), officerNo,
                           QJsonObject{{QStringLiteral("reason"), reason}}, m_clock()},
                          error);
}
