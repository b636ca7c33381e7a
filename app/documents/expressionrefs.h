#pragma once
// ExpressionRefs: a best-effort scan of a JavaScript expression for the free names it reads, so
// the loader can refuse a template whose expression names a field that does not exist, and can
// see which fields a computed value depends on (cycle check). Not a parser — the sandbox's
// QJSEngine decides syntax; this only tokenises: strings, template literals, comments and regex
// literals are skipped; names after '.', object-literal keys and locally declared names (arrow
// and function parameters, var/let/const, catch) are not references; keywords are dropped.

#include <QSet>
#include <QString>
#include <QStringList>

namespace ExpressionRefs {

// Free identifiers in order of first appearance, without keywords and local declarations.
QStringList freeNames(const QString &expression);

// ECMAScript reserved words and literals (true, null, …): never field ids, never references.
const QSet<QString> &keywords();

// The global names of a fresh QJSEngine (Math, Date, JSON, parseInt, …), which expressions may
// use and field ids may not shadow.
const QSet<QString> &builtinGlobals();

} // namespace ExpressionRefs
