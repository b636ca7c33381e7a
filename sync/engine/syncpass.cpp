#include "syncpass.h"

#include "backoff.h"
#include "database.h"
#include "signedjson.h"
#include "syncerrors.h"
#include "synclogging.h"
#include "synclabels.h"
#include "syncsettings.h"
#include "tusclient.h"
#include "tusstatestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isFileKind(const QString &kind)
{
    return kind == QLatin1String("document") || kind == QLatin1String("photo") || kind == QLatin1String("marked_video")
           || kind == QLatin1String("video") || kind == QLatin1String("audio");
}

bool isMediaKind(const QString &kind)
{
    return kind == QLatin1String("marked_video") || kind == QLatin1String("video") || kind == QLatin1String("audio");
}

// The tus metadata kind of an outbox kind.
QString tusKind(const QString &kind)
{
    return kind == QLatin1String("marked_video") ? QStringLiteral("video") : kind;
}

struct OutboxRow
{
    qint64 id = 0;
    QString kind, objectId, caseId, path, fileName, hash, hashAlg, status, lastError;
    qint64 size = 0, bytesSent = 0;
    int attempts = 0;
};

const char *const outboxColumns = "id, kind, object_id, case_id, path, file_name, size, hash, hash_alg, status,"
                                  " attempts, last_error, bytes_sent";

OutboxRow readOutbox(const Statement &st)
{
    OutboxRow r;
    r.id = st.int64(0);
    r.kind = st.text(1);
    r.objectId = st.text(2);
    r.caseId = st.text(3);
    r.path = st.text(4);
    r.fileName = st.text(5);
    r.size = st.int64(6);
    r.hash = st.text(7);
    r.hashAlg = st.text(8);
    r.status = st.text(9);
    r.attempts = int(st.int64(10));
    r.lastError = st.text(11);
    r.bytesSent = st.int64(12);
    return r;
}

} // namespace

struct SyncPass::Private
{
    SyncPass *q;
    Database db;
    QString receiverPem;
    DeviceIdentity::Algorithm receiverAlgorithm = DeviceIdentity::Algorithm::Ed25519;
    SyncSummary summary;

    bool aborted() const { return q->m_abort && q->m_abort->load(); }

    void message(const QString &text)
    {
        summary.lastError = text;
        if (q->m_onMessage)
            q->m_onMessage(text);
    }

    void report(const OutboxRow &row, const QString &status, qint64 sent, const QString &error = QString())
    {
        if (!q->m_onItem)
            return;
        SyncItem item;
        item.outboxId = row.id;
        item.kind = row.kind;
        item.objectId = row.objectId;
        item.fileName = row.fileName.isEmpty() ? row.objectId : row.fileName;
        item.size = row.size;
        item.sent = sent;
        item.status = status;
        item.error = error;
        q->m_onItem(item);
    }

    QList<OutboxRow> rows(const char *where)
    {
        QList<OutboxRow> out;
        const QByteArray sql = QByteArray("SELECT ") + outboxColumns + " FROM outbox WHERE " + where + " ORDER BY priority, id";
        Statement st = db.prepare(sql.constData());
        while (st.isValid() && st.step() == Statement::Step::Row)
            out << readOutbox(st);
        return out;
    }

    void setOutbox(qint64 id, const QString &status, const QString &error, qint64 bytesSent = -1)
    {
        Statement st = db.prepare("UPDATE outbox SET status = ?2, last_error = ?3,"
                                  " bytes_sent = CASE WHEN ?4 >= 0 THEN ?4 ELSE bytes_sent END,"
                                  " sent_at = CASE WHEN ?2 IN ('sent', 'receipted') AND sent_at IS NULL THEN ?5 ELSE sent_at END,"
                                  " attempts = attempts + CASE WHEN ?3 IS NULL THEN 0 ELSE 1 END"
                                  " WHERE id = ?1");
        st.bind(1, id).bind(2, status).bind(3, error).bind(4, bytesSent).bind(5, nowIso());
        if (!st.exec())
            qCWarning(lcSync) << "outbox update failed:" << st.error();
    }

    // Waits for a backoff delay in small steps, so an abort is noticed quickly.
    void wait(int ms)
    {
        if (q->m_sleep) {
            q->m_sleep(ms);
            return;
        }
        for (int waited = 0; waited < ms && !aborted(); waited += 100)
            QThread::msleep(ulong(qMin(100, ms - waited)));
    }

    bool loadReceiverKey()
    {
        receiverPem = SyncSettings::value(db, SyncSettings::receiverKeyPem);
        const QString alg = SyncSettings::value(db, SyncSettings::receiverAlgorithm);
        if (receiverPem.isEmpty()) {
            message(QCoreApplication::translate("Sync", "本设备尚未登记到监督平台：请先用注册码登记（fieldterm-cli enroll --server 地址 --code 注册码）。"));
            return false;
        }
        receiverAlgorithm = alg == QLatin1String("sm2-sm3") ? DeviceIdentity::Algorithm::Sm2 : DeviceIdentity::Algorithm::Ed25519;
        return true;
    }

    HttpResponse send(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        HttpRequest request;
        request.method = method;
        request.url = q->m_config.server.resolved(QUrl(path));
        request.headers = headers;
        request.body = body;
        // Every control request also measures the clock (PROTOCOL.md §7); the shortest round
        // trip of the pass gives the tightest bound.
        const qint64 sentWallMs = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer elapsed;
        elapsed.start();
        HttpResponse response = q->m_http->perform(request);
        summary.clock = ClockCheck::better(summary.clock, ClockCheck::fromResponse(response, sentWallMs, elapsed.elapsed()));
        return response;
    }

    // Retries a request-shaped step with backoff until it succeeds, fails for good, or the
    // attempts run out. step() returns 0 done, 1 retry, 2 give up.
    bool withRetries(const std::function<int()> &step)
    {
        Backoff backoff;
        for (int attempt = 1; attempt <= q->m_config.attempts && !aborted(); ++attempt) {
            const int r = step();
            if (r == 0)
                return true;
            if (r == 2 || attempt == q->m_config.attempts)
                return false;
            wait(int(backoff.nextDelayMs()));
        }
        return false;
    }

    // ---- audit rows -------------------------------------------------------------------------

    void sendAudit()
    {
        if (!q->m_auditSource)
            return;
        qint64 head = -1;
        const bool headKnown = withRetries([&] {
            const HttpResponse r = send("GET", QStringLiteral("api/v1/audit/head"), QByteArray());
            if (r.status == 200) {
                head = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("seq")).toInteger(0);
                return 0;
            }
            message(r.transportError ? r.error : SyncErrors::fromResponse(r));
            return r.transportError || r.status >= 500 ? 1 : 2;
        });
        if (!headKnown)
            return;
        for (;;) {
            if (aborted())
                return;
            QJsonArray batch;
            QString error;
            if (!q->m_auditSource(head, 500, &batch, &error)) {
                message(QCoreApplication::translate("Sync", "读取审计记录失败（%1）：请检查存储后重试。").arg(error));
                return;
            }
            if (batch.isEmpty())
                return;
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), q->m_config.deviceId},
                                                              {QStringLiteral("rows"), batch}})
                                        .toJson(QJsonDocument::Compact);
            const bool sent = withRetries([&] {
                const HttpResponse r = send("POST", QStringLiteral("api/v1/audit"), body, {{"content-type", "application/json"}});
                if (r.status == 200 || r.status == 201)
                    return 0;
                message(r.transportError ? r.error : SyncErrors::fromResponse(r));
                return r.transportError || r.status >= 500 ? 1 : 2;
            });
            if (!sent)
                return;
            head = batch.last().toObject().value(QStringLiteral("seq")).toInteger();
        }
    }

    // ---- downlink ----------------------------------------------------------------------------

    void fetchDownlink()
    {
        if (!q->m_downlinkApply)
            return;
        for (const char *name : {"tasks", "catalogue", "templates"}) {
            if (aborted())
                return;
            const QByteArray etagKey = QByteArray("etag_") + name;
            const QString etag = SyncSettings::value(db, etagKey.constData());
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!etag.isEmpty())
                headers << qMakePair(QByteArray("if-none-match"), etag.toLatin1());
            const HttpResponse r = send("GET", QStringLiteral("api/v1/downlink/") + QLatin1String(name), QByteArray(), headers);
            if (r.status == 304 || r.status == 404)
                continue;   // unchanged, or nothing published yet
            if (r.status != 200) {
                message(r.transportError ? r.error : SyncErrors::fromResponse(r));
                return;
            }
            QString error;
            if (!q->m_downlinkApply(QLatin1String(name), r.body, &error)) {
                const QString text = QCoreApplication::translate("Sync", "平台下发的%1未通过校验，仍使用原有版本：%2")
                                         .arg(SyncLabels::downlink(QLatin1String(name)), error);
                summary.downlinkRefused << text;
                if (q->m_onMessage)
                    q->m_onMessage(text);
                continue;
            }
            SyncSettings::setValue(db, etagKey.constData(), QString::fromLatin1(r.header("etag")), &error);
            summary.downlinkApplied << QLatin1String(name);
        }
    }

    // ---- manifests --------------------------------------------------------------------------

    // Posts a stored manifest and takes in its receipt. Returns true when the receipt says
    // everything in it is verified.
    bool postManifest(const OutboxRow &row, bool *transient)
    {
        *transient = false;
        Statement st = db.prepare("SELECT bytes, signature FROM manifests WHERE id = ?1");
        st.bind(1, row.objectId);
        if (st.step() != Statement::Step::Row) {
            setOutbox(row.id, QStringLiteral("failed"), QCoreApplication::translate("Sync", "清单记录缺失"));
            return false;
        }
        const QByteArray bytes = st.blob(0);
        const QByteArray signature = st.blob(1);
        st = Statement();
        report(row, QStringLiteral("sending"), 0);
        const HttpResponse r = send("POST", QStringLiteral("api/v1/manifests"), bytes,
                                    {{"content-type", "application/json"},
                                     {"manifest-signature", SignedJson::signatureHeader(signature)}});
        if (r.status != 200 && r.status != 201) {
            const QString error = r.transportError ? r.error : SyncErrors::fromResponse(r);
            *transient = r.transportError || r.status >= 500;
            message(error);
            report(row, QStringLiteral("queued"), 0, error);
            return false;
        }
        return takeReceipt(row, r);
    }

    bool takeReceipt(const OutboxRow &row, const HttpResponse &r)
    {
        QByteArray signature;
        QString error;
        if (!SignedJson::parseSignatureHeader(r.header("receipt-signature"), &signature, &error)
            || !SignedJson::verify(receiverPem.toLatin1(), receiverAlgorithm, r.body, signature, &error)) {
            const QString text = QCoreApplication::translate("Sync", "平台回执的签名无法核验：回执未被接受。请确认连接的是登记时的监督平台。");
            qCWarning(lcSync) << "receipt signature rejected for manifest" << row.objectId << error;
            message(text);
            report(row, QStringLiteral("queued"), 0, text);
            return false;
        }
        const QJsonObject receipt = QJsonDocument::fromJson(r.body).object();
        if (receipt.value(QStringLiteral("manifestId")).toString() != row.objectId) {
            message(QCoreApplication::translate("Sync", "平台回执与清单不对应：回执未被接受。"));
            return false;
        }
        bool complete = receipt.value(QStringLiteral("auditHead")).toObject().value(QStringLiteral("state")).toString()
                        == QLatin1String("verified");
        const QString at = nowIso();
        QList<QPair<QString, QString>> verified;   // id, hash
        for (const char *list : {"evidence", "documents"}) {
            for (const QJsonValue &v : receipt.value(QLatin1String(list)).toArray()) {
                const QJsonObject e = v.toObject();
                const QString hash = e.value(QStringLiteral("hash")).toString(e.value(QStringLiteral("pdfHash")).toString());
                if (e.value(QStringLiteral("state")).toString() == QLatin1String("verified"))
                    verified << qMakePair(e.value(QStringLiteral("id")).toString(), hash);
                else
                    complete = false;
            }
        }
        if (!db.exec("BEGIN IMMEDIATE", &error)) {
            message(error);
            return false;
        }
        Statement m = db.prepare("UPDATE manifests SET receipt = ?2, receipt_signature = ?3, receipted_at = ?4, complete = ?5"
                                 " WHERE id = ?1");
        m.bind(1, row.objectId).bindBlob(2, r.body).bindBlob(3, signature).bind(4, at).bind(5, qint64(complete ? 1 : 0));
        bool ok = m.exec();
        for (const auto &[id, hash] : std::as_const(verified)) {
            Statement e = db.prepare("INSERT INTO receipted_evidence (evidence_id, manifest_id, hash, receipted_at)"
                                     " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (evidence_id) DO NOTHING");
            e.bind(1, id).bind(2, row.objectId).bind(3, hash).bind(4, at);
            ok = ok && e.exec();
            Statement o = db.prepare("UPDATE outbox SET status = 'receipted', last_error = NULL"
                                     " WHERE object_id = ?1 AND kind <> 'manifest' AND status = 'sent'");
            o.bind(1, id);
            ok = ok && o.exec();
        }
        Statement o = db.prepare("UPDATE outbox SET status = ?2, last_error = NULL, sent_at = coalesce(sent_at, ?3) WHERE id = ?1");
        o.bind(1, row.id).bind(2, complete ? QStringLiteral("receipted") : QStringLiteral("sent")).bind(3, at);
        ok = ok && o.exec();
        if (!ok || !db.exec("COMMIT", &error)) {
            db.exec("ROLLBACK");
            message(QCoreApplication::translate("Sync", "保存平台回执失败：请检查存储空间后重试。"));
            return false;
        }
        // The files this receipt confirmed: their rows on the sync page turn "confirmed".
        for (const auto &[id, hash] : std::as_const(verified)) {
            Q_UNUSED(hash)
            Statement f = db.prepare((QByteArray("SELECT ") + outboxColumns
                                      + " FROM outbox WHERE object_id = ?1 AND kind <> 'manifest' AND status = 'receipted'").constData());
            f.bind(1, id);
            if (f.step() == Statement::Step::Row) {
                const OutboxRow file = readOutbox(f);
                report(file, QStringLiteral("receipted"), file.size);
            }
        }
        if (q->m_auditSink)
            q->m_auditSink(QStringLiteral("sync_receipt"), row.objectId,
                           {{QStringLiteral("receiptId"), receipt.value(QStringLiteral("receiptId"))},
                            {QStringLiteral("complete"), complete},
                            {QStringLiteral("verified"), int(verified.size())}});
        report(row, complete ? QStringLiteral("receipted") : QStringLiteral("sent"), row.size);
        return complete;
    }

    void sendManifests(const char *where)
    {
        for (const OutboxRow &row : rows(where)) {
            if (aborted())
                return;
            if (QByteArray(where).contains("'sent'") && !filesOfManifestSent(row.objectId))
                continue;   // its files are still on their way
            withRetries([&] {
                bool transient = false;
                if (postManifest(row, &transient))
                    return 0;
                return transient ? 1 : 2;
            });
        }
    }

    bool filesOfManifestSent(const QString &manifestId)
    {
        Statement st = db.prepare("SELECT count(*) FROM outbox o JOIN manifests m ON m.id = ?1"
                                  " WHERE o.kind <> 'manifest' AND o.case_id = m.case_id AND o.status IN ('queued', 'failed')");
        st.bind(1, manifestId);
        return st.step() == Statement::Step::Row && st.int64(0) == 0;
    }

    // ---- files ------------------------------------------------------------------------------

    void sendFiles(const SyncConditions &conditions)
    {
        SqliteTusStateStore stateStore;
        QString error;
        if (!stateStore.open(q->m_config.dbPath, &error)) {
            message(QCoreApplication::translate("Sync", "无法打开上传进度记录（%1）：请检查存储。").arg(error));
            return;
        }
        TusClient tus(q->m_http, &stateStore);
        tus.setChunkSize(q->m_config.chunkBytes);
        const QUrl endpoint = q->m_config.server.resolved(QUrl(QStringLiteral("tus/")));
        for (const OutboxRow &row : rows("status = 'queued' AND kind <> 'manifest'")) {
            if (aborted())
                return;
            if (!isFileKind(row.kind))
                continue;
            if (conditions.batteryPercent >= 0 && !conditions.charging
                && conditions.batteryPercent < q->m_config.pauseBelowBatteryPercent) {
                message(QCoreApplication::translate("Sync", "电量低于 %1%，同步已暂停：充电后会自动继续。").arg(q->m_config.pauseBelowBatteryPercent));
                return;
            }
            if (conditions.medium == QLatin1String("none")) {
                message(QCoreApplication::translate("Sync", "没有网络连接：连上网络后会自动继续同步。"));
                return;
            }
            if (isMediaKind(row.kind) && conditions.medium == QLatin1String("cellular") && !q->m_config.videoOnCellular) {
                report(row, QStringLiteral("waiting"), row.bytesSent,
                       QCoreApplication::translate("Sync", "录像等待 Wi-Fi 或有线网络（设置中可允许使用移动网络）"));
                continue;
            }
            uploadOne(tus, endpoint, row);
        }
    }

    void uploadOne(TusClient &tus, const QUrl &endpoint, const OutboxRow &row)
    {
        TusFile file;
        file.evidenceId = row.objectId;
        file.path = QDir(q->m_config.dataDir).filePath(row.path);
        file.kind = tusKind(row.kind);
        file.caseId = row.caseId;
        file.fileName = row.fileName;
        file.size = row.size;
        file.hash = row.hash;
        file.hashAlg = row.hashAlg;
        Backoff backoff;
        report(row, QStringLiteral("sending"), row.bytesSent);
        for (int attempt = 1; attempt <= q->m_config.attempts && !aborted(); ++attempt) {
            const TusClient::Result result = tus.upload(endpoint, file, [&](qint64 offset, qint64 size) {
                Q_UNUSED(size)
                report(row, QStringLiteral("sending"), offset);
            });
            summary.bytesSent += result.bytesSent;
            if (result.bytesSent > 0)
                backoff.reset();   // bytes moved: the link works, start the delays over
            if (result.outcome == TusClient::Outcome::Done) {
                setOutbox(row.id, QStringLiteral("sent"), QString(), row.size);
                report(row, QStringLiteral("sent"), row.size);
                if (q->m_auditSink)
                    q->m_auditSink(QStringLiteral("sync_upload"), row.objectId,
                                   {{QStringLiteral("kind"), row.kind}, {QStringLiteral("size"), row.size},
                                    {QStringLiteral("hash"), row.hash}, {QStringLiteral("server"), q->m_config.server.toString()}});
                return;
            }
            if (result.outcome == TusClient::Outcome::Aborted)
                return;
            message(result.error);
            if (result.outcome == TusClient::Outcome::Failed) {
                setOutbox(row.id, QStringLiteral("failed"), result.error);
                report(row, QStringLiteral("failed"), 0, result.error);
                return;
            }
            report(row, QStringLiteral("queued"), row.bytesSent, result.error);
            if (attempt < q->m_config.attempts)
                wait(int(backoff.nextDelayMs()));
        }
        setOutbox(row.id, QStringLiteral("queued"), summary.lastError);
    }

    void summarise()
    {
        Statement st = db.prepare("SELECT count(*), coalesce(sum(status = 'receipted'), 0), coalesce(sum(status = 'failed'), 0),"
                                  " coalesce(sum(CASE WHEN status IN ('queued', 'failed') THEN coalesce(size, 0) - bytes_sent ELSE 0 END), 0)"
                                  " FROM outbox");
        if (st.step() == Statement::Step::Row) {
            summary.items = int(st.int64(0));
            summary.receipted = int(st.int64(1));
            summary.failed = int(st.int64(2));
            summary.bytesRemaining = qMax<qint64>(0, st.int64(3));
        }
    }
};

SyncPass::SyncPass(const SyncConfig &config, HttpClient *http, std::atomic_bool *abort)
    : m_config(config), m_http(http), m_abort(abort)
{
}

SyncSummary SyncPass::run(const SyncConditions &conditions)
{
    Private d{this, {}, {}, {}, {}};
    QString error;
    if (!d.db.open(m_config.dbPath, Database::Access::ReadWrite, &error)) {
        d.message(QCoreApplication::translate("Sync", "无法打开证据库（%1）：请检查存储后重试。").arg(error));
        return d.summary;
    }
    if (d.loadReceiverKey()) {
        d.summary.lastError.clear();
        d.sendAudit();
        d.fetchDownlink();
        d.sendManifests("kind = 'manifest' AND status = 'queued'");
        d.sendFiles(conditions);
        d.sendManifests("kind = 'manifest' AND status = 'sent'");
    }
    d.summarise();
    if (d.summary.items == d.summary.receipted && !d.aborted())
        d.summary.lastError.clear();   // everything arrived: earlier transient trouble is history

    return d.summary;
}
