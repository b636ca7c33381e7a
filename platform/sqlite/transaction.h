#pragma once
// Transaction: a guard that begins a write transaction and rolls it back when it goes out of
// scope without commit(). Every multi-statement change (a segment's row, a migration step)
// goes through one, so nothing is ever written half-way.

#include <QString>

class Database;

class Transaction
{
public:
    // BEGIN IMMEDIATE takes the write lock up front, so a busy database fails here (after the
    // busy timeout) rather than half-way through the work.
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();     // false with error() set; the transaction is then rolled back
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    QString m_error;
};
