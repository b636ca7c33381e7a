#pragma once
// CaseReview: a squad leader's review of a case on the handheld, before anything is synced
// (issue 6), and the rule of whose recordings an officer may see.
//
//   review(caseId, decision, comment, actor)
//       'approved' or 'returned' → a case_reviews row and its case_review audit row in one
//       Transaction (BEGIN IMMEDIATE), or a refusal in Chinese naming the field. Who may:
//       an officer holding ReviewApprove (squad leaders), for a case created by an officer of
//       the same squad (officers.squad, both non-empty), never for a case they created. A
//       return needs a comment (≤ 500 characters), which the inspector reads on the case.
//       Approving a case whose latest review is an approval is refused (nothing to decide).
//   canSeeRecordingsOf(viewer, ownerOfficerNo)
//       an inspector sees their own recordings; a squad leader their own and their squad's;
//       an admin nobody's (permissions.h: the admin does not view evidence). The one place the
//       case page, the browse page and ViewAudit ask.
//
// A case's review state is its latest review — the highest id: rows are append-only, so
// insertion order is decision order even after the wall clock was set back — and "pending"
// when it has none. A return followed by an approval is approved.
//
// Reads (reviewsOf, refusal, canSeeRecordingsOf) work on any connection, a reader included.

#include "officer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class AuditLog;
class Database;

namespace ReviewState {
inline constexpr char Pending[] = "pending";
inline constexpr char Approved[] = "approved";
inline constexpr char Returned[] = "returned";
} // namespace ReviewState

struct CaseReviewRow {
    qint64 id = 0;
    QString decision;       // "approved" | "returned"
    QString comment;        // "" allowed for approvals
    QString reviewerNo;
    QString reviewerName;   // from officers; empty when the reviewer is not on this device
    QString atText;         // stored text (ISO-8601 UTC, storetime.h), as manifests carry it
    QDateTime at;
};

class CaseReview
{
    Q_DECLARE_TR_FUNCTIONS(CaseReview)
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int maxComment = 500;

    // audit must write through db (the writer connection). clock gives "now" (UTC).
    CaseReview(Database &db, AuditLog &audit, Clock clock = {});

    // "" when the review is stored, else why not (Chinese).
    QString review(const QString &caseId, const QString &decision, const QString &comment, const Officer &actor);

    // Why actor may not review caseId ("" = may): the permission, squad and own-case checks of
    // review() without writing, for the page to offer or hide 通过 / 退回.
    static QString refusal(Database &db, const QString &caseId, const Officer &actor);

    // The comment rule alone ("" = fine), naming the field.
    static QString validateComment(const QString &decision, const QString &comment);

    // The case's reviews, oldest first. *error is set (technical) on a read failure.
    static QList<CaseReviewRow> reviewsOf(Database &db, const QString &caseId, QString *error);
    // ReviewState of a case's reviews (oldest first): the last decision, or "pending".
    static QString stateOf(const QList<CaseReviewRow> &reviews);
    static QString stateLabel(const QString &state);         // 待审核 | 已通过 | 已退回
    static QString decisionLabel(const QString &decision);   // 通过 | 退回

    // The visibility rule with the owner's squad known (ownerSquad "" = none or unknown).
    static bool canSeeRecordingsOf(const Officer &viewer, const QString &ownerOfficerNo, const QString &ownerSquad);
    // The same, reading the owner's squad from officers. False (and *error) on a read failure.
    static bool canSeeRecordingsOf(Database &db, const Officer &viewer, const QString &ownerOfficerNo,
                                   QString *error = nullptr);
    bool canSeeRecordingsOf(const Officer &viewer, const QString &ownerOfficerNo) const;

    // The squad of an officer on this device; "" when unknown or without a squad.
    static QString squadOf(Database &db, const QString &officerNo, QString *error);

private:
    QDateTime now() const;

    Database &m_db;
    AuditLog &m_audit;
    Clock m_clock;
};
