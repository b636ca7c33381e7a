#include "auditlog.h"

#include "auditcanonical.h"
#include "database.h"
#include "storetime.h"
#include "transaction.h"

#include <QJsonDocument>

#include <sqlite3.h>

AuditRow AuditLog::readRow(const Statement &st)
{
    AuditRow r;
    r.seq = st.int64(0);
    r.at = st.text(1);
    r.officerNo = st.text(2);
    r.deviceId = st.text(3);
    r.action = st.text(4);
    r.objectType = st.text(5);
    r.objectId = st.text(6);
    r.details = st.text(7);
    r.prevHash = st.text(8);
    r.hash = st.text(9);
    r.hashAlgorithm = st.text(10);
    return r;
}

#define AUDIT_COLUMNS "seq, at, officer_no, device_id, action, object_type, object_id, details, prev_hash, hash, hash_alg"

const char *AuditLog::columns()
{
    return AUDIT_COLUMNS;
}

AuditLog::AuditLog(Database &db, const QString &deviceId, const QString &algorithm)
    : m_db(db)
    , m_deviceId(deviceId)
    , m_algorithm(algorithm)
{
}

// The canonical form is defined once, in sync/wire (AuditCanonical), so the receiver's chain
// check and this log can never disagree.
AuditRowFields AuditLog::fields(const AuditRow &row)
{
    AuditRowFields f;
    f.seq = row.seq;
    f.at = row.at;
    f.officerNo = row.officerNo;
    f.deviceId = row.deviceId;
    f.action = row.action;
    f.objectType = row.objectType;
    f.objectId = row.objectId;
    f.details = row.details;
    f.prevHash = row.prevHash;
    f.hashAlgorithm = row.hashAlgorithm;
    return f;
}

QString AuditLog::genesisHash()
{
    return AuditCanonical::genesisHash();
}

QByteArray AuditLog::canonicalBytes(const AuditRow &row)
{
    return AuditCanonical::bytes(fields(row));
}

QString AuditLog::computeHash(const AuditRow &row)
{
    return AuditCanonical::hashHex(fields(row));
}

bool AuditLog::head(Database &db, qint64 *seq, QString *hash, QString *error)
{
    *seq = 0;
    *hash = genesisHash();
    Statement st = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", error);
    if (!st.isValid())
        return false;
    const Statement::Step s = st.step();
    if (s == Statement::Step::Error) {
        *error = st.error();
        return false;
    }
    if (s == Statement::Step::Row) {
        *seq = st.int64(0);
        *hash = st.text(1);
    }
    return true;
}

bool AuditLog::append(const AuditEntry &entry, QString *error, AuditRow *written)
{
    if (!sqlite3_get_autocommit(m_db.handle()))
        return appendLocked(entry, error, written);   // the caller's IMMEDIATE transaction
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!appendLocked(entry, error, written))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool AuditLog::appendLocked(const AuditEntry &entry, QString *error, AuditRow *written)
{
    AuditRow row;
    qint64 lastSeq = 0;
    if (!head(m_db, &lastSeq, &row.prevHash, error))
        return false;
    // The next seq follows the highest ever issued (sqlite_sequence), not only the last row
    // present, so a deleted tail stays visible as a gap.
    qint64 issued = 0;
    Statement seqSt = m_db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'", error);
    if (!seqSt.isValid())
        return false;
    if (seqSt.step() == Statement::Step::Row)
        issued = seqSt.int64(0);
    row.seq = qMax(lastSeq, issued) + 1;
    row.at = StoreTime::toText(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc());
    row.officerNo = entry.officerNo.isNull() ? QStringLiteral("") : entry.officerNo;
    row.deviceId = m_deviceId;
    row.action = entry.action;
    row.objectType = entry.objectType;
    row.objectId = entry.objectId.isNull() ? QStringLiteral("") : entry.objectId;
    row.details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    row.hashAlgorithm = m_algorithm;
    row.hash = computeHash(row);
    if (row.hash.isEmpty()) {
        *error = QStringLiteral("unsupported audit hash algorithm %1").arg(m_algorithm);
        return false;
    }
    Statement st = m_db.prepare("INSERT INTO audit_log (" AUDIT_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
    if (!st.isValid())
        return false;
    st.bind(1, row.seq).bind(2, row.at).bind(3, row.officerNo).bind(4, row.deviceId).bind(5, row.action)
        .bind(6, row.objectType).bind(7, row.objectId).bind(8, row.details).bind(9, row.prevHash).bind(10, row.hash)
        .bind(11, row.hashAlgorithm);
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    if (written)
        *written = row;
    return true;
}

QList<AuditRow> AuditLog::rowsFor(Database &db, const QString &objectType, const QString &objectId, QString *error)
{
    QList<AuditRow> rows;
    Statement st = db.prepare("SELECT " AUDIT_COLUMNS " FROM audit_log WHERE object_type = ?1 AND object_id = ?2 ORDER BY seq", error);
    if (!st.isValid())
        return rows;
    st.bind(1, objectType).bind(2, objectId);
    while (st.step() == Statement::Step::Row)
        rows << readRow(st);
    return rows;
}

QList<AuditRow> AuditLog::latest(Database &db, int limit, QString *error)
{
    QList<AuditRow> rows;
    Statement st = db.prepare("SELECT " AUDIT_COLUMNS " FROM audit_log ORDER BY seq DESC LIMIT ?1", error);
    if (!st.isValid())
        return rows;
    st.bind(1, limit);
    while (st.step() == Statement::Step::Row)
        rows << readRow(st);
    return rows;
}
