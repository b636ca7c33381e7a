// POST /api/v1/manifests (docs/PROTOCOL.md §5): the manifest bytes are verified against the
// device's enrolled key exactly as received (the JSON is parsed only to read fields), stored,
// chained to the device's previous manifest, expanded into expected_files, and answered with a
// receipt signed by the receiver key.

#include "apierror.h"
#include "backofficelogging.h"
#include "database.h"
#include "hasher.h"
#include "protocolroutes.h"
#include "receivercontext.h"
#include "receiverstore.h"
#include "requestverifier.h"
#include "signedjson.h"
#include "transaction.h"
#include "uploadfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

// A JSON value as compact text (receipts are written member by member, in the protocol's order).
QByteArray jsonValue(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray member(const char *key, const QJsonValue &v)
{
    return jsonValue(QString::fromLatin1(key)) + ':' + jsonValue(v);
}

struct Expected
{
    QString evidenceId, kind, hash;
};

// Verifies (once) the file of a completed upload against what the manifest promised.
void matchCompletedUploads(ReceiverContext *ctx, const QString &deviceId, const QString &manifestId, const QString &hashAlg)
{
    Statement st = ctx->db->prepare("SELECT e.evidence_id, e.hash, u.id, u.path, u.hash_alg FROM expected_files e "
                                    "JOIN uploads u ON u.device_id = e.device_id AND u.evidence_id = e.evidence_id "
                                    "AND u.status = 'complete' WHERE e.device_id = ? AND e.manifest_id = ? AND e.state = 'pending'");
    st.bind(1, deviceId).bind(2, manifestId);
    struct Row { QString evidence, hash, upload, path, alg; };
    QList<Row> rows;
    while (st.step() == Statement::Step::Row)
        rows.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    for (const Row &r : rows) {
        if (r.alg != hashAlg)
            continue;
        QString error;
        const QString actual = Hasher::hashFileHex(hashAlg, QDir(ctx->dataDir).filePath(r.path), &error);
        if (actual.isEmpty()) {
            qCWarning(lcBackoffice) << "cannot hash received file" << r.path << ":" << error;
            continue;
        }
        Statement up = ctx->db->prepare("UPDATE expected_files SET state = ?, upload_id = ? "
                                        "WHERE device_id = ? AND evidence_id = ? AND manifest_id = ?");
        up.bind(1, actual.compare(r.hash, Qt::CaseInsensitive) == 0 ? QStringLiteral("verified") : QStringLiteral("mismatch"))
            .bind(2, r.upload).bind(3, deviceId).bind(4, r.evidence).bind(5, manifestId);
        up.exec();
    }
}

QHttpServerResponse receipt(ReceiverContext *ctx, const QString &deviceId, const QString &manifestId,
                            const QString &manifestHash, const QJsonObject &manifest)
{
    const QString object = QStringLiteral("/api/v1/manifests");
    const qint64 now = ctx->nowSecs();
    QHash<QString, QString> states;
    Statement st = ctx->db->prepare("SELECT evidence_id, state FROM expected_files WHERE device_id = ? AND manifest_id = ?");
    st.bind(1, deviceId).bind(2, manifestId);
    while (st.step() == Statement::Step::Row)
        states.insert(st.text(0), st.text(1));

    QList<QByteArray> evidence;
    for (const QJsonValue &v : manifest.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString id = e.value(QStringLiteral("id")).toString();
        evidence.append('{' + member("id", id) + ',' + member("hash", e.value(QStringLiteral("hash"))) + ','
                        + member("state", states.value(id, QStringLiteral("pending"))) + '}');
    }
    QList<QByteArray> documents;
    for (const QJsonValue &v : manifest.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString pdfEvidence = d.value(QStringLiteral("pdfEvidenceId")).toString();
        const QString state = pdfEvidence.isEmpty() ? QStringLiteral("pending") : states.value(pdfEvidence, QStringLiteral("pending"));
        documents.append('{' + member("id", d.value(QStringLiteral("id"))) + ',' + member("pdfHash", d.value(QStringLiteral("pdfHash")))
                         + ',' + member("state", state) + '}');
    }
    const QJsonObject head = manifest.value(QStringLiteral("auditHead")).toObject();
    const qint64 headSeq = qint64(head.value(QStringLiteral("seq")).toDouble());
    const QString headHash = head.value(QStringLiteral("hash")).toString();
    QString auditState = QStringLiteral("pending");
    Statement audit = ctx->db->prepare("SELECT hash FROM audit_rows WHERE device_id = ? AND seq = ?");
    audit.bind(1, deviceId).bind(2, headSeq);
    if (audit.step() == Statement::Step::Row)
        auditState = audit.text(0).compare(headHash, Qt::CaseInsensitive) == 0 ? QStringLiteral("verified") : QStringLiteral("broken");

    const QString receiptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray bytes = '{' + member("format", QStringLiteral("fieldterm-receipt-v1")) + ','
        + member("receiptId", receiptId) + ',' + member("manifestId", manifestId) + ','
        + member("manifestHash", manifestHash) + ',' + member("deviceId", deviceId) + ','
        + member("caseId", manifest.value(QStringLiteral("case")).toObject().value(QStringLiteral("id"))) + ','
        + member("receivedAt", ReceiverStore::isoMsFromSecs(now)) + ','
        + "\"evidence\":[" + evidence.join(',') + "],"
        + "\"documents\":[" + documents.join(',') + "],"
        + "\"auditHead\":{" + member("seq", headSeq) + ',' + member("hash", headHash) + ',' + member("state", auditState) + "}}";
    QString error;
    const QByteArray signature = SignedJson::sign(*ctx->receiverKey, bytes, &error);
    if (signature.isEmpty()) {
        return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                QCoreApplication::translate("ManifestRoute", "服务器内部错误，请稍后重试。"), deviceId, object, error);
    }
    Statement store = ctx->db->prepare("INSERT INTO receipts (id, manifest_id, bytes, signature, issued_at) VALUES (?, ?, ?, ?, ?)");
    store.bind(1, receiptId).bind(2, manifestId).bindBlob(3, bytes).bindBlob(4, signature).bind(5, ReceiverStore::isoMsFromSecs(now));
    if (!store.exec()) {
        return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                QCoreApplication::translate("ManifestRoute", "服务器内部错误，请稍后重试。"), deviceId, object,
                                store.error());
    }
    QHttpServerResponse r = ApiError::json(bytes, 200);
    r.setHeader(QByteArrayLiteral("Receipt-Signature"), SignedJson::signatureHeader(signature));
    return r;
}

QHttpServerResponse postManifest(ReceiverContext *ctx, RequestVerifier *verifier, const QHttpServerRequest &request)
{
    const QString object = QStringLiteral("/api/v1/manifests");
    VerifiedDevice device;
    if (auto refusal = verifier->verify(request, &device))
        return std::move(*refusal);
    const QString actor = device.deviceId;
    const QByteArray sigHeader = RequestVerifier::header(request, "manifest-signature");
    QByteArray signature;
    QString error;
    if (sigHeader.isEmpty() || !device.signature.components.contains(QByteArrayLiteral("manifest-signature"))
        || !SignedJson::parseSignatureHeader(sigHeader, &signature, &error)) {
        return ApiError::refuse(ctx, 400, QStringLiteral("manifest_signature_missing"),
                                QCoreApplication::translate("ManifestRoute", "案件清单缺少签名（Manifest-Signature）。请升级终端软件后重试。"),
                                actor, object, error);
    }
    const QByteArray bytes = request.body();
    if (!SignedJson::verify(device.publicKeyPem, device.algorithm, bytes, signature, &error)) {
        return ApiError::refuse(ctx, 422, QStringLiteral("manifest_signature_invalid"),
                                QCoreApplication::translate("ManifestRoute", "案件清单的签名与本设备登记的密钥不符，已拒绝。"), actor, object,
                                error);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject manifest = doc.object();
    const QString manifestId = manifest.value(QStringLiteral("manifestId")).toString();
    const QString hashAlg = manifest.value(QStringLiteral("hashAlg")).toString();
    // Evidence recorded outside any case travels in a manifest whose "case" is null.
    const QJsonValue caseValue = manifest.value(QStringLiteral("case"));
    const QJsonObject caseObject = caseValue.toObject();
    const bool validCase = caseValue.isNull() || caseValue.isUndefined()
        || (caseValue.isObject() && !caseObject.value(QStringLiteral("id")).toString().isEmpty());
    if (!doc.isObject() || manifest.value(QStringLiteral("format")).toString() != QLatin1String("fieldterm-manifest-v1")
        || manifestId.isEmpty() || (hashAlg != QLatin1String("sha256") && hashAlg != QLatin1String("sm3"))
        || !validCase) {
        return ApiError::refuse(ctx, 400, QStringLiteral("manifest_invalid"),
                                QCoreApplication::translate("ManifestRoute", "案件清单格式错误（需要 format、manifestId、hashAlg，以及 case.id 或 case 为 null）。"),
                                actor, object, parseError.errorString());
    }
    if (manifest.value(QStringLiteral("deviceId")).toString() != device.deviceId) {
        return ApiError::refuse(ctx, 422, QStringLiteral("device_mismatch"),
                                QCoreApplication::translate("ManifestRoute", "案件清单中的设备编号与签名设备不符。"), actor, manifestId);
    }
    const QString manifestHash = SignedJson::hashHex(hashAlg, bytes);

    Transaction tx(*ctx->db);
    if (!tx.isActive()) {
        return ApiError::refuse(ctx, 503, QStringLiteral("busy"), QCoreApplication::translate("ManifestRoute", "服务器忙，请稍后重试。"),
                                actor, object, tx.error());
    }
    Statement existing = ctx->db->prepare("SELECT device_id, bytes FROM manifests WHERE id = ?");
    existing.bind(1, manifestId);
    if (existing.step() == Statement::Step::Row) {
        if (existing.text(0) != device.deviceId || existing.blob(1) != bytes) {
            tx.rollback();
            return ApiError::refuse(ctx, 409, QStringLiteral("manifest_conflict"),
                                    QCoreApplication::translate("ManifestRoute", "同一编号的案件清单已以不同内容提交过。清单一经发送不可更改，请为修改后的案件生成新清单。"),
                                    actor, manifestId);
        }
    } else {
        // The chain: previousManifestHash names this device's latest stored manifest (or null).
        Statement latest = ctx->db->prepare("SELECT hash FROM manifests WHERE device_id = ? ORDER BY rowid DESC LIMIT 1");
        latest.bind(1, device.deviceId);
        const QString expectedPrev = latest.step() == Statement::Step::Row ? latest.text(0) : QString();
        const QJsonValue prevValue = manifest.value(QStringLiteral("previousManifestHash"));
        const QString prev = prevValue.isString() ? prevValue.toString() : QString();
        const bool chainOk = expectedPrev.isNull() ? (prevValue.isNull() || prevValue.isUndefined())
                                                   : prev.compare(expectedPrev, Qt::CaseInsensitive) == 0;
        const qint64 now = ctx->nowSecs();
        Statement insert = ctx->db->prepare(
            "INSERT INTO manifests (id, device_id, case_id, case_no, bytes, signature, hash, prev_hash, chain_ok, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, manifestId).bind(2, device.deviceId).bind(3, ReceiverStore::notNull(caseObject.value(QStringLiteral("id")).toString()))
            .bind(4, ReceiverStore::notNull(caseObject.value(QStringLiteral("caseNo")).toString())).bindBlob(5, bytes).bindBlob(6, signature)
            .bind(7, manifestHash).bind(8, prevValue.isString() ? prev : QString()).bind(9, chainOk ? 1 : 0)
            .bind(10, ReceiverStore::isoMsFromSecs(now));
        if (!insert.exec()) {
            tx.rollback();
            return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                    QCoreApplication::translate("ManifestRoute", "服务器内部错误，请稍后重试。"), actor, manifestId,
                                    insert.error());
        }
        QList<Expected> expected;
        for (const QJsonValue &v : manifest.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject e = v.toObject();
            expected.append({e.value(QStringLiteral("id")).toString(), e.value(QStringLiteral("kind")).toString(),
                             e.value(QStringLiteral("hash")).toString().toLower()});
        }
        for (const QJsonValue &v : manifest.value(QStringLiteral("documents")).toArray()) {
            const QJsonObject d = v.toObject();
            const QString pdf = d.value(QStringLiteral("pdfEvidenceId")).toString();
            if (!pdf.isEmpty())
                expected.append({pdf, QStringLiteral("document"), d.value(QStringLiteral("pdfHash")).toString().toLower()});
        }
        for (const Expected &e : expected) {
            if (e.evidenceId.isEmpty())
                continue;
            Statement row = ctx->db->prepare("INSERT OR IGNORE INTO expected_files (device_id, evidence_id, manifest_id, kind, hash, "
                                             "hash_alg, state) VALUES (?, ?, ?, ?, ?, ?, 'pending')");
            row.bind(1, device.deviceId).bind(2, e.evidenceId).bind(3, manifestId).bind(4, ReceiverStore::notNull(e.kind))
                .bind(5, ReceiverStore::notNull(e.hash)).bind(6, hashAlg);
            if (!row.exec()) {
                tx.rollback();
            return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                        QCoreApplication::translate("ManifestRoute", "服务器内部错误，请稍后重试。"), actor, manifestId,
                                        row.error());
            }
        }
        ReceiverStore::logEvent(*ctx->db, now, actor, QStringLiteral("manifest_received"), manifestId,
                                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("caseId"), caseObject.value(QStringLiteral("id"))},
                                                                            {QStringLiteral("hash"), manifestHash},
                                                                            {QStringLiteral("chainOk"), chainOk}})
                                                      .toJson(QJsonDocument::Compact)));
        if (!chainOk)
            qCWarning(lcBackoffice).noquote() << "manifest" << manifestId << "from" << actor << "does not chain to the previous one";
    }
    matchCompletedUploads(ctx, device.deviceId, manifestId, hashAlg);
    QHttpServerResponse answer = receipt(ctx, device.deviceId, manifestId, manifestHash, manifest);
    if (answer.statusCode() != QHttpServerResponse::StatusCode::Ok)
        return answer;
    if (!tx.commit()) {
        tx.rollback();
        return ApiError::refuse(ctx, 500, QStringLiteral("internal_error"),
                                QCoreApplication::translate("ManifestRoute", "服务器内部错误，请稍后重试。"), actor, manifestId, tx.error());
    }
    return answer;
}

} // namespace

namespace ManifestRoute {

void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier)
{
    server->route(QStringLiteral("/api/v1/manifests"), QHttpServerRequest::Method::Post,
                  [ctx, verifier](const QHttpServerRequest &request) { return postManifest(ctx, verifier, request); });
}

} // namespace ManifestRoute
