#pragma once
// Test support for playback: real recordings made with the project's recorder (short segments),
// the evidence rows they would become, file fingerprints (sha256 + mtime) to prove playback
// never touches a file, and a recorder of the Player's signals with their arrival times.

#include "player.h"
#include "playbacktimeline.h"
#include "recorderharness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

struct RecordedRecording {
    QString recordingId;
    QList<SegmentClosed> segments;   // in index order
    QList<MarkerAdded> markers;
    qint64 prerecordMs = 0;
};

// Records one recording with the real recorder into evidenceRoot: prerecordSeconds of
// pre-record, then about recordMs of recording, in segments of segmentSeconds; a marker after
// each delay in markerDelaysMs (from the press). False (with a test failure message) on error.
bool recordRecording(const QString &evidenceRoot, RecordingMode mode, int prerecordSeconds, int segmentSeconds,
                     int recordMs, const QList<int> &markerDelaysMs, RecordedRecording *out);

// The rows the store would hold for these segments (status ok, durations and sizes as reported).
QList<PlaybackSegmentSource> sourcesOf(const QList<SegmentClosed> &segments);

struct FileFingerprint {
    QByteArray sha256;
    QDateTime modified;
    qint64 size = -1;
    bool operator==(const FileFingerprint &o) const { return sha256 == o.sha256 && modified == o.modified && size == o.size; }
};
// Every file under dir (recursively) by relative path; sha256 from sha256sum (independent).
QMap<QString, FileFingerprint> fingerprints(const QString &dir);

// Everything the Player emits, in order, with the monotonic ms at which it arrived.
class PlayerSignals : public QObject
{
    Q_OBJECT
public:
    explicit PlayerSignals(Player *player);

    struct Position {
        qint64 ms;
        qint64 at;
        Player::State state;
    };
    QList<Position> positions;
    QList<Player::State> states;
    QList<qint64> seeks;
    QList<QPair<int, QString>> skipped;   // index, detail
    QList<QString> errors;
    int ready = 0;
    int eos = 0;
    qint64 eosAt = -1;
    QList<WatchLog> closed;
    QElapsedTimer clock;
};
