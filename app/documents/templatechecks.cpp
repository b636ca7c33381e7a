#include "templatechecks.h"

#include "expressionrefs.h"
#include "expressionsandbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace TemplateChecks {

namespace {

struct Expr {
    const char *key;
    QString TemplateField::*member;
};

const Expr kExpressions[] = {
    {"relevant", &TemplateField::relevant},
    {"constraint", &TemplateField::constraint},
    {"computed", &TemplateField::computed},
    {"default", &TemplateField::defaultExpr},
};

// One field with where it sits: its qualified path ("items.qty") and its enclosing repeats.
struct Located {
    const TemplateField *field;
    QString path;
    QList<const TemplateField *> enclosing;
};

void collect(const QList<TemplateField> &fields, const QString &prefix, const QList<const TemplateField *> &enclosing,
             QList<Located> *out)
{
    for (const TemplateField &f : fields) {
        const QString path = prefix.isEmpty() ? f.id : prefix + QLatin1Char('.') + f.id;
        out->append({&f, path, enclosing});
        if (f.type == FieldType::Repeat) {
            QList<const TemplateField *> inner = enclosing;
            inner << &f;
            collect(f.fields, path, inner, out);
        }
    }
}

// The qualified path a free name resolves to from a scope, or "" for a non-field name.
QString resolve(const DocumentTemplate &t, const QList<const TemplateField *> &enclosing, const QString &name)
{
    for (int i = enclosing.size() - 1; i >= 0; --i) {
        for (const TemplateField &f : enclosing.at(i)->fields) {
            if (f.id == name) {
                QStringList parts;
                for (int j = 0; j <= i; ++j)
                    parts << enclosing.at(j)->id;
                return parts.join(QLatin1Char('.')) + QLatin1Char('.') + name;
            }
        }
    }
    return t.field(name) ? name : QString();
}

// Depth-first search for a cycle among computed fields; reports each cycle once.
class CycleFinder
{
public:
    CycleFinder(const QHash<QString, QStringList> &edges, const ErrorSink &error) : m_edges(edges), m_error(error) {}

    void run()
    {
        QStringList nodes = m_edges.keys();
        nodes.sort();
        for (const QString &n : std::as_const(nodes)) {
            if (m_state.value(n) == 0)
                visit(n);
        }
    }

private:
    void visit(const QString &node)
    {
        m_state[node] = 1;
        m_stack << node;
        for (const QString &next : m_edges.value(node)) {
            const int s = m_state.value(next);
            if (s == 1) {
                QStringList cycle = m_stack.mid(m_stack.indexOf(next));
                cycle << next;
                m_error(next, QCoreApplication::translate("TemplateChecks", "计算字段循环依赖：%1。请去掉其中一个引用。").arg(cycle.join(QStringLiteral(" → "))));
            } else if (s == 0 && m_edges.contains(next)) {
                visit(next);
            }
        }
        m_stack.removeLast();
        m_state[node] = 2;
    }

    const QHash<QString, QStringList> &m_edges;
    const ErrorSink &m_error;
    QHash<QString, int> m_state;   // 0 new, 1 on the stack, 2 done
    QStringList m_stack;
};

} // namespace

QStringList scopeNames(const DocumentTemplate &t, const QList<const TemplateField *> &enclosing, bool withCtx)
{
    QStringList names;
    for (const TemplateField &f : t.fields)
        names << f.id;
    for (const TemplateField *group : enclosing) {
        for (const TemplateField &f : group->fields) {
            names.removeAll(f.id);
            names << f.id;
        }
    }
    names << QStringLiteral("today") << QStringLiteral("now");
    if (!enclosing.isEmpty())
        names << QStringLiteral("item") << QStringLiteral("index");
    if (withCtx)
        names << QStringLiteral("ctx");
    return names;
}

void checkExpressions(const DocumentTemplate &t, ExpressionSandbox &sandbox, const ErrorSink &error)
{
    QList<Located> all;
    collect(t.fields, QString(), {}, &all);

    QHash<QString, QStringList> edges;   // computed field path → the computed paths it reads
    QHash<QString, QStringList> computedUnder;   // repeat path → its computed descendants
    for (const Located &l : std::as_const(all)) {
        if (l.field->computed.isEmpty())
            continue;
        edges.insert(l.path, {});
        QString prefix = l.path;
        while (prefix.contains(QLatin1Char('.'))) {
            prefix = prefix.left(prefix.lastIndexOf(QLatin1Char('.')));
            computedUnder[prefix] << l.path;
        }
    }

    for (const Located &l : std::as_const(all)) {
        for (const Expr &e : kExpressions) {
            const QString expression = l.field->*e.member;
            if (expression.isEmpty())
                continue;
            const QString key = QString::fromLatin1(e.key);
            const QString syntax = sandbox.checkSyntax(expression);
            if (!syntax.isEmpty()) {
                error(l.path, QCoreApplication::translate("TemplateChecks", "表达式“%1”有语法错误：%2（表达式：%3）").arg(key, syntax, expression));
                continue;
            }
            const bool isDefault = e.member == &TemplateField::defaultExpr;
            const QStringList visible = scopeNames(t, l.enclosing, isDefault);
            for (const QString &name : ExpressionRefs::freeNames(expression)) {
                if (visible.contains(name) || ExpressionRefs::builtinGlobals().contains(name))
                    continue;
                if (name == QLatin1String("ctx"))
                    error(l.path, QCoreApplication::translate("TemplateChecks", "表达式“%1”用了 ctx：案件数据只能在默认值（default）中使用。").arg(key));
                else
                    error(l.path, QCoreApplication::translate("TemplateChecks", "表达式“%1”引用了不存在的字段“%2”（此处可用：%3）。")
                                      .arg(key, name, visible.join(QStringLiteral(", "))));
            }
            // A computed value depends on what its expression reads, and on its own relevance.
            const bool feedsValue = e.member == &TemplateField::computed
                || (e.member == &TemplateField::relevant && !l.field->computed.isEmpty());
            if (!feedsValue)
                continue;
            for (const QString &name : ExpressionRefs::freeNames(expression)) {
                const QString target = resolve(t, l.enclosing, name);
                if (target.isEmpty())
                    continue;
                if (edges.contains(target))
                    edges[l.path] << target;
                edges[l.path] += computedUnder.value(target);
            }
        }
    }
    CycleFinder(edges, error).run();
}

} // namespace TemplateChecks
