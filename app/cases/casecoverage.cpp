#include "casecoverage.h"

namespace {

const CaseStepRow *findStep(const QList<CaseStepRow> &steps, CaseStep step)
{
    for (const CaseStepRow &row : steps) {
        if (row.step == step)
            return &row;
    }
    return nullptr;
}

} // namespace

QList<CoverageItem> CaseCoverage::evaluate(CaseType type, const QList<CaseStepRow> &steps,
                                           const QList<CoverageRecording> &recordings,
                                           const QList<CoverageMarker> &markers, const QDateTime &now)
{
    QList<CoverageItem> out;
    const QList<CaseStep> path = CaseLifecycle::path(type);
    for (CaseStep required : CaseLifecycle::requiredCoverage(type)) {
        CoverageItem item;
        item.step = required;
        const QString label = CaseLifecycle::stepLabel(required);
        const CaseStepRow *entered = findStep(steps, required);
        if (!entered) {
            item.text = tr("尚未进入“%1”环节").arg(label);
            out.append(item);
            continue;
        }
        item.reached = true;
        // The step ends when the next step on the path was entered.
        QDateTime end = now;
        const int index = path.indexOf(required);
        if (index >= 0 && index + 1 < path.size()) {
            if (const CaseStepRow *next = findStep(steps, path.at(index + 1)))
                end = next->enteredAt;
        }
        const QDateTime begin = entered->enteredAt;
        for (const CoverageRecording &r : recordings) {
            const QDateTime stop = r.stop.isValid() ? r.stop : now;
            if (r.start <= end && stop >= begin)
                ++item.recordings;
        }
        for (const CoverageMarker &m : markers) {
            if (m.wall >= begin && m.wall <= end)
                ++item.markers;
        }
        item.covered = item.recordings > 0 || item.markers > 0;
        if (item.covered)
            item.text = tr("“%1”环节已有执法记录：%2 段录像，%3 个标记").arg(label).arg(item.recordings).arg(item.markers);
        else
            item.text = tr("“%1”环节没有执法记录录像，请关联该环节的录像，或在案卷中说明原因").arg(label);
        out.append(item);
    }
    return out;
}

bool CaseCoverage::complete(const QList<CoverageItem> &items)
{
    for (const CoverageItem &item : items) {
        if (!item.covered)
            return false;
    }
    return true;
}
