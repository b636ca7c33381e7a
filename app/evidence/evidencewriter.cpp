#include "evidencewriter.h"

#include "database.h"
#include "evidencerows.h"
#include "storetime.h"

namespace {

bool fail(const Statement &st, QString *error)
{
    *error = st.error();
    return false;
}

} // namespace

bool EvidenceWriter::upsertRecording(const RecordingRow &row, QString *error)
{
    Statement st = m_db.prepare(
        "INSERT INTO recordings (id, device_id, officer_no, mode, press_wall, press_mono_ns, first_frame_wall,"
        " first_frame_mono_ns, prerecord_ms, thumbnail, status)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'recording')"
        " ON CONFLICT (id) DO UPDATE SET mode = excluded.mode, press_wall = excluded.press_wall,"
        " press_mono_ns = excluded.press_mono_ns, first_frame_wall = excluded.first_frame_wall,"
        " first_frame_mono_ns = excluded.first_frame_mono_ns, prerecord_ms = excluded.prerecord_ms,"
        " thumbnail = excluded.thumbnail",
        error);
    if (!st.isValid())
        return false;
    st.bind(1, row.id)
        .bind(2, row.deviceId)
        .bind(3, row.officerNo)
        .bind(4, row.audioOnly ? QStringLiteral("audio") : QStringLiteral("av"))
        .bind(5, StoreTime::toText(row.pressWall))
        .bindOptional(6, row.pressMonoNs, row.pressMonoNs != 0)
        .bind(7, StoreTime::toText(row.firstFrameWall))
        .bindOptional(8, row.firstFrameMonoNs, row.firstFrameMonoNs != 0)
        .bind(9, qMax<qint64>(0, row.prerecordMs))
        .bind(10, row.thumbnail.isEmpty() ? QString() : row.thumbnail);
    return st.exec() || fail(st, error);
}

bool EvidenceWriter::ensureRecording(const RecordingRow &stub, QString *error)
{
    Statement st = m_db.prepare(
        "INSERT INTO recordings (id, device_id, officer_no, mode, press_wall, status)"
        " VALUES (?1, ?2, ?3, ?4, ?5, 'recording') ON CONFLICT (id) DO NOTHING",
        error);
    if (!st.isValid())
        return false;
    st.bind(1, stub.id)
        .bind(2, stub.deviceId)
        .bind(3, stub.officerNo)
        .bind(4, stub.audioOnly ? QStringLiteral("audio") : QStringLiteral("av"))
        .bind(5, StoreTime::toText(stub.pressWall.isValid() ? stub.pressWall : QDateTime::currentDateTimeUtc()));
    return st.exec() || fail(st, error);
}

bool EvidenceWriter::recordingExists(const QString &id, bool *exists, QString *error)
{
    Statement st = m_db.prepare("SELECT 1 FROM recordings WHERE id = ?1", error);
    if (!st.isValid())
        return false;
    st.bind(1, id);
    const Statement::Step s = st.step();
    if (s == Statement::Step::Error)
        return fail(st, error);
    *exists = s == Statement::Step::Row;
    return true;
}

bool EvidenceWriter::finishRecording(const QString &id, const QDateTime &stopWall, const QString &reason,
                                     RecordingStatus status, QString *error)
{
    Statement st = m_db.prepare("UPDATE recordings SET stop_wall = ?2, stop_reason = ?3, status = ?4 WHERE id = ?1", error);
    if (!st.isValid())
        return false;
    st.bind(1, id).bind(2, StoreTime::toText(stopWall)).bind(3, reason).bind(4, recordingStatusKey(status));
    return st.exec() || fail(st, error);
}

bool EvidenceWriter::setStopNote(const QString &recordingId, const QString &note, QString *error)
{
    if (note.isEmpty())
        return true;
    Statement st = m_db.prepare("UPDATE recordings SET stop_note = ?2 WHERE id = ?1", error);
    if (!st.isValid())
        return false;
    if (!st.bind(1, recordingId).bind(2, note).exec()) {
        *error = st.error();
        return false;
    }
    return true;
}

bool EvidenceWriter::interruptUnfinished(QStringList *ids, QString *error)
{
    Statement select = m_db.prepare("SELECT id FROM recordings WHERE status = 'recording' ORDER BY press_wall", error);
    if (!select.isValid())
        return false;
    Statement::Step s;
    while ((s = select.step()) == Statement::Step::Row)
        ids->append(select.text(0));
    if (s == Statement::Step::Error)
        return fail(select, error);
    // The stop time is the end of the last file we know of: what the recording really covers.
    Statement update = m_db.prepare(
        "UPDATE recordings SET status = 'interrupted', stop_reason = 'interrupted',"
        " stop_wall = (SELECT max(end_wall) FROM evidence WHERE recording_id = recordings.id)"
        " WHERE status = 'recording'",
        error);
    if (!update.isValid())
        return false;
    return update.exec() || fail(update, error);
}

bool EvidenceWriter::insertMarker(const MarkerRecord &marker, QString *error)
{
    Statement st = m_db.prepare("INSERT INTO markers (recording_id, type, offset_ms, wall) VALUES (?1, ?2, ?3, ?4)", error);
    if (!st.isValid())
        return false;
    st.bind(1, marker.recordingId).bind(2, marker.type).bind(3, qMax<qint64>(0, marker.offsetMs)).bind(4, StoreTime::toText(marker.wall));
    return st.exec() || fail(st, error);
}

namespace {

// Binds ?1..?18 in EVIDENCE_COLUMNS order.
void bindEvidence(Statement &st, const EvidenceRecord &r)
{
    st.bind(1, r.id)
        .bind(2, evidenceKindKey(r.kind))
        .bind(3, r.recordingId.isEmpty() ? QString() : r.recordingId)
        .bindOptional(4, r.segmentIndex, r.segmentIndex > 0)
        .bind(5, r.path)
        .bind(6, r.deviceId.isEmpty() ? QString() : r.deviceId)
        .bind(7, r.officerNo.isEmpty() ? QString() : r.officerNo)
        .bindOptional(8, r.sizeBytes, r.sizeBytes >= 0)
        .bindOptional(9, r.durationMs, r.durationMs >= 0)
        .bind(10, StoreTime::toText(r.startWall))
        .bind(11, StoreTime::toText(r.endWall))
        .bindOptional(12, r.startMonoNs, r.startMonoNs != 0)
        .bindOptional(13, r.endMonoNs, r.endMonoNs != 0)
        .bind(14, r.hash.isEmpty() ? QString() : r.hash)
        .bind(15, r.hashAlgorithm.isEmpty() ? QString() : r.hashAlgorithm)
        .bind(16, evidenceStatusKey(r.status))
        .bind(17, StoreTime::toText(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()))
        .bind(18, r.note.isEmpty() ? QString() : r.note);
}

} // namespace

bool EvidenceWriter::insertOpen(const EvidenceRecord &record, QString *error)
{
    Statement st = m_db.prepare("INSERT INTO evidence (" EVIDENCE_COLUMNS ")"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"
                                " ON CONFLICT (path) DO NOTHING",
                                error);
    if (!st.isValid())
        return false;
    EvidenceRecord open = record;
    open.status = EvidenceStatus::Open;
    bindEvidence(st, open);
    if (!st.exec())
        return fail(st, error);
    return setPosition(record.path, record.position, error);
}

bool EvidenceWriter::upsertFinal(const EvidenceRecord &record, QString *error)
{
    Statement st = m_db.prepare(
        "INSERT INTO evidence (" EVIDENCE_COLUMNS ")"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"
        " ON CONFLICT (path) DO UPDATE SET"
        " recording_id = coalesce(recording_id, excluded.recording_id),"
        " segment_index = coalesce(segment_index, excluded.segment_index),"
        " device_id = coalesce(excluded.device_id, device_id),"
        " officer_no = coalesce(excluded.officer_no, officer_no),"
        " size_bytes = excluded.size_bytes,"
        " duration_ms = coalesce(excluded.duration_ms, duration_ms),"
        " start_wall = coalesce(excluded.start_wall, start_wall),"
        " end_wall = coalesce(excluded.end_wall, end_wall),"
        " start_mono_ns = coalesce(excluded.start_mono_ns, start_mono_ns),"
        " end_mono_ns = coalesce(excluded.end_mono_ns, end_mono_ns),"
        " hash = excluded.hash, hash_alg = excluded.hash_alg, status = excluded.status,"
        " note = coalesce(excluded.note, note)",
        error);
    if (!st.isValid())
        return false;
    bindEvidence(st, record);
    if (!st.exec())
        return fail(st, error);
    return setPosition(record.path, record.position, error);
}

bool EvidenceWriter::setPosition(const QString &path, const EvidencePosition &position, QString *error)
{
    if (!position.valid)
        return true;
    Statement st = m_db.prepare("UPDATE evidence SET latitude = ?2, longitude = ?3, fix_quality = ?4, accuracy_m = ?5"
                                " WHERE path = ?1 AND latitude IS NULL",
                                error);
    if (!st.isValid())
        return false;
    st.bind(1, path).bind(2, position.latitude).bind(3, position.longitude)
        .bind(4, position.fixQuality.isEmpty() ? QString() : position.fixQuality);
    if (position.accuracyMeters >= 0)
        st.bind(5, position.accuracyMeters);
    else
        st.bindNull(5);
    return st.exec() || fail(st, error);
}

bool EvidenceWriter::markMissing(const QString &id, const QString &note, QString *error)
{
    Statement st = m_db.prepare("UPDATE evidence SET status = 'missing', note = ?2 WHERE id = ?1", error);
    if (!st.isValid())
        return false;
    st.bind(1, id).bind(2, note);
    return st.exec() || fail(st, error);
}

bool EvidenceWriter::removeOpenPlaceholder(const QString &path, QString *error)
{
    Statement st = m_db.prepare("DELETE FROM evidence WHERE path = ?1 AND status = 'open'", error);
    if (!st.isValid())
        return false;
    st.bind(1, path);
    return st.exec() || fail(st, error);
}

bool EvidenceWriter::findByPath(const QString &path, EvidenceRecord *out, bool *found, QString *error)
{
    Statement st = m_db.prepare("SELECT " EVIDENCE_COLUMNS " FROM evidence WHERE path = ?1", error);
    if (!st.isValid())
        return false;
    st.bind(1, path);
    const Statement::Step s = st.step();
    if (s == Statement::Step::Error)
        return fail(st, error);
    *found = s == Statement::Step::Row;
    if (*found)
        *out = EvidenceRows::readEvidence(st);
    return true;
}

bool EvidenceWriter::allEvidence(QList<EvidenceRecord> *out, QString *error)
{
    Statement st = m_db.prepare("SELECT " EVIDENCE_COLUMNS " FROM evidence ORDER BY path", error);
    if (!st.isValid())
        return false;
    Statement::Step s;
    while ((s = st.step()) == Statement::Step::Row)
        out->append(EvidenceRows::readEvidence(st));
    return s == Statement::Step::Done || fail(st, error);
}
