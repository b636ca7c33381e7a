#include "syncitemmodel.h"

#include <QCoreApplication>

int SyncItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant SyncItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const SyncItem &item = m_items.at(index.row());
    switch (role) {
    case KindRole: return item.kind;
    case KindLabelRole: return kindLabel(item.kind);
    case NameRole: return item.fileName;
    case SizeTextRole: return QStringLiteral("%1 / %2").arg(sizeText(item.sent), sizeText(item.size));
    case ProgressRole: return item.size > 0 ? double(item.sent) / double(item.size) : (item.status == QLatin1String("queued") ? 0.0 : 1.0);
    case StatusRole: return item.status;
    case StatusLabelRole: return statusLabel(item.status);
    case ErrorRole: return item.error;
    default: return {};
    }
}

QHash<int, QByteArray> SyncItemModel::roleNames() const
{
    return {{KindRole, "kind"}, {KindLabelRole, "kindLabel"}, {NameRole, "name"}, {SizeTextRole, "sizeText"},
            {ProgressRole, "progress"}, {StatusRole, "status"}, {StatusLabelRole, "statusLabel"}, {ErrorRole, "error"}};
}

void SyncItemModel::update(const SyncItem &item)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).outboxId == item.outboxId) {
            m_items[i] = item;
            emit dataChanged(index(i), index(i));
            return;
        }
    }
    beginInsertRows(QModelIndex(), int(m_items.size()), int(m_items.size()));
    m_items << item;
    endInsertRows();
}

void SyncItemModel::clearFinished()
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (m_items.at(i).status == QLatin1String("receipted")) {
            beginRemoveRows(QModelIndex(), i, i);
            m_items.removeAt(i);
            endRemoveRows();
        }
    }
}

QString SyncItemModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("manifest"))
        return QCoreApplication::translate("SyncItemModel", "案件清单");
    if (kind == QLatin1String("document"))
        return QCoreApplication::translate("SyncItemModel", "文书");
    if (kind == QLatin1String("photo"))
        return QCoreApplication::translate("SyncItemModel", "照片");
    if (kind == QLatin1String("marked_video"))
        return QCoreApplication::translate("SyncItemModel", "录像（有标记）");
    if (kind == QLatin1String("audio"))
        return QCoreApplication::translate("SyncItemModel", "录音");
    return QCoreApplication::translate("SyncItemModel", "录像");
}

QString SyncItemModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("sending"))
        return QCoreApplication::translate("SyncItemModel", "正在上传");
    if (status == QLatin1String("sent"))
        return QCoreApplication::translate("SyncItemModel", "已上传，等待回执");
    if (status == QLatin1String("receipted"))
        return QCoreApplication::translate("SyncItemModel", "平台已确认");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("SyncItemModel", "失败");
    if (status == QLatin1String("waiting"))
        return QCoreApplication::translate("SyncItemModel", "等待 Wi-Fi");
    return QCoreApplication::translate("SyncItemModel", "排队中");
}

QString SyncItemModel::sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', 0));
    return QStringLiteral("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}
