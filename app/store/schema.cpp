#include "schema.h"

#include "database.h"

namespace Schema {

QList<MigrationStep> steps()
{
    return {{1, &migrateTo1}};
}

bool migrateTo1(Database &db, QString *error)
{
    // Times are ISO-8601 UTC text with milliseconds (storetime.h); monotonic times are
    // CLOCK_MONOTONIC nanoseconds of the device (only comparable within one boot).
    // Paths are relative to the data directory, so a store moved with its files stays valid.
    static const char *const sql = R"SQL(
CREATE TABLE recordings (
    id                  TEXT PRIMARY KEY NOT NULL,
    device_id           TEXT NOT NULL,
    officer_no          TEXT NOT NULL,
    mode                TEXT NOT NULL CHECK (mode IN ('av', 'audio')),
    press_wall          TEXT NOT NULL,
    press_mono_ns       INTEGER,
    first_frame_wall    TEXT,
    first_frame_mono_ns INTEGER,
    prerecord_ms        INTEGER NOT NULL DEFAULT 0 CHECK (prerecord_ms >= 0),
    stop_wall           TEXT,
    stop_reason         TEXT,
    thumbnail           TEXT,
    status              TEXT NOT NULL DEFAULT 'recording'
                        CHECK (status IN ('recording', 'closed', 'interrupted'))
) STRICT;

-- Today's recordings on the home page; start-up finds the ones still 'recording'.
CREATE INDEX recordings_press_wall ON recordings (press_wall);
CREATE INDEX recordings_unfinished ON recordings (status) WHERE status = 'recording';

CREATE TABLE evidence (
    id             TEXT PRIMARY KEY NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('video', 'audio', 'photo')),
    recording_id   TEXT REFERENCES recordings (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    segment_index  INTEGER CHECK (segment_index >= 1),
    path           TEXT NOT NULL UNIQUE CHECK (path <> '' AND substr(path, 1, 1) <> '/'),
    device_id      TEXT,
    officer_no     TEXT,
    size_bytes     INTEGER CHECK (size_bytes >= 0),
    duration_ms    INTEGER CHECK (duration_ms >= 0),
    start_wall     TEXT,
    end_wall       TEXT,
    start_mono_ns  INTEGER,
    end_mono_ns    INTEGER,
    hash           TEXT CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
    hash_alg       TEXT CHECK (hash_alg IN ('sha256', 'sm3')),
    status         TEXT NOT NULL CHECK (status IN ('open', 'ok', 'recovered', 'missing')),
    created_at     TEXT NOT NULL,
    note           TEXT,
    CHECK ((hash IS NULL) = (hash_alg IS NULL)),
    -- a file counts as evidence only with its hash recorded
    CHECK (status NOT IN ('ok', 'recovered') OR hash IS NOT NULL),
    CHECK (kind = 'photo' OR recording_id IS NULL OR segment_index IS NOT NULL),
    UNIQUE (recording_id, segment_index)
) STRICT;

CREATE INDEX evidence_recording ON evidence (recording_id);
CREATE INDEX evidence_start_wall ON evidence (start_wall);
CREATE INDEX evidence_unsettled ON evidence (status) WHERE status IN ('open', 'missing');

-- Evidence is never deleted on the device (PRODUCT.md). The one exception is the placeholder
-- of a segment that never received a byte (status 'open'): start-up reconciliation drops it.
CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
WHEN OLD.status <> 'open'
BEGIN
    SELECT RAISE(ABORT, 'evidence rows are never deleted');
END;

-- Once recorded, a hash is frozen: a different hash would mean a different file.
CREATE TRIGGER evidence_hash_frozen BEFORE UPDATE OF hash, hash_alg ON evidence
WHEN OLD.hash IS NOT NULL AND (NEW.hash IS NOT OLD.hash OR NEW.hash_alg IS NOT OLD.hash_alg)
BEGIN
    SELECT RAISE(ABORT, 'an evidence hash cannot be changed');
END;

CREATE TABLE markers (
    id           INTEGER PRIMARY KEY,
    recording_id TEXT NOT NULL REFERENCES recordings (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    type         TEXT NOT NULL CHECK (type IN ('show_credentials', 'notify', 'question',
                                               'statement', 'sign', 'serve', 'other')),
    offset_ms    INTEGER NOT NULL CHECK (offset_ms >= 0),
    wall         TEXT NOT NULL
) STRICT;

CREATE INDEX markers_recording ON markers (recording_id, offset_ms);
)SQL";
    return db.exec(sql, error);
}

} // namespace Schema
