#include "officerstore.h"

#include "auditlog.h"
#include "database.h"
#include "auditactions.h"
#include "officerrows.h"
#include "officerslogging.h"
#include "officervalidation.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString storeFailure(const QString &detail)
{
    return QCoreApplication::translate("OfficerStore", "无法保存执法人员信息：%1。请重试；仍失败时请联系管理员。").arg(detail);
}

} // namespace

OfficerStore::OfficerStore(Database &db, AuditLog &audit, const QString &kdf, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_kdf(kdf)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

std::optional<Officer> OfficerStore::find(const QString &officerNo, QString *error) const
{
    error->clear();
    Officer o;
    bool found = false;
    if (!OfficerRows::read(m_db, officerNo, &o, nullptr, &found, error) || !found)
        return std::nullopt;
    return o;
}

bool OfficerStore::list(QList<Officer> *out, QString *error) const
{
    return OfficerRows::readAll(m_db, out, error);
}

qint64 OfficerStore::count(QString *error) const
{
    qint64 n = -1;
    return OfficerRows::count(m_db, &n, error) ? n : -1;
}

PinKdf::PinHash OfficerStore::hashPin(const QString &pin, QString *error) const
{
    return PinKdf::hashPin(m_kdf, pin, error);
}

bool OfficerStore::writeInTransaction(const OfficerInput &in, const PinKdf::PinHash *pin, bool *added, QString *error)
{
    Officer existing;
    bool found = false;
    if (!OfficerRows::read(m_db, in.officerNo, &existing, nullptr, &found, error))
        return false;
    *added = !found;
    if (found)
        return OfficerRows::update(m_db, in, pin, m_clock(), error);
    if (!pin) {
        *error = QStringLiteral("a new officer needs a PIN");
        return false;
    }
    return OfficerRows::insert(m_db, in, *pin, m_clock(), error);
}

bool OfficerStore::save(const OfficerInput &in, const QString &actorNo, QList<FieldError> *errors, bool *added)
{
    errors->clear();
    QString error;
    const std::optional<Officer> existing = find(in.officerNo, &error);
    if (!error.isEmpty()) {
        *errors << FieldError{QString(), storeFailure(error)};
        return false;
    }
    *errors = OfficerValidation::validate(in, !existing.has_value());
    if (!errors->isEmpty())
        return false;

    PinKdf::PinHash pin;
    if (!in.pin.isEmpty()) {
        pin = hashPin(in.pin, &error);
        if (!pin.isValid()) {
            *errors << FieldError{QStringLiteral("pin"), error};
            return false;
        }
    }
    Transaction tx(m_db);
    bool wasAdded = false;
    const QJsonObject details{{QStringLiteral("roles"), QJsonArray::fromStringList(Permissions::roleKeys(in.roles))},
                              {QStringLiteral("active"), in.active},
                              {QStringLiteral("pin_set"), !in.pin.isEmpty()}};
    if (!tx.isActive() || !writeInTransaction(in, in.pin.isEmpty() ? nullptr : &pin, &wasAdded, &error)
        || !m_audit.append({actorNo, QLatin1String(wasAdded ? AuditAction::OfficerAdd : AuditAction::OfficerUpdate),
                            QStringLiteral("officer"), in.officerNo, details, m_clock()},
                           &error)
        || !tx.commit()) {
        *errors << FieldError{QString(), storeFailure(error.isEmpty() ? tx.error() : error)};
        return false;
    }
    qCInfo(lcOfficers) << (wasAdded ? "added officer" : "updated officer") << in.officerNo << "by" << actorNo;
    if (added)
        *added = wasAdded;
    return true;
}

bool OfficerStore::setPin(const QString &officerNo, const QString &pin, const QString &actorNo, QString *error)
{
    const std::optional<Officer> existing = find(officerNo, error);
    if (!existing) {
        if (error->isEmpty())
            *error = tr("未找到执法证号为 %1 的执法人员。").arg(officerNo);
        return false;
    }
    *error = OfficerValidation::checkPin(pin);
    if (!error->isEmpty())
        return false;
    const PinKdf::PinHash hash = hashPin(pin, error);
    if (!hash.isValid())
        return false;
    OfficerInput in;
    in.officerNo = existing->officerNo;
    in.name = existing->name;
    in.agency = existing->agency;
    in.squad = existing->squad;
    in.roles = existing->roles;
    in.active = existing->active;
    Transaction tx(m_db);
    bool added = false;
    QString detail;
    if (!tx.isActive() || !writeInTransaction(in, &hash, &added, &detail)
        || !m_audit.append({actorNo, QLatin1String(AuditAction::OfficerPinReset), QStringLiteral("officer"), officerNo, {}, m_clock()}, &detail)
        || !tx.commit()) {
        *error = storeFailure(detail.isEmpty() ? tx.error() : detail);
        return false;
    }
    qCInfo(lcOfficers) << "PIN reset for" << officerNo << "by" << actorNo;
    return true;
}

bool OfficerStore::setActive(const QString &officerNo, bool active, const QString &actorNo, QString *error)
{
    const std::optional<Officer> existing = find(officerNo, error);
    if (!existing) {
        if (error->isEmpty())
            *error = tr("未找到执法证号为 %1 的执法人员。").arg(officerNo);
        return false;
    }
    Transaction tx(m_db);
    QString detail;
    if (!tx.isActive() || !OfficerRows::setActive(m_db, officerNo, active, m_clock(), &detail)
        || !m_audit.append({actorNo, QLatin1String(AuditAction::OfficerUpdate), QStringLiteral("officer"), officerNo,
                            QJsonObject{{QStringLiteral("active"), active}}, m_clock()},
                           &detail)
        || !tx.commit()) {
        *error = storeFailure(detail.isEmpty() ? tx.error() : detail);
        return false;
    }
    return true;
}
