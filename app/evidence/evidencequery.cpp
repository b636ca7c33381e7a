#include "evidencequery.h"

#include "evidencelogging.h"
#include "evidencerows.h"
#include "store.h"
#include "storetime.h"

EvidenceQuery::EvidenceQuery(const DataPaths &paths)
    : m_paths(paths)
{
}

bool EvidenceQuery::open(QString *error)
{
    if (m_db.isOpen())
        return true;
    if (!Store::openReader(&m_db, m_paths.database(), &m_error)) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

QList<EvidenceRecord> EvidenceQuery::readEvidence(const char *sql, const QString &param)
{
    QList<EvidenceRecord> out;
    Statement st = m_db.prepare(sql, &m_error);
    if (!st.isValid())
        return out;
    if (!param.isNull())
        st.bind(1, param);
    while (st.step() == Statement::Step::Row) {
        EvidenceRecord r = EvidenceRows::readEvidence(st);
        r.absolutePath = m_paths.absolute(r.path);
        out.append(r);
    }
    if (!st.error().isEmpty())
        m_error = st.error();
    return out;
}

QList<EvidenceRecord> EvidenceQuery::allEvidence()
{
    // Oldest first; rows without a start time (recovered, unnamed) sort by registration time.
    return readEvidence("SELECT " EVIDENCE_COLUMNS " FROM evidence"
                        " ORDER BY coalesce(start_wall, created_at), recording_id, segment_index, path",
                        QString());
}

QList<EvidenceRecord> EvidenceQuery::evidenceOfRecording(const QString &recordingId)
{
    return readEvidence("SELECT " EVIDENCE_COLUMNS " FROM evidence WHERE recording_id = ?1"
                        " ORDER BY kind = 'photo', segment_index, start_wall",
                        recordingId);
}

QHash<QString, QList<MarkerRecord>> EvidenceQuery::allMarkers()
{
    QHash<QString, QList<MarkerRecord>> out;
    Statement st = m_db.prepare("SELECT " MARKER_COLUMNS " FROM markers ORDER BY recording_id, offset_ms, id", &m_error);
    if (!st.isValid())
        return out;
    while (st.step() == Statement::Step::Row) {
        const MarkerRecord m = EvidenceRows::readMarker(st);
        out[m.recordingId].append(m);
    }
    return out;
}

QList<MarkerRecord> EvidenceQuery::markers(const QString &recordingId)
{
    QList<MarkerRecord> out;
    Statement st = m_db.prepare("SELECT " MARKER_COLUMNS " FROM markers WHERE recording_id = ?1 ORDER BY offset_ms, id", &m_error);
    if (!st.isValid())
        return out;
    st.bind(1, recordingId);
    while (st.step() == Statement::Step::Row)
        out.append(EvidenceRows::readMarker(st));
    return out;
}

namespace {

// One row per recording with its totals; ?1… bound by the callers.
#define SUMMARY_SELECT                                                                               \
    "SELECT r.id, r.mode, coalesce(r.first_frame_wall, r.press_wall), r.stop_wall, r.thumbnail, r.status," \
    " (SELECT coalesce(sum(duration_ms), 0) FROM evidence e WHERE e.recording_id = r.id AND e.kind <> 'photo'),"  \
    " (SELECT count(*) FROM evidence e WHERE e.recording_id = r.id AND e.kind <> 'photo'),"        \
    " (SELECT count(*) FROM markers m WHERE m.recording_id = r.id),"                               \
    " (SELECT count(*) FROM evidence e WHERE e.recording_id = r.id AND e.kind = 'photo')"           \
    " FROM recordings r "

} // namespace

QList<RecordingSummary> EvidenceQuery::readSummaries(const char *sql, const QStringList &params)
{
    QList<RecordingSummary> out;
    Statement st = m_db.prepare(sql, &m_error);
    if (!st.isValid())
        return out;
    for (int i = 0; i < params.size(); ++i)
        st.bind(i + 1, params.at(i));
    while (st.step() == Statement::Step::Row) {
        RecordingSummary s;
        s.recordingId = st.text(0);
        s.audioOnly = st.text(1) == QLatin1String("audio");
        s.startWall = StoreTime::fromText(st.text(2));
        s.stopWall = StoreTime::fromText(st.text(3));
        if (!st.isNull(4))
            s.thumbnailPath = m_paths.absolute(st.text(4));
        recordingStatusFromKey(st.text(5), &s.status);
        s.totalDurationMs = st.int64(6);
        s.segmentCount = int(st.int64(7));
        s.markerCount = int(st.int64(8));
        s.photoCount = int(st.int64(9));
        out.append(s);
    }
    return out;
}

QList<RecordingSummary> EvidenceQuery::recordingsOn(const QDate &localDay, const QString &officerNo)
{
    // The day's bounds in UTC text: stored times are fixed-width UTC, so text order is time
    // order and the press_wall index serves the range.
    const QString from = StoreTime::toText(localDay.startOfDay());
    const QString to = StoreTime::toText(localDay.addDays(1).startOfDay());
    if (officerNo.isNull())
        return readSummaries(SUMMARY_SELECT " WHERE r.press_wall >= ?1 AND r.press_wall < ?2 ORDER BY r.press_wall DESC", {from, to});
    return readSummaries(SUMMARY_SELECT " WHERE r.press_wall >= ?1 AND r.press_wall < ?2 AND r.officer_no = ?3"
                                        " ORDER BY r.press_wall DESC", {from, to, officerNo});
}

bool EvidenceQuery::recordingSummary(const QString &recordingId, RecordingSummary *out)
{
    const QList<RecordingSummary> list = readSummaries(SUMMARY_SELECT " WHERE r.id = ?1", {recordingId});
    if (list.isEmpty())
        return false;
    *out = list.first();
    return true;
}

int EvidenceQuery::photosOn(const QDate &localDay, const QString &officerNo)
{
    // A photo taken during a recording may carry no officer of its own: the recording's counts.
    Statement st = m_db.prepare("SELECT count(*) FROM evidence e LEFT JOIN recordings r ON r.id = e.recording_id"
                                " WHERE e.kind = 'photo' AND e.start_wall >= ?1 AND e.start_wall < ?2"
                                " AND (?3 IS NULL OR coalesce(e.officer_no, r.officer_no) = ?3)", &m_error);
    if (!st.isValid())
        return 0;
    st.bind(1, StoreTime::toText(localDay.startOfDay())).bind(2, StoreTime::toText(localDay.addDays(1).startOfDay()));
    st.bind(3, officerNo);
    return st.step() == Statement::Step::Row ? int(st.int64(0)) : 0;
}

EvidenceCounts EvidenceQuery::counts()
{
    EvidenceCounts c;
    Statement st = m_db.prepare("SELECT status, count(*) FROM evidence GROUP BY status", &m_error);
    if (!st.isValid())
        return c;
    while (st.step() == Statement::Step::Row) {
        const int n = int(st.int64(1));
        c.total += n;
        EvidenceStatus s;
        if (!evidenceStatusFromKey(st.text(0), &s))
            continue;
        switch (s) {
        case EvidenceStatus::Open: c.open = n; break;
        case EvidenceStatus::Ok: c.ok = n; break;
        case EvidenceStatus::Recovered: c.recovered = n; break;
        case EvidenceStatus::Missing: c.missing = n; break;
        }
    }
    qint64 recordings = 0;
    m_db.queryInt("SELECT count(*) FROM recordings", &recordings);
    c.recordings = int(recordings);
    return c;
}
