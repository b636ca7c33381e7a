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

TlsOptions tls(Database &db)
{
    TlsOptions t;
    t.caBundle = value(db, tlsCaBundle);
    t.pins = value(db, tlsPins).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    t.clientCertificate = value(db, tlsClientCert);
    t.clientKey = value(db, tlsClientKey);
    return t;
}

bool setTls(Database &db, const TlsOptions &t, QString *error)
{
    auto text = [](const QString &v) { return v.isNull() ? QStringLiteral("") : v; };   // '' is "not set", never NULL
    return setValue(db, tlsCaBundle, text(t.caBundle), error) && setValue(db, tlsPins, text(t.pins.join(QLatin1Char(';'))), error)
           && setValue(db, tlsClientCert, text(t.clientCertificate), error) && setValue(db, tlsClientKey, text(t.clientKey), error);
}

} // namespace SyncSettings
