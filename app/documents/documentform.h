#pragma once
// DocumentForm: one document being filled from a template — the values, and after every change
// the derived state, in this order: defaults (once, from the case context) → computed values →
// relevance → validation. Paths address values: "fieldId", "group[2].fieldId", "group[2]" (an
// item). rows() is the flattened list the UI shows (only relevant rows), issues() every problem
// with its path and a Chinese message naming the field, isComplete() whether it may be locked.
//
// Expressions run in the form's own ExpressionSandbox (a QJSEngine on the caller's thread), so a
// form lives on one thread. Plain synchronous C++; the clock is injected so tests can pin today.

#include "expressionsandbox.h"
#include "templatetypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct FormRow {
    enum Kind { Field, Group, Item, Add };
    Kind kind = Field;
    QString path;                          // "a", "qa", "qa[2]", "qa[2].q"; Add rows: the group path
    const TemplateField *field = nullptr;  // the field; for Group/Item/Add rows the repeat field
    QJsonValue value;                      // Item rows: the item object
    QString label;                         // field label; Item rows: itemLabel with the number ("第 3 问")
    QString error;                         // Chinese, "" when fine
    bool required = false;
    int depth = 0;                         // 0 top level; items of a top-level group are 1, their fields 2
    int itemIndex = -1;                    // the innermost item index (Item rows and fields inside items), else -1

    static QString kindKey(Kind kind);     // "field" | "group" | "item" | "add"
};

struct FormIssue {
    QString path;
    QString message;
};

class DocumentForm
{
public:
    using Clock = std::function<QDateTime()>;

    // tpl must outlive the form (rows point into it). ctx is what defaults see as `ctx`
    // (docspec: case, officers, agency, deviceId). The values start empty: call
    // initialValues() for a new document or setValues() for a saved draft.
    DocumentForm(const DocumentTemplate &tpl, const QJsonObject &ctx, Clock clock = {});

    const DocumentTemplate &documentTemplate() const { return m_tpl; }

    // Resets the values to the template's defaults (repeats get minItems items) and returns them.
    QJsonObject initialValues();
    // Replaces the values (a saved draft); keys that are not fields are dropped.
    void setValues(const QJsonObject &values);
    QJsonObject values() const { return m_values; }
    // The values without the fields that are not relevant (what gets printed and hashed).
    QJsonObject relevantValues() const;

    QJsonValue value(const QString &path) const;
    // Sets one value. Refused (false, *error in Chinese) for an unknown path, a computed or
    // read-only field. Number/money text is stored as a number when it parses; "" clears.
    bool setValue(const QString &path, const QJsonValue &value, QString *error = nullptr);
    // Appends an item (with its defaults) to the repeat at groupPath; returns its index or -1.
    int addItem(const QString &groupPath, QString *error = nullptr);
    bool removeItem(const QString &groupPath, int index, QString *error = nullptr);

    QList<FormRow> rows() const;
    QList<FormIssue> issues() const { return m_issues; }
    QString errorAt(const QString &path) const { return m_errors.value(path); }
    bool isRelevant(const QString &path) const;
    bool isComplete() const { return m_issues.isEmpty(); }
    // Relevant required signature fields neither signed nor refused with a reason.
    QStringList missingSignatures() const;

    QString today() const;   // "yyyy-MM-dd" by the injected clock
    QString now() const;     // "yyyy-MM-ddTHH:mm"

private:
    struct Scope;
    struct Step {
        const TemplateField *field = nullptr;
        int index = -1;   // -1: the field itself; ≥0: one item of a repeat
    };

    static QString pathString(const QList<Step> &steps);
    bool resolve(const QString &path, QList<Step> *steps, QString *error) const;
    QJsonValue valueAt(const QList<Step> &steps) const;
    void setAt(const QList<Step> &steps, const QJsonValue &value);

    bool eval(const QString &expression, const Scope &scope, bool withCtx, QJsonValue *result, QString *error);
    QJsonObject defaultsFor(const QList<TemplateField> &fields, Scope &scope);
    QJsonArray defaultItems(const TemplateField &group, Scope &scope, int count);
    bool computeLevel(const QList<TemplateField> &fields, const QList<Step> &prefix, Scope &scope);
    void validateLevel(const QList<TemplateField> &fields, const QList<Step> &prefix, Scope &scope, bool relevant,
                       int depth);
    void refresh();

    const DocumentTemplate &m_tpl;
    QJsonObject m_ctx;
    Clock m_clock;
    ExpressionSandbox m_sandbox;
    QJsonObject m_values;

    // Derived by refresh().
    QList<FormRow> m_rows;
    QList<FormIssue> m_issues;
    QHash<QString, QString> m_errors;       // path → first error
    QHash<QString, QString> m_computeErrors;   // path → why its computed value failed
    QHash<QString, bool> m_relevant;        // path → relevant (every field and item path)
    QHash<QString, QStringList> m_params;   // scope key + expression → the names it is given
};
