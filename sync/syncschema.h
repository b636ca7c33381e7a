#pragma once
// SyncSchema: the tables the sync engine owns in the terminal's store. The terminal's schema
// migration (app/store/schema.cpp, v4) executes this text; only sync/ reads and writes them,
// through its own connection on the sync thread.

namespace SyncSchema {

inline constexpr const char *ddl = R"SQL(
-- Settings of the link to the receiver: server URL, receiver key, ETags, policy.
CREATE TABLE sync_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- One resumable tus upload per evidence id (PROTOCOL.md §4): the server's URL for it and the
-- last offset the server acknowledged. Survives restarts and reboots.
CREATE TABLE uploads (
    evidence_id TEXT PRIMARY KEY NOT NULL,
    endpoint    TEXT NOT NULL,
    upload_url  TEXT,
    offset      INTEGER NOT NULL DEFAULT 0 CHECK (offset >= 0),
    size        INTEGER NOT NULL CHECK (size >= 0),
    hash        TEXT,
    hash_alg    TEXT,
    status      TEXT NOT NULL CHECK (status IN ('created', 'uploading', 'done', 'failed')),
    last_error  TEXT,
    updated_at  TEXT NOT NULL
) STRICT;

-- The durable outbox: what is still to be sent, in priority order (lower sends first):
-- 0 manifest, 1 document, 2 photo, 3 marked_video, 4 video / audio, 5 audit.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('manifest', 'document', 'photo', 'marked_video',
                                                  'video', 'audio', 'audit')),
    object_id       TEXT NOT NULL,
    priority        INTEGER NOT NULL,
    case_id         TEXT NOT NULL DEFAULT '',
    path            TEXT,                  -- relative to the data directory (files only)
    file_name       TEXT,
    size            INTEGER,
    hash            TEXT,
    hash_alg        TEXT,
    status          TEXT NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sent', 'receipted', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    bytes_sent      INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    UNIQUE (kind, object_id)
) STRICT;
CREATE INDEX outbox_pending ON outbox (status, priority, id);

-- Case manifests exactly as signed and sent, chained by prev_hash; the receipt once it arrives.
CREATE TABLE manifests (
    id                TEXT PRIMARY KEY NOT NULL,
    case_id           TEXT NOT NULL,
    bytes             BLOB NOT NULL,
    signature         BLOB NOT NULL,
    hash              TEXT NOT NULL,
    content_hash      TEXT NOT NULL,     -- of the content without id/time/chain: unchanged case → no new manifest
    prev_hash         TEXT,
    created_at        TEXT NOT NULL,
    receipt           BLOB,
    receipt_signature BLOB,
    receipted_at      TEXT,
    complete          INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))
) STRICT;
CREATE INDEX manifests_case ON manifests (case_id, created_at);

-- Evidence a valid receipt lists as verified: the only evidence that may ever be reclaimed.
CREATE TABLE receipted_evidence (
    evidence_id  TEXT PRIMARY KEY NOT NULL,
    manifest_id  TEXT NOT NULL REFERENCES manifests (id),
    hash         TEXT NOT NULL,
    receipted_at TEXT NOT NULL
) STRICT;
)SQL";

} // namespace SyncSchema
