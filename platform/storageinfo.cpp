#include "storageinfo.h"

#include <sys/statvfs.h>

qint64 StatvfsStorageInfo::availableBytes(const QString &path) const
{
    struct statvfs st;
    if (::statvfs(path.toLocal8Bit().constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}
