#include "sessioncontroller.h"

#include "auditactions.h"
#include "demoofficers.h"
#include "terminalcore.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJSEngine>
#include <QPointer>
#include <QThreadPool>

namespace {
SessionController *s_instance = nullptr;
}

SessionController::SessionController(DomainStore *store, TerminalCore *core, std::function<bool()> isRecording,
                                     int idleLockSeconds, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_core(core)
    , m_isRecording(std::move(isRecording))
    , m_idleLockSeconds(idleLockSeconds)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleLockSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] { lockWithReason(QStringLiteral("idle")); });
    connect(m_store, &DomainStore::currentChanged, this, &SessionController::officerChanged);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

SessionController::~SessionController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

SessionController *SessionController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void SessionController::setInstance(SessionController *instance) { s_instance = instance; }

QString SessionController::officerNo() const { return m_store->actorNo(); }
QString SessionController::officerName() const { return signedIn() ? m_store->current()->officer().name : QString(); }
QString SessionController::agency() const { return signedIn() ? m_store->current()->officer().agency : m_store->profile().agency; }
QString SessionController::squad() const { return signedIn() ? m_store->current()->officer().squad : QString(); }
QStringList SessionController::roles() const
{
    return signedIn() ? Permissions::roleKeys(m_store->current()->officer().roles) : QStringList();
}
QString SessionController::roleText() const { return signedIn() ? m_store->current()->officer().roleText() : QString(); }
bool SessionController::simulated() const { return m_store->profile().simulated; }

QVariantList SessionController::demoOfficers() const
{
    QVariantList out;
    if (!simulated())
        return out;
    for (const DemoOfficer &d : ::demoOfficers())
        out << QVariantMap{{QStringLiteral("officerNo"), d.officerNo}, {QStringLiteral("name"), d.name},
                           {QStringLiteral("roleText"), d.roleText}, {QStringLiteral("pin"), d.pin}};
    return out;
}

bool SessionController::can(const QString &permissionKey) const
{
    return signedIn() && m_store->current()->can(permissionKey);
}

void SessionController::signIn(const QString &officerNo, const QString &pin)
{
    if (signedIn())
        return;
    attempt(officerNo.trimmed(), pin, SignInPurpose::SignIn);
}

void SessionController::unlock(const QString &pin)
{
    if (!signedIn() || !m_locked)
        return;
    attempt(officerNo(), pin, SignInPurpose::ScreenUnlock);
}

void SessionController::attempt(const QString &officerNo, const QString &pin, SignInPurpose purpose)
{
    if (m_busy)
        return;
    if (!m_store->isOpen()) {
        setMessage(tr("证据数据库尚未就绪，请稍候再试。"));
        emit signInFailed(m_message);
        return;
    }
    if (officerNo.isEmpty() || pin.isEmpty()) {
        setMessage(officerNo.isEmpty() ? tr("请输入执法证号。") : tr("请输入 PIN。"));
        emit signInFailed(m_message);
        return;
    }
    SignIn signIn(m_store->db(), m_store->audit());
    const SignInAttempt prepared = signIn.prepare(officerNo, purpose);
    if (!prepared.needsPinCheck()) {
        finishAttempt(prepared, false);
        return;
    }
    // The KDF (~0.5 s) runs on a pool thread; the outcome is written back here, on the thread
    // that owns the connection.
    setBusy(true);
    setMessage(QString());
    QPointer<SessionController> self(this);
    QThreadPool::globalInstance()->start([self, prepared, pin] {
        const bool ok = SignIn::checkPin(prepared, pin);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, prepared, ok] {
            if (self)
                self->finishAttempt(prepared, ok);
        }, Qt::QueuedConnection);
    });
}

void SessionController::finishAttempt(const SignInAttempt &prepared, bool pinOk)
{
    SignIn signIn(m_store->db(), m_store->audit());
    const SignInResult result = signIn.finish(prepared, pinOk);
    setBusy(false);
    apply(result, prepared.purpose);
}

void SessionController::apply(const SignInResult &result, SignInPurpose purpose)
{
    if (!result.ok()) {
        setMessage(result.message);
        emit signInFailed(result.message);
        return;
    }
    setMessage(QString());
    if (purpose == SignInPurpose::SignIn) {
        m_store->setCurrent(result.signedIn);
        if (m_core)
            m_core->setOfficer(m_store->actorNo());
        qCInfo(lcUi) << "signed in" << m_store->actorNo();
    }
    if (m_locked) {
        m_locked = false;
        emit lockedChanged();
    }
    m_idle.start();
    emit signInSucceeded();
}

bool SessionController::signInNow(const QString &officerNo, const QString &pin)
{
    if (!m_store->isOpen())
        return false;
    SignIn signIn(m_store->db(), m_store->audit());
    const SignInResult result = signIn.signIn(officerNo, pin);
    apply(result, SignInPurpose::SignIn);
    return result.ok();
}

void SessionController::lock()
{
    lockWithReason(QStringLiteral("manual"));
}

void SessionController::lockWithReason(const QString &reason)
{
    if (!signedIn() || m_locked)
        return;
    m_idle.stop();
    QString error;
    SignIn(m_store->db(), m_store->audit()).recordScreenLock(officerNo(), reason, &error);
    if (!error.isEmpty())
        qCWarning(lcUi).noquote() << "screen lock not audited:" << error;
    m_locked = true;
    setMessage(QString());
    emit lockedChanged();
}

void SessionController::signOut()
{
    if (!signedIn())
        return;
    if (m_isRecording && m_isRecording()) {
        setMessage(tr("正在录像，不能交班退出。请先停止录像。"));
        return;
    }
    QString error;
    SignIn(m_store->db(), m_store->audit()).signOut(officerNo(), &error);
    if (!error.isEmpty())
        qCWarning(lcUi).noquote() << "sign-out not audited:" << error;
    m_idle.stop();
    m_store->setCurrent(std::nullopt);
    if (m_locked) {
        m_locked = false;
        emit lockedChanged();
    }
    setMessage(QString());
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (signedIn() && !m_locked)
            m_idle.start();   // restart: idle time counts from the last input
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SessionController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}
