#pragma once
// DocumentFormModel: the rows of the open document (Documents.form) — DocumentForm's flattened
// rows as roles. Updates in place when only values/errors changed (typing must not rebuild the
// delegates, or the field being typed would lose focus); resets when rows appear or vanish.

#include "documentform.h"

#include <QAbstractListModel>

class DocumentFormModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        KindRole = Qt::UserRole + 1,
        PathRole,
        FieldIdRole,
        TypeRole,
        LabelRole,
        HintRole,
        ValueRole,
        DisplayValueRole,
        ErrorRole,
        RequiredRole,
        ReadOnlyRole,
        DepthRole,
        ItemIndexRole,
        OptionsRole,
        SignerRole,
        MaxLengthRole,
    };
    Q_ENUM(Roles)

    explicit DocumentFormModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // locked: every row read-only.
    void setRows(const QList<FormRow> &rows, bool locked);
    void clear();

private:
    QList<FormRow> m_rows;
    bool m_locked = false;
};
