#include "storageinfo.h"

#include <QFileInfo>

#include <sys/stat.h>
#include <sys/statvfs.h>

qint64 StorageInfo::volumeId(const QString &path) const
{
    struct stat st;
    if (::stat(path.toLocal8Bit().constData(), &st) != 0)
        return -1;
    return qint64(st.st_dev);
}

bool StorageInfo::isMountPoint(const QString &path) const
{
    const qint64 here = volumeId(path);
    const qint64 parent = volumeId(QFileInfo(path).absoluteFilePath() + QStringLiteral("/.."));
    return here >= 0 && parent >= 0 && here != parent;
}

qint64 StatvfsStorageInfo::availableBytes(const QString &path) const
{
    struct statvfs st;
    if (::statvfs(path.toLocal8Bit().constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}
