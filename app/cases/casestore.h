#pragma once
// CaseStore: the write side of cases, on the writer connection. Every change and its audit row
// commit in one Transaction (BEGIN IMMEDIATE), or nothing is written:
//   create        validate all fields → case row + its 'filed' step + case number + case_create
//   advance       one allowed transition (caselifecycle.h) → case_steps row + status + case_step
//   linkRecording / linkEvidence → case_links row + case_link
//   recordView    case_view (opening a case's detail is an evidence touch), and photo_thumbnails
//                 naming the photos its timeline shows, in one transaction
//
// Case numbers are "<deviceId>-<yyyy>-<NNNNN>" from the counters row "case_no/<deviceId>/<yyyy>":
// taken in the same transaction as the case row, so a number is never skipped or reused —
// a failed create rolls the counter back with it.
//
// Errors returned are Chinese, for the officer; SQLite's own text goes to the log.

#include "casetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class AuditLog;
class Database;
class PowerCatalogue;

class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)
public:
    using Clock = std::function<QDateTime()>;

    // audit must write through the same connection as db. clock gives "now" (UTC); the
    // default is the system clock.
    CaseStore(Database &db, AuditLog &audit, const PowerCatalogue &catalogue, const QString &deviceId,
              Clock clock = {});

    CreateResult create(const CaseInput &input, const QString &actorNo);

    // "" when done, else why not (Chinese, naming from and to for refused transitions).
    QString advance(const QString &caseId, const QString &stepKey, const QString &actorNo, const QString &note = QString());

    // "" when linked (or already linked to this case), else why not.
    QString linkRecording(const QString &caseId, const QString &recordingId, const QString &actorNo);
    QString linkEvidence(const QString &caseId, const QString &evidenceId, const QString &actorNo);

    // Audits that actorNo opened the case (case_view; only when opened) and, when its timeline
    // shows photos not yet audited, which (photo_thumbnails). "" when written; otherwise nothing is.
    QString recordView(const QString &caseId, const QString &actorNo, const QStringList &photosShown = {}, bool opened = true);

    // Links a recording to a case INSIDE THE CALLER'S OPEN TRANSACTION, on the caller's writer
    // connection — for the evidence ingest on the store thread, which calls it while committing
    // a recording's start when a case is active, so the recording row, its link and both audit
    // rows commit together. `audit` must write through `db`; the transaction must be
    // BEGIN IMMEDIATE (Transaction). The link runs in a SAVEPOINT: when it is refused (case
    // closed, recording linked elsewhere) or fails, only the link is undone and the caller's
    // transaction stays usable — the recording itself is never lost over a link. Returns true
    // when linked (or already linked to this case); false with *error (Chinese) otherwise.
    // Refuses to run outside a transaction.
    static bool linkRecordingInTx(Database &db, AuditLog &audit, const QString &caseId, const QString &recordingId,
                                  const QString &actorNo, const QDateTime &at, QString *error);

    // The same for a photo (the ingest links photos taken while a case is active).
    static bool linkEvidenceInTx(Database &db, AuditLog &audit, const QString &caseId, const QString &evidenceId,
                                 const QString &actorNo, const QDateTime &at, QString *error);

    // "<deviceId>-<yyyy>-<NNNNN>"
    static QString formatCaseNo(const QString &deviceId, int year, qint64 sequence);

private:
    enum class Target { Recording, Evidence };
    static bool linkInTx(Database &db, AuditLog &audit, const QString &caseId, Target target, const QString &id,
                         const QString &actorNo, const QDateTime &at, QString *error);
    static bool linkLocked(Database &db, AuditLog &audit, const QString &caseId, Target target, const QString &id,
                           const QString &actorNo, const QDateTime &at, QString *error);
    QString link(const QString &caseId, Target target, const QString &id, const QString &actorNo);
    QDateTime now() const;

    Database &m_db;
    AuditLog &m_audit;
    const PowerCatalogue &m_catalogue;
    QString m_deviceId;
    Clock m_clock;
};
