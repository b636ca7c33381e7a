#pragma once
// DomainStore: the terminal's second writer connection, on the GUI thread, for what people do
// by hand — signing in, cases, officers — with the audit log over it, and who is signed in.
// Opened only after the store thread has migrated the database (TerminalCore::storeReady):
// two connections must never race a migration. Writes here are small (a few rows, one fsync);
// AuditLog appends under BEGIN IMMEDIATE, so this connection and the store thread's evidence
// ingest share one unforked chain (docs/ARCHITECTURE.md, "Two writer connections").

#include "auditlog.h"
#include "database.h"
#include "datapaths.h"
#include "deviceprofile.h"
#include "officerstore.h"
#include "signin.h"

#include <QObject>

#include <memory>
#include <optional>

class DomainStore : public QObject
{
    Q_OBJECT
public:
    DomainStore(const DeviceProfile &profile, const DataPaths &paths, QObject *parent = nullptr);
    ~DomainStore() override;

    // Opens the connection; in simulated mode seeds the demo officers into an empty table.
    bool open(QString *error);
    bool isOpen() const { return m_db.isOpen(); }

    const DeviceProfile &profile() const { return m_profile; }
    const DataPaths &paths() const { return m_paths; }
    Database &db() { return m_db; }
    AuditLog &audit() { return *m_audit; }
    OfficerStore &officers() { return *m_officers; }

    // Who is signed in (nullopt: nobody).
    const std::optional<SignedInOfficer> &current() const { return m_current; }
    void setCurrent(const std::optional<SignedInOfficer> &officer);
    QString actorNo() const { return m_current ? m_current->officerNo() : QString(); }
    bool can(Permission permission) const { return m_current && m_current->can(permission); }

    // Appends one audit row as the signed-in officer; logs (never throws away silently) a failure.
    bool audit(const char *action, const QString &objectType, const QString &objectId, const QJsonObject &details = {});

signals:
    void opened();
    void currentChanged();

private:
    DeviceProfile m_profile;
    DataPaths m_paths;
    Database m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OfficerStore> m_officers;
    std::optional<SignedInOfficer> m_current;
};
