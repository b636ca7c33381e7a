#pragma once
// TemplateChecks: the load-time checks of a template's expressions (docspec "Load-time checks"):
// each relevant/constraint/computed/default expression must be one JavaScript expression that
// compiles in the sandbox, every free name it reads must be visible where it is evaluated (a
// field id of its scope, today, now, item/index inside a repeat, ctx in defaults, or an
// ECMAScript built-in), and computed values must not depend on themselves (directly, through
// other computed fields, or through a computed field's relevance). Also the scope rules the
// form uses to bind names, so loader and form cannot disagree.

#include "templatetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class ExpressionSandbox;

namespace TemplateChecks {

using ErrorSink = std::function<void(const QString &fieldPath, const QString &message)>;

void checkExpressions(const DocumentTemplate &t, ExpressionSandbox &sandbox, const ErrorSink &error);

// The names an expression sees, in parameter order and unique: the top-level field ids, then the
// fields of each enclosing repeat from outer to inner (an inner id shadows an outer one), then
// today, now, then item and index when inside a repeat, then ctx when withCtx (defaults).
QStringList scopeNames(const DocumentTemplate &t, const QList<const TemplateField *> &enclosing, bool withCtx);

} // namespace TemplateChecks
