#pragma once
// SignIn: officer number + PIN → a signed-in officer, with the lockout rules of issue 3:
//   - five wrong PINs in a row lock that officer for 5 minutes; each further lockout doubles
//     the time (5, 10, 20, … min, at most 24 h);
//   - while locked even the right PIN is refused, with the time left;
//   - a success clears the failed attempts and the lockout count;
//   - an unknown number and a wrong PIN get the same message and cost the same time (a dummy
//     KDF runs), so numbers cannot be probed; the audit row tells them apart;
//   - inactive officers are refused.
// The same rules guard the screen unlock (purpose ScreenUnlock, audited as screen_unlock).
//
// Three phases, so the UI can run the slow KDF (~0.5 s) on a worker thread:
//   prepare(no)          GUI/store thread: reads the officer and its lock state (no PIN)
//   checkPin(attempt,p)  any thread: static and pure, the KDF only
//   finish(attempt, ok)  store thread: re-reads the state and writes the attempt's outcome —
//                        failed_attempts / lockouts / locked_until and the audit rows
//                        (sign_in | screen_unlock | sign_in_failed | lockout) in one transaction.
// signIn() runs all three in a row for callers that may block (CLI, tests).

#include "officer.h"
#include "pinkdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class AuditLog;
class Database;

enum class SignInPurpose { SignIn, ScreenUnlock };

// Proof of a successful sign-in. Only SignIn makes one, so an operation that takes it (the
// import) cannot run for an officer who has not just entered their PIN.
class SignedInOfficer
{
public:
    const Officer &officer() const { return m_officer; }
    QString officerNo() const { return m_officer.officerNo; }
    QDateTime signedInAt() const { return m_at; }
    bool can(Permission p) const { return m_officer.can(p); }
    bool can(const QString &permissionKey) const { return m_officer.can(permissionKey); }   // unknown key: false

private:
    friend class SignIn;
    SignedInOfficer(const Officer &officer, const QDateTime &at)
        : m_officer(officer)
        , m_at(at)
    {
    }
    Officer m_officer;
    QDateTime m_at;
};

// What prepare() found. Holds the officer's PIN parameters for checkPin(); never show it.
struct SignInAttempt {
    enum class State { CheckPin, Locked, Error };
    State state = State::Error;
    SignInPurpose purpose = SignInPurpose::SignIn;
    QString officerNo;          // as entered
    bool known = false;         // the number exists (false: a dummy credential, the check fails)
    Officer officer;
    PinKdf::PinHash credential;
    QString error;              // State::Error: what went wrong (Chinese)

    bool needsPinCheck() const { return state == State::CheckPin; }
};

struct SignInResult {
    enum class Outcome { Success, WrongCredentials, Locked, Inactive, Error };
    Outcome outcome = Outcome::Error;
    int remainingAttempts = 0;   // wrong PINs left before a lockout (known officers; not shown,
                                 // the message stays the same as for an unknown number)
    QDateTime lockedUntil;       // Locked: when the lock ends
    QString message;             // Chinese, for the UI; empty on success
    std::optional<SignedInOfficer> signedIn;   // Success only

    bool ok() const { return outcome == Outcome::Success; }
};

class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int maxFailedAttempts = 5;
    static constexpr int firstLockoutMinutes = 5;
    static constexpr int maxLockoutMinutes = 24 * 60;

    // The KDF of the dummy credential for unknown numbers follows the audit log's algorithm
    // (sm3 → pbkdf2-sm3), so both paths cost the same on either crypto profile.
    SignIn(Database &db, AuditLog &audit, Clock clock = {});

    SignInAttempt prepare(const QString &officerNo, SignInPurpose purpose = SignInPurpose::SignIn) const;
    static bool checkPin(const SignInAttempt &attempt, const QString &pin);
    SignInResult finish(const SignInAttempt &attempt, bool pinOk);

    SignInResult signIn(const QString &officerNo, const QString &pin, SignInPurpose purpose = SignInPurpose::SignIn);

    // Audits the end of a shift (sign_out) and a screen lock (screen_lock; reason e.g. "idle",
    // "manual"). No state changes in the officers table.
    bool signOut(const QString &officerNo, QString *error);
    bool recordScreenLock(const QString &officerNo, const QString &reason, QString *error);

    static int lockoutMinutes(int lockoutNumber);   // 1 → 5, 2 → 10, 3 → 20, … ≤ 24 h
    static QString waitText(qint64 seconds);        // "4 分 30 秒", "5 分钟", "2 小时 5 分钟"

private:
    SignInResult fail(SignInResult::Outcome outcome, const QString &message) const;

    Database &m_db;
    AuditLog &m_audit;
    Clock m_clock;
    QString m_dummyKdf;
};
