#include "durablefile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString errnoText(const char *what, const QString &path, int err)
{
    return QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(what), path, QString::fromLocal8Bit(std::strerror(err)));
}

bool fsyncPath(const QString &path, int flags, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        *error = errnoText("open", path, errno);
        return false;
    }
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        *error = errnoText("fsync", path, err);
        return false;
    }
    return true;
}

} // namespace

bool DurableFile::ensurePrivateDir(const QString &dir, QString *error)
{
    const QString clean = QDir::cleanPath(dir);
    if (QFileInfo(clean).isDir())
        return true;
    // Create from the first missing ancestor down, each with 0700.
    QStringList missing;
    QString cur = clean;
    while (!cur.isEmpty() && !QFileInfo::exists(cur)) {
        missing.prepend(cur);
        const QString parent = QFileInfo(cur).path();
        if (parent == cur)
            break;
        cur = parent;
    }
    for (const QString &d : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(d).constData(), 0700) != 0 && errno != EEXIST) {
            *error = errnoText("mkdir", d, errno);
            return false;
        }
    }
    return true;
}

bool DurableFile::createPrivateFile(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = errnoText("create", path, errno);
        return false;
    }
    ::close(fd);
    return true;
}

bool DurableFile::syncFile(const QString &path, QString *error)
{
    return fsyncPath(path, O_RDONLY, error);
}

bool DurableFile::syncDir(const QString &dir, QString *error)
{
    return fsyncPath(dir, O_RDONLY | O_DIRECTORY, error);
}

bool DurableFile::commit(const QString &partPath, const QString &finalPath, QString *error)
{
    if (!syncFile(partPath, error))
        return false;
    const QByteArray from = QFile::encodeName(partPath);
    const QByteArray to = QFile::encodeName(finalPath);
    // Evidence is never replaced: RENAME_NOREPLACE where the file system has it (ext4, f2fs),
    // otherwise check first (vfat); we are the only writer in these directories.
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
        const int err = errno;
        if (err != EINVAL && err != ENOSYS) {
            *error = errnoText("rename", partPath + QStringLiteral(" -> ") + finalPath, err);
            return false;
        }
        if (QFileInfo::exists(finalPath)) {
            *error = errnoText("rename", finalPath, EEXIST);
            return false;
        }
        if (::rename(from.constData(), to.constData()) != 0) {
            *error = errnoText("rename", partPath + QStringLiteral(" -> ") + finalPath, errno);
            return false;
        }
    }
    return syncDir(QFileInfo(finalPath).absolutePath(), error);
}

bool DurableFile::writeAndCommit(const QString &finalPath, const QByteArray &data, QString *error)
{
    const QString part = finalPath + QStringLiteral(".part");
    const int fd = ::open(QFile::encodeName(part).constData(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = errnoText("create", part, errno);
        return false;
    }
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = errnoText("write", part, errno);
            ::close(fd);
            ::unlink(QFile::encodeName(part).constData());
            return false;
        }
        done += n;
    }
    ::close(fd);
    return commit(part, finalPath, error);
}
