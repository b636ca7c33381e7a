#include "sysfsattribute.h"

#include <QFile>

namespace SysfsAttribute {

QString read(const QString &dir, const char *name)
{
    QFile f(dir + QLatin1Char('/') + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.read(4096)).trimmed();
}

} // namespace SysfsAttribute
