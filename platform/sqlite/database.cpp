#include "database.h"

#include "sqlitelogging.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString sqliteMessage(sqlite3 *db, int rc)
{
    if (db)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(rc));
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

// ---- Statement ---------------------------------------------------------------------------

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, const QString &sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(sql)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_sql(std::move(other.m_sql))
    , m_error(std::move(other.m_error))
    , m_bindFailed(other.m_bindFailed)
{
    other.m_stmt = nullptr;
    other.m_db = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
        m_bindFailed = other.m_bindFailed;
        other.m_stmt = nullptr;
        other.m_db = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::recordBind(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_error = QStringLiteral("bind %1 failed: %2 (%3)").arg(index).arg(sqliteMessage(m_db, rc), m_sql);
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    recordBind(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), index);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    // A zero-length blob still needs a non-null pointer, or SQLite binds NULL.
    static const char empty = 0;
    recordBind(sqlite3_bind_blob64(m_stmt, index, value.isEmpty() ? &empty : value.constData(),
                                   sqlite3_uint64(value.size()), SQLITE_TRANSIENT), index);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        recordBind(sqlite3_bind_int64(m_stmt, index, sqlite3_int64(value)), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        recordBind(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        recordBind(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

Statement &Statement::bindOptional(int index, qint64 value, bool present)
{
    return present ? bind(index, value) : bindNull(index);
}

Statement::Step Statement::step()
{
    if (!m_stmt) {
        m_error = QStringLiteral("step on an invalid statement");
        return Step::Error;
    }
    if (m_bindFailed)
        return Step::Error;   // never run a statement with a value missing
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_error = QStringLiteral("%1 (%2)").arg(sqliteMessage(m_db, rc), m_sql);
    qCWarning(lcSqlite) << "statement failed:" << m_error;
    return Step::Error;
}

bool Statement::exec()
{
    Step s = step();
    while (s == Step::Row)
        s = step();
    return s == Step::Done;
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray Statement::blob(int column) const
{
    if (isNull(column))
        return QByteArray();
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return size > 0 ? QByteArray(data, size) : QByteArray("");
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return QString();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    QString s = QString::fromUtf8(data, size);
    if (s.isNull())
        s = QLatin1String("");   // '' is not NULL
    return s;
}

qint64 Statement::int64(int column) const
{
    return m_stmt ? qint64(sqlite3_column_int64(m_stmt, column)) : 0;
}

double Statement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

// ---- Database ----------------------------------------------------------------------------

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, Access access, QString *error)
{
    close();
    const QByteArray nativePath = QFile::encodeName(path);
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW;
    if (access == Access::ReadWrite) {
        // Create the file ourselves so it is owner-only from its first byte; SQLite gives the
        // -wal and -shm files the same mode as the database file. Only ever open an fd on a file
        // that did not exist: close() drops every POSIX lock this process holds on the file,
        // including SQLite's locks of another connection already open on it — another process
        // then believes it is the last user and deletes the live -wal/-shm
        // (https://sqlite.org/howtocorrupt.html §2.2). An existing file is chmod'ed by path.
        const int fd = ::open(nativePath.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
        } else if (errno != EEXIST || ::chmod(nativePath.constData(), 0600) != 0) {
            setError(error, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        flags |= SQLITE_OPEN_READWRITE;
    } else {
        flags |= SQLITE_OPEN_READONLY;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setError(error, sqliteMessage(db, rc));
        sqlite3_close_v2(db);
        return false;
    }
    sqlite3_extended_result_codes(db, 1);
    // Without a busy handler a BEGIN IMMEDIATE beside another connection's write fails at once
    // (seen in the shift bench: a sync pass's receipt transaction while the recorder committed).
    sqlite3_busy_timeout(db, defaultBusyTimeoutMs);
    m_db = db;
    m_path = path;
    m_access = access;
    return true;
}

void Database::close()
{
    if (m_db) {
        // close_v2 defers the close until any statement still alive is finalised.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql, QString *error)
{
    if (!m_db) {
        setError(error, QStringLiteral("database not open"));
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : sqliteMessage(m_db, rc);
        sqlite3_free(message);
        qCWarning(lcSqlite) << "exec failed:" << text << "in" << sql;
        setError(error, text);
        return false;
    }
    return true;
}

Statement Database::prepare(const char *sql, QString *error)
{
    if (!m_db) {
        setError(error, QStringLiteral("database not open"));
        return Statement();
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        const QString text = sqliteMessage(m_db, rc);
        qCWarning(lcSqlite) << "prepare failed:" << text << "in" << sql;
        setError(error, text);
        sqlite3_finalize(stmt);
        return Statement();
    }
    return Statement(m_db, stmt, QString::fromUtf8(sql));
}

bool Database::queryInt(const char *sql, qint64 *value, QString *error)
{
    Statement st = prepare(sql, error);
    if (!st.isValid())
        return false;
    if (st.step() != Statement::Step::Row) {
        setError(error, st.error());
        return false;
    }
    *value = st.int64(0);
    return true;
}

bool Database::queryText(const char *sql, QString *value, QString *error)
{
    Statement st = prepare(sql, error);
    if (!st.isValid())
        return false;
    if (st.step() != Statement::Step::Row) {
        setError(error, st.error());
        return false;
    }
    *value = st.text(0);
    return true;
}

int Database::userVersion()
{
    qint64 v = -1;
    queryInt("PRAGMA user_version", &v);
    return int(v);
}

bool Database::setUserVersion(int version, QString *error)
{
    // PRAGMA takes no bound parameters; the version is our own integer constant, not a value
    // from outside, so formatting it into the statement is safe.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return exec(sql.constData(), error);
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? qint64(sqlite3_last_insert_rowid(m_db)) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}
