#include "documentformmodel.h"

#include "documenttext.h"

#include <QJsonArray>

DocumentFormModel::DocumentFormModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DocumentFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DocumentFormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const FormRow &r = m_rows.at(index.row());
    const TemplateField *f = r.field;
    switch (role) {
    case KindRole: return FormRow::kindKey(r.kind);
    case PathRole: return r.path;
    case FieldIdRole: return f ? f->id : QString();
    case TypeRole: return f ? fieldTypeKey(f->type) : QString();
    case LabelRole: return r.label;
    case HintRole: return f ? f->hint : QString();
    case ValueRole: return r.value.toVariant();
    case DisplayValueRole: return (f && r.kind == FormRow::Field) ? DocumentText::display(*f, r.value) : QString();
    case ErrorRole: return r.error;
    case RequiredRole: return r.required;
    case ReadOnlyRole: return m_locked || (f && (f->readOnly || !f->computed.isEmpty()));
    case DepthRole: return r.depth;
    case ItemIndexRole: return r.itemIndex;
    case OptionsRole: {
        QVariantList options;
        if (f) {
            for (const ChoiceOption &o : f->options)
                options << QVariantMap{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label}};
        }
        return options;
    }
    case SignerRole: return f ? f->signer : QString();
    case MaxLengthRole: return f ? f->maxLength : 0;
    }
    return QVariant();
}

QHash<int, QByteArray> DocumentFormModel::roleNames() const
{
    return {{KindRole, "kind"},           {PathRole, "path"},         {FieldIdRole, "fieldId"},
            {TypeRole, "type"},           {LabelRole, "label"},       {HintRole, "hint"},
            {ValueRole, "value"},         {DisplayValueRole, "displayValue"}, {ErrorRole, "error"},
            {RequiredRole, "required"},   {ReadOnlyRole, "readOnly"}, {DepthRole, "depth"},
            {ItemIndexRole, "itemIndex"}, {OptionsRole, "options"},   {SignerRole, "signer"},
            {MaxLengthRole, "maxLength"}};
}

void DocumentFormModel::setRows(const QList<FormRow> &rows, bool locked)
{
    bool sameShape = rows.size() == m_rows.size() && locked == m_locked;
    for (int i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).path == m_rows.at(i).path && rows.at(i).kind == m_rows.at(i).kind;
    if (!sameShape) {
        beginResetModel();
        m_rows = rows;
        m_locked = locked;
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        const FormRow &a = m_rows.at(i);
        const FormRow &b = rows.at(i);
        const bool changed = a.value != b.value || a.error != b.error || a.label != b.label || a.required != b.required;
        m_rows[i] = b;
        if (changed)
            emit dataChanged(index(i), index(i), {ValueRole, DisplayValueRole, ErrorRole, LabelRole, RequiredRole});
    }
}

void DocumentFormModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}
