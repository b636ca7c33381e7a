#include "caselistmodel.h"

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const CaseSummary &c = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole: return c.id;
    case CaseNoRole: return c.caseNo;
    case TypeRole: return CaseLifecycle::typeKey(c.type);
    case TypeLabelRole: return CaseLifecycle::typeLabel(c.type);
    case StatusRole: return CaseLifecycle::stepKey(c.status);
    case StatusLabelRole: return CaseLifecycle::stepLabel(c.status);
    case PartyNameRole: return c.partyName;
    case PartyIdMaskedRole: return c.partyIdMasked;
    case AddressRole: return c.address;
    case CreatedTextRole: return c.createdAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
    case WarningLevelRole: return c.deadline.level;
    case WarningTextRole: return c.deadline.text;
    case ActiveRole: return !m_activeCaseId.isEmpty() && c.id == m_activeCaseId;
    }
    return QVariant();
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    return {{CaseIdRole, "caseId"},           {CaseNoRole, "caseNo"},
            {TypeRole, "type"},               {TypeLabelRole, "typeLabel"},
            {StatusRole, "status"},           {StatusLabelRole, "statusLabel"},
            {PartyNameRole, "partyName"},     {PartyIdMaskedRole, "partyIdMasked"},
            {AddressRole, "address"},         {CreatedTextRole, "createdText"},
            {WarningLevelRole, "warningLevel"}, {WarningTextRole, "warningText"},
            {ActiveRole, "active"}};
}

void CaseListModel::setRows(const QList<CaseSummary> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void CaseListModel::setActiveCaseId(const QString &caseId)
{
    if (m_activeCaseId == caseId)
        return;
    m_activeCaseId = caseId;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {ActiveRole});
}
