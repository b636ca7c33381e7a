#include "expressionsandbox.h"

#include "documentslogging.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJSValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

// One watchdog thread per sandbox: arm() before running JavaScript, disarm() after; when the
// deadline passes while armed it interrupts the engine (the one cross-thread call QJSEngine
// documents as safe). A condition variable, not a timer, so it needs no event loop.
class SandboxWatchdog
{
public:
    SandboxWatchdog(QJSEngine *engine, int timeoutMs)
        : m_engine(engine), m_timeout(timeoutMs), m_thread([this] { run(); })
    {
    }
    ~SandboxWatchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_one();
        m_thread.join();
    }

    void arm()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_armed = true;
            m_deadline = std::chrono::steady_clock::now() + m_timeout;
        }
        m_cv.notify_one();
    }

    void disarm()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_armed = false;
    }

private:
    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_stop) {
            if (!m_armed) {
                m_cv.wait(lock);
                continue;
            }
            const auto deadline = m_deadline;
            m_cv.wait_until(lock, deadline);
            if (m_armed && !m_stop && std::chrono::steady_clock::now() >= m_deadline) {
                m_engine->setInterrupted(true);
                m_armed = false;
            }
        }
    }

    QJSEngine *m_engine;
    const std::chrono::milliseconds m_timeout;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_armed = false;
    bool m_stop = false;
    std::chrono::steady_clock::time_point m_deadline;
    std::thread m_thread;   // last: started once the members above exist
};

namespace {

// The function an expression becomes. Strict mode: assigning to an undeclared name throws
// instead of creating a global. The result is wrapped so a thrown non-Error value (throw 5) is
// still told apart from a result.
QString functionSource(const QString &expression, const QStringList &names)
{
    return QStringLiteral("(function(%1) { \"use strict\"; try { return [0, (\n%2\n)]; } "
                          "catch (e) { return [1, String(e)]; } })")
        .arg(names.join(QLatin1Char(',')), expression);
}

QJsonValue toJson(const QJSValue &value)
{
    if (value.isUndefined() || value.isNull() || value.isCallable())
        return QJsonValue::Null;
    if (value.isBool())
        return value.toBool();
    if (value.isNumber()) {
        const double d = value.toNumber();
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    if (value.isString())
        return value.toString();
    if (value.isDate())
        return value.toDateTime().toString(Qt::ISODate);
    return QJsonValue::fromVariant(value.toVariant());
}

} // namespace

ExpressionSandbox::ExpressionSandbox(int timeoutMs)
    : m_timeoutMs(timeoutMs), m_engine(std::make_unique<QJSEngine>())
{
    // No installExtensions(): the fresh engine has only the ECMAScript built-ins. Freezing them
    // keeps one expression from redefining Math.max or Array.prototype for the next one.
    m_watchdog = std::make_unique<SandboxWatchdog>(m_engine.get(), m_timeoutMs);
    bool timedOut = false;
    const QJSValue names = guardedEvaluate(QStringLiteral(
        "(function(g) { var names = Object.getOwnPropertyNames(g);"
        " names.forEach(function(n) { var v = g[n];"
        "   if (v !== null && (typeof v === 'object' || typeof v === 'function')) {"
        "     Object.freeze(v); if (v.prototype) Object.freeze(v.prototype); } });"
        " Object.freeze(g); return names.join(','); })(this)"), &timedOut);
    if (names.isError())
        qCWarning(lcDocuments) << "sandbox: could not freeze the built-ins:" << names.toString();
    else
        m_globals = names.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

ExpressionSandbox::~ExpressionSandbox() = default;

QJSValue ExpressionSandbox::guardedEvaluate(const QString &program, bool *timedOut)
{
    m_watchdog->arm();
    QJSValue result = m_engine->evaluate(program);
    m_watchdog->disarm();
    *timedOut = m_engine->isInterrupted() && result.isError();
    m_engine->setInterrupted(false);
    return result;
}

QString ExpressionSandbox::checkSyntax(const QString &expression)
{
    if (expression.trimmed().isEmpty())
        return QCoreApplication::translate("ExpressionSandbox", "表达式为空");
    // Compiled twice, never called: once as the function it will become, once inside an array
    // literal. Text that closes the wrapper's parenthesis to smuggle in statements cannot be
    // valid in both.
    bool timedOut = false;
    for (const QString &program : {functionSource(expression, {}),
                                   QStringLiteral("(function() { return [\n%1\n]; })").arg(expression)}) {
        const QJSValue v = guardedEvaluate(program, &timedOut);
        if (timedOut)
            return QCoreApplication::translate("ExpressionSandbox", "编译超时");
        if (v.isError())
            return v.toString();
        if (!v.isCallable())
            return QCoreApplication::translate("ExpressionSandbox", "不是一个表达式");
    }
    return QString();
}

bool ExpressionSandbox::compile(const QString &expression, const QStringList &names, QJSValue *function,
                                QString *error)
{
    const QString key = names.join(QLatin1Char(',')) + QLatin1Char('\n') + expression;
    const auto it = m_compiled.constFind(key);
    if (it != m_compiled.constEnd()) {
        *function = it.value();
        return true;
    }
    const QString syntax = checkSyntax(expression);
    if (!syntax.isEmpty()) {
        *error = QCoreApplication::translate("ExpressionSandbox", "表达式语法错误：%1").arg(syntax);
        return false;
    }
    bool timedOut = false;
    const QJSValue f = guardedEvaluate(functionSource(expression, names), &timedOut);
    if (f.isError() || !f.isCallable()) {
        *error = QCoreApplication::translate("ExpressionSandbox", "表达式无法编译：%1").arg(f.toString());
        return false;
    }
    m_compiled.insert(key, f);
    *function = f;
    return true;
}

bool ExpressionSandbox::evaluate(const QString &expression, const QStringList &names, const QList<QJsonValue> &values,
                                 QJsonValue *result, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (names.size() != values.size()) {
        err = QCoreApplication::translate("ExpressionSandbox", "表达式参数数目不符");
        return false;
    }
    QJSValue function;
    if (!compile(expression, names, &function, &err))
        return false;

    QJSValueList args;
    args.reserve(values.size());
    for (const QJsonValue &v : values)
        args << (v.isUndefined() ? QJSValue(QJSValue::NullValue) : m_engine->toScriptValue(v));

    m_watchdog->arm();
    const QJSValue out = function.call(args);
    m_watchdog->disarm();
    const bool interrupted = m_engine->isInterrupted();
    m_engine->setInterrupted(false);

    if (out.isError() || !out.isArray()) {
        err = interrupted ? QCoreApplication::translate("ExpressionSandbox", "表达式运行超过 %1 毫秒已被中止（可能是死循环），请检查模板。").arg(m_timeoutMs)
                          : QCoreApplication::translate("ExpressionSandbox", "表达式运行出错：%1").arg(out.toString());
        return false;
    }
    if (out.property(0).toInt() != 0) {
        err = QCoreApplication::translate("ExpressionSandbox", "表达式运行出错：%1").arg(out.property(1).toString());
        return false;
    }
    if (result)
        *result = toJson(out.property(1));
    return true;
}
