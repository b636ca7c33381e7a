#pragma once
// EvidenceQuery: the read side of the evidence store, on its own read-only connection, for the
// thread that creates it (the GUI thread, the CLI, the verifier). Sees committed rows only, so
// it never shows a file before its hash is recorded as anything but 'open'.

#include "evidencerecord.h"

#include "database.h"
#include "datapaths.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class EvidenceQuery
{
public:
    explicit EvidenceQuery(const DataPaths &paths);

    // Opens the reader connection; false with *error (Chinese) when the store cannot be read.
    bool open(QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    QString lastError() const { return m_error; }

    // Every evidence row, oldest first, with absolutePath filled in.
    QList<EvidenceRecord> allEvidence();
    QList<EvidenceRecord> evidenceOfRecording(const QString &recordingId);
    // Markers by recording id, each list ordered by offset.
    QHash<QString, QList<MarkerRecord>> allMarkers();
    QList<MarkerRecord> markers(const QString &recordingId);

    // Recordings pressed on the given local calendar day, newest first, summarised for the
    // home page (startWall is the first frame, pre-record included). A non-null officerNo
    // keeps only that officer's recordings.
    QList<RecordingSummary> recordingsOn(const QDate &localDay, const QString &officerNo = QString());
    QList<RecordingSummary> todayRecordings(const QString &officerNo = QString())
    {
        return recordingsOn(QDate::currentDate(), officerNo);
    }
    bool recordingSummary(const QString &recordingId, RecordingSummary *out);
    // Photos taken on the given local day; a non-null officerNo counts only theirs.
    int photosOn(const QDate &localDay, const QString &officerNo = QString());
    EvidenceCounts counts();

private:
    QList<EvidenceRecord> readEvidence(const char *sql, const QString &param);
    QList<RecordingSummary> readSummaries(const char *sql, const QStringList &params);

    DataPaths m_paths;
    Database m_db;
    QString m_error;
};
