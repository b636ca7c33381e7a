#pragma once
// Private to DocumentForm's two source files (documentform.cpp: values, paths, expressions and
// editing; documentformstate.cpp: computed values, relevance, validation, rows): the scope an
// expression runs in, and how values count as true or empty.

#include "documentform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace FormValues {

inline bool truthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

inline bool isNothing(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

} // namespace FormValues

// Where an expression is evaluated: the enclosing repeat items, outer to inner.
struct DocumentForm::Scope {
    QList<const TemplateField *> enclosing;
    QList<QJsonObject> items;
    QList<int> indexes;

    QString key() const
    {
        QStringList ids;
        for (const TemplateField *f : enclosing)
            ids << f->id;
        return ids.join(QLatin1Char('.'));
    }
    void push(const TemplateField *group, const QJsonObject &item, int index)
    {
        enclosing << group;
        items << item;
        indexes << index;
    }
    void pop()
    {
        enclosing.removeLast();
        items.removeLast();
        indexes.removeLast();
    }
};
