#include "casedetailmap.h"

#include "caselifecycle.h"
#include "dutyinfo.h"
#include "uivalues.h"

#include <QUrl>
#include <QVariantList>

using UiValues::localText;
using UiValues::option;

namespace {

QString timelineKind(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Step: return QStringLiteral("step");
    case TimelineEntry::Kind::Recording: return QStringLiteral("recording");
    case TimelineEntry::Kind::Photo: return QStringLiteral("photo");
    case TimelineEntry::Kind::Marker: return QStringLiteral("marker");
    }
    return QString();
}

} // namespace

QVariantMap CaseDetailMap::build(const CaseDetail &d, bool active)
{
    const CaseRecord &r = d.record;
    QVariantList steps;
    for (CaseStep step : CaseLifecycle::path(r.type)) {
        QVariantMap s = option(CaseLifecycle::stepKey(step), CaseLifecycle::stepLabel(step));
        bool done = false;
        for (const CaseStepRow &row : std::as_const(d.steps)) {
            if (row.step == step) {
                done = true;
                s.insert(QStringLiteral("atText"), localText(row.enteredAt));
                s.insert(QStringLiteral("officerNo"), row.officerNo);
                s.insert(QStringLiteral("note"), row.note);
            }
        }
        s.insert(QStringLiteral("done"), done);
        s.insert(QStringLiteral("current"), step == r.status);
        steps << s;
    }
    QVariantList next;
    for (CaseStep step : CaseLifecycle::nextSteps(r.type, r.status))
        next << option(CaseLifecycle::stepKey(step), CaseLifecycle::stepLabel(step));
    QVariantList coverage;
    for (const CoverageItem &c : std::as_const(d.coverage)) {
        QVariantMap m = option(CaseLifecycle::stepKey(c.step), CaseLifecycle::stepLabel(c.step));
        m.insert(QStringLiteral("covered"), c.covered);
        m.insert(QStringLiteral("reached"), c.reached);
        m.insert(QStringLiteral("text"), c.text);
        coverage << m;
    }
    QVariantList timeline;
    for (const TimelineEntry &t : std::as_const(d.timeline)) {
        timeline << QVariantMap{{QStringLiteral("kind"), timelineKind(t.kind)},
                                {QStringLiteral("atText"), localText(t.at, QStringLiteral("MM-dd HH:mm:ss"))},
                                {QStringLiteral("title"), t.title},
                                {QStringLiteral("subtitle"), t.subtitle},
                                {QStringLiteral("thumbnail"), t.thumbnailPath.isEmpty() ? QString() : QUrl::fromLocalFile(t.thumbnailPath).toString()},
                                {QStringLiteral("recordingId"), t.recordingId},
                                {QStringLiteral("evidenceId"), t.evidenceId}};
    }
    return QVariantMap{
        {QStringLiteral("caseId"), r.id},
        {QStringLiteral("caseNo"), r.caseNo},
        {QStringLiteral("type"), CaseLifecycle::typeKey(r.type)},
        {QStringLiteral("typeLabel"), CaseLifecycle::typeLabel(r.type)},
        {QStringLiteral("status"), CaseLifecycle::stepKey(r.status)},
        {QStringLiteral("statusLabel"), CaseLifecycle::stepLabel(r.status)},
        {QStringLiteral("partyKind"), partyKindKey(r.partyKind)},
        {QStringLiteral("partyKindLabel"), partyKindLabel(r.partyKind)},
        {QStringLiteral("partyName"), r.partyName},
        {QStringLiteral("partyIdNo"), r.partyIdNo},
        {QStringLiteral("partyPhone"), r.partyPhone},
        {QStringLiteral("address"), r.address},
        {QStringLiteral("positionText"), r.hasPosition ? DutyInfo::formatPosition({true, r.latitude, r.longitude}) : QString()},
        {QStringLiteral("powerItemCode"), r.powerItemCode},
        {QStringLiteral("powerItemName"), d.powerItemName},
        {QStringLiteral("legalBasis"), d.legalBasis},
        {QStringLiteral("discretion"), d.discretion},
        {QStringLiteral("taskRef"), r.taskRef},
        {QStringLiteral("summary"), r.summary},
        {QStringLiteral("createdBy"), r.createdBy},
        {QStringLiteral("createdText"), localText(r.createdAt)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("nextSteps"), next},
        {QStringLiteral("coverage"), coverage},
        {QStringLiteral("coverageComplete"), d.coverageComplete},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("deadline"), QVariantMap{{QStringLiteral("level"), d.deadline.level}, {QStringLiteral("text"), d.deadline.text}}},
        {QStringLiteral("active"), active},
    };
}
