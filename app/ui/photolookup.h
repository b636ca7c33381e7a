#pragma once
// PhotoLookup: what the photo viewer shows of a photo (issue 6) — its file, when it was taken,
// by whom and for which case — read from the evidence store on the caller's reader connection.
// Reading only: the file is located, never opened for writing, copied or moved. Whether the
// officer may see it and the audit row are ViewAudit's (ReviewController::openPhoto).

#include "database.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct PhotoInfo {
    QString evidenceId;
    QString absolutePath;   // the stored file inside the data directory
    QDateTime takenAt;      // UTC; the evidence row's start (or creation) time
    QString officerNo;      // the photo's officer, else its recording's
    QString officerName;    // "" when the officer is not on this device
    QString recordingId;    // "" when taken outside a recording
    QString caseId;         // the photo's own case link, else its recording's
    QString caseNo;
    QString positionText;   // where it was taken (EvidencePositionText); "" = no fix then
};

namespace PhotoLookup {

// True with *out filled when evidenceId is a photo. False otherwise: *error (Chinese) says why
// (not found, not a photo, store failure).
bool find(Database &db, const QString &dataRoot, const QString &evidenceId, PhotoInfo *out, QString *error);

// The photos taken during a recording, oldest first (empty on failure, *error set).
QList<PhotoInfo> ofRecording(Database &db, const QString &dataRoot, const QString &recordingId, QString *error);

} // namespace PhotoLookup
