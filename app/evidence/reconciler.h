#pragma once
// Reconciler: start-up repair of files against rows, run on the writer connection before the
// recorder starts (it renames the recorder's leftover .part files). What it does:
//  (a) a non-empty .part (process killed while writing): fsync, rename to its final name, fsync
//      the directory; its 'open' row is hashed and becomes 'recovered' (or, with no row, the
//      file is registered as recovered without a recording);
//  (b) a media file (.mp4/.m4a/.jpg) with no row: hashed and registered 'recovered';
//  (c) a row whose file is gone: 'missing' (flagged, never deleted);
//  (d) a recording still 'recording': 'interrupted';
//  (e) an empty .part (killed before its first fragment) is not evidence: removed with its
//      placeholder row, and logged.
// Every change commits on its own, so being killed half-way through loses nothing.

#include "evidencerecord.h"

#include "datapaths.h"

#include <QString>
#include <QStringList>

class Database;

struct ReconcileReport {
    int renamedParts = 0;          // (a) .part files renamed to their final name
    int recoveredOpen = 0;         // (a) 'open' rows completed as 'recovered'
    int registeredOrphans = 0;     // (a)/(b) files registered with no row before
    int markedMissing = 0;         // (c)
    int interruptedRecordings = 0; // (d)
    int removedEmptyParts = 0;     // (e)
    QStringList recoveredPaths;    // absolute
    QStringList missingPaths;      // absolute
    QStringList removedPaths;      // absolute
    QStringList interruptedIds;
    QStringList errors;            // Chinese, one per file that could not be handled

    bool changedAnything() const;
    QString summary() const;       // Chinese, one line for the log and the CLI
};
Q_DECLARE_METATYPE(ReconcileReport)

class Reconciler
{
public:
    Reconciler(Database &db, const DataPaths &paths, const QString &hashAlgorithm);
    ReconcileReport run();

private:
    void handlePart(const QString &partPath, ReconcileReport *report, QStringList *finals);
    void handleFinal(const QString &path, ReconcileReport *report);
    void flagMissing(ReconcileReport *report);

    Database &m_db;
    DataPaths m_paths;
    QString m_algorithm;
};
