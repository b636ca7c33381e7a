#pragma once
// ExpressionSandbox: evaluates the JavaScript expressions of a document template (relevance,
// constraints, computed values, defaults) in a fresh QJSEngine that holds only the ECMAScript
// built-ins — no extensions installed, no QObject exposed, so no console, Qt, XMLHttpRequest,
// require, timers, files or network. Each expression is compiled once into a strict-mode function
// whose parameters are the names it may see (field ids, today, now, item, index, ctx); each call
// is cut off by a watchdog thread (QJSEngine::setInterrupted) after the time limit, so an endless
// loop in a template is an error, never a hang. Values cross as QJsonValue.
//
// Lives on, and must be used from, the thread that created it (the engine is not thread-safe);
// only the watchdog's interrupt crosses threads, which QJSEngine allows.

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QJSEngine;
class QJSValue;
class SandboxWatchdog;

class ExpressionSandbox
{
public:
    static constexpr int kDefaultTimeoutMs = 100;

    explicit ExpressionSandbox(int timeoutMs = kDefaultTimeoutMs);
    ~ExpressionSandbox();
    ExpressionSandbox(const ExpressionSandbox &) = delete;
    ExpressionSandbox &operator=(const ExpressionSandbox &) = delete;

    // "" when `expression` is one JavaScript expression (not statements) that compiles, else the
    // engine's message (English, from QJSEngine). Nothing of the expression is run.
    QString checkSyntax(const QString &expression);

    // Evaluates `expression` with names[i] bound to values[i] (names unique, valid identifiers).
    // Returns false with *error (Chinese) on a syntax error, a thrown exception or the time limit.
    bool evaluate(const QString &expression, const QStringList &names, const QList<QJsonValue> &values,
                  QJsonValue *result, QString *error);

    // The global names of the sandbox engine (the ECMAScript built-ins: Math, Date, JSON, …).
    QStringList globalNames() const { return m_globals; }

    int timeoutMs() const { return m_timeoutMs; }

private:
    bool compile(const QString &expression, const QStringList &names, QJSValue *function, QString *error);
    QJSValue guardedEvaluate(const QString &program, bool *timedOut);

    int m_timeoutMs;
    std::unique_ptr<QJSEngine> m_engine;
    std::unique_ptr<SandboxWatchdog> m_watchdog;
    QHash<QString, QJSValue> m_compiled;   // key: names + '\n' + expression
    QStringList m_globals;
};
