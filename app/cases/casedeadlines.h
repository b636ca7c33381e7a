#pragma once
// CaseDeadlines: how long a case may stay in each step, per type, and how long before the limit
// to warn (预警); past the limit is an alarm (报警). Some types also have a whole-case limit
// that runs from filing until a given step is entered (general procedure: 90 days from filing
// to the decision, 行政处罚法 第六十条).
//
// Rules come from JSON (resources/cases/deadlines.json, embedded as :/cases/deadlines.json); a
// deadlines.json in the data directory replaces the embedded file as a whole, so an agency can
// tighten its own limits. Durations are "30d" or "4h". Evaluation is pure: the caller passes
// "now" (from the injected clock), so tests move time without sleeping.

#include "caselifecycle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

struct DeadlineRule {
    qint64 limitSecs = 0;
    qint64 warnSecs = 0;       // warn when this close to the limit
    bool inHours = false;      // texts count hours (a limit in hours or under two days)
    QString basis;             // why, for the detail page
    CaseStep until = CaseStep::Closed;   // whole-case rule only: stops when this step is entered
};

struct DeadlineState {
    int level = 0;             // 0 ok, 1 预警 warn (near), 2 报警 alarm (past)
    QString text;              // Chinese: "调查取证已 28 天，2 天后超期" / "送达已超期 3 天"
    QString stepKey;           // the step the warning is about ("" for the whole-case limit)
    qint64 secondsLeft = 0;    // negative when past
};

class CaseDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(CaseDeadlines)
public:
    static QString embeddedPath();   // ":/cases/deadlines.json"

    bool loadJson(const QByteArray &json, QString *error);
    bool loadFile(const QString &path, QString *error);
    // The data directory's deadlines.json when it exists and is valid, else the embedded one.
    // *error tells why an override present in dataDir was not used ("" otherwise).
    bool loadDefault(const QString &dataDir, QString *error);

    QString version() const { return m_version; }
    bool hasStepRule(CaseType type, CaseStep step) const;
    DeadlineRule stepRule(CaseType type, CaseStep step) const;

    // The worst state over the current step's rule and the whole-case rule. Closed cases are
    // always level 0.
    DeadlineState evaluate(CaseType type, CaseStep status, const QDateTime &statusSince,
                           const QDateTime &filedAt, const QDateTime &now) const;

    // "30 天" / "4 小时", as the texts count (hours only below two days).
    static QString durationText(qint64 secs, bool inHours);

private:
    // what: the step's label, or empty for the whole-case rule (its texts name the limit).
    DeadlineState evaluateRule(const DeadlineRule &rule, const QString &what, qint64 elapsedSecs) const;

    QString m_version;
    QHash<QString, DeadlineRule> m_steps;   // "type/step"
    QHash<QString, DeadlineRule> m_whole;   // "type"
};
