#pragma once
// Shared by the officers tests: a real store in a temporary directory (migrated by the
// production code), an audit log on it, a clock the test moves by hand, and the audit chain
// checked by AuditVerifier on a separate reader connection.

#include "auditlog.h"
#include "auditverifier.h"
#include "database.h"
#include "officerstore.h"
#include "store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace OfficersKit {

struct Fixture {
    QTemporaryDir dir;
    Database db;
    QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<OfficerStore> store;

    // algorithm: "sha256" (intl) or "sm3" (gm); the KDF follows it.
    bool open(const QString &algorithm = QStringLiteral("sha256"))
    {
        QString error;
        if (!dir.isValid() || !Store::openWriter(&db, dbPath(), &error)) {
            qWarning("cannot open store: %s", qPrintable(error));
            return false;
        }
        audit = std::make_unique<AuditLog>(db, QStringLiteral("TEST0001"), algorithm);
        const QString kdf = QLatin1String(algorithm == QLatin1String("sm3") ? PinKdf::Sm3 : PinKdf::Sha256);
        store = std::make_unique<OfficerStore>(db, *audit, kdf, clock());
        return true;
    }
    QString dbPath() const { return dir.filePath(QStringLiteral("fieldterm.db")); }
    std::function<QDateTime()> clock()
    {
        return [this] { return now; };
    }

    AuditVerifyResult verifyChain() const
    {
        Database reader;
        QString error;
        if (!Store::openReader(&reader, dbPath(), &error)) {
            AuditVerifyResult r;
            r.problem = AuditVerifyResult::Problem::ReadError;
            r.message = error;
            return r;
        }
        return AuditVerifier::verify(reader);
    }

    // Audit rows oldest first.
    QList<AuditRow> auditRows()
    {
        QString error;
        QList<AuditRow> rows = AuditLog::latest(db, 100000, &error);
        std::reverse(rows.begin(), rows.end());
        return rows;
    }
};

inline OfficerInput input(const QString &no, const QString &name, QList<Role> roles, const QString &pin = QString())
{
    OfficerInput in;
    in.officerNo = no;
    in.name = name;
    in.agency = QStringLiteral("某市市场监督管理局");
    in.squad = QStringLiteral("一中队");
    in.roles = roles;
    in.pin = pin;
    return in;
}

inline QJsonObject details(const AuditRow &row)
{
    return QJsonDocument::fromJson(row.details.toUtf8()).object();
}

} // namespace OfficersKit
