// DocumentForm's derived state: computed values, relevance, validation and the flattened rows,
// recomputed after every change (documentform.h). Values, paths and editing are in
// documentform.cpp.
#include "documentform.h"
#include "documentformscope.h"

#include "fieldvalidator.h"

#include <QCoreApplication>

using FormValues::isNothing;
using FormValues::truthy;

namespace {

QString requiredMessage(const TemplateField &f)
{
    switch (f.type) {
    case FieldType::Signature:
        return QCoreApplication::translate("DocumentForm", "%1尚未签名；当事人拒绝签名的，请记录拒签理由。").arg(f.label);
    case FieldType::Choice:
    case FieldType::MultiChoice:
        return QCoreApplication::translate("DocumentForm", "请选择%1。").arg(f.label);
    case FieldType::Evidence:
        return QCoreApplication::translate("DocumentForm", "请选择%1。").arg(f.label);
    default:
        return QCoreApplication::translate("DocumentForm", "请填写%1。").arg(f.label);
    }
}

} // namespace

bool DocumentForm::computeLevel(const QList<TemplateField> &fields, const QList<Step> &prefix, Scope &scope)
{
    bool changed = false;
    for (const TemplateField &f : fields) {
        QList<Step> steps = prefix;
        steps << Step{&f, -1};
        if (!f.computed.isEmpty()) {
            QJsonValue v;
            QString error;
            if (!eval(f.computed, scope, false, &v, &error)) {
                m_computeErrors.insert(pathString(steps), error);
                v = QJsonValue();
            }
            if (isNothing(v))
                v = QJsonValue(QJsonValue::Null);
            if (valueAt(steps) != v) {
                setAt(steps, v);
                if (!scope.enclosing.isEmpty()) {
                    if (v.isNull())
                        scope.items.last().remove(f.id);
                    else
                        scope.items.last().insert(f.id, v);
                }
                changed = true;
            }
        } else if (f.type == FieldType::Repeat) {
            const QJsonArray items = valueAt(steps).toArray();
            for (int i = 0; i < items.size(); ++i) {
                QList<Step> item = prefix;
                item << Step{&f, i};
                scope.push(&f, items.at(i).toObject(), i);
                changed = computeLevel(f.fields, item, scope) || changed;
                scope.pop();
            }
        }
    }
    return changed;
}

void DocumentForm::validateLevel(const QList<TemplateField> &fields, const QList<Step> &prefix, Scope &scope,
                                 bool relevant, int depth)
{
    const QDate todayDate = QDate::fromString(today(), QStringLiteral("yyyy-MM-dd"));
    const int itemIndex = scope.indexes.isEmpty() ? -1 : scope.indexes.last();
    const auto report = [this](const QString &path, const QString &message) {
        if (message.isEmpty())
            return;
        if (!m_errors.contains(path))
            m_errors.insert(path, message);
        m_issues.append({path, message});
    };
    for (const TemplateField &f : fields) {
        QList<Step> steps = prefix;
        steps << Step{&f, -1};
        const QString path = pathString(steps);
        QString error;
        bool shown = relevant;
        if (shown && !f.relevant.isEmpty()) {
            QJsonValue r;
            QString evalError;
            if (eval(f.relevant, scope, false, &r, &evalError))
                shown = truthy(r);
            else
                error = QCoreApplication::translate("DocumentForm", "%1的显示条件无法计算：%2").arg(f.label, evalError);
        }
        m_relevant.insert(path, shown);
        if (!shown)
            continue;
        const QJsonValue value = valueAt(steps);
        const bool empty = FieldValidator::isEmpty(f, value);

        if (error.isEmpty() && m_computeErrors.contains(path))
            error = QCoreApplication::translate("DocumentForm", "%1无法计算：%2").arg(f.label, m_computeErrors.value(path));
        if (error.isEmpty() && f.type == FieldType::Repeat) {
            const int count = int(value.toArray().size());
            if (f.required && count == 0)
                error = QCoreApplication::translate("DocumentForm", "请至少添加一项%1。").arg(f.label);
            else if (count < f.minItems)
                error = QCoreApplication::translate("DocumentForm", "%1至少需要 %2 项，现有 %3 项。").arg(f.label).arg(f.minItems).arg(count);
            else if (f.maxItems > 0 && count > f.maxItems)
                error = QCoreApplication::translate("DocumentForm", "%1最多 %2 项，现有 %3 项，请删除多余的项。").arg(f.label).arg(f.maxItems).arg(count);
        } else if (error.isEmpty() && empty) {
            if (f.required)
                error = requiredMessage(f);
        } else if (error.isEmpty()) {
            error = FieldValidator::check(f, value, todayDate);
        }
        if (error.isEmpty() && !empty && !f.constraint.isEmpty()) {
            QJsonValue ok;
            QString evalError;
            if (!eval(f.constraint, scope, false, &ok, &evalError))
                error = QCoreApplication::translate("DocumentForm", "%1的校验条件无法计算：%2").arg(f.label, evalError);
            else if (!truthy(ok))
                error = f.constraintMessage.isEmpty() ? QCoreApplication::translate("DocumentForm", "%1的内容不符合要求，请核对。").arg(f.label)
                                                      : f.constraintMessage;
        }
        report(path, error);

        FormRow row;
        row.path = path;
        row.field = &f;
        row.value = value;
        row.label = f.label;
        row.error = error;
        row.required = f.required || (f.type == FieldType::Repeat && f.minItems > 0);
        row.depth = depth;
        row.itemIndex = itemIndex;
        if (f.type != FieldType::Repeat) {
            m_rows.append(row);
            continue;
        }
        row.kind = FormRow::Group;
        m_rows.append(row);
        const QJsonArray items = value.toArray();
        for (int i = 0; i < items.size(); ++i) {
            QList<Step> itemSteps = prefix;
            itemSteps << Step{&f, i};
            FormRow item;
            item.kind = FormRow::Item;
            item.path = pathString(itemSteps);
            item.field = &f;
            item.value = items.at(i);
            item.label = (f.itemLabel.isEmpty() ? QCoreApplication::translate("DocumentForm", "第 %1 项") : f.itemLabel).arg(i + 1);
            item.depth = depth + 1;
            item.itemIndex = i;
            m_rows.append(item);
            m_relevant.insert(item.path, true);
            scope.push(&f, items.at(i).toObject(), i);
            validateLevel(f.fields, itemSteps, scope, true, depth + 2);
            scope.pop();
        }
        if (!f.readOnly && (f.maxItems == 0 || items.size() < f.maxItems)) {
            FormRow add;
            add.kind = FormRow::Add;
            add.path = path;
            add.field = &f;
            add.label = QCoreApplication::translate("DocumentForm", "添加%1").arg(f.label);
            add.depth = depth + 1;
            add.itemIndex = int(items.size());
            m_rows.append(add);
        }
    }
}

void DocumentForm::refresh()
{
    // Computed values first, repeated until nothing changes: the loader refused cycles, so this
    // settles within (number of computed fields + 1) passes; the cap only guards hand-built
    // templates that skipped the loader.
    for (int pass = 0; pass < 32; ++pass) {
        m_computeErrors.clear();
        Scope scope;
        if (!computeLevel(m_tpl.fields, {}, scope))
            break;
    }
    m_rows.clear();
    m_issues.clear();
    m_errors.clear();
    m_relevant.clear();
    Scope scope;
    validateLevel(m_tpl.fields, {}, scope, true, 0);
}

QList<FormRow> DocumentForm::rows() const
{
    return m_rows;
}

bool DocumentForm::isRelevant(const QString &path) const
{
    return m_relevant.value(path, false);
}

QStringList DocumentForm::missingSignatures() const
{
    QStringList missing;
    for (const FormRow &row : m_rows) {
        if (row.kind == FormRow::Field && row.field->type == FieldType::Signature && row.field->required
            && !FieldValidator::isSignedOrRefused(row.value))
            missing << row.path;
    }
    return missing;
}

namespace {

QJsonObject keepRelevant(const QJsonObject &values, const QList<TemplateField> &fields, const QString &prefix,
                         const QHash<QString, bool> &relevant)
{
    QJsonObject out;
    for (const TemplateField &f : fields) {
        const QString path = prefix.isEmpty() ? f.id : prefix + QLatin1Char('.') + f.id;
        if (!values.contains(f.id) || !relevant.value(path, false))
            continue;
        if (f.type != FieldType::Repeat) {
            out.insert(f.id, values.value(f.id));
            continue;
        }
        const QJsonArray items = values.value(f.id).toArray();
        QJsonArray kept;
        for (int i = 0; i < items.size(); ++i)
            kept.append(keepRelevant(items.at(i).toObject(), f.fields, path + QStringLiteral("[%1]").arg(i), relevant));
        out.insert(f.id, kept);
    }
    return out;
}

} // namespace

QJsonObject DocumentForm::relevantValues() const
{
    return keepRelevant(m_values, m_tpl.fields, QString(), m_relevant);
}
