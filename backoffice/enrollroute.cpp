// POST /api/v1/enroll (docs/PROTOCOL.md §3): a one-time code, the device id and its public key,
// signed with that key (proof of possession).

#include "apierror.h"
#include "database.h"
#include "deviceidentity.h"
#include "enrollmentcodes.h"
#include "hasher.h"
#include "protocolroutes.h"
#include "receivercontext.h"
#include "receiverstore.h"
#include "requestverifier.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QHttpServerResponse enroll(ReceiverContext *ctx, RequestVerifier *verifier, const QHttpServerRequest &request)
{
    const QString object = QStringLiteral("/api/v1/enroll");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    const QJsonObject body = doc.object();
    const QString code = body.value(QStringLiteral("code")).toString();
    const QString deviceId = body.value(QStringLiteral("deviceId")).toString();
    const QString algorithmKey = body.value(QStringLiteral("algorithm")).toString();
    const QByteArray pem = body.value(QStringLiteral("publicKeyPem")).toString().toUtf8();
    if (!doc.isObject() || code.isEmpty() || pem.isEmpty()
        || (algorithmKey != QLatin1String("ed25519") && algorithmKey != QLatin1String("sm2-sm3"))) {
        return ApiError::refuse(ctx, 400, QStringLiteral("bad_request"),
                                QCoreApplication::translate("EnrollRoute", "登记请求不完整（需要登记码、设备编号、算法和公钥）。"),
                                deviceId, object);
    }
    if (!ReceiverStore::isSafeName(deviceId)) {
        return ApiError::refuse(ctx, 400, QStringLiteral("bad_device_id"),
                                QCoreApplication::translate("EnrollRoute", "设备编号只能包含字母、数字、点、横线和下划线。"),
                                QString(), object, deviceId);
    }
    const DeviceIdentity::Algorithm algorithm = algorithmKey == QLatin1String("sm2-sm3") ? DeviceIdentity::Algorithm::Sm2
                                                                                        : DeviceIdentity::Algorithm::Ed25519;
    if (auto refusal = verifier->verifyWithKey(request, deviceId, algorithm, pem))
        return std::move(*refusal);

    QString error;
    Transaction tx(*ctx->db);
    if (!tx.isActive()) {
        return ApiError::refuse(ctx, 503, QStringLiteral("busy"),
                                QCoreApplication::translate("EnrollRoute", "服务器忙，请稍后重试。"), deviceId, object, tx.error());
    }
    Statement existing = ctx->db->prepare("SELECT revoked_at FROM devices WHERE device_id = ?", &error);
    existing.bind(1, deviceId);
    const bool known = existing.step() == Statement::Step::Row;
    if (known && !existing.isNull(0)) {
        tx.rollback();
        return ApiError::refuse(ctx, 403, QStringLiteral("device_revoked"),
                                QCoreApplication::translate("EnrollRoute", "设备 %1 已被后台停用，不能重新登记。请联系管理员。").arg(deviceId),
                                deviceId, object);
    }
    const qint64 now = ctx->nowSecs();
    if (!EnrollmentCodes::consume(*ctx->db, code, deviceId, now, &error)) {
        tx.rollback();
        return ApiError::refuse(ctx, 403, QStringLiteral("enrollment_code_invalid"), error, deviceId, object);
    }
    const QString enrolledAt = ReceiverStore::isoFromSecs(now);
    Statement store = ctx->db->prepare(
        "INSERT INTO devices (device_id, algorithm, public_key_pem, enrolled_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (device_id) DO UPDATE SET algorithm = excluded.algorithm, "
        "public_key_pem = excluded.public_key_pem, enrolled_at = excluded.enrolled_at", &error);
    store.bind(1, deviceId).bind(2, algorithmKey).bind(3, QString::fromUtf8(pem)).bind(4, enrolledAt);
    if (!store.exec()) {
        tx.rollback();
        return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                QCoreApplication::translate("EnrollRoute", "服务器内部错误，请稍后重试。"), deviceId, object,
                                store.error());
    }
    QString fingerprint;
    {
        // The fingerprint of the enrolled key, for the trail (the registry compares it).
        const QByteArray der = QByteArray::fromBase64(QByteArray(pem).replace("-----BEGIN PUBLIC KEY-----", "")
                                                          .replace("-----END PUBLIC KEY-----", "").simplified());
        fingerprint = QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), der).toHex());
    }
    ReceiverStore::logEvent(*ctx->db, now, deviceId, known ? QStringLiteral("device_reenrolled") : QStringLiteral("device_enrolled"),
                            deviceId,
                            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("algorithm"), algorithmKey},
                                                                        {QStringLiteral("fingerprint"), fingerprint}})
                                                  .toJson(QJsonDocument::Compact)));
    if (!tx.commit()) {
        tx.rollback();
        return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                QCoreApplication::translate("EnrollRoute", "服务器内部错误，请稍后重试。"), deviceId, object,
                                tx.error());
    }
    const QJsonObject answer{
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("receiverKeyId"), QStringLiteral("receiver")},
        {QStringLiteral("receiverAlgorithm"), DeviceIdentity::algorithmKey(ctx->receiverKey->algorithm())},
        {QStringLiteral("receiverPublicKeyPem"), QString::fromUtf8(ctx->receiverKey->publicKeyPem())},
        {QStringLiteral("enrolledAt"), enrolledAt},
    };
    return ApiError::json(QJsonDocument(answer).toJson(QJsonDocument::Compact), 201);
}

} // namespace

namespace EnrollRoute {

void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier)
{
    server->route(QStringLiteral("/api/v1/enroll"), QHttpServerRequest::Method::Post,
                  [ctx, verifier](const QHttpServerRequest &request) { return enroll(ctx, verifier, request); });
}

} // namespace EnrollRoute
