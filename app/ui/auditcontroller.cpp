#include "auditcontroller.h"

#include "auditactions.h"
#include "auditlabels.h"
#include "auditlog.h"
#include "domainstore.h"
#include "store.h"
#include "storetime.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>

namespace {
AuditController *s_instance = nullptr;

QString localText(const QString &storedUtc, const QString &format)
{
    return StoreTime::fromText(storedUtc).toLocalTime().toString(format);
}
} // namespace

AuditController::AuditController(DomainStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &DomainStore::opened, this, &AuditController::refreshRecent);
}

AuditController::~AuditController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AuditController *AuditController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AuditController::setInstance(AuditController *instance) { s_instance = instance; }

void AuditController::verify()
{
    if (m_verifying)
        return;
    if (!m_store->can(Permission::VerifyAudit)) {
        m_result = AuditVerifyResult();
        m_result.problem = AuditVerifyResult::Problem::ReadError;
        m_result.message = tr("当前账号无权核对审计记录（需要中队长或管理员）。");
        m_hasResult = true;
        emit resultChanged();
        return;
    }
    m_verifying = true;
    emit verifyingChanged();
    const QString path = m_store->paths().database();
    QPointer<AuditController> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        AuditVerifyResult result;
        Database reader;
        QString error;
        if (Store::openReader(&reader, path, &error)) {
            result = AuditVerifier::verify(reader);
        } else {
            result.problem = AuditVerifyResult::Problem::ReadError;
            result.message = error;
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, result] {
            if (self)
                self->finish(result);
        }, Qt::QueuedConnection);
    });
}

void AuditController::finish(const AuditVerifyResult &result)
{
    m_result = result;
    m_hasResult = true;
    m_verifying = false;
    m_lastCheckedText = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_store->audit(AuditAction::AuditVerify, QStringLiteral("audit"), QString(),
                   {{QStringLiteral("intact"), result.intact()},
                    {QStringLiteral("rows"), result.rowsChecked},
                    {QStringLiteral("first_broken_seq"), result.firstBrokenSeq}});
    emit verifyingChanged();
    emit resultChanged();
    refreshRecent();
}

void AuditController::refreshRecent()
{
    if (!m_store->isOpen())
        return;
    QString error;
    const QList<AuditRow> rows = AuditLog::latest(m_store->db(), 30, &error);
    QVariantList out;
    for (const AuditRow &r : rows) {
        out << QVariantMap{{QStringLiteral("seq"), r.seq},
                           {QStringLiteral("atText"), localText(r.at, QStringLiteral("MM-dd HH:mm:ss"))},
                           {QStringLiteral("officerNo"), r.officerNo},
                           {QStringLiteral("actionLabel"), AuditLabels::action(r.action)},
                           {QStringLiteral("objectText"), r.objectId.isEmpty() ? r.objectType : r.objectId}};
    }
    m_recent = out;
    emit recentChanged();
}
