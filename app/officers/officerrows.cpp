#include "officerrows.h"

#include "database.h"
#include "storetime.h"

#include <QStringList>

namespace {

#define OFFICER_COLUMNS "officer_no, name, agency, squad, roles, active, failed_attempts, lockouts, locked_until, " \
                        "created_at, updated_at, pin_kdf, pin_iterations, pin_salt, pin_hash"

Officer officerFrom(const Statement &st)
{
    Officer o;
    o.officerNo = st.text(0);
    o.name = st.text(1);
    o.agency = st.text(2);
    o.squad = st.text(3);
    o.roles = OfficerRows::rolesFromText(st.text(4));
    o.active = st.int64(5) != 0;
    o.failedAttempts = int(st.int64(6));
    o.lockouts = int(st.int64(7));
    o.lockedUntil = StoreTime::fromText(st.text(8));
    o.createdAt = StoreTime::fromText(st.text(9));
    o.updatedAt = StoreTime::fromText(st.text(10));
    return o;
}

PinKdf::PinHash pinFrom(const Statement &st)
{
    PinKdf::PinHash p;
    p.kdf = st.text(11);
    p.iterations = int(st.int64(12));
    p.salt = QByteArray::fromHex(st.text(13).toLatin1());
    p.hash = QByteArray::fromHex(st.text(14).toLatin1());
    return p;
}

bool runToEnd(Statement &st, QString *error)
{
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    return true;
}

bool queryCount(Database &db, const char *sql, qint64 *n, QString *error)
{
    return db.queryInt(sql, n, error);
}

} // namespace

namespace OfficerRows {

QString rolesToText(const QList<Role> &roles)
{
    return Permissions::roleKeys(roles).join(QLatin1Char(','));
}

QList<Role> rolesFromText(const QString &text)
{
    QList<Role> out;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const std::optional<Role> r = Permissions::roleFromKey(key))
            out << *r;
    }
    return Permissions::normalized(out);
}

bool read(Database &db, const QString &officerNo, Officer *out, PinKdf::PinHash *pin, bool *found, QString *error)
{
    *found = false;
    Statement st = db.prepare("SELECT " OFFICER_COLUMNS " FROM officers WHERE officer_no = ?1", error);
    if (!st.isValid())
        return false;
    st.bind(1, officerNo);
    const Statement::Step s = st.step();
    if (s == Statement::Step::Error) {
        *error = st.error();
        return false;
    }
    if (s == Statement::Step::Row) {
        *found = true;
        *out = officerFrom(st);
        if (pin)
            *pin = pinFrom(st);
    }
    return true;
}

bool readAll(Database &db, QList<Officer> *out, QString *error)
{
    out->clear();
    Statement st = db.prepare("SELECT " OFFICER_COLUMNS " FROM officers ORDER BY officer_no", error);
    if (!st.isValid())
        return false;
    for (;;) {
        const Statement::Step s = st.step();
        if (s == Statement::Step::Error) {
            *error = st.error();
            return false;
        }
        if (s == Statement::Step::Done)
            return true;
        out->append(officerFrom(st));
    }
}

bool count(Database &db, qint64 *n, QString *error)
{
    return queryCount(db, "SELECT count(*) FROM officers", n, error);
}

bool countActiveAdmins(Database &db, qint64 *n, QString *error)
{
    return queryCount(db, "SELECT count(*) FROM officers WHERE active = 1 AND (',' || roles || ',') LIKE '%,admin,%'", n, error);
}

bool insert(Database &db, const OfficerInput &in, const PinKdf::PinHash &pin, const QDateTime &now, QString *error)
{
    Statement st = db.prepare(
        "INSERT INTO officers (officer_no, name, agency, squad, roles, pin_kdf, pin_iterations, pin_salt, pin_hash, "
        "active, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        error);
    if (!st.isValid())
        return false;
    // Optional text fields are stored as '' (never NULL): the columns are NOT NULL.
    st.bind(1, in.officerNo)
        .bind(2, in.name)
        .bind(3, in.agency.isNull() ? QStringLiteral("") : in.agency)
        .bind(4, in.squad.isNull() ? QStringLiteral("") : in.squad)
        .bind(5, rolesToText(in.roles))
        .bind(6, pin.kdf)
        .bind(7, pin.iterations)
        .bind(8, QString::fromLatin1(pin.salt.toHex()))
        .bind(9, QString::fromLatin1(pin.hash.toHex()))
        .bind(10, in.active ? 1 : 0)
        .bind(11, StoreTime::toText(now));
    return runToEnd(st, error);
}

bool update(Database &db, const OfficerInput &in, const PinKdf::PinHash *pin, const QDateTime &now, QString *error)
{
    Statement st = db.prepare("UPDATE officers SET name = ?2, agency = ?3, squad = ?4, roles = ?5, active = ?6, updated_at = ?7 "
                              "WHERE officer_no = ?1",
                              error);
    if (!st.isValid())
        return false;
    st.bind(1, in.officerNo)
        .bind(2, in.name)
        .bind(3, in.agency.isNull() ? QStringLiteral("") : in.agency)
        .bind(4, in.squad.isNull() ? QStringLiteral("") : in.squad)
        .bind(5, rolesToText(in.roles))
        .bind(6, in.active ? 1 : 0)
        .bind(7, StoreTime::toText(now));
    if (!runToEnd(st, error))
        return false;
    if (!pin)
        return true;
    Statement p = db.prepare("UPDATE officers SET pin_kdf = ?2, pin_iterations = ?3, pin_salt = ?4, pin_hash = ?5, "
                             "failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE officer_no = ?1",
                             error);
    if (!p.isValid())
        return false;
    p.bind(1, in.officerNo)
        .bind(2, pin->kdf)
        .bind(3, pin->iterations)
        .bind(4, QString::fromLatin1(pin->salt.toHex()))
        .bind(5, QString::fromLatin1(pin->hash.toHex()));
    return runToEnd(p, error);
}

bool setActive(Database &db, const QString &officerNo, bool active, const QDateTime &now, QString *error)
{
    Statement st = db.prepare("UPDATE officers SET active = ?2, updated_at = ?3 WHERE officer_no = ?1", error);
    if (!st.isValid())
        return false;
    st.bind(1, officerNo).bind(2, active ? 1 : 0).bind(3, StoreTime::toText(now));
    return runToEnd(st, error);
}

bool writeLockState(Database &db, const QString &officerNo, int failedAttempts, int lockouts, const QDateTime &lockedUntil,
                    QString *error)
{
    Statement st = db.prepare("UPDATE officers SET failed_attempts = ?2, lockouts = ?3, locked_until = ?4 WHERE officer_no = ?1", error);
    if (!st.isValid())
        return false;
    st.bind(1, officerNo).bind(2, failedAttempts).bind(3, lockouts).bind(4, StoreTime::toText(lockedUntil));
    return runToEnd(st, error);
}

} // namespace OfficerRows
