#include "caselifecycle.h"

namespace CaseLifecycle {

namespace {

struct StepName {
    CaseStep step;
    const char *key;
};

constexpr StepName kSteps[] = {
    {CaseStep::Filed, "filed"},       {CaseStep::Investigating, "investigating"},
    {CaseStep::Notified, "notified"}, {CaseStep::Decided, "decided"},
    {CaseStep::Served, "served"},     {CaseStep::Executed, "executed"},
    {CaseStep::Closed, "closed"},
};

} // namespace

QString typeKey(CaseType type)
{
    switch (type) {
    case CaseType::Inspection: return QStringLiteral("inspection");
    case CaseType::Summary: return QStringLiteral("summary");
    case CaseType::General: return QStringLiteral("general");
    }
    return QString();
}

bool typeFromKey(const QString &key, CaseType *out)
{
    for (CaseType t : allTypes()) {
        if (typeKey(t) == key) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString typeLabel(CaseType type)
{
    switch (type) {
    case CaseType::Inspection: return QCoreApplication::translate("CaseLifecycle", "检查");
    case CaseType::Summary: return QCoreApplication::translate("CaseLifecycle", "简易程序");
    case CaseType::General: return QCoreApplication::translate("CaseLifecycle", "一般程序");
    }
    return QString();
}

QList<CaseType> allTypes()
{
    return {CaseType::Inspection, CaseType::Summary, CaseType::General};
}

QString stepKey(CaseStep step)
{
    for (const StepName &s : kSteps) {
        if (s.step == step)
            return QLatin1String(s.key);
    }
    return QString();
}

bool stepFromKey(const QString &key, CaseStep *out)
{
    for (const StepName &s : kSteps) {
        if (key == QLatin1String(s.key)) {
            *out = s.step;
            return true;
        }
    }
    return false;
}

QString stepLabel(CaseStep step)
{
    switch (step) {
    case CaseStep::Filed: return QCoreApplication::translate("CaseLifecycle", "立案");
    case CaseStep::Investigating: return QCoreApplication::translate("CaseLifecycle", "调查取证");
    case CaseStep::Notified: return QCoreApplication::translate("CaseLifecycle", "告知");
    case CaseStep::Decided: return QCoreApplication::translate("CaseLifecycle", "决定");
    case CaseStep::Served: return QCoreApplication::translate("CaseLifecycle", "送达");
    case CaseStep::Executed: return QCoreApplication::translate("CaseLifecycle", "执行");
    case CaseStep::Closed: return QCoreApplication::translate("CaseLifecycle", "结案");
    }
    return QString();
}

QList<CaseStep> allSteps()
{
    QList<CaseStep> out;
    for (const StepName &s : kSteps)
        out << s.step;
    return out;
}

QList<CaseStep> path(CaseType type)
{
    switch (type) {
    case CaseType::General:
        return {CaseStep::Filed, CaseStep::Investigating, CaseStep::Notified, CaseStep::Decided,
                CaseStep::Served, CaseStep::Executed, CaseStep::Closed};
    case CaseType::Summary:
        return {CaseStep::Filed, CaseStep::Notified, CaseStep::Decided, CaseStep::Served, CaseStep::Closed};
    case CaseType::Inspection:
        return {CaseStep::Filed, CaseStep::Investigating, CaseStep::Closed};
    }
    return {};
}

QList<CaseStep> nextSteps(CaseType type, CaseStep from)
{
    const QList<CaseStep> p = path(type);
    const int i = p.indexOf(from);
    if (i < 0 || i + 1 >= p.size())
        return {};
    return {p.at(i + 1)};
}

bool canAdvance(CaseType type, CaseStep from, CaseStep to)
{
    return nextSteps(type, from).contains(to);
}

QList<CaseStep> requiredCoverage(CaseType type)
{
    switch (type) {
    case CaseType::General: return {CaseStep::Investigating, CaseStep::Notified, CaseStep::Served};
    case CaseType::Summary: return {CaseStep::Notified, CaseStep::Decided, CaseStep::Served};
    case CaseType::Inspection: return {CaseStep::Investigating};
    }
    return {};
}

QString refusal(CaseType type, CaseStep from, CaseStep to)
{
    if (canAdvance(type, from, to))
        return QString();
    const QList<CaseStep> p = path(type);
    if (from == CaseStep::Closed)
        return QCoreApplication::translate("CaseLifecycle", "案件已结案，不能再转入“%1”。").arg(stepLabel(to));
    if (from == to)
        return QCoreApplication::translate("CaseLifecycle", "案件已处于“%1”环节，无需重复办理。").arg(stepLabel(to));
    if (!p.contains(to))
        return QCoreApplication::translate("CaseLifecycle", "%1案件没有“%2”环节，不能从“%3”转入“%2”。")
            .arg(typeLabel(type), stepLabel(to), stepLabel(from));
    if (p.indexOf(to) <= p.indexOf(from))
        return QCoreApplication::translate("CaseLifecycle", "案件已处于“%1”，不能退回“%2”。环节只能依次向前推进。")
            .arg(stepLabel(from), stepLabel(to));
    const QList<CaseStep> next = nextSteps(type, from);
    return QCoreApplication::translate("CaseLifecycle", "不能从“%1”直接转入“%2”，请先完成“%3”。")
        .arg(stepLabel(from), stepLabel(to), next.isEmpty() ? QString() : stepLabel(next.first()));
}

} // namespace CaseLifecycle
