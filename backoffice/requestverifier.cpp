#include "requestverifier.h"

#include "apierror.h"
#include "backofficelogging.h"
#include "contentdigest.h"
#include "database.h"
#include "httpfront.h"
#include "receivercontext.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QUrl>

QByteArray RequestVerifier::methodName(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    switch (request.method()) {
    case M::Get: return QByteArrayLiteral("GET");
    case M::Put: return QByteArrayLiteral("PUT");
    case M::Delete: return QByteArrayLiteral("DELETE");
    case M::Post: return QByteArrayLiteral("POST");
    case M::Head: return QByteArrayLiteral("HEAD");
    case M::Options: return QByteArrayLiteral("OPTIONS");
    case M::Patch: return QByteArrayLiteral("PATCH");
    case M::Connect: return QByteArrayLiteral("CONNECT");
    case M::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArray();
    }
}

QByteArray RequestVerifier::header(const QHttpServerRequest &request, const QByteArray &lowerName)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.toLower() == lowerName)
            return h.second.trimmed();
    }
    return QByteArray();
}

MessageSignature::Request RequestVerifier::wireRequest(const QHttpServerRequest &request, bool tls)
{
    MessageSignature::Request wire;
    wire.method = methodName(request);
    const QUrl url = request.url();
    QByteArray target = tls ? QByteArrayLiteral("https://") : QByteArrayLiteral("http://");
    target += header(request, "host").toLower();
    target += url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    wire.targetUri = target;
    const auto headers = request.headers();
    for (const auto &h : headers)
        wire.headers.append({h.first.toLower(), h.second});
    return wire;
}

MessageSignature::Request RequestVerifier::wireRequest(const HttpFront::RequestHead &head, bool tls)
{
    MessageSignature::Request wire;
    wire.method = head.method;
    wire.targetUri = (tls ? QByteArrayLiteral("https://") : QByteArrayLiteral("http://")) + head.header("host").toLower() + head.target;
    wire.headers = head.headers;
    return wire;
}

std::optional<QHttpServerResponse> RequestVerifier::parseAndCheckCoverage(bool hasBody,
                                                                          const MessageSignature::Request &wire,
                                                                          MessageSignature::Parsed *parsed)
{
    const QString object = QString::fromUtf8(wire.targetUri);
    if (!wire.hasHeader("signature-input") || !wire.hasHeader("signature")) {
        return ApiError::refuse(m_ctx, 401, QStringLiteral("signature_missing"),
                                QCoreApplication::translate("RequestVerifier", "请求没有签名。请先用本设备登记（fieldterm-cli enroll），再重新同步。"),
                                QString(), object);
    }
    QString error;
    if (!MessageSignature::parse(wire, parsed, &error)) {
        return ApiError::refuse(m_ctx, 401, QStringLiteral("signature_malformed"),
                                QCoreApplication::translate("RequestVerifier", "请求签名格式错误，无法核验。请升级终端软件后重试。"), QString(), object, error);
    }
    const QString actor = parsed->params.keyId;
    // Every component the protocol asks for this request must be covered (content-digest
    // whenever there is a body, and the tus headers that are present).
    QList<QByteArray> required = MessageSignature::componentsFor(wire);
    if (hasBody && !required.contains(QByteArrayLiteral("content-digest")))
        required.append(QByteArrayLiteral("content-digest"));
    for (const QByteArray &component : required) {
        if (!parsed->components.contains(component)) {
            return ApiError::refuse(m_ctx, 401, QStringLiteral("signature_incomplete"),
                                    QCoreApplication::translate("RequestVerifier", "请求签名没有覆盖必需的内容（%1）。请升级终端软件后重试。")
                                        .arg(QString::fromLatin1(component)),
                                    actor, object, QString::fromLatin1(component));
        }
    }
    return std::nullopt;
}

std::optional<QHttpServerResponse> RequestVerifier::checkRest(const QByteArray *body,
                                                              const MessageSignature::Request &wire,
                                                              const MessageSignature::Parsed &parsed,
                                                              const QString &deviceId,
                                                              DeviceIdentity::Algorithm algorithm,
                                                              const QByteArray &publicKeyPem)
{
    const QString object = QString::fromUtf8(wire.targetUri);
    // 3. algorithm
    DeviceIdentity::Algorithm signedWith;
    if (!MessageSignature::algorithmFromName(parsed.params.alg, &signedWith) || signedWith != algorithm) {
        return ApiError::refuse(m_ctx, 401, QStringLiteral("algorithm_mismatch"),
                                QCoreApplication::translate("RequestVerifier", "请求签名算法与登记的密钥不符。请重新登记本设备。"), deviceId, object,
                                parsed.params.alg);
    }
    // 4. created window
    const qint64 now = m_ctx->nowSecs();
    if (parsed.params.created < now - windowSecs || parsed.params.created > now + windowSecs) {
        return ApiError::refuse(m_ctx, 401, QStringLiteral("signature_expired"),
                                QCoreApplication::translate("RequestVerifier", "请求签名时间与服务器时间相差超过 5 分钟。请校准终端时间后重试。"), deviceId, object,
                                QString::number(parsed.params.created - now));
    }
    // 5. nonce
    if (parsed.params.nonce.isEmpty()) {
        return ApiError::refuse(m_ctx, 401, QStringLiteral("signature_malformed"),
                                QCoreApplication::translate("RequestVerifier", "请求签名格式错误，无法核验。请升级终端软件后重试。"), deviceId, object,
                                QStringLiteral("empty nonce"));
    }
    pruneNonces(now);
    QString error;
    Statement seen = m_ctx->db->prepare("SELECT 1 FROM nonces WHERE device_id = ? AND nonce = ? AND seen_at >= ?", &error);
    if (!seen.isValid()) {
        return ApiError::refuse(m_ctx, 500, QStringLiteral("internal_error"), QCoreApplication::translate("RequestVerifier", "服务器内部错误，请稍后重试。"),
                                deviceId, object, error);
    }
    seen.bind(1, deviceId).bind(2, QString::fromLatin1(parsed.params.nonce)).bind(3, now - nonceSecs);
    const Statement::Step step = seen.step();
    if (step != Statement::Step::Done) {
        if (step == Statement::Step::Error) {
            return ApiError::refuse(m_ctx, 500, QStringLiteral("internal_error"), QCoreApplication::translate("RequestVerifier", "服务器内部错误，请稍后重试。"),
                                    deviceId, object, seen.error());
        }
        return ApiError::refuse(m_ctx, 401, QStringLiteral("nonce_replayed"),
                                QCoreApplication::translate("RequestVerifier", "重复的请求（随机数已使用过），已拒绝。"), deviceId, object);
    }
    // 6. Content-Digest (a streamed body is checked by the caller as it arrives: finishBody())
    const QByteArray digest = wire.header("content-digest");
    if (body && (!digest.isEmpty() || !body->isEmpty())) {
        QString detail;
        const ContentDigest::Check check = ContentDigest::check(digest, *body, &detail);
        if (check != ContentDigest::Check::Match)
            return digestRefusal(deviceId, object, detail);
    }
    // 7. the signature
    if (!MessageSignature::verify(wire, parsed, publicKeyPem, algorithm, &error)) {
        return ApiError::refuse(m_ctx, 401, QStringLiteral("signature_invalid"),
                                QCoreApplication::translate("RequestVerifier", "请求签名无效。请确认本设备已登记且密钥未更换。"), deviceId, object, error);
    }
    if (!body)
        return std::nullopt;   // the nonce is recorded by finishBody()
    return recordNonce(deviceId, parsed.params.nonce, object);
}

QHttpServerResponse RequestVerifier::digestRefusal(const QString &deviceId, const QString &object, const QString &detail)
{
    return ApiError::refuse(m_ctx, 401, QStringLiteral("digest_mismatch"),
                            QCoreApplication::translate("RequestVerifier", "请求内容与其摘要（Content-Digest）不符，可能在传输中被改动。请重试。"), deviceId,
                            object, detail);
}

std::optional<QHttpServerResponse> RequestVerifier::recordNonce(const QString &deviceId, const QByteArray &nonce,
                                                                const QString &object)
{
    QString error;
    if (!storeNonce(*m_ctx->db, deviceId, nonce, m_ctx->nowSecs(), &error)) {
        return ApiError::refuse(m_ctx, 500, QStringLiteral("internal_error"), QCoreApplication::translate("RequestVerifier", "服务器内部错误，请稍后重试。"),
                                deviceId, object, error);
    }
    return std::nullopt;
}

bool RequestVerifier::storeNonce(Database &db, const QString &deviceId, const QByteArray &nonce, qint64 now, QString *error)
{
    Statement record = db.prepare("INSERT OR REPLACE INTO nonces (device_id, nonce, seen_at) VALUES (?, ?, ?)", error);
    if (!record.isValid())
        return false;
    record.bind(1, deviceId).bind(2, QString::fromLatin1(nonce)).bind(3, now);
    if (!record.exec()) {
        *error = record.error();
        return false;
    }
    return true;
}

std::optional<QHttpServerResponse> RequestVerifier::verify(const QHttpServerRequest &request, VerifiedDevice *out,
                                                           bool allowUnsigned)
{
    const QByteArray body = request.body();
    return verifyWire(wireRequest(request, m_ctx->tls), &body, !body.isEmpty(), out, allowUnsigned);
}

std::optional<QHttpServerResponse> RequestVerifier::verifyHead(const MessageSignature::Request &wire, bool hasBody,
                                                               VerifiedDevice *out, bool allowUnsigned)
{
    return verifyWire(wire, nullptr, hasBody, out, allowUnsigned);
}

std::optional<QHttpServerResponse> RequestVerifier::finishBody(const MessageSignature::Request &wire,
                                                               const VerifiedDevice &device, bool digestMatches,
                                                               const QString &detail)
{
    if (!device.isSigned)
        return std::nullopt;
    const QString object = QString::fromUtf8(wire.targetUri);
    if (!digestMatches)
        return digestRefusal(device.deviceId, object, detail);
    return recordNonce(device.deviceId, device.signature.params.nonce, object);
}

std::optional<QHttpServerResponse> RequestVerifier::verifyWire(const MessageSignature::Request &wire, const QByteArray *body,
                                                               bool hasBody, VerifiedDevice *out, bool allowUnsigned)
{
    if (allowUnsigned && !wire.hasHeader("signature-input") && !wire.hasHeader("signature")) {
        out->deviceId = QStringLiteral("");   // '' in the database, never NULL
        out->isSigned = false;
        return std::nullopt;
    }
    MessageSignature::Parsed parsed;
    if (auto refusal = parseAndCheckCoverage(hasBody, wire, &parsed))
        return refusal;
    const QString object = QString::fromUtf8(wire.targetUri);
    const QString deviceId = parsed.params.keyId;
    // 2. enrolled device
    QString error;
    Statement st = m_ctx->db->prepare("SELECT algorithm, public_key_pem, revoked_at FROM devices WHERE device_id = ?", &error);
    if (!st.isValid()) {
        return ApiError::refuse(m_ctx, 500, QStringLiteral("internal_error"), QCoreApplication::translate("RequestVerifier", "服务器内部错误，请稍后重试。"),
                                deviceId, object, error);
    }
    st.bind(1, deviceId);
    if (st.step() != Statement::Step::Row) {
        return ApiError::refuse(m_ctx, 401, QStringLiteral("unknown_device"),
                                QCoreApplication::translate("RequestVerifier", "设备 %1 尚未登记。请向后台管理员索取登记码并登记本设备。").arg(deviceId),
                                QString(), object, deviceId);
    }
    if (!st.isNull(2)) {
        return ApiError::refuse(m_ctx, 403, QStringLiteral("device_revoked"),
                                QCoreApplication::translate("RequestVerifier", "设备 %1 已被后台停用，不能再同步。请联系管理员。").arg(deviceId), deviceId, object);
    }
    const DeviceIdentity::Algorithm algorithm = st.text(0) == QLatin1String("sm2-sm3") ? DeviceIdentity::Algorithm::Sm2
                                                                                      : DeviceIdentity::Algorithm::Ed25519;
    const QByteArray pem = st.text(1).toUtf8();
    if (auto refusal = checkRest(body, wire, parsed, deviceId, algorithm, pem))
        return refusal;
    out->deviceId = deviceId;
    out->algorithm = algorithm;
    out->publicKeyPem = pem;
    out->signature = parsed;
    out->isSigned = true;
    return std::nullopt;
}

std::optional<QHttpServerResponse> RequestVerifier::verifyWithKey(const QHttpServerRequest &request,
                                                                  const QString &deviceId,
                                                                  DeviceIdentity::Algorithm algorithm,
                                                                  const QByteArray &publicKeyPem)
{
    const MessageSignature::Request wire = wireRequest(request, m_ctx->tls);
    const QByteArray body = request.body();
    MessageSignature::Parsed parsed;
    if (auto refusal = parseAndCheckCoverage(!body.isEmpty(), wire, &parsed))
        return refusal;
    if (parsed.params.keyId != deviceId) {
        return ApiError::refuse(m_ctx, 401, QStringLiteral("signature_invalid"),
                                QCoreApplication::translate("RequestVerifier", "请求签名的密钥标识与设备编号不符。"), deviceId, QString::fromUtf8(wire.targetUri),
                                parsed.params.keyId);
    }
    return checkRest(&body, wire, parsed, deviceId, algorithm, publicKeyPem);
}

void RequestVerifier::pruneNonces(qint64 now)
{
    if (now - m_lastPrune < 60 && now >= m_lastPrune)
        return;
    m_lastPrune = now;
    Statement st = m_ctx->db->prepare("DELETE FROM nonces WHERE seen_at < ?");
    if (st.isValid()) {
        st.bind(1, now - nonceSecs);
        if (!st.exec())
            qCWarning(lcBackoffice) << "nonce pruning failed:" << st.error();
    }
}
