#pragma once
// SqliteTusStateStore: TusClient's upload state in the `uploads` table of the device's store
// (sync/syncschema.h) — one row per evidence id with the upload URL and the last offset the
// server acknowledged. Its own connection on the given database file (the sync thread's, or
// the CLI's), with a busy timeout so it waits for the store's writer instead of failing.

#include "tusclient.h"

#include "database.h"

class SqliteTusStateStore : public TusStateStore
{
public:
    SqliteTusStateStore() = default;

    // Opens the database file (which must already hold the sync tables). Errors are Chinese.
    bool open(const QString &databasePath, QString *error, int busyTimeoutMs = 10000);
    bool isOpen() const { return m_db.isOpen(); }

    bool load(const QString &evidenceId, TusUploadState *state, bool *found, QString *error) override;
    bool save(const TusUploadState &state, QString *error) override;
    bool forget(const QString &evidenceId, QString *error) override;

private:
    Database m_db;
};
