#pragma once
// Value types of the cases subsystem as the rest of the app (and the Cases facade) sees them:
// the input of a new case, field errors, the stored record, its steps and links, list rows,
// the detail with its timeline and recording coverage, and home-page warnings. Plain data.

#include "casedeadlines.h"
#include "caselifecycle.h"
#include "fielderror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

enum class PartyKind { Person, Organisation };

// What the officer enters on site. Keys are the field keys used in errors (FieldError::field).
struct CaseInput {
    QString type;            // "type": inspection | summary | general
    QString partyKind;       // "partyKind": person | organisation
    QString partyName;       // "partyName": 1–100 characters
    QString partyIdNo;       // "partyIdNo": 身份证号 (person) / 统一社会信用代码 (organisation)
    QString partyPhone;      // "partyPhone": optional, ≤ 32 of digits, spaces, + and -
    QString address;         // "address": 1–200 characters
    bool hasPosition = false;// "position": GPS when known
    double latitude = 0;
    double longitude = 0;
    QString powerItemCode;   // "powerItemCode": must exist in the catalogue
    QString taskRef;         // "taskRef": optional inspection task, ≤ 100
    QString summary;         // "summary": optional, ≤ 2000
};


struct CreateResult {
    bool ok = false;
    QString caseId;
    QString caseNo;
    QList<FieldError> errors;   // every invalid field; nothing was written
    QString error;              // a store failure (nothing was written either)
};

struct CaseRecord {
    QString id;
    QString caseNo;
    CaseType type = CaseType::General;
    CaseStep status = CaseStep::Filed;
    QDateTime statusSince;
    PartyKind partyKind = PartyKind::Person;
    QString partyName;
    QString partyIdNo;
    QString partyPhone;
    QString address;
    bool hasPosition = false;
    double latitude = 0;
    double longitude = 0;
    QString powerItemCode;
    QString powerItemName;
    QString taskRef;
    QString summary;
    QString deviceId;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct CaseStepRow {
    CaseStep step = CaseStep::Filed;
    QDateTime enteredAt;
    QString officerNo;
    QString note;
};

struct CaseLinkRow {
    QString recordingId;     // exactly one of recordingId / evidenceId is set
    QString evidenceId;
    QDateTime linkedAt;
    QString officerNo;
};

// One row of the case list.
struct CaseSummary {
    QString id;
    QString caseNo;
    CaseType type = CaseType::General;
    CaseStep status = CaseStep::Filed;
    QString partyName;
    QString partyIdMasked;   // "3101**********1234"
    QString address;
    QDateTime createdAt;
    QDateTime statusSince;
    DeadlineState deadline;
};

struct CaseFilter {
    QString text;            // party name, case number or party id; substring
    QString status;          // "" = all, else a step key
    QDate fromDate;          // local calendar days, inclusive; invalid = open
    QDate toDate;
    int limit = 200;
    int offset = 0;
};

struct TimelineEntry {
    enum class Kind { Step, Recording, Photo, Marker };
    Kind kind = Kind::Step;
    QDateTime at;
    QString title;           // Chinese: step label, 录像/录音, 照片, marker label
    QString subtitle;        // who / how long / note
    QString thumbnailPath;   // absolute; "" when none
    QString recordingId;
    QString evidenceId;
    QString stepKey;         // Step entries
    QString markerType;      // Marker entries
    qint64 durationMs = -1;  // Recording entries
};

struct CoverageItem {
    CaseStep step = CaseStep::Filed;
    bool reached = false;    // the case has entered this step
    bool covered = false;
    int recordings = 0;      // linked recordings overlapping the step
    int markers = 0;         // markers of linked recordings inside the step
    QString text;            // Chinese
};

struct CaseDetail {
    CaseRecord record;
    QString powerItemName;   // from the catalogue (falls back to the stored name)
    QString legalBasis;
    QString discretion;
    QList<CaseStepRow> steps;
    QList<CaseLinkRow> links;
    QList<TimelineEntry> timeline;
    QList<CoverageItem> coverage;
    bool coverageComplete = false;
    DeadlineState deadline;
};

struct CaseWarning {
    QString caseId;
    QString caseNo;
    QString partyName;
    CaseStep status = CaseStep::Filed;
    DeadlineState deadline;
};

QString partyKindKey(PartyKind kind);                 // "person" | "organisation"
bool partyKindFromKey(const QString &key, PartyKind *out);
QString partyKindLabel(PartyKind kind);               // 个人 | 单位
