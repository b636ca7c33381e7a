#include "schema.h"

#include "database.h"
#include "syncschema.h"

namespace Schema {

QList<MigrationStep> steps()
{
    return {{1, &migrateTo1}, {2, &migrateTo2}, {3, &migrateTo3}, {4, &migrateTo4}, {5, &migrateTo5}, {6, &migrateTo6}};
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

bool migrateTo2(Database &db, QString *error)
{
    // Officers and sign-in state, the hash-chained audit log, cases with their step history,
    // links from recordings/photos to cases, and named counters (case numbers, later document
    // numbers). Lengths are enforced in C++ with messages naming the field; the CHECKs here
    // are the last line of defence.
    static const char *const sql = R"SQL(
CREATE TABLE officers (
    officer_no      TEXT PRIMARY KEY NOT NULL CHECK (length(officer_no) BETWEEN 1 AND 32),
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    agency          TEXT NOT NULL CHECK (length(agency) <= 128),
    squad           TEXT NOT NULL DEFAULT '' CHECK (length(squad) <= 64),
    -- comma-separated, each one of inspector, squad_leader, admin
    roles           TEXT NOT NULL CHECK (roles <> ''),
    pin_kdf         TEXT NOT NULL CHECK (pin_kdf IN ('pbkdf2-sha256', 'pbkdf2-sm3')),
    pin_iterations  INTEGER NOT NULL CHECK (pin_iterations >= 600000),
    pin_salt        TEXT NOT NULL CHECK (length(pin_salt) >= 32),
    pin_hash        TEXT NOT NULL CHECK (length(pin_hash) = 64),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    lockouts        INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0),
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

-- The audit trail: append-only, each row chained to the one before by hash (auditlog.h has the
-- canonical bytes). AUTOINCREMENT keeps sqlite_sequence at the highest seq ever written, so a
-- deleted last row is noticed too.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    officer_no  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    hash_alg    TEXT NOT NULL CHECK (hash_alg IN ('sha256', 'sm3'))
) STRICT;

CREATE INDEX audit_object ON audit_log (object_type, object_id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;

CREATE TABLE cases (
    id              TEXT PRIMARY KEY NOT NULL,
    case_no         TEXT NOT NULL UNIQUE,
    type            TEXT NOT NULL CHECK (type IN ('inspection', 'summary', 'general')),
    status          TEXT NOT NULL CHECK (status IN ('filed', 'investigating', 'notified', 'decided',
                                                    'served', 'executed', 'closed')),
    status_since    TEXT NOT NULL,
    party_kind      TEXT NOT NULL CHECK (party_kind IN ('person', 'organisation')),
    party_name      TEXT NOT NULL CHECK (length(party_name) BETWEEN 1 AND 100),
    party_id_no     TEXT NOT NULL CHECK (length(party_id_no) = 18),
    party_phone     TEXT NOT NULL DEFAULT '' CHECK (length(party_phone) <= 32),
    address         TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
    latitude        REAL,
    longitude       REAL,
    power_item_code TEXT NOT NULL,
    power_item_name TEXT NOT NULL,
    task_ref        TEXT NOT NULL DEFAULT '' CHECK (length(task_ref) <= 100),
    summary         TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
    device_id       TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
) STRICT;

CREATE INDEX cases_created ON cases (created_at);
CREATE INDEX cases_status ON cases (status, status_since);
CREATE INDEX cases_party ON cases (party_name);

-- One row per step a case entered, 'filed' included: when and by whom.
CREATE TABLE case_steps (
    id         INTEGER PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    step       TEXT NOT NULL CHECK (step IN ('filed', 'investigating', 'notified', 'decided',
                                             'served', 'executed', 'closed')),
    entered_at TEXT NOT NULL,
    officer_no TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    UNIQUE (case_id, step)
) STRICT;

-- A recording (all its segments) or a single photo belongs to at most one case.
CREATE TABLE case_links (
    id           INTEGER PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    recording_id TEXT UNIQUE REFERENCES recordings (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    evidence_id  TEXT UNIQUE REFERENCES evidence (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    linked_at    TEXT NOT NULL,
    officer_no   TEXT NOT NULL,
    CHECK ((recording_id IS NULL) <> (evidence_id IS NULL))
) STRICT;

CREATE INDEX case_links_case ON case_links (case_id);

-- Named sequences that never go backwards (case numbers per device and year; document numbers).
CREATE TABLE counters (
    name  TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0)
) STRICT;

-- The reason a recording was stopped, in the officer's words (the reason key stays in stop_reason).
ALTER TABLE recordings ADD COLUMN stop_note TEXT;
)SQL";
    return db.exec(sql, error);
}

bool migrateTo3(Database &db, QString *error)
{
    // Enforcement documents (文书). A row is one version of one document: a draft is autosaved
    // in place on every change; locking assigns the number, stores the PDF and freezes both
    // hashes. A change after locking is a new row (version + 1) whose supersedes_id names the
    // locked one — a locked row never changes again (trigger).
    static const char *const sql = R"SQL(
CREATE TABLE documents (
    id               TEXT PRIMARY KEY NOT NULL,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    template_id      TEXT NOT NULL,
    template_version INTEGER NOT NULL CHECK (template_version >= 1),
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    supersedes_id    TEXT UNIQUE REFERENCES documents (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    status           TEXT NOT NULL CHECK (status IN ('draft', 'locked')),
    number           TEXT UNIQUE,
    values_json      TEXT NOT NULL,
    pdf_path         TEXT CHECK (pdf_path IS NULL OR (pdf_path <> '' AND substr(pdf_path, 1, 1) <> '/')),
    pdf_hash         TEXT CHECK (pdf_hash IS NULL OR (length(pdf_hash) = 64 AND pdf_hash NOT GLOB '*[^0-9a-f]*')),
    values_hash      TEXT CHECK (values_hash IS NULL OR (length(values_hash) = 64 AND values_hash NOT GLOB '*[^0-9a-f]*')),
    hash_alg         TEXT CHECK (hash_alg IS NULL OR hash_alg IN ('sha256', 'sm3')),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    locked_at        TEXT,
    locked_by        TEXT,
    -- a locked document has its number, PDF and both hashes; a draft has none of them
    CHECK ((status = 'locked') = (number IS NOT NULL AND pdf_path IS NOT NULL AND pdf_hash IS NOT NULL
                                  AND values_hash IS NOT NULL AND hash_alg IS NOT NULL AND locked_at IS NOT NULL))
) STRICT;

CREATE INDEX documents_case ON documents (case_id, template_id, version);

CREATE TRIGGER documents_locked_frozen BEFORE UPDATE ON documents
WHEN OLD.status = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'a locked document never changes; save a new version');
END;

CREATE TRIGGER documents_no_delete_locked BEFORE DELETE ON documents
WHEN OLD.status = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'locked documents are never deleted');
END;
)SQL";
    return db.exec(sql, error);
}

bool migrateTo4(Database &db, QString *error)
{
    // The sync engine's tables (outbox, tus upload state, manifests and receipts). sync/ owns
    // their definition and is the only code that reads or writes them.
    return db.exec(SyncSchema::ddl, error);
}

bool migrateTo5(Database &db, QString *error)
{
    // Reviews of cases by squad leaders on the device (app/cases/casereview.h). One row per
    // decision, never changed or deleted: a case's review state is its latest row (highest id;
    // insertion order is decision order even if the wall clock was set back), 'pending' when
    // it has none. A return must say why; the inspector reads it on the case.
    static const char *const sql = R"SQL(
CREATE TABLE case_reviews (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON UPDATE RESTRICT ON DELETE RESTRICT,
    decision    TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
    comment     TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 500),
    reviewer_no TEXT NOT NULL CHECK (length(reviewer_no) BETWEEN 1 AND 32),
    reviewed_at TEXT NOT NULL,
    CHECK (decision <> 'returned' OR length(trim(comment)) > 0)
) STRICT;

CREATE INDEX case_reviews_case ON case_reviews (case_id, id);

CREATE TRIGGER case_reviews_no_update BEFORE UPDATE ON case_reviews
BEGIN
    SELECT RAISE(ABORT, 'case reviews are append-only');
END;

CREATE TRIGGER case_reviews_no_delete BEFORE DELETE ON case_reviews
BEGIN
    SELECT RAISE(ABORT, 'case reviews are append-only');
END;
)SQL";
    return db.exec(sql, error);
}

bool migrateTo6(Database &db, QString *error)
{
    // The position of each evidence file (issue 7): the last valid fix when a photo was taken or
    // a segment started — NULL when there was none (no receiver, lost, stale). Existing rows keep
    // NULL. Once written, a position is frozen like the hash: evidence metadata is not edited.
    static const char *const sql = R"SQL(
ALTER TABLE evidence ADD COLUMN latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90);
ALTER TABLE evidence ADD COLUMN longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180);
ALTER TABLE evidence ADD COLUMN fix_quality TEXT CHECK (fix_quality IS NULL OR fix_quality IN
    ('gps', 'dgps', 'pps', 'rtk', 'float_rtk', 'estimated', 'manual', 'simulation'));
ALTER TABLE evidence ADD COLUMN accuracy_m REAL CHECK (accuracy_m IS NULL OR accuracy_m >= 0);

-- Both coordinates or neither, and a quality only with them (ALTER cannot add a table CHECK).
CREATE TRIGGER evidence_position_whole_insert BEFORE INSERT ON evidence
WHEN (NEW.latitude IS NULL) <> (NEW.longitude IS NULL) OR (NEW.latitude IS NULL AND NEW.fix_quality IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'an evidence position needs latitude and longitude');
END;

CREATE TRIGGER evidence_position_whole_update BEFORE UPDATE OF latitude, longitude, fix_quality ON evidence
WHEN (NEW.latitude IS NULL) <> (NEW.longitude IS NULL) OR (NEW.latitude IS NULL AND NEW.fix_quality IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'an evidence position needs latitude and longitude');
END;

CREATE TRIGGER evidence_position_frozen BEFORE UPDATE OF latitude, longitude, fix_quality, accuracy_m ON evidence
WHEN OLD.latitude IS NOT NULL
 AND (NEW.latitude IS NOT OLD.latitude OR NEW.longitude IS NOT OLD.longitude
      OR NEW.fix_quality IS NOT OLD.fix_quality OR NEW.accuracy_m IS NOT OLD.accuracy_m)
BEGIN
    SELECT RAISE(ABORT, 'an evidence position cannot be changed');
END;
)SQL";
    return db.exec(sql, error);
}

} // namespace Schema
