#include "synclabels.h"

#include <QCoreApplication>

namespace SyncLabels {

QString kind(const QString &kind)
{
    if (kind == QLatin1String("manifest"))
        return QCoreApplication::translate("SyncLabels", "案件清单");
    if (kind == QLatin1String("document"))
        return QCoreApplication::translate("SyncLabels", "文书");
    if (kind == QLatin1String("photo"))
        return QCoreApplication::translate("SyncLabels", "照片");
    if (kind == QLatin1String("marked_video"))
        return QCoreApplication::translate("SyncLabels", "录像（有标记）");
    if (kind == QLatin1String("audio"))
        return QCoreApplication::translate("SyncLabels", "录音");
    return QCoreApplication::translate("SyncLabels", "录像");
}

QString status(const QString &status)
{
    if (status == QLatin1String("sending"))
        return QCoreApplication::translate("SyncLabels", "正在上传");
    if (status == QLatin1String("sent"))
        return QCoreApplication::translate("SyncLabels", "已上传，等待回执");
    if (status == QLatin1String("receipted"))
        return QCoreApplication::translate("SyncLabels", "平台已确认");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("SyncLabels", "失败");
    if (status == QLatin1String("waiting"))
        return QCoreApplication::translate("SyncLabels", "等待 Wi-Fi");
    return QCoreApplication::translate("SyncLabels", "排队中");
}

QString size(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', 0));
    return QStringLiteral("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString downlink(const QString &name)
{
    if (name == QLatin1String("tasks"))
        return QCoreApplication::translate("SyncLabels", "任务");
    if (name == QLatin1String("catalogue"))
        return QCoreApplication::translate("SyncLabels", "权力事项清单");
    return QCoreApplication::translate("SyncLabels", "文书模板");
}

} // namespace SyncLabels
