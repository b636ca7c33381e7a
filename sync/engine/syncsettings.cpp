#include "syncsettings.h"

#include "database.h"

namespace SyncSettings {

QString value(Database &db, const char *key, QString *error)
{
    Statement st = db.prepare("SELECT value FROM sync_settings WHERE key = ?1", error);
    if (!st.isValid())
        return QString();
    st.bind(1, QString::fromLatin1(key));
    if (st.step() == Statement::Step::Row)
        return st.text(0);
    return QString();
}

bool setValue(Database &db, const char *key, const QString &value, QString *error)
{
    Statement st = db.prepare("INSERT INTO sync_settings (key, value) VALUES (?1, ?2)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
    if (!st.isValid())
        return false;
    st.bind(1, QString::fromLatin1(key)).bind(2, value);
    if (!st.exec()) {
        if (error)
            *error = st.error();
        return false;
    }
    return true;
}

} // namespace SyncSettings
