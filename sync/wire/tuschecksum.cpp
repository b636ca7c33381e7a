#include "tuschecksum.h"

#include "base64strict.h"

#include <openssl/evp.h>

namespace TusChecksum {

QByteArray digest(const QByteArray &algorithm, const QByteArray &data)
{
    const EVP_MD *md = algorithm == "sha256" ? EVP_sha256() : algorithm == "sha1" ? EVP_sha1() : nullptr;
    if (!md)
        return QByteArray();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QByteArray header(const QByteArray &algorithm, const QByteArray &data)
{
    return algorithm + ' ' + digest(algorithm, data).toBase64();
}

bool parse(const QByteArray &value, QByteArray *algorithm, QByteArray *decoded, QString *error)
{
    const QByteArray trimmed = value.trimmed();
    const int space = int(trimmed.indexOf(' '));
    if (space <= 0) {
        *error = QStringLiteral("Upload-Checksum is not '<algorithm> <base64>'");
        return false;
    }
    *algorithm = trimmed.left(space).toLower();
    if (!Base64Strict::decode(trimmed.mid(space + 1).trimmed(), decoded) || decoded->isEmpty()) {
        *error = QStringLiteral("Upload-Checksum digest is not base64");
        return false;
    }
    return true;
}

} // namespace TusChecksum
