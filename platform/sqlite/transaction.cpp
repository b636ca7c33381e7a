#include "transaction.h"

#include "database.h"
#include "sqlitelogging.h"

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_active = m_db.exec("BEGIN IMMEDIATE", &m_error);
}

Transaction::~Transaction()
{
    if (m_active) {
        qCDebug(lcSqlite) << "rolling back an uncommitted transaction on" << m_db.path();
        rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("commit without an active transaction");
        return false;
    }
    if (!m_db.exec("COMMIT", &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QString ignored;
    m_db.exec("ROLLBACK", &ignored);
}
