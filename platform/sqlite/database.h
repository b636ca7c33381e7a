#pragma once
// Database / Statement: a small RAII wrapper over the sqlite3 C API. A Database owns one
// connection; a Statement owns one prepared statement and is finalised when it goes out of
// scope. Values always travel as bound parameters — SQL text never contains a value.
//
// A connection is used from one thread at a time (the store's writer lives on the store
// thread; readers open their own connection).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

class Database;

class Statement
{
public:
    enum class Step { Row, Done, Error };

    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite. A null QString binds SQL NULL; an empty one binds ''.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) = delete;   // say QStringLiteral(...) explicitly
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, const QByteArray &value);   // bytes exactly as given; null → NULL
    Statement &bindNull(int index);
    // Binds NULL when the optional value is absent (e.g. an unknown duration).
    Statement &bindOptional(int index, qint64 value, bool present);

    Step step();
    // Runs a statement that returns no rows (INSERT/UPDATE/DELETE); true when it completed.
    bool exec();
    void reset();   // rewinds so the statement can be stepped again; keeps the bindings

    // Column accessors for the current row (0-based, as in SQLite).
    bool isNull(int column) const;
    QString text(int column) const;     // null QString for SQL NULL
    QByteArray blob(int column) const;  // null QByteArray for SQL NULL
    qint64 int64(int column) const;
    double real(int column) const;
    int columnCount() const;

    // The failure of the last bind/step with SQLite's own message (English, for the log).
    QString error() const { return m_error; }

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, const QString &sql);
    void recordBind(int rc, int index);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    QString m_error;
    bool m_bindFailed = false;
};

class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Every connection waits up to this long for another connection's lock (another thread's
    // write, a checkpoint) before a statement fails with "database is locked".
    static constexpr int defaultBusyTimeoutMs = 5000;

    // ReadWrite creates the file (mode 0600) when missing; ReadOnly requires it to exist.
    // The connection waits defaultBusyTimeoutMs on a busy database. On failure returns false with *error set to SQLite's message (the caller adds the
    // user-facing wording).
    bool open(const QString &path, Access access, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    Access access() const { return m_access; }

    // Executes SQL without parameters (schema, pragmas, BEGIN/COMMIT). Never put values in it.
    bool exec(const char *sql, QString *error = nullptr);
    Statement prepare(const char *sql, QString *error = nullptr);

    // Convenience for single-value queries such as "PRAGMA user_version".
    bool queryInt(const char *sql, qint64 *value, QString *error = nullptr);
    bool queryText(const char *sql, QString *value, QString *error = nullptr);

    int userVersion();
    bool setUserVersion(int version, QString *error = nullptr);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    Access m_access = Access::ReadWrite;
};
