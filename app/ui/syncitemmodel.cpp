#include "syncitemmodel.h"

#include "synclabels.h"

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

QString SyncItemModel::kindLabel(const QString &kind) { return SyncLabels::kind(kind); }
QString SyncItemModel::statusLabel(const QString &status) { return SyncLabels::status(status); }
QString SyncItemModel::sizeText(qint64 bytes) { return SyncLabels::size(bytes); }
