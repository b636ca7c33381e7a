#pragma once
// ReviewRecordingsModel: the recordings the signed-in officer may review (issue 6), one row per
// finished recording, newest first — thumbnail, officer, start, duration, linked case, markers.
// Reads the store through a reader connection; who may see whose recordings is
// CaseReview::canSeeRecordingsOf (inspectors their own, squad leaders their squad's, admins
// nobody's). Filters: officer, date range, case, marker type. A row's thumbnail is given out
// only once its gate has revealed it (ThumbnailGate: audited first); until then the row says
// thumbnailPending and its delegate asks for it.

#include "officer.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;
class ThumbnailGate;

struct ReviewRecordingRow {
    QString recordingId;
    QString officerNo;
    QString officerName;     // "" when the officer is not on this device
    QString ownerSquad;
    bool audioOnly = false;
    QDateTime startWall;     // UTC; first frame (pre-record included), else the press
    qint64 durationMs = 0;
    QString thumbnailPath;   // absolute; "" when none
    QString caseId;          // "" when not linked
    QString caseNo;
    int markerCount = 0;
    QStringList markerTypes; // distinct keys
};

class ReviewRecordingsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RecordingIdRole = Qt::UserRole + 1,
        ThumbnailRole,       // file URL, or "" when none or not revealed yet
        ThumbnailPendingRole, // a still exists but its showing is not audited yet
        OfficerNoRole,
        OfficerNameRole,
        StartTextRole,       // local "yyyy-MM-dd HH:mm"
        DurationMsRole,
        DurationTextRole,    // "m:ss" / "h:mm:ss"
        CaseIdRole,
        CaseNoRole,
        MarkerCountRole,
        AudioOnlyRole,
    };

    // gate decides which thumbnails are given out; it must outlive the model.
    explicit ReviewRecordingsModel(const ThumbnailGate *gate, QObject *parent = nullptr);

    // Every finished recording with officer, case and markers (no visibility rule applied).
    // False with *error (technical) on a read failure.
    static bool readAll(Database &db, const QString &dataRoot, QList<ReviewRecordingRow> *out, QString *error);

    struct Filter {
        QString officerNo;    // "" = all visible officers
        QString date;         // "" all | "today" | "7d" | "30d"
        QString caseFilter;   // "" all | "linked" | "unlinked" | a case id
        QString markerType;   // "" all | a marker key
    };
    // The rows viewer may see and that pass filter, in the given order.
    static QList<ReviewRecordingRow> visible(const QList<ReviewRecordingRow> &all, const Officer &viewer,
                                             const Filter &filter, const QDateTime &nowUtc);

    void setRows(const QList<ReviewRecordingRow> &rows);
    const QList<ReviewRecordingRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString durationText(qint64 ms);

private:
    void thumbnailsRevealed(const QStringList &recordingIds);

    const ThumbnailGate *m_gate;
    QList<ReviewRecordingRow> m_rows;
};
