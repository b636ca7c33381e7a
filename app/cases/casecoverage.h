#pragma once
// CaseCoverage: the whole-process recording check (执法全过程记录). For each step of the case's
// type that must be recorded (CaseLifecycle::requiredCoverage), decides whether it is covered:
//   step span      [entered, the next step entered — or now while it is the current step]
//   recording span [press_wall, stop_wall — or now while still recording]
//   covered        a linked recording's span overlaps the step's span (ends included), or a
//                  marker of a linked recording lies inside the step's span.
// Pure: the caller reads the rows and passes "now", so tests choose every time.

#include "casetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

struct CoverageRecording {
    QString id;
    QDateTime start;     // press_wall
    QDateTime stop;      // stop_wall; invalid while recording
};

struct CoverageMarker {
    QString recordingId;
    QDateTime wall;
};

class CaseCoverage
{
    Q_DECLARE_TR_FUNCTIONS(CaseCoverage)
public:
    // steps: the case's step rows (any order). Returns one item per required step, path order.
    static QList<CoverageItem> evaluate(CaseType type, const QList<CaseStepRow> &steps,
                                        const QList<CoverageRecording> &recordings,
                                        const QList<CoverageMarker> &markers, const QDateTime &now);
    static bool complete(const QList<CoverageItem> &items);
};
