#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

DataPaths::DataPaths(const QString &root)
    : m_root(QDir::cleanPath(QDir(root.isEmpty() ? defaultRoot() : root).absolutePath()))
{
}

QString DataPaths::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/fieldterm");
}

QString DataPaths::database() const { return m_root + QStringLiteral("/fieldterm.db"); }
QString DataPaths::evidenceRoot() const { return m_root + QStringLiteral("/evidence"); }
QString DataPaths::thumbnails() const { return m_root + QStringLiteral("/thumbs"); }
QString DataPaths::keys() const { return m_root + QStringLiteral("/keys"); }
QString DataPaths::profile() const { return m_root + QStringLiteral("/profile.json"); }

QString DataPaths::evidenceDir(const QDateTime &when) const
{
    return evidenceRoot() + QLatin1Char('/') + when.toString(QStringLiteral("yyyy/MM/dd"));
}

QString DataPaths::relative(const QString &absolutePath) const
{
    return QDir(m_root).relativeFilePath(absolutePath);
}

QString DataPaths::absolute(const QString &relativePath) const
{
    return QDir::isAbsolutePath(relativePath) ? relativePath : QDir::cleanPath(m_root + QLatin1Char('/') + relativePath);
}

bool DataPaths::ensure(QString *error) const
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &dir : {m_root, evidenceRoot(), thumbnails(), keys()}) {
        if (!QDir().mkpath(dir)) {
            *error = QCoreApplication::translate("DataPaths", "无法创建数据目录 %1，请检查存储卡是否可写").arg(dir);
            return false;
        }
        QFile::setPermissions(dir, ownerOnly);
    }
    return true;
}

QString evidenceFileName(const QString &deviceId, const QString &officerNo, const QDateTime &start, int seq,
                         const QString &ext)
{
    return QStringLiteral("%1_%2_%3_%4.%5")
        .arg(deviceId, officerNo, start.toString(QStringLiteral("yyyyMMddHHmmss")))
        .arg(seq, 3, 10, QLatin1Char('0'))
        .arg(ext);
}
