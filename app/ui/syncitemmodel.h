#pragma once
// SyncItemModel: the sync page's list — one row per outbox item the current pass touched or
// that is still waiting, with its progress. Updated from SyncEngine's queued signals.

#include "syncpass.h"

#include <QAbstractListModel>

class SyncItemModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, KindLabelRole, NameRole, SizeTextRole, ProgressRole, StatusRole,
                StatusLabelRole, ErrorRole };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void update(const SyncItem &item);
    void clearFinished();   // drops receipted rows before a new pass

    static QString kindLabel(const QString &kind);
    static QString statusLabel(const QString &status);
    static QString sizeText(qint64 bytes);

private:
    QList<SyncItem> m_items;
};
