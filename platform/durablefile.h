#pragma once
// DurableFile: the file-system steps that turn bytes into evidence that survives power loss
// (ARCHITECTURE.md): private directories and files, fsync of the file, rename from ".part" to
// the final name without ever replacing an existing file, fsync of the directory.
// Plain POSIX calls; safe from any thread.

#include <QByteArray>
#include <QString>

namespace DurableFile {

// Creates dir and missing parents with mode 0700 (existing ones are left as they are).
bool ensurePrivateDir(const QString &dir, QString *error);

// Creates (or truncates) an empty file with mode 0600, so a writer that opens it later keeps
// that mode instead of the umask default.
bool createPrivateFile(const QString &path, QString *error);

bool syncFile(const QString &path, QString *error);
bool syncDir(const QString &dir, QString *error);

// fsync(part) → rename(part, final) refusing to replace final → fsync(directory of final).
bool commit(const QString &partPath, const QString &finalPath, QString *error);

// Writes data to "<finalPath>.part" (0600) and commits it.
bool writeAndCommit(const QString &finalPath, const QByteArray &data, QString *error);

} // namespace DurableFile
