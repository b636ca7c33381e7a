#include "documentform.h"
#include "documentformscope.h"

#include "documentslogging.h"
#include "expressionrefs.h"
#include "fieldvalidator.h"
#include "templatechecks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using FormValues::isNothing;


QString FormRow::kindKey(Kind kind)
{
    switch (kind) {
    case Field:
        return QStringLiteral("field");
    case Group:
        return QStringLiteral("group");
    case Item:
        return QStringLiteral("item");
    case Add:
        return QStringLiteral("add");
    }
    return QString();
}


DocumentForm::DocumentForm(const DocumentTemplate &tpl, const QJsonObject &ctx, Clock clock)
    : m_tpl(tpl), m_ctx(ctx), m_clock(std::move(clock))
{
    refresh();
}

QString DocumentForm::today() const
{
    const QDateTime t = m_clock ? m_clock() : QDateTime::currentDateTime();
    return t.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd"));
}

QString DocumentForm::now() const
{
    const QDateTime t = m_clock ? m_clock() : QDateTime::currentDateTime();
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

// ---- paths -------------------------------------------------------------------------------

bool DocumentForm::resolve(const QString &path, QList<Step> *steps, QString *error) const
{
    static const QRegularExpression segment(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d{1,6})\\])?$"));
    steps->clear();
    const QList<TemplateField> *level = &m_tpl.fields;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (int i = 0; i < parts.size(); ++i) {
        const QRegularExpressionMatch m = segment.match(parts.at(i));
        const TemplateField *field = nullptr;
        if (m.hasMatch() && level) {
            for (const TemplateField &f : *level) {
                if (f.id == m.captured(1))
                    field = &f;
            }
        }
        if (!field) {
            *error = QCoreApplication::translate("DocumentForm", "表单中没有“%1”这一项。").arg(path);
            return false;
        }
        Step step{field, -1};
        const bool last = i == parts.size() - 1;
        if (!m.captured(2).isEmpty()) {
            step.index = m.captured(2).toInt();
            QList<Step> group = *steps;
            group << Step{field, -1};
            if (field->type != FieldType::Repeat || step.index >= valueAt(group).toArray().size()) {
                *error = QCoreApplication::translate("DocumentForm", "表单中没有“%1”这一项。").arg(path);
                return false;
            }
        } else if (!last) {
            *error = QCoreApplication::translate("DocumentForm", "表单中没有“%1”这一项。").arg(path);
            return false;
        }
        steps->append(step);
        level = &field->fields;
    }
    return !steps->isEmpty();
}

QJsonValue DocumentForm::valueAt(const QList<Step> &steps) const
{
    QJsonValue v = m_values;
    for (const Step &s : steps) {
        v = v.toObject().value(s.field->id);
        if (s.index >= 0)
            v = v.toArray().at(s.index);
    }
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

namespace {

QJsonObject setIn(QJsonObject obj, const QList<const TemplateField *> &fields, const QList<int> &indexes, int i,
                  const QJsonValue &value)
{
    const QString id = fields.at(i)->id;
    const bool last = i == fields.size() - 1;
    if (indexes.at(i) < 0) {
        if (isNothing(value))
            obj.remove(id);
        else
            obj.insert(id, value);
        return obj;
    }
    QJsonArray items = obj.value(id).toArray();
    const int index = indexes.at(i);
    if (index >= items.size())
        return obj;
    items.replace(index, last ? value : QJsonValue(setIn(items.at(index).toObject(), fields, indexes, i + 1, value)));
    obj.insert(id, items);
    return obj;
}

} // namespace

void DocumentForm::setAt(const QList<Step> &steps, const QJsonValue &value)
{
    QList<const TemplateField *> fields;
    QList<int> indexes;
    for (const Step &s : steps) {
        fields << s.field;
        indexes << s.index;
    }
    m_values = setIn(m_values, fields, indexes, 0, value);
}

QJsonValue DocumentForm::value(const QString &path) const
{
    QList<Step> steps;
    QString error;
    return resolve(path, &steps, &error) ? valueAt(steps) : QJsonValue(QJsonValue::Null);
}

QString DocumentForm::pathString(const QList<Step> &steps)
{
    QString path;
    for (const Step &s : steps) {
        if (!path.isEmpty())
            path += QLatin1Char('.');
        path += s.field->id;
        if (s.index >= 0)
            path += QStringLiteral("[%1]").arg(s.index);
    }
    return path;
}

// ---- expressions -------------------------------------------------------------------------

bool DocumentForm::eval(const QString &expression, const Scope &scope, bool withCtx, QJsonValue *result, QString *error)
{
    const QString cacheKey = scope.key() + (withCtx ? QStringLiteral("\nctx\n") : QStringLiteral("\n\n")) + expression;
    auto it = m_params.constFind(cacheKey);
    if (it == m_params.constEnd()) {
        // Only the names the expression reads are converted and passed: a 50-item Q/A list is
        // not copied into the engine for every relevance check.
        const QStringList visible = TemplateChecks::scopeNames(m_tpl, scope.enclosing, withCtx);
        const QStringList used = ExpressionRefs::freeNames(expression);
        QStringList params;
        for (const QString &name : visible) {
            if (used.contains(name))
                params << name;
        }
        it = m_params.insert(cacheKey, params);
    }
    QList<QJsonValue> args;
    for (const QString &name : it.value()) {
        QJsonValue v;
        bool found = false;
        for (int i = scope.enclosing.size() - 1; i >= 0 && !found; --i) {
            for (const TemplateField &f : scope.enclosing.at(i)->fields) {
                if (f.id == name) {
                    v = scope.items.at(i).value(name);
                    found = true;
                    break;
                }
            }
        }
        if (found)
            ;
        else if (name == QLatin1String("today"))
            v = today();
        else if (name == QLatin1String("now"))
            v = now();
        else if (name == QLatin1String("ctx"))
            v = m_ctx;
        else if (name == QLatin1String("item"))
            v = scope.items.last();
        else if (name == QLatin1String("index"))
            v = scope.indexes.last();
        else
            v = m_values.value(name);
        args << (v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
    }
    return m_sandbox.evaluate(expression, it.value(), args, result, error);
}

// ---- defaults ----------------------------------------------------------------------------

QJsonArray DocumentForm::defaultItems(const TemplateField &group, Scope &scope, int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        scope.push(&group, QJsonObject(), i);
        items.append(defaultsFor(group.fields, scope));
        scope.pop();
    }
    return items;
}

QJsonObject DocumentForm::defaultsFor(const QList<TemplateField> &fields, Scope &scope)
{
    // Written as they are made, so a later default may read an earlier one.
    const auto put = [&](const QString &id, const QJsonValue &v) {
        if (scope.enclosing.isEmpty())
            m_values.insert(id, v);
        else
            scope.items.last().insert(id, v);
    };
    for (const TemplateField &f : fields) {
        QJsonValue v;
        if (!f.defaultExpr.isEmpty()) {
            QString error;
            if (!eval(f.defaultExpr, scope, true, &v, &error)) {
                qCWarning(lcDocuments).noquote() << "template" << m_tpl.id << "field" << f.id << "default:" << error;
                v = QJsonValue();
            }
        }
        if (f.type == FieldType::Repeat) {
            QJsonArray items = v.toArray();
            if (items.size() < f.minItems) {
                const QJsonArray more = defaultItems(f, scope, f.minItems - int(items.size()));
                for (const QJsonValue &item : more)
                    items.append(item);
            }
            if (!items.isEmpty())
                put(f.id, items);
        } else if (!isNothing(v)) {
            put(f.id, v);
        }
    }
    return scope.enclosing.isEmpty() ? m_values : scope.items.last();
}

QJsonObject DocumentForm::initialValues()
{
    m_values = QJsonObject();
    Scope top;
    defaultsFor(m_tpl.fields, top);
    refresh();
    return m_values;
}

void DocumentForm::setValues(const QJsonObject &values)
{
    m_values = QJsonObject();
    for (const TemplateField &f : m_tpl.fields) {
        if (values.contains(f.id) && !values.value(f.id).isNull())
            m_values.insert(f.id, values.value(f.id));
    }
    refresh();
}

// ---- editing -----------------------------------------------------------------------------

bool DocumentForm::setValue(const QString &path, const QJsonValue &value, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    QList<Step> steps;
    if (!resolve(path, &steps, &err))
        return false;
    const Step &last = steps.last();
    if (last.index >= 0) {
        err = QCoreApplication::translate("DocumentForm", "“%1”是一整项，请逐个字段填写。").arg(path);
        return false;
    }
    const TemplateField &f = *last.field;
    if (!f.computed.isEmpty()) {
        err = QCoreApplication::translate("DocumentForm", "%1由系统自动计算，不能修改。").arg(f.label);
        return false;
    }
    if (f.readOnly) {
        err = QCoreApplication::translate("DocumentForm", "%1为只读，不能修改。").arg(f.label);
        return false;
    }
    QJsonValue v = value;
    if ((f.type == FieldType::Number || f.type == FieldType::Money) && v.isString()) {
        bool ok = false;
        const QString text = v.toString().trimmed();
        const double d = QLocale::c().toDouble(text, &ok);
        v = text.isEmpty() ? QJsonValue() : ok ? QJsonValue(d) : v;
    }
    setAt(steps, v);
    refresh();
    return true;
}

int DocumentForm::addItem(const QString &groupPath, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    QList<Step> steps;
    if (!resolve(groupPath, &steps, &err))
        return -1;
    const TemplateField &group = *steps.last().field;
    if (group.type != FieldType::Repeat || steps.last().index >= 0) {
        err = QCoreApplication::translate("DocumentForm", "“%1”不是可添加项目的列表。").arg(groupPath);
        return -1;
    }
    QJsonArray items = valueAt(steps).toArray();
    if (group.maxItems > 0 && items.size() >= group.maxItems) {
        err = QCoreApplication::translate("DocumentForm", "%1最多 %2 项，不能再添加。").arg(group.label).arg(group.maxItems);
        return -1;
    }
    Scope scope;
    QList<Step> prefix;
    for (const Step &s : steps) {
        prefix << Step{s.field, -1};
        if (s.index >= 0) {
            scope.push(s.field, valueAt(prefix).toArray().at(s.index).toObject(), s.index);
            prefix.last().index = s.index;
        }
    }
    const int index = int(items.size());
    scope.push(&group, QJsonObject(), index);
    items.append(defaultsFor(group.fields, scope));
    setAt(steps, items);
    refresh();
    return index;
}

bool DocumentForm::removeItem(const QString &groupPath, int index, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    QList<Step> steps;
    if (!resolve(groupPath, &steps, &err))
        return false;
    const TemplateField &group = *steps.last().field;
    QJsonArray items = valueAt(steps).toArray();
    if (group.type != FieldType::Repeat || steps.last().index >= 0 || index < 0 || index >= items.size()) {
        err = QCoreApplication::translate("DocumentForm", "“%1”中没有第 %2 项。").arg(groupPath).arg(index + 1);
        return false;
    }
    if (items.size() <= group.minItems) {
        err = QCoreApplication::translate("DocumentForm", "%1至少需要 %2 项，不能再删除。").arg(group.label).arg(group.minItems);
        return false;
    }
    items.removeAt(index);
    setAt(steps, items.isEmpty() ? QJsonValue() : QJsonValue(items));
    refresh();
    return true;
}

// ---- derived state -----------------------------------------------------------------------
