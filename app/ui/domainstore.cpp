#include "domainstore.h"

#include "demoofficers.h"
#include "pinkdf.h"
#include "store.h"
#include "uilogging.h"

DomainStore::DomainStore(const DeviceProfile &profile, const DataPaths &paths, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_paths(paths)
{
}

DomainStore::~DomainStore() = default;

bool DomainStore::open(QString *error)
{
    if (m_db.isOpen())
        return true;
    if (!Store::openWriter(&m_db, m_paths.database(), error))
        return false;
    m_audit = std::make_unique<AuditLog>(m_db, m_profile.deviceId, m_profile.hashAlgorithm());
    m_officers = std::make_unique<OfficerStore>(m_db, *m_audit, PinKdf::kdfForCryptoProfile(m_profile.cryptoProfile));
    if (m_profile.simulated) {
        int added = 0;
        QString seedError;
        if (!seedDemoOfficers(*m_officers, &seedError, &added))
            qCWarning(lcUi).noquote() << "demo officers not seeded:" << seedError;
        else if (added > 0)
            qCInfo(lcUi) << "seeded" << added << "demo officers";
    }
    emit opened();
    return true;
}

void DomainStore::setCurrent(const std::optional<SignedInOfficer> &officer)
{
    m_current = officer;
    emit currentChanged();
}

bool DomainStore::audit(const char *action, const QString &objectType, const QString &objectId, const QJsonObject &details)
{
    if (!m_audit)
        return false;
    QString error;
    if (!m_audit->append({actorNo(), QLatin1String(action), objectType, objectId, details, {}}, &error)) {
        qCCritical(lcUi).noquote() << "audit append failed:" << action << error;
        return false;
    }
    return true;
}
