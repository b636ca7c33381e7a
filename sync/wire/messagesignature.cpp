#include "messagesignature.h"

#include "structuredfield.h"

#include <QDateTime>

#include <openssl/rand.h>

namespace MessageSignature {

namespace {

using StructuredField::Item;

constexpr const char *label = "sig1";

// The covered headers after @method / @target-uri, in the protocol's order (PROTOCOL.md §2).
const char *const coveredHeaders[] = {
    "content-digest", "tus-resumable", "upload-length", "upload-offset", "upload-metadata",
    "upload-checksum", "upload-concat", "upload-defer-length", "manifest-signature",
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

struct UriParts
{
    QByteArray scheme;
    QByteArray authority;
    QByteArray path;
    QByteArray query;
    bool hasQuery = false;
};

bool splitUri(const QByteArray &uri, UriParts *parts)
{
    const int schemeEnd = uri.indexOf("://");
    if (schemeEnd <= 0)
        return false;
    parts->scheme = uri.left(schemeEnd).toLower();
    QByteArray rest = uri.mid(schemeEnd + 3);
    const int fragment = rest.indexOf('#');
    if (fragment >= 0)
        rest.truncate(fragment);
    int authorityEnd = rest.size();
    for (const char c : {'/', '?'}) {
        const int at = rest.indexOf(c);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    QByteArray authority = rest.left(authorityEnd).toLower();
    if (authority.isEmpty())
        return false;
    const int at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.mid(at + 1);
    if ((parts->scheme == "http" && authority.endsWith(":80")) || (parts->scheme == "https" && authority.endsWith(":443")))
        authority.truncate(authority.lastIndexOf(':'));
    parts->authority = authority;
    rest = rest.mid(authorityEnd);
    const int question = rest.indexOf('?');
    parts->hasQuery = question >= 0;
    parts->path = question >= 0 ? rest.left(question) : rest;
    parts->query = question >= 0 ? rest.mid(question + 1) : QByteArray();
    if (parts->path.isEmpty())
        parts->path = "/";
    return true;
}

bool componentValue(const Request &request, const QByteArray &name, QByteArray *value, QString *error)
{
    if (name == "@method") {
        *value = request.method;
    } else if (name == "@target-uri") {
        *value = normalizedTargetUri(request.targetUri);
        if (value->isEmpty()) {
            setError(error, QStringLiteral("target URI is not absolute"));
            return false;
        }
    } else if (name.startsWith('@')) {
        UriParts parts;
        if (!splitUri(request.targetUri, &parts)) {
            setError(error, QStringLiteral("target URI is not absolute"));
            return false;
        }
        if (name == "@authority")
            *value = parts.authority;
        else if (name == "@scheme")
            *value = parts.scheme;
        else if (name == "@path")
            *value = parts.path;
        else if (name == "@query")
            *value = '?' + parts.query;
        else {
            setError(error, QStringLiteral("unsupported derived component %1").arg(QString::fromLatin1(name)));
            return false;
        }
    } else {
        if (!request.hasHeader(name)) {
            setError(error, QStringLiteral("covered header %1 is missing").arg(QString::fromLatin1(name)));
            return false;
        }
        *value = request.header(name);
    }
    if (value->isEmpty() && (name == "@method" || name == "@target-uri")) {
        setError(error, QStringLiteral("%1 is empty").arg(QString::fromLatin1(name)));
        return false;
    }
    if (value->contains('\r') || value->contains('\n')) {
        setError(error, QStringLiteral("component %1 contains a line break").arg(QString::fromLatin1(name)));
        return false;
    }
    return true;
}

} // namespace

QByteArray normalizedTargetUri(const QByteArray &targetUri)
{
    UriParts parts;
    if (!splitUri(targetUri, &parts))
        return QByteArray();
    QByteArray out = parts.scheme + "://" + parts.authority + parts.path;
    if (parts.hasQuery)
        out += '?' + parts.query;
    return out;
}

namespace {

QByteArray randomNonce()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toBase64();
}

const StructuredField::Member *findLabel(const StructuredField::Dictionary &dictionary)
{
    for (const auto &entry : dictionary) {
        if (entry.first == label)
            return &entry.second;
    }
    return nullptr;
}

bool stringParameter(const StructuredField::Parameters &parameters, const char *key, QByteArray *value, QString *error)
{
    const Item *item = StructuredField::parameter(parameters, key);
    if (!item) {
        setError(error, QStringLiteral("Signature-Input lacks the %1 parameter").arg(QLatin1String(key)));
        return false;
    }
    if (item->type != Item::Type::String) {
        setError(error, QStringLiteral("Signature-Input parameter %1 is not a string").arg(QLatin1String(key)));
        return false;
    }
    *value = item->text;
    return true;
}

} // namespace

QByteArray Request::header(const QByteArray &lowerName) const
{
    // RFC 9421 §2.1: several fields of one name are combined, each value trimmed, with ", ".
    QByteArray out;
    bool found = false;
    for (const auto &h : headers) {
        if (h.first.compare(lowerName, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            out.append(", ");
        out.append(h.second.trimmed());
        found = true;
    }
    return out;
}

bool Request::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first.compare(lowerName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void Request::setHeader(const QByteArray &lowerName, const QByteArray &value)
{
    for (int i = headers.size() - 1; i >= 0; --i) {
        if (headers.at(i).first.compare(lowerName, Qt::CaseInsensitive) == 0)
            headers.removeAt(i);
    }
    headers.append({lowerName, value});
}

QList<QByteArray> componentsFor(const Request &request)
{
    QList<QByteArray> components{QByteArrayLiteral("@method"), QByteArrayLiteral("@target-uri")};
    for (const char *name : coveredHeaders) {
        if (request.hasHeader(name))
            components.append(QByteArray(name));
    }
    return components;
}

QString algorithmName(DeviceIdentity::Algorithm algorithm)
{
    return algorithm == DeviceIdentity::Algorithm::Sm2 ? QStringLiteral("fieldterm-sm2-sm3") : QStringLiteral("ed25519");
}

bool algorithmFromName(const QString &name, DeviceIdentity::Algorithm *algorithm)
{
    if (name == QLatin1String("ed25519")) {
        *algorithm = DeviceIdentity::Algorithm::Ed25519;
        return true;
    }
    if (name == QLatin1String("fieldterm-sm2-sm3")) {
        *algorithm = DeviceIdentity::Algorithm::Sm2;
        return true;
    }
    return false;
}

QByteArray signatureParams(const QList<QByteArray> &components, const Params &params)
{
    QList<Item> items;
    for (const QByteArray &c : components)
        items.append(Item::fromString(c));
    const StructuredField::Parameters parameters{
        {QByteArrayLiteral("created"), Item::fromInteger(params.created)},
        {QByteArrayLiteral("nonce"), Item::fromString(params.nonce)},
        {QByteArrayLiteral("keyid"), Item::fromString(params.keyId.toUtf8())},
        {QByteArrayLiteral("alg"), Item::fromString(params.alg.toUtf8())},
    };
    return StructuredField::serializeInnerList(items, parameters);
}

bool signatureBase(const Request &request, const QList<QByteArray> &components, const QByteArray &serializedParams,
                   QByteArray *base, QString *error)
{
    if (serializedParams.isEmpty()) {
        setError(error, QStringLiteral("empty signature parameters"));
        return false;
    }
    QByteArray out;
    QList<QByteArray> seen;
    for (const QByteArray &name : components) {
        if (seen.contains(name)) {
            setError(error, QStringLiteral("component %1 is covered twice").arg(QString::fromLatin1(name)));
            return false;
        }
        seen.append(name);
        if (name.isEmpty() || name != name.toLower()) {
            setError(error, QStringLiteral("component name %1 is not lower-case").arg(QString::fromLatin1(name)));
            return false;
        }
        QByteArray value;
        if (!componentValue(request, name, &value, error))
            return false;
        out.append(StructuredField::serializeItem(Item::fromString(name)));
        out.append(": ");
        out.append(value);
        out.append('\n');
    }
    out.append("\"@signature-params\": ");
    out.append(serializedParams);
    *base = out;
    return true;
}

bool sign(Request *request, const DeviceIdentity &key, const QString &keyId, QString *error, qint64 created,
          const QByteArray &nonce)
{
    if (!key.isValid()) {
        setError(error, QStringLiteral("no signing key"));
        return false;
    }
    Params params;
    params.created = created != 0 ? created : QDateTime::currentSecsSinceEpoch();
    params.nonce = nonce.isEmpty() ? randomNonce() : nonce;
    params.keyId = keyId;
    params.alg = algorithmName(key.algorithm());
    if (params.nonce.isEmpty()) {
        setError(error, QStringLiteral("no random bytes for the nonce"));
        return false;
    }
    const QList<QByteArray> components = componentsFor(*request);
    const QByteArray serialized = signatureParams(components, params);
    if (serialized.isEmpty()) {
        setError(error, QStringLiteral("signature parameters cannot be serialized (key id or nonce)"));
        return false;
    }
    QByteArray base;
    if (!signatureBase(*request, components, serialized, &base, error))
        return false;
    const QByteArray signature = key.sign(base, error);
    if (signature.isEmpty())
        return false;
    request->setHeader("signature-input", QByteArray(label) + '=' + serialized);
    request->setHeader("signature", QByteArray(label) + '=' + StructuredField::serializeItem(Item::fromBytes(signature)));
    return true;
}

bool parse(const Request &request, Parsed *out, QString *error)
{
    *out = Parsed();
    if (!request.hasHeader("signature-input") || !request.hasHeader("signature")) {
        setError(error, QStringLiteral("Signature-Input or Signature is missing"));
        return false;
    }
    StructuredField::Dictionary input;
    StructuredField::Dictionary signatures;
    QByteArray parseError;
    if (!StructuredField::parseDictionary(request.header("signature-input"), &input, &parseError)) {
        setError(error, QStringLiteral("malformed Signature-Input: %1").arg(QString::fromLatin1(parseError)));
        return false;
    }
    if (!StructuredField::parseDictionary(request.header("signature"), &signatures, &parseError)) {
        setError(error, QStringLiteral("malformed Signature: %1").arg(QString::fromLatin1(parseError)));
        return false;
    }
    const StructuredField::Member *member = findLabel(input);
    const StructuredField::Member *signature = findLabel(signatures);
    if (!member || !signature) {
        setError(error, QStringLiteral("no signature labelled sig1"));
        return false;
    }
    if (!member->isInnerList) {
        setError(error, QStringLiteral("Signature-Input sig1 is not an inner list"));
        return false;
    }
    if (signature->isInnerList || signature->item.type != Item::Type::ByteSequence || signature->item.text.isEmpty()) {
        setError(error, QStringLiteral("Signature sig1 is not a byte sequence"));
        return false;
    }
    for (int i = 0; i < member->innerList.size(); ++i) {
        const Item &item = member->innerList.at(i);
        if (item.type != Item::Type::String) {
            setError(error, QStringLiteral("covered component %1 is not a string").arg(i + 1));
            return false;
        }
        if (i < member->innerListParameters.size() && !member->innerListParameters.at(i).isEmpty()) {
            setError(error, QStringLiteral("component parameters are not supported (%1)").arg(QString::fromLatin1(item.text)));
            return false;
        }
        out->components.append(item.text);
    }
    const Item *created = StructuredField::parameter(member->parameters, "created");
    if (!created) {
        setError(error, QStringLiteral("Signature-Input lacks the created parameter"));
        return false;
    }
    if (created->type != Item::Type::Integer) {
        setError(error, QStringLiteral("Signature-Input parameter created is not an integer"));
        return false;
    }
    out->params.created = created->integer;
    QByteArray keyId;
    QByteArray alg;
    if (!stringParameter(member->parameters, "nonce", &out->params.nonce, error)
        || !stringParameter(member->parameters, "keyid", &keyId, error)
        || !stringParameter(member->parameters, "alg", &alg, error))
        return false;
    out->params.keyId = QString::fromUtf8(keyId);
    out->params.alg = QString::fromUtf8(alg);
    out->serializedParams = StructuredField::serializeMember(*member);
    out->signature = signature->item.text;
    if (out->serializedParams.isEmpty()) {
        setError(error, QStringLiteral("Signature-Input sig1 cannot be serialized"));
        return false;
    }
    return true;
}

bool checkCoverage(const Request &request, const Parsed &parsed, bool hasBody, QString *error)
{
    QList<QByteArray> required = componentsFor(request);
    if (hasBody && !required.contains("content-digest"))
        required.append("content-digest");
    for (const QByteArray &name : required) {
        if (!parsed.components.contains(name)) {
            setError(error, QStringLiteral("the signature does not cover %1").arg(QString::fromLatin1(name)));
            return false;
        }
    }
    return true;
}

bool verify(const Request &request, const Parsed &parsed, const QByteArray &publicKeyPem,
            DeviceIdentity::Algorithm algorithm, QString *error)
{
    if (parsed.params.alg != algorithmName(algorithm)) {
        setError(error, QStringLiteral("alg %1 is not the key's algorithm %2").arg(parsed.params.alg, algorithmName(algorithm)));
        return false;
    }
    if (parsed.signature.isEmpty()) {
        setError(error, QStringLiteral("empty signature"));
        return false;
    }
    if (!checkCoverage(request, parsed, false, error))
        return false;
    QByteArray base;
    if (!signatureBase(request, parsed.components, parsed.serializedParams, &base, error))
        return false;
    QString verifyError;
    if (!DeviceIdentity::verify(publicKeyPem, algorithm, base, parsed.signature, &verifyError)) {
        setError(error, QStringLiteral("signature does not verify"));
        return false;
    }
    return true;
}

} // namespace MessageSignature
