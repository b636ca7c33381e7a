#pragma once
// DocumentPaths: where locked documents' PDFs live under the data directory —
// documents/YYYY/MM/<number, file-safe>_v<version>.pdf — relative paths as the store records them.

#include <QDateTime>
#include <QString>

class DataPaths;

namespace DocumentPaths {

QString root(const DataPaths &paths);   // <data>/documents
// Relative to the data root, e.g. "documents/2026/11/沪市监询〔2026〕15号_v1.pdf" (local month).
QString relativePdfPath(const QDateTime &lockedAt, const QString &number, int version);

} // namespace DocumentPaths
