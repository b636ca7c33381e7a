#pragma once
// What the tus tests share: a store file holding the sync tables, source files of known bytes
// with their hashes, and a loop that keeps calling upload() the way the engine does (without
// the backoff waits) until it is done or gives up.

#include "hasher.h"
#include "syncschema.h"
#include "testtools.h"
#include "tusclient.h"

#include "database.h"

#include <QDir>
#include <QFileInfo>

namespace TusFixture {

inline bool makeStore(const QString &path)
{
    Database db;
    QString error;
    return db.open(path, Database::Access::ReadWrite, &error) && db.exec(SyncSchema::ddl, &error);
}

inline TusFile makeFile(const QString &dir, const QString &name, int size, int seed = 1)
{
    TusFile f;
    f.path = QDir(dir).filePath(name);
    TestTools::writeFile(f.path, TestTools::pattern(size, seed));
    f.evidenceId = QStringLiteral("ev-") + name;
    f.kind = QStringLiteral("file");
    f.fileName = name;
    f.size = size;
    QString error;
    f.hash = Hasher::hashFileHex(QStringLiteral("sha256"), f.path, &error);
    f.hashAlg = QStringLiteral("sha256");
    return f;
}

// Calls upload() until Done/Failed/Aborted; *attempts counts the calls.
inline TusClient::Result uploadUntilDone(TusClient &client, const QUrl &endpoint, const TusFile &file,
                                         int maxAttempts, int *attempts = nullptr, QStringList *errors = nullptr)
{
    TusClient::Result r;
    for (int i = 1; i <= maxAttempts; ++i) {
        if (attempts)
            *attempts = i;
        r = client.upload(endpoint, file);
        if (r.outcome != TusClient::Outcome::Retry)
            return r;
        if (errors)
            *errors << r.error;
    }
    return r;
}

inline QString stateOf(const QString &db, const QString &evidenceId, const QString &column)
{
    return TestTools::sqlite(db, QStringLiteral("SELECT %1 FROM uploads WHERE evidence_id = '%2'").arg(column, evidenceId));
}

} // namespace TusFixture
