#pragma once
// SessionController: what QML sees of sign-in (singleton `Session` in Fieldterm.Core) — the
// signed-in officer, the screen lock and the permission check. Rules live in SignIn and
// Permissions (app/officers); this facade runs the slow PIN check on a worker thread, keeps the
// idle auto-lock timer (an application-wide event filter sees every touch and key), and tells
// TerminalCore who is on duty (watermark, evidence rows, audit).

#include "domainstore.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class TerminalCore;
class QQmlEngine;
class QJSEngine;

class SessionController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY officerChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString officerNo READ officerNo NOTIFY officerChanged)
    Q_PROPERTY(QString officerName READ officerName NOTIFY officerChanged)
    Q_PROPERTY(QString agency READ agency NOTIFY officerChanged)
    Q_PROPERTY(QString squad READ squad NOTIFY officerChanged)
    Q_PROPERTY(QStringList roles READ roles NOTIFY officerChanged)
    Q_PROPERTY(QString roleText READ roleText NOTIFY officerChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds CONSTANT)
    Q_PROPERTY(bool simulated READ simulated CONSTANT)
    Q_PROPERTY(QVariantList demoOfficers READ demoOfficers CONSTANT)

public:
    // isRecording: whether a recording runs (shift end is refused while one does).
    SessionController(DomainStore *store, TerminalCore *core, std::function<bool()> isRecording,
                      int idleLockSeconds = 120, QObject *parent = nullptr);
    ~SessionController() override;
    static SessionController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(SessionController *instance);

    bool signedIn() const { return m_store->current().has_value(); }
    bool locked() const { return m_locked; }
    bool busy() const { return m_busy; }
    QString officerNo() const;
    QString officerName() const;
    QString agency() const;
    QString squad() const;
    QStringList roles() const;
    QString roleText() const;
    QString message() const { return m_message; }
    int idleLockSeconds() const { return m_idleLockSeconds; }
    bool simulated() const;
    QVariantList demoOfficers() const;

    Q_INVOKABLE void signIn(const QString &officerNo, const QString &pin);
    Q_INVOKABLE void unlock(const QString &pin);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void signOut();
    Q_INVOKABLE bool can(const QString &permissionKey) const;

    // Blocking sign-in for the simulated demo (--demo-sign-in) and tests.
    bool signInNow(const QString &officerNo, const QString &pin);

signals:
    void officerChanged();
    void lockedChanged();
    void busyChanged();
    void messageChanged();
    void signInSucceeded();
    void signInFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attempt(const QString &officerNo, const QString &pin, SignInPurpose purpose);
    void finishAttempt(const SignInAttempt &attempt, bool pinOk);
    void apply(const SignInResult &result, SignInPurpose purpose);
    void lockWithReason(const QString &reason);
    void setBusy(bool busy);
    void setMessage(const QString &message);

    DomainStore *m_store;
    TerminalCore *m_core;
    std::function<bool()> m_isRecording;
    int m_idleLockSeconds;
    bool m_locked = false;
    bool m_busy = false;
    QString m_message;
    QTimer m_idle;
};
