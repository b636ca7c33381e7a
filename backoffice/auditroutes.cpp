// POST /api/v1/audit and GET /api/v1/audit/head (docs/PROTOCOL.md §5 "Audit rows"): the device's
// audit rows are re-hashed from their canonical bytes (AuditCanonical) and linked to the stored
// head; a batch is stored entirely or not at all.

#include "apierror.h"
#include "auditcanonical.h"
#include "database.h"
#include "protocolroutes.h"
#include "receivercontext.h"
#include "receiverstore.h"
#include "requestverifier.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void storedHead(Database &db, const QString &deviceId, qint64 *seq, QString *hash)
{
    *seq = 0;
    *hash = AuditCanonical::genesisHash();
    Statement st = db.prepare("SELECT seq, hash FROM audit_rows WHERE device_id = ? ORDER BY seq DESC LIMIT 1");
    st.bind(1, deviceId);
    if (st.step() == Statement::Step::Row) {
        *seq = st.int64(0);
        *hash = st.text(1);
    }
}

QByteArray headJson(qint64 seq, const QString &hash)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}}).toJson(QJsonDocument::Compact);
}

QHttpServerResponse head(ReceiverContext *ctx, RequestVerifier *verifier, const QHttpServerRequest &request)
{
    VerifiedDevice device;
    if (auto refusal = verifier->verify(request, &device))
        return std::move(*refusal);
    qint64 seq;
    QString hash;
    storedHead(*ctx->db, device.deviceId, &seq, &hash);
    return ApiError::json(headJson(seq, hash), 200);
}

QHttpServerResponse broken(ReceiverContext *ctx, const QString &actor, qint64 seq, const QString &why)
{
    QHttpServerResponse r = ApiError::refuse(
        ctx, 422, QStringLiteral("audit_chain_broken"),
        QCoreApplication::translate("AuditRoutes", "审计记录第 %1 条未通过核验（哈希或前后链接不符），整批未接收。").arg(seq), actor,
        QStringLiteral("/api/v1/audit"), QStringLiteral("seq %1: %2").arg(seq).arg(why));
    // The seq also travels as a field, so the device can name it without parsing the text.
    QJsonObject body = QJsonDocument::fromJson(r.data()).object();
    body.insert(QStringLiteral("seq"), seq);
    QHttpServerResponse out = ApiError::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 422);
    return out;
}

QHttpServerResponse post(ReceiverContext *ctx, RequestVerifier *verifier, const QHttpServerRequest &request)
{
    const QString object = QStringLiteral("/api/v1/audit");
    VerifiedDevice device;
    if (auto refusal = verifier->verify(request, &device))
        return std::move(*refusal);
    const QString actor = device.deviceId;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QJsonObject body = doc.object();
    if (!doc.isObject() || !body.value(QStringLiteral("rows")).isArray()) {
        return ApiError::refuse(ctx, 400, QStringLiteral("bad_request"),
                                QCoreApplication::translate("AuditRoutes", "审计记录请求格式错误。"), actor, object);
    }
    if (body.value(QStringLiteral("deviceId")).toString() != device.deviceId) {
        return ApiError::refuse(ctx, 422, QStringLiteral("device_mismatch"),
                                QCoreApplication::translate("AuditRoutes", "审计记录中的设备编号与签名设备不符。"), actor, object);
    }
    Transaction tx(*ctx->db);
    if (!tx.isActive()) {
        return ApiError::refuse(ctx, 503, QStringLiteral("busy"), QCoreApplication::translate("AuditRoutes", "服务器忙，请稍后重试。"),
                                actor, object, tx.error());
    }
    qint64 headSeq;
    QString headHash;
    storedHead(*ctx->db, device.deviceId, &headSeq, &headHash);
    qint64 expectedSeq = headSeq + 1;
    QString prevHash = headHash;
    int added = 0;
    for (const QJsonValue &v : body.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        const AuditRowFields row = AuditCanonical::fromJson(o);
        const QString hash = o.value(QStringLiteral("hash")).toString();

        if (row.seq >= 1 && row.seq <= headSeq) {
            // Already stored (a batch re-sent after a lost answer): it must be the same row.
            Statement same = ctx->db->prepare("SELECT hash FROM audit_rows WHERE device_id = ? AND seq = ?");
            same.bind(1, device.deviceId).bind(2, row.seq);
            if (same.step() == Statement::Step::Row && same.text(0) == hash)
                continue;
            tx.rollback();
            return broken(ctx, actor, row.seq, QStringLiteral("differs from the stored row"));
        }
        if (row.seq != expectedSeq) {
            tx.rollback();
            return broken(ctx, actor, row.seq, QStringLiteral("expected seq %1").arg(expectedSeq));
        }
        if (row.deviceId != device.deviceId) {
            tx.rollback();
            return broken(ctx, actor, row.seq, QStringLiteral("deviceId"));
        }
        if (row.prevHash != prevHash) {
            tx.rollback();
            return broken(ctx, actor, row.seq, QStringLiteral("prevHash does not link"));
        }
        const QString recomputed = AuditCanonical::hashHex(row);
        if (recomputed.isEmpty() || recomputed != hash) {
            tx.rollback();
            return broken(ctx, actor, row.seq, QStringLiteral("hash"));
        }
        Statement insert = ctx->db->prepare(
            "INSERT INTO audit_rows (device_id, seq, at, officer_no, action, object_type, object_id, details, prev_hash, hash, hash_alg) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        using ReceiverStore::notNull;
        insert.bind(1, device.deviceId).bind(2, row.seq).bind(3, notNull(row.at)).bind(4, notNull(row.officerNo))
            .bind(5, notNull(row.action)).bind(6, notNull(row.objectType)).bind(7, notNull(row.objectId))
            .bind(8, notNull(row.details)).bind(9, notNull(row.prevHash)).bind(10, hash).bind(11, notNull(row.hashAlgorithm));
        if (!insert.exec()) {
            const QString error = insert.error();
            tx.rollback();
            return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                    QCoreApplication::translate("AuditRoutes", "服务器内部错误，请稍后重试。"), actor, object, error);
        }
        prevHash = hash;
        expectedSeq = row.seq + 1;
        ++added;
    }
    if (added > 0) {
        ReceiverStore::logEvent(*ctx->db, ctx->nowSecs(), actor, QStringLiteral("audit_received"), device.deviceId,
                                QStringLiteral("{\"rows\":%1,\"head\":%2}").arg(added).arg(expectedSeq - 1));
    }
    if (!tx.commit()) {
        const QString error = tx.error();
        return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                QCoreApplication::translate("AuditRoutes", "服务器内部错误，请稍后重试。"), actor, object, error);
    }
    qint64 seq;
    QString hash;
    storedHead(*ctx->db, device.deviceId, &seq, &hash);
    return ApiError::json(headJson(seq, hash), 200);
}

} // namespace

namespace AuditRoutes {

void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier)
{
    server->route(QStringLiteral("/api/v1/audit/head"), QHttpServerRequest::Method::Get,
                  [ctx, verifier](const QHttpServerRequest &request) { return head(ctx, verifier, request); });
    server->route(QStringLiteral("/api/v1/audit"), QHttpServerRequest::Method::Post,
                  [ctx, verifier](const QHttpServerRequest &request) { return post(ctx, verifier, request); });
}

} // namespace AuditRoutes
