#include "tusmetadata.h"

#include "base64strict.h"

namespace TusMetadata {

namespace {

bool isValidKey(const QByteArray &key)
{
    if (key.isEmpty())
        return false;
    for (const char c : key) {
        if (c <= 0x20 || c > 0x7e || c == ',')
            return false;
    }
    return true;
}

} // namespace

QByteArray encode(const Pairs &pairs)
{
    QByteArray out;
    for (const auto &pair : pairs) {
        if (!out.isEmpty())
            out.append(',');
        out.append(pair.first);
        if (!pair.second.isEmpty()) {
            out.append(' ');
            out.append(pair.second.toBase64());
        }
    }
    return out;
}

bool decode(const QByteArray &header, Pairs *out, QString *error)
{
    out->clear();
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QList<QByteArray> items = trimmed.split(',');
    for (int i = 0; i < items.size(); ++i) {
        const QByteArray item = items.at(i).trimmed();
        const int space = item.indexOf(' ');
        const QByteArray key = space < 0 ? item : item.left(space);
        const QByteArray encoded = space < 0 ? QByteArray() : item.mid(space + 1);
        if (!isValidKey(key)) {
            *error = QStringLiteral("Upload-Metadata pair %1 has an invalid key").arg(i + 1);
            out->clear();
            return false;
        }
        QByteArray value;
        if (space >= 0 && !Base64Strict::decode(encoded, &value)) {
            *error = QStringLiteral("Upload-Metadata value of %1 is not valid base64").arg(QString::fromLatin1(key));
            out->clear();
            return false;
        }
        for (const auto &existing : *out) {
            if (existing.first == key) {
                *error = QStringLiteral("Upload-Metadata key %1 appears twice").arg(QString::fromLatin1(key));
                out->clear();
                return false;
            }
        }
        out->append({key, value});
    }
    return true;
}

QByteArray value(const Pairs &pairs, const QByteArray &key)
{
    for (const auto &pair : pairs) {
        if (pair.first == key)
            return pair.second;
    }
    return QByteArray();
}

} // namespace TusMetadata
