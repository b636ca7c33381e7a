#pragma once
// CaseLifecycle: the case types, their steps, and the only transitions allowed between them.
//
// Transition table (forward only, one step at a time, along the type's path):
//
//   general    一般程序   filed → investigating → notified → decided → served → executed → closed
//   summary    简易程序   filed → notified → decided → served → closed
//   inspection 检查       filed → investigating → closed
//
// Why these paths:
// - General procedure (行政处罚法 第五章第三节): the facts are investigated (第五十四、五十五条), the
//   party is told of the intended penalty and their rights (告知, 第四十四、六十二条), the decision
//   is made (第五十七条), served (第六十一条), executed (payment or enforcement, 第六十六条起), and
//   only then is the case closed.
// - Summary procedure (第五十一、五十二条) happens on the spot: the officer notifies, decides and
//   serves in one visit; there is no separate investigation and the payment is not a step of
//   its own (the decision paper carries the payment instructions), so served → closed.
// - Inspection (检查记录) records an inspection: filed, the checking itself (recorded as
//   investigating), closed. Finding a violation opens a separate penalty case.
// Going back or skipping a step would hide a missing procedural step from review, so neither is
// allowed; a wrong entry is corrected by a note on the next step, never by rewinding.
//
// Whole-process recording (执法全过程记录): the steps that must be covered by a recording, per
// type — general: investigating, notified, served; summary: notified, decided, served;
// inspection: investigating — the steps where the party is present and the law requires the
// act to be witnessed.

#include <QCoreApplication>
#include <QList>
#include <QString>

enum class CaseType { Inspection, Summary, General };
enum class CaseStep { Filed, Investigating, Notified, Decided, Served, Executed, Closed };

namespace CaseLifecycle {

QString typeKey(CaseType type);            // "inspection" | "summary" | "general"
bool typeFromKey(const QString &key, CaseType *out);
QString typeLabel(CaseType type);          // 检查 | 简易程序 | 一般程序
QList<CaseType> allTypes();

QString stepKey(CaseStep step);            // "filed", "investigating", …
bool stepFromKey(const QString &key, CaseStep *out);
QString stepLabel(CaseStep step);          // 立案, 调查取证, 告知, 决定, 送达, 执行, 结案
QList<CaseStep> allSteps();

// The whole path of the type, filed first, closed last.
QList<CaseStep> path(CaseType type);
// The steps a case of this type may enter from `from` (zero or one today; a list so the UI
// need not change if a branch is ever added).
QList<CaseStep> nextSteps(CaseType type, CaseStep from);
bool canAdvance(CaseType type, CaseStep from, CaseStep to);
// Steps that must have recording coverage.
QList<CaseStep> requiredCoverage(CaseType type);

// A Chinese refusal naming from and to, "" when the transition is allowed.
QString refusal(CaseType type, CaseStep from, CaseStep to);

} // namespace CaseLifecycle
