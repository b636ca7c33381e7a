#include "contentdigest.h"

#include "hasher.h"
#include "structuredfield.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace ContentDigest {

namespace {

// The digest of body under an RFC 9530 algorithm name; false for names we do not know.
bool digest(const QString &algorithm, const QByteArray &body, QByteArray *out)
{
    if (algorithm == QLatin1String("sm3")) {
        *out = Hasher::hash(QStringLiteral("sm3"), body);
        return !out->isEmpty();
    }
    const EVP_MD *md = nullptr;
    if (algorithm == QLatin1String("sha-256"))
        md = EVP_sha256();
    else if (algorithm == QLatin1String("sha-512"))
        md = EVP_sha512();
    if (!md)
        return false;
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(body.constData(), size_t(body.size()), buffer, &length, md, nullptr) != 1)
        return false;
    *out = QByteArray(reinterpret_cast<const char *>(buffer), int(length));
    return true;
}

void setDetail(QString *detail, const QString &text)
{
    if (detail)
        *detail = text;
}

} // namespace

QByteArray header(const QByteArray &body, const QStringList &algorithms)
{
    StructuredField::Dictionary dictionary;
    for (const QString &algorithm : algorithms) {
        QByteArray value;
        if (!digest(algorithm, body, &value))
            continue;   // not one we can compute; never emit a guess
        StructuredField::Member member;
        member.item = StructuredField::Item::fromBytes(value);
        dictionary.append({algorithm.toLatin1(), member});
    }
    return StructuredField::serializeDictionary(dictionary);
}

Check check(const QByteArray &headerValue, const QByteArray &body, QString *detail)
{
    if (headerValue.trimmed().isEmpty()) {
        setDetail(detail, QStringLiteral("empty Content-Digest"));
        return Check::Malformed;
    }
    StructuredField::Dictionary dictionary;
    QByteArray parseError;
    if (!StructuredField::parseDictionary(headerValue, &dictionary, &parseError)) {
        setDetail(detail, QStringLiteral("malformed Content-Digest: %1").arg(QString::fromLatin1(parseError)));
        return Check::Malformed;
    }
    int known = 0;
    for (const auto &entry : dictionary) {
        const QString algorithm = QString::fromLatin1(entry.first);
        QByteArray expected;
        if (!digest(algorithm, body, &expected))
            continue;   // RFC 9530 §2: unknown algorithms are ignored
        const StructuredField::Member &member = entry.second;
        if (member.isInnerList || member.item.type != StructuredField::Item::Type::ByteSequence) {
            setDetail(detail, QStringLiteral("Content-Digest %1 is not a byte sequence").arg(algorithm));
            return Check::Malformed;
        }
        ++known;
        const QByteArray &given = member.item.text;
        if (given.size() != expected.size()
            || CRYPTO_memcmp(given.constData(), expected.constData(), size_t(expected.size())) != 0) {
            setDetail(detail, QStringLiteral("Content-Digest %1 does not match the body").arg(algorithm));
            return Check::Mismatch;
        }
    }
    if (known == 0) {
        setDetail(detail, QStringLiteral("Content-Digest lists no known algorithm (sha-256, sha-512, sm3)"));
        return Check::NoKnownAlgorithm;
    }
    setDetail(detail, QString());
    return Check::Match;
}

QByteArray headerFromSha256(const QByteArray &sha256)
{
    return QByteArrayLiteral("sha-256=:") + sha256.toBase64() + ':';
}

QByteArray listedDigest(const QByteArray &headerValue, const QByteArray &algorithm)
{
    StructuredField::Dictionary dict;
    QByteArray error;
    if (!StructuredField::parseDictionary(headerValue, &dict, &error))
        return QByteArray();
    for (const auto &[key, member] : std::as_const(dict)) {
        if (key == algorithm && !member.isInnerList && member.item.type == StructuredField::Item::Type::ByteSequence)
            return member.item.text;
    }
    return QByteArray();
}

} // namespace ContentDigest
