#include "casedeadlines.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "caseslogging.h"

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

QString stepRuleKey(CaseType type, CaseStep step)
{
    return CaseLifecycle::typeKey(type) + QLatin1Char('/') + CaseLifecycle::stepKey(step);
}

// "30d" / "4h" → seconds; -1 when malformed.
qint64 parseDuration(const QString &text, bool *hours)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*([dh])\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    *hours = m.captured(2) == QLatin1String("h");
    return m.captured(1).toLongLong() * (*hours ? kHour : kDay);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

QString CaseDeadlines::embeddedPath()
{
    return QStringLiteral(":/cases/deadlines.json");
}

bool CaseDeadlines::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("无法读取办案期限配置 %1（%2）。").arg(path, f.errorString());
        return false;
    }
    if (!loadJson(f.readAll(), error)) {
        *error = tr("办案期限配置 %1 有误：%2").arg(path, *error);
        return false;
    }
    return true;
}

bool CaseDeadlines::loadDefault(const QString &dataDir, QString *error)
{
    error->clear();
    const QString overridePath = QDir(dataDir).filePath(QStringLiteral("deadlines.json"));
    if (!dataDir.isEmpty() && QFileInfo::exists(overridePath)) {
        if (loadFile(overridePath, error))
            return true;
        qCWarning(lcCases) << "deadline override not used:" << *error;
    }
    QString embeddedError;
    if (!loadFile(embeddedPath(), &embeddedError)) {
        *error = embeddedError;
        return false;
    }
    return true;
}

bool CaseDeadlines::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("JSON 格式错误（第 %1 个字符附近：%2）。").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject types = doc.object().value(QLatin1String("types")).toObject();
    QHash<QString, DeadlineRule> steps;
    QHash<QString, DeadlineRule> whole;

    auto readRule = [&](const QJsonObject &o, const QString &where, DeadlineRule *rule) {
        bool limitHours = false;
        bool warnHours = false;
        rule->limitSecs = parseDuration(o.value(QLatin1String("limit")).toString(), &limitHours);
        rule->warnSecs = parseDuration(o.value(QLatin1String("warn")).toString(QStringLiteral("0d")), &warnHours);
        Q_UNUSED(warnHours)
        // Short limits (under two days: the summary procedure's) are counted in hours.
        rule->inHours = limitHours || rule->limitSecs < 2 * kDay;
        rule->basis = o.value(QLatin1String("basis")).toString();
        if (rule->limitSecs <= 0 || rule->warnSecs < 0 || rule->warnSecs >= rule->limitSecs) {
            *error = tr("%1 的期限无效（limit 须为正数，如 \"30d\" 或 \"4h\"；warn 须小于 limit）。").arg(where);
            return false;
        }
        return true;
    };

    for (auto it = types.begin(); it != types.end(); ++it) {
        CaseType type;
        if (!CaseLifecycle::typeFromKey(it.key(), &type)) {
            *error = tr("未知的案件类型“%1”。").arg(it.key());
            return false;
        }
        const QJsonObject typeObject = it.value().toObject();
        const QJsonObject stepObjects = typeObject.value(QLatin1String("steps")).toObject();
        for (auto s = stepObjects.begin(); s != stepObjects.end(); ++s) {
            CaseStep step;
            if (!CaseLifecycle::stepFromKey(s.key(), &step) || !CaseLifecycle::path(type).contains(step)) {
                *error = tr("%1没有环节“%2”。").arg(CaseLifecycle::typeLabel(type), s.key());
                return false;
            }
            DeadlineRule rule;
            if (!readRule(s.value().toObject(), it.key() + QLatin1Char('/') + s.key(), &rule))
                return false;
            steps.insert(stepRuleKey(type, step), rule);
        }
        if (typeObject.contains(QLatin1String("whole"))) {
            const QJsonObject w = typeObject.value(QLatin1String("whole")).toObject();
            DeadlineRule rule;
            if (!readRule(w, it.key() + QLatin1String("/whole"), &rule))
                return false;
            if (!CaseLifecycle::stepFromKey(w.value(QLatin1String("until")).toString(QStringLiteral("closed")), &rule.until)) {
                *error = tr("%1 的 until 环节无效。").arg(it.key() + QLatin1String("/whole"));
                return false;
            }
            whole.insert(it.key(), rule);
        }
    }
    m_version = doc.object().value(QLatin1String("version")).toString();
    m_steps = steps;
    m_whole = whole;
    return true;
}

bool CaseDeadlines::hasStepRule(CaseType type, CaseStep step) const
{
    return m_steps.contains(stepRuleKey(type, step));
}

DeadlineRule CaseDeadlines::stepRule(CaseType type, CaseStep step) const
{
    return m_steps.value(stepRuleKey(type, step));
}

QString CaseDeadlines::durationText(qint64 secs, bool inHours)
{
    // Hours read well up to two days; beyond that (a long-overdue summary case) days do.
    if (inHours && secs < 2 * kDay)
        return tr("%1 小时").arg(secs / kHour);
    return tr("%1 天").arg(secs / kDay);
}

DeadlineState CaseDeadlines::evaluateRule(const DeadlineRule &rule, const QString &what, qint64 elapsedSecs) const
{
    DeadlineState state;
    state.secondsLeft = rule.limitSecs - elapsedSecs;
    const qint64 unit = rule.inHours ? kHour : kDay;
    if (state.secondsLeft < 0) {
        state.level = 2;
        // Any part of a unit past the limit counts as one: "已超期 1 天" from the first second.
        const QString over = durationText(ceilDiv(-state.secondsLeft, unit) * unit, rule.inHours);
        state.text = what.isEmpty()
            ? tr("已超过 %1办案期限 %2").arg(durationText(rule.limitSecs, rule.inHours), over)
            : tr("%1已超期 %2").arg(what, over);
    } else if (state.secondsLeft <= rule.warnSecs) {
        state.level = 1;
        const qint64 left = qMax<qint64>(1, ceilDiv(state.secondsLeft, unit));
        const QString spent = durationText(elapsedSecs / unit * unit, rule.inHours);
        state.text = what.isEmpty()
            ? tr("立案已 %1，%2后超过 %3办案期限").arg(spent, durationText(left * unit, rule.inHours),
                                                  durationText(rule.limitSecs, rule.inHours))
            : tr("%1已 %2，%3后超期").arg(what, spent, durationText(left * unit, rule.inHours));
    }
    return state;
}

DeadlineState CaseDeadlines::evaluate(CaseType type, CaseStep status, const QDateTime &statusSince,
                                      const QDateTime &filedAt, const QDateTime &now) const
{
    DeadlineState worst;
    if (status == CaseStep::Closed || !now.isValid())
        return worst;
    if (hasStepRule(type, status) && statusSince.isValid()) {
        worst = evaluateRule(stepRule(type, status), CaseLifecycle::stepLabel(status), statusSince.secsTo(now));
        worst.stepKey = CaseLifecycle::stepKey(status);
    }
    const auto w = m_whole.constFind(CaseLifecycle::typeKey(type));
    if (w != m_whole.constEnd() && filedAt.isValid()) {
        const QList<CaseStep> path = CaseLifecycle::path(type);
        // The whole-case clock stops once the case has entered its 'until' step.
        if (path.indexOf(status) < path.indexOf(w->until)) {
            DeadlineState whole = evaluateRule(*w, QString(), filedAt.secsTo(now));
            if (whole.level > worst.level || (whole.level == worst.level && whole.level > 0 && whole.secondsLeft < worst.secondsLeft))
                worst = whole;
        }
    }
    if (worst.level == 0) {
        worst.text.clear();
        worst.secondsLeft = 0;
    }
    return worst;
}
