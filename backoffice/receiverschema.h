#pragma once
// The receiver's SQLite schema (one migration step per version, applied by ReceiverStore::open).
// Files live beside the database: uploads/<upload id>.part while incomplete, then
// files/<device id>/<evidence id> once complete and verified; quarantine/<upload id> when the
// final hash did not match.

namespace ReceiverSchema {

inline constexpr int version = 1;

inline constexpr const char *v1 = R"SQL(
CREATE TABLE devices (
    device_id      TEXT PRIMARY KEY NOT NULL,
    algorithm      TEXT NOT NULL CHECK (algorithm IN ('ed25519', 'sm2-sm3')),
    public_key_pem TEXT NOT NULL,
    enrolled_at    TEXT NOT NULL,
    revoked_at     TEXT,
    label          TEXT
) STRICT;

CREATE TABLE enrollment_codes (
    code_hash  TEXT PRIMARY KEY NOT NULL,        -- hex SHA-256 of the code; the code itself is never stored
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    used_by    TEXT
) STRICT;

CREATE TABLE nonces (
    device_id TEXT NOT NULL,
    nonce     TEXT NOT NULL,
    seen_at   INTEGER NOT NULL,                  -- Unix seconds; rows older than the window are pruned
    PRIMARY KEY (device_id, nonce)
) STRICT;

CREATE TABLE uploads (
    id            TEXT PRIMARY KEY NOT NULL,     -- random, URL-safe
    device_id     TEXT NOT NULL,                 -- '' when uploaded by an unsigned tus client in --open-tus mode
    evidence_id   TEXT NOT NULL,
    case_id       TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    length        INTEGER NOT NULL CHECK (length >= 0),
    offset        INTEGER NOT NULL DEFAULT 0 CHECK (offset >= 0 AND offset <= length),
    declared_hash TEXT NOT NULL,
    hash_alg      TEXT NOT NULL CHECK (hash_alg IN ('sha256', 'sm3')),
    status        TEXT NOT NULL CHECK (status IN ('open', 'complete', 'mismatch', 'terminated')),
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    completed_at  TEXT,
    path          TEXT NOT NULL                  -- relative to the data directory
) STRICT;
CREATE INDEX uploads_evidence ON uploads (device_id, evidence_id);

CREATE TABLE manifests (
    id          TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL REFERENCES devices (device_id),
    case_id     TEXT NOT NULL,
    case_no     TEXT NOT NULL,
    bytes       BLOB NOT NULL,                   -- exactly as received
    signature   BLOB NOT NULL,
    hash        TEXT NOT NULL,
    prev_hash   TEXT,
    chain_ok    INTEGER NOT NULL DEFAULT 1,      -- 0: prev_hash did not name this device's previous manifest
    received_at TEXT NOT NULL
) STRICT;
CREATE INDEX manifests_case ON manifests (device_id, case_id, received_at);

-- What each manifest promised, and whether the bytes that arrived match.
CREATE TABLE expected_files (
    device_id   TEXT NOT NULL,
    evidence_id TEXT NOT NULL,
    manifest_id TEXT NOT NULL REFERENCES manifests (id),
    kind        TEXT NOT NULL,                   -- video|audio|photo|document
    hash        TEXT NOT NULL,
    hash_alg    TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'verified', 'mismatch')),
    upload_id   TEXT,
    PRIMARY KEY (device_id, evidence_id, manifest_id)
) STRICT;

CREATE TABLE receipts (
    id          TEXT PRIMARY KEY NOT NULL,
    manifest_id TEXT NOT NULL REFERENCES manifests (id),
    bytes       BLOB NOT NULL,
    signature   BLOB NOT NULL,
    issued_at   TEXT NOT NULL
) STRICT;

CREATE TABLE audit_rows (
    device_id   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    at          TEXT NOT NULL,
    officer_no  TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    hash_alg    TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) STRICT;

CREATE TABLE downlink (
    name       TEXT PRIMARY KEY NOT NULL CHECK (name IN ('tasks', 'catalogue', 'templates')),
    etag       TEXT NOT NULL,
    body       BLOB NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    username   TEXT PRIMARY KEY NOT NULL,
    pw_salt    BLOB NOT NULL,
    pw_hash    BLOB NOT NULL,                    -- PBKDF2-HMAC-SHA256 (crypto/pinkdf)
    role       TEXT NOT NULL CHECK (role IN ('admin', 'reviewer')),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,        -- hex SHA-256 of the cookie value
    username   TEXT NOT NULL REFERENCES users (username),
    expires_at INTEGER NOT NULL
) STRICT;

-- The receiver's own trail: enrollments, revocations, logins, exports, refusals.
CREATE TABLE events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    object  TEXT NOT NULL,
    details TEXT NOT NULL
) STRICT;
)SQL";

} // namespace ReceiverSchema
