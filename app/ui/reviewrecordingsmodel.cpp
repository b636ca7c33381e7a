#include "reviewrecordingsmodel.h"

#include "casereview.h"
#include "database.h"
#include "storetime.h"
#include "thumbnailgate.h"

#include <QDir>

ReviewRecordingsModel::ReviewRecordingsModel(const ThumbnailGate *gate, QObject *parent)
    : QAbstractListModel(parent)
    , m_gate(gate)
{
    connect(gate, &ThumbnailGate::revealed, this, &ReviewRecordingsModel::thumbnailsRevealed);
}

void ReviewRecordingsModel::thumbnailsRevealed(const QStringList &recordingIds)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (recordingIds.contains(m_rows.at(i).recordingId))
            emit dataChanged(index(i), index(i), {ThumbnailRole, ThumbnailPendingRole});
    }
}

bool ReviewRecordingsModel::readAll(Database &db, const QString &dataRoot, QList<ReviewRecordingRow> *out, QString *error)
{
    out->clear();
    // Recordings still being made are not reviewed: their last segment has no hash yet.
    Statement st = db.prepare(
        "SELECT r.id, r.officer_no, coalesce(o.name, ''), coalesce(o.squad, ''), r.mode,"
        " coalesce(r.first_frame_wall, r.press_wall), r.thumbnail,"
        " (SELECT coalesce(sum(duration_ms), 0) FROM evidence e WHERE e.recording_id = r.id AND e.kind <> 'photo'),"
        " coalesce(l.case_id, ''), coalesce(c.case_no, ''),"
        " (SELECT count(*) FROM markers m WHERE m.recording_id = r.id),"
        " (SELECT group_concat(DISTINCT m.type) FROM markers m WHERE m.recording_id = r.id)"
        " FROM recordings r"
        " LEFT JOIN officers o ON o.officer_no = r.officer_no"
        " LEFT JOIN case_links l ON l.recording_id = r.id"
        " LEFT JOIN cases c ON c.id = l.case_id"
        " WHERE r.status <> 'recording'"
        " ORDER BY r.press_wall DESC, r.id",
        error);
    if (!st.isValid())
        return false;
    const QDir root(dataRoot);
    Statement::Step step;
    while ((step = st.step()) == Statement::Step::Row) {
        ReviewRecordingRow r;
        r.recordingId = st.text(0);
        r.officerNo = st.text(1);
        r.officerName = st.text(2);
        r.ownerSquad = st.text(3);
        r.audioOnly = st.text(4) == QLatin1String("audio");
        r.startWall = StoreTime::fromText(st.text(5));
        if (!st.isNull(6))
            r.thumbnailPath = root.filePath(st.text(6));
        r.durationMs = st.int64(7);
        r.caseId = st.text(8);
        r.caseNo = st.text(9);
        r.markerCount = int(st.int64(10));
        if (!st.isNull(11))
            r.markerTypes = st.text(11).split(QLatin1Char(','), Qt::SkipEmptyParts);
        out->append(r);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = st.error();
        return false;
    }
    return true;
}

QList<ReviewRecordingRow> ReviewRecordingsModel::visible(const QList<ReviewRecordingRow> &all, const Officer &viewer,
                                                         const Filter &filter, const QDateTime &nowUtc)
{
    QDateTime from;
    const QDateTime localNow = nowUtc.toLocalTime();
    if (filter.date == QLatin1String("today"))
        from = localNow.date().startOfDay();
    else if (filter.date == QLatin1String("7d"))
        from = localNow.date().addDays(-6).startOfDay();
    else if (filter.date == QLatin1String("30d"))
        from = localNow.date().addDays(-29).startOfDay();

    QList<ReviewRecordingRow> out;
    for (const ReviewRecordingRow &r : all) {
        if (!CaseReview::canSeeRecordingsOf(viewer, r.officerNo, r.ownerSquad))
            continue;
        if (!filter.officerNo.isEmpty() && r.officerNo != filter.officerNo)
            continue;
        if (from.isValid() && (!r.startWall.isValid() || r.startWall < from))
            continue;
        if (filter.caseFilter == QLatin1String("linked")) {
            if (r.caseId.isEmpty())
                continue;
        } else if (filter.caseFilter == QLatin1String("unlinked")) {
            if (!r.caseId.isEmpty())
                continue;
        } else if (!filter.caseFilter.isEmpty() && r.caseId != filter.caseFilter) {
            continue;
        }
        if (!filter.markerType.isEmpty() && !r.markerTypes.contains(filter.markerType))
            continue;
        out.append(r);
    }
    return out;
}

void ReviewRecordingsModel::setRows(const QList<ReviewRecordingRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ReviewRecordingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ReviewRecordingsModel::durationText(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariant ReviewRecordingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const ReviewRecordingRow &r = m_rows.at(index.row());
    switch (role) {
    case RecordingIdRole: return r.recordingId;
    case ThumbnailRole: return m_gate->url(r.recordingId, r.thumbnailPath);
    case ThumbnailPendingRole: return m_gate->isPending(r.recordingId, r.thumbnailPath, r.audioOnly);
    case OfficerNoRole: return r.officerNo;
    case OfficerNameRole: return r.officerName.isEmpty() ? r.officerNo : r.officerName;
    case StartTextRole: return r.startWall.isValid() ? r.startWall.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    case DurationMsRole: return r.durationMs;
    case DurationTextRole: return durationText(r.durationMs);
    case CaseIdRole: return r.caseId;
    case CaseNoRole: return r.caseNo;
    case MarkerCountRole: return r.markerCount;
    case AudioOnlyRole: return r.audioOnly;
    }
    return {};
}

QHash<int, QByteArray> ReviewRecordingsModel::roleNames() const
{
    return {{RecordingIdRole, "recordingId"}, {ThumbnailRole, "thumbnail"},
            {ThumbnailPendingRole, "thumbnailPending"}, {OfficerNoRole, "officerNo"},
            {OfficerNameRole, "officerName"}, {StartTextRole, "startText"}, {DurationMsRole, "durationMs"},
            {DurationTextRole, "durationText"}, {CaseIdRole, "caseId"}, {CaseNoRole, "caseNo"},
            {MarkerCountRole, "markerCount"}, {AudioOnlyRole, "audioOnly"}};
}
