#pragma once
// EvidenceIngest: turns the recorder's reports into committed evidence rows. Lives on the
// single store thread that owns the writer connection; the recorder's signals reach it through
// queued connections, so rows are written in the order the recorder reported.
//
// The rule it completes (ARCHITECTURE.md): closed → fsync → rename → fsync dir (recorder) →
// hash → row committed (here). A segment gets an 'open' placeholder row as soon as it is opened,
// so a crash can be traced back to its recording; the row becomes 'ok' only with its hash.

#include "auditlog.h"
#include "evidencerecord.h"
#include "reconciler.h"
#include "recordertypes.h"

#include "database.h"
#include "datapaths.h"
#include "geofix.h"

#include <QObject>
#include <QString>

class EvidenceWriter;

class EvidenceIngest : public QObject
{
    Q_OBJECT
public:
    // deviceId/officerNo are written into rows; hashAlgorithm is "sha256" or "sm3".
    EvidenceIngest(const DataPaths &paths, const QString &deviceId, const QString &officerNo,
                   const QString &hashAlgorithm, QObject *parent = nullptr);
    ~EvidenceIngest() override;

    bool isOpen() const { return m_db.isOpen(); }
    QString hashAlgorithm() const { return m_algorithm; }

public slots:
    // Opens (creating and migrating) the store. Emits storeError and returns false on failure.
    bool open();
    // Start-up reconciliation; call after open() and before the recorder runs.
    ReconcileReport reconcile();
    // open() then reconcile(): emits ready(report) or failed(message). For TerminalCore.
    void openAndReconcile();

    void onRecordingStarted(const RecordingStarted &info);
    void onSegmentOpened(const SegmentOpened &info);
    void onSegmentClosed(const SegmentClosed &info);
    void onMarkerAdded(const MarkerAdded &info);
    void onRecordingStopped(const RecordingStopped &info);
    void onPhotoTaken(const PhotoTaken &info);

    void setOfficer(const QString &officerNo);
    // The current fix (LocationSource): photos and segments started from now on carry it when
    // it is valid, NULL otherwise.
    void setFix(const GeoFix &fix);
    // The officer's words for the next stop (the reason key travels with the recorder's report).
    void setStopNote(const QString &note);
    // Recordings started from now on are linked to this case (empty = none), in the same
    // transaction that registers them.
    void setActiveCase(const QString &caseId);
    // Emits flushed() once everything queued before this call has been handled (slots run in
    // order on the store thread, and each commits before returning).
    void flush();
    void close();

signals:
    void ready(const ReconcileReport &report);
    void failed(const QString &message);
    void evidenceRegistered(const EvidenceRecord &record);
    void recordingChanged(const QString &recordingId);
    void storeError(const QString &message);   // Chinese: what happened and what to do
    void flushed();

private:
    bool ensureOpen();
    bool ensureRecording(const QString &recordingId, bool audioOnly, const QDateTime &when);
    // Hashes the file and commits its row (status ok); returns false after emitting storeError.
    bool commitFile(EvidenceRecord record, const QString &absolutePath, const char *auditAction);
    // Links a just-started recording to the active case (no-op without one), in the caller's
    // transaction; a refused link is logged and never fails the recording's own commit.
    void linkActiveCase(const QString &recordingId);
    bool audit(const char *action, const QString &objectType, const QString &objectId, const QJsonObject &details,
               QString *error);
    void reportFailure(const QString &what, const QString &path, const QString &detail);

    DataPaths m_paths;
    QString m_deviceId;
    QString m_officerNo;
    QString m_algorithm;
    QString m_stopNote;
    QString m_activeCaseId;
    EvidencePosition m_position;   // from the last setFix(); invalid = no current fix
    Database m_db;
    AuditLog m_audit{m_db, m_deviceId, m_algorithm};   // every row this ingest writes is audited in its transaction
};
