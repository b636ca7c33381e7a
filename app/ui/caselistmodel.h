#pragma once
// CaseListModel: the rows of the case list page (Cases.model) — plain presentation of
// CaseQuery's summaries; filtering happens in SQL (CasesController sets the filter).

#include "casetypes.h"

#include <QAbstractListModel>

class CaseListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        CaseIdRole = Qt::UserRole + 1,
        CaseNoRole,
        TypeRole,
        TypeLabelRole,
        StatusRole,
        StatusLabelRole,
        PartyNameRole,
        PartyIdMaskedRole,
        AddressRole,
        CreatedTextRole,
        WarningLevelRole,
        WarningTextRole,
        ActiveRole,
    };
    Q_ENUM(Roles)

    explicit CaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<CaseSummary> &rows);
    void setActiveCaseId(const QString &caseId);

private:
    QList<CaseSummary> m_rows;
    QString m_activeCaseId;
};
