#pragma once
// PackageReader: reads an evidence package zip in one pass with libarchive. Small entries
// (manifest, keys, receipt, audit.jsonl) are kept in memory; entries under files/ are streamed
// through SHA-256 and SM3 at once, so a package of large videos never sits in memory and the
// hash algorithm need not be known before the manifest is read.

#include <QByteArray>
#include <QHash>
#include <QString>

struct PackageContents {
    QHash<QString, QByteArray> entries;              // name → bytes (everything outside files/)
    struct FileDigest {
        QString sha256;
        QString sm3;
        qint64 size = 0;
    };
    QHash<QString, FileDigest> files;                // "files/<…>" → digests
};

namespace PackageReader {

inline constexpr qint64 maxInMemoryEntry = 256 * 1024 * 1024;

// False with *error (Chinese) when the zip cannot be read at all.
bool read(const QString &path, PackageContents *out, QString *error);

} // namespace PackageReader
