#include "signedjson.h"

#include "hasher.h"
#include "structuredfield.h"

namespace SignedJson {

QByteArray signatureHeader(const QByteArray &signature)
{
    return StructuredField::serializeItem(StructuredField::Item::fromBytes(signature));
}

bool parseSignatureHeader(const QByteArray &value, QByteArray *signature, QString *error)
{
    StructuredField::Item item;
    StructuredField::Parameters parameters;
    QByteArray parseError;
    if (!StructuredField::parseItem(value, &item, &parameters, &parseError)) {
        *error = QStringLiteral("malformed signature header: %1").arg(QString::fromLatin1(parseError));
        return false;
    }
    if (item.type != StructuredField::Item::Type::ByteSequence || !parameters.isEmpty()) {
        *error = QStringLiteral("signature header is not a byte sequence");
        return false;
    }
    if (item.text.isEmpty()) {
        *error = QStringLiteral("signature header is empty");
        return false;
    }
    *signature = item.text;
    return true;
}

QByteArray sign(const DeviceIdentity &key, const QByteArray &jsonBytes, QString *error)
{
    if (!key.isValid()) {
        *error = QStringLiteral("no signing key");
        return QByteArray();
    }
    return key.sign(jsonBytes, error);
}

bool verify(const QByteArray &publicKeyPem, DeviceIdentity::Algorithm algorithm, const QByteArray &jsonBytes,
            const QByteArray &signature, QString *error)
{
    if (signature.isEmpty()) {
        *error = QStringLiteral("empty signature");
        return false;
    }
    return DeviceIdentity::verify(publicKeyPem, algorithm, jsonBytes, signature, error);
}

QString hashHex(const QString &hashAlg, const QByteArray &bytes)
{
    if (!Hasher::isSupported(hashAlg))
        return QString();
    return QString::fromLatin1(Hasher::hash(hashAlg, bytes).toHex());
}

} // namespace SignedJson
