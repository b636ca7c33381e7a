#include "sysfswrite.h"

#include "feedbacklog.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

namespace {

// Log a failing file once: a missing LED would otherwise log on every blink.
bool firstFailure(const QString &path)
{
    static QMutex mutex;
    static QSet<QString> reported;
    QMutexLocker lock(&mutex);
    if (reported.contains(path))
        return false;
    reported.insert(path);
    return true;
}

} // namespace

namespace SysfsWrite {

bool write(const QString &dir, const char *name, const QString &value)
{
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    QFile f(path);
    // No O_CREAT semantics wanted on sysfs, but QFile has none to ask for: refuse a missing file
    // ourselves so a typo in the profile does not litter the tree.
    if (!f.exists() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        if (firstFailure(path))
            qCWarning(lcFeedback) << "cannot write" << path << (f.exists() ? f.errorString() : QStringLiteral("missing"));
        return false;
    }
    const QByteArray bytes = value.toLatin1();
    if (f.write(bytes) != bytes.size()) {
        if (firstFailure(path))
            qCWarning(lcFeedback) << "write to" << path << "failed:" << f.errorString();
        return false;
    }
    return true;
}

bool exists(const QString &dir, const char *name)
{
    return QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(name));
}

} // namespace SysfsWrite
