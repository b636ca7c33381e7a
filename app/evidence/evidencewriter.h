#pragma once
// EvidenceWriter: the typed writes of the evidence tables on the writer connection (store
// thread only). Each method is one statement; callers group them in a Transaction when several
// must land together.

#include "evidencerecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

struct RecordingRow {
    QString id;
    QString deviceId;
    QString officerNo;
    bool audioOnly = false;
    QDateTime pressWall;
    qint64 pressMonoNs = 0;        // 0 = unknown
    QDateTime firstFrameWall;
    qint64 firstFrameMonoNs = 0;   // 0 = unknown
    qint64 prerecordMs = 0;
    QString thumbnail;             // relative to the data directory; empty = none
};

class EvidenceWriter
{
public:
    explicit EvidenceWriter(Database &db)
        : m_db(db)
    {
    }

    // Inserts the recording, or completes a stub made by ensureRecording().
    bool upsertRecording(const RecordingRow &row, QString *error);
    // A minimal row so that segments and markers can reference the recording even when they
    // arrive before its start report; upsertRecording() fills in the rest.
    bool ensureRecording(const RecordingRow &stub, QString *error);
    bool recordingExists(const QString &id, bool *exists, QString *error);
    bool finishRecording(const QString &id, const QDateTime &stopWall, const QString &reason, RecordingStatus status,
                         QString *error);
    // The officer's own words for why the recording stopped (NULL when none given).
    bool setStopNote(const QString &recordingId, const QString &note, QString *error);
    // Recordings still 'recording' at start-up become 'interrupted'; returns their ids.
    bool interruptUnfinished(QStringList *ids, QString *error);

    bool insertMarker(const MarkerRecord &marker, QString *error);

    // The 'open' placeholder of a segment being written. No-op when the path has a row already.
    bool insertOpen(const EvidenceRecord &record, QString *error);
    // A hashed file ('ok' or 'recovered'): inserts, or completes the row with the same path
    // (keeping its id, recording and creation time).
    bool upsertFinal(const EvidenceRecord &record, QString *error);
    bool markMissing(const QString &id, const QString &note, QString *error);
    // Writes the position of the row with this path once (a row that has one keeps it); no-op
    // for an invalid position. insertOpen and upsertFinal call it with the record's position.
    bool setPosition(const QString &path, const EvidencePosition &position, QString *error);
    // Drops the placeholder of a segment that never received a byte; refuses anything but 'open'.
    bool removeOpenPlaceholder(const QString &path, QString *error);

    bool findByPath(const QString &path, EvidenceRecord *out, bool *found, QString *error);
    bool allEvidence(QList<EvidenceRecord> *out, QString *error);

private:
    Database &m_db;
};
