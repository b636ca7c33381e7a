#pragma once
// TusMetadata: the tus 1.0 `Upload-Metadata` header — comma-separated `key base64(value)`
// pairs (a key alone means an empty value). Keys are ASCII without spaces or commas and unique.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace TusMetadata {

using Pairs = QList<QPair<QByteArray, QByteArray>>;   // key → raw value bytes (UTF-8 text here)

QByteArray encode(const Pairs &pairs);
bool decode(const QByteArray &header, Pairs *out, QString *error);
QByteArray value(const Pairs &pairs, const QByteArray &key);   // empty when absent

} // namespace TusMetadata
