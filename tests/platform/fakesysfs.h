#pragma once
// Fake sysfs trees for the power and network tests: one folder per entry with one file per
// attribute, as the kernel lays out /sys/class/power_supply and /sys/class/net.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

namespace FakeSysfs {

inline bool writeAttribute(const QString &dir, const QString &name, const QString &value)
{
    if (!QDir().mkpath(dir))
        return false;
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write((value + QLatin1Char('\n')).toUtf8()) > 0;
}

// <root>/<entry>/<attribute> = value for each pair; returns false on any I/O error.
inline bool writeEntry(const QString &root, const QString &entry, const QMap<QString, QString> &attributes)
{
    const QString dir = root + QLatin1Char('/') + entry;
    if (!QDir().mkpath(dir))
        return false;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!writeAttribute(dir, it.key(), it.value()))
            return false;
    }
    return true;
}

} // namespace FakeSysfs
