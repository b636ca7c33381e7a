#pragma once
// ViewAudit: every look at evidence on the device goes into the audit trail (issue 6) — a
// playback's start, its stop with what was watched, and every photo opened. One audit row per
// call, on the writer connection; refused (no row, an error in Chinese) when the officer may not
// see the owner's recordings (CaseReview::canSeeRecordingsOf: inspectors their own, squad
// leaders their squad's, admins nobody's).
//
//   playback_start  object recording/<id>  {"positionMs", "ownerNo", "caseId"?}
//   playback_stop   object recording/<id>  {"ranges": [[fromMs, toMs], …], "watchedMs",
//                                           "rates": [1, 2, …], "previews", "ownerNo", "caseId"?}
//                   (previews: frames shown by seeking while paused or by dragging)
//   photo_view      object evidence/<id>   {"ownerNo", "recordingId"?, "caseId"?}
//   photo_thumbnails object recording/<id> {"photos": [evidence id, …], "ownerNo", "caseId"?}
//                                          (the photos shown small beside a recording)
//   recording_thumbnail object recording/<id> {"list": "review"|"home"|"case", "ownerNo", "caseId"?}
//                                          (a recording's still shown in a list; one row per
//                                          recording, all of one showing in one transaction)
//
// Ranges are positions on the whole recording's timeline (ms from its first frame, markers
// use the same scale); rates are the playback rates used, in the order first used.

#include "officer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class AuditLog;
class Database;

struct WatchedRange {
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

class ViewAudit
{
    Q_DECLARE_TR_FUNCTIONS(ViewAudit)
public:
    using Clock = std::function<QDateTime()>;

    // audit must write through db. clock gives "now" (UTC); default the system clock.
    ViewAudit(Database &db, AuditLog &audit, Clock clock = {});

    // Each returns "" when the row is written, else why not (Chinese).
    QString playbackStarted(const Officer &officer, const QString &recordingId, qint64 positionMs);
    QString playbackStopped(const Officer &officer, const QString &recordingId, const QList<WatchedRange> &ranges,
                            qint64 watchedMs, const QList<double> &rates, int previews = 0);
    QString photoViewed(const Officer &officer, const QString &evidenceId);
    QString thumbnailsShown(const Officer &officer, const QString &recordingId, const QStringList &photoIds);
    // All rows or none: one recording the officer may not see refuses the whole showing.
    QString recordingThumbnailsShown(const Officer &officer, const QStringList &recordingIds, const QString &list);

private:
    struct Owner {
        QString officerNo;
        QString recordingId;
        QString caseId;
    };
    // The recording's (or photo's) owner and case; "" or why not (not found, not visible).
    QString ownerOfRecording(const Officer &officer, const QString &recordingId, Owner *owner);
    QString ownerOfPhoto(const Officer &officer, const QString &evidenceId, Owner *owner);
    QString visibility(const Officer &officer, const Owner &owner);
    QString write(const Officer &officer, const char *action, const QString &objectType, const QString &objectId,
                  const Owner &owner, QJsonObject details);

    Database &m_db;
    AuditLog &m_audit;
    Clock m_clock;
};
