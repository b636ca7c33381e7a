#include "tusclient.h"

#include "contentdigest.h"
#include "synclogging.h"
#include "tuschecksum.h"
#include "tusmetadata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <future>

// One attempt of upload():
//
//   OPTIONS (once per client) ─┐
//   stored state? ── yes ──> HEAD ── 404/410 ──> forget ─┐
//        │ no                 │ offset                   │
//        └──────> POST ───────┼──────────────────────────┘ (Location, save state)
//                             v
//                 PATCH chunk at the server's offset ── 204 → save offset, next chunk
//                   409 → HEAD · 460 → same chunk again (≤ 3) · 404/410 → POST again
//                   5xx / network / stall → Retry · other 4xx → Failed
//
// Nothing here believes its own idea of the offset over the server's: every resume starts
// with HEAD, and every 204 carries the offset we continue from.

namespace {

constexpr int maxChecksumRetries = 3;
constexpr int maxConflictsWithoutProgress = 3;
const QByteArray tusVersion = "1.0.0";

QString statusDone() { return QStringLiteral("done"); }

// Upload-Offset / Upload-Length: a non-negative decimal integer, nothing else.
bool parseLength(const QByteArray &value, qint64 *out)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    *out = value.toLongLong();
    return true;
}

QString serverMessage(const HttpResponse &response)
{
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    QString message = o.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(response.body.left(200)).simplified();
    return message;
}

// The outcome of an answer that was not the one we hoped for.
TusClient::Result classify(const HttpResponse &response, const char *step)
{
    TusClient::Result r;
    r.httpStatus = response.status;
    if (response.aborted) {
        r.outcome = TusClient::Outcome::Aborted;
        r.error = response.error;
        r.detail = QStringLiteral("%1 aborted").arg(QLatin1String(step));
        return r;
    }
    if (response.transportError || response.status == 0) {
        r.outcome = response.transportError ? TusClient::Outcome::Retry : TusClient::Outcome::Failed;
        r.error = response.error;
        r.detail = QStringLiteral("%1: %2").arg(QLatin1String(step), response.detail);
        return r;
    }
    r.detail = QStringLiteral("%1 answered HTTP %2").arg(QLatin1String(step)).arg(response.status);
    if (response.status >= 500) {
        r.outcome = TusClient::Outcome::Retry;
        r.error = QCoreApplication::translate("TusClient", "服务器暂时出错（HTTP %1）：稍后将自动重试").arg(response.status);
        return r;
    }
    r.outcome = TusClient::Outcome::Failed;
    const QString message = serverMessage(response);
    r.error = message.isEmpty()
        ? QCoreApplication::translate("TusClient", "服务器拒绝了上传（HTTP %1）：请检查上传地址与设备登记，或联系服务器管理员").arg(response.status)
        : QCoreApplication::translate("TusClient", "服务器拒绝了上传（HTTP %1：%2）：请检查上传地址与设备登记，或联系服务器管理员")
              .arg(response.status).arg(message);
    return r;
}

TusClient::Result failed(const QString &error, const QString &detail, int status = 0)
{
    TusClient::Result r;
    r.outcome = TusClient::Outcome::Failed;
    r.error = error;
    r.detail = detail;
    r.httpStatus = status;
    return r;
}

QString badOffsetError(const QByteArray &value)
{
    return QCoreApplication::translate("TusClient", "服务器返回的上传偏移量无效（“%1”）：该服务器不符合 tus 协议，请联系服务器管理员")
        .arg(QString::fromLatin1(value.left(40)));
}

QString offsetBeyondSizeError(qint64 offset, qint64 size)
{
    return QCoreApplication::translate("TusClient", "服务器记录的上传进度（%1 字节）超过文件大小（%2 字节）：请联系服务器管理员检查该上传")
        .arg(offset).arg(size);
}

struct PreparedChunk
{
    qint64 offset = -1;
    QByteArray data;
    QByteArray sha256;     // raw
    QByteArray checksum;   // the Upload-Checksum value, when the server offers one
    bool ok = false;
};

} // namespace

TusClient::TusClient(HttpClient *http, TusStateStore *store)
    : m_http(http)
    , m_store(store)
{
}

void TusClient::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::clamp<qint64>(bytes, 1, 64 * 1024 * 1024);
}

HttpRequest TusClient::request(const QByteArray &method, const QUrl &url) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.headers.append({"tus-resumable", tusVersion});
    return r;
}

bool TusClient::discover(const QUrl &endpoint, Result *result)
{
    if (m_discoveredEndpoint == endpoint && m_discoveredEndpoint.isValid())
        return true;
    const HttpResponse response = m_http->perform(request("OPTIONS", endpoint));
    if (response.status != 200 && response.status != 204) {
        *result = classify(response, "OPTIONS");
        return false;
    }
    if (response.header("tus-resumable").isEmpty() && response.header("tus-version").isEmpty()) {
        *result = failed(QCoreApplication::translate("TusClient", "地址 %1 不是 tus 上传服务：请检查上传地址").arg(endpoint.toString()),
                         QStringLiteral("OPTIONS without Tus-Resumable/Tus-Version"), response.status);
        return false;
    }
    m_extensions.clear();
    for (const QByteArray &e : response.header("tus-extension").split(','))
        if (!e.trimmed().isEmpty())
            m_extensions << QString::fromLatin1(e.trimmed().toLower());
    QList<QByteArray> algorithms;
    for (const QByteArray &a : response.header("tus-checksum-algorithm").split(','))
        algorithms << a.trimmed().toLower();
    m_checksumAlgorithm.clear();
    if (m_extensions.contains(QLatin1String("checksum"))) {
        if (algorithms.contains("sha256"))
            m_checksumAlgorithm = "sha256";
        else if (algorithms.contains("sha1"))
            m_checksumAlgorithm = "sha1";
    }
    m_discoveredEndpoint = endpoint;
    qCInfo(lcSync) << "tus server" << endpoint.toString() << "extensions" << m_extensions
                   << "checksum" << (m_checksumAlgorithm.isEmpty() ? QByteArray("none") : m_checksumAlgorithm);
    return true;
}

bool TusClient::headOffset(TusUploadState *state, Result *result, bool *gone)
{
    *gone = false;
    const HttpResponse response = m_http->perform(request("HEAD", QUrl(state->uploadUrl)));
    if (response.status == 404 || response.status == 410) {
        *gone = true;
        return false;
    }
    if (response.status != 200 && response.status != 204) {
        *result = classify(response, "HEAD");
        return false;
    }
    qint64 offset = 0;
    if (!parseLength(response.header("upload-offset"), &offset)) {
        *result = failed(badOffsetError(response.header("upload-offset")), QStringLiteral("HEAD: bad Upload-Offset"), response.status);
        return false;
    }
    qint64 length = 0;
    const QByteArray lengthHeader = response.header("upload-length");
    if (!lengthHeader.isEmpty() && (!parseLength(lengthHeader, &length) || length != state->size)) {
        *result = failed(QCoreApplication::translate("TusClient", "服务器上该上传的长度（%1）与文件大小（%2 字节）不符：请联系服务器管理员")
                             .arg(QString::fromLatin1(lengthHeader.left(40))).arg(state->size),
                         QStringLiteral("HEAD: Upload-Length mismatch"), response.status);
        return false;
    }
    if (offset > state->size) {
        *result = failed(offsetBeyondSizeError(offset, state->size), QStringLiteral("HEAD: offset beyond size"), response.status);
        return false;
    }
    qCInfo(lcSync) << "resuming" << state->evidenceId << "at server offset" << offset << "of" << state->size;
    state->offset = offset;
    return true;
}

bool TusClient::create(const QUrl &endpoint, const TusFile &file, TusUploadState *state, Result *result)
{
    if (!m_extensions.contains(QLatin1String("creation"))) {
        *result = failed(QCoreApplication::translate("TusClient", "服务器 %1 不支持创建上传（tus creation 扩展）：请检查上传地址").arg(endpoint.toString()),
                         QStringLiteral("no creation extension"));
        return false;
    }
    const TusMetadata::Pairs metadata{
        {"evidenceId", file.evidenceId.toUtf8()},
        {"caseId", file.caseId.toUtf8()},
        {"kind", file.kind.toUtf8()},
        {"filename", file.fileName.toUtf8()},
        {"size", QByteArray::number(file.size)},
        {"hash", file.hash.toUtf8()},
        {"hashAlg", file.hashAlg.toUtf8()},
    };
    HttpRequest post = request("POST", endpoint);
    post.headers.append({"upload-length", QByteArray::number(file.size)});
    post.headers.append({"upload-metadata", TusMetadata::encode(metadata)});
    const HttpResponse response = m_http->perform(post);
    if (response.status != 201 && response.status != 200) {
        *result = classify(response, "POST");
        return false;
    }
    const QByteArray location = response.header("location");
    const QUrl url = endpoint.resolved(QUrl::fromEncoded(location));
    if (location.isEmpty() || !url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        *result = failed(QCoreApplication::translate("TusClient", "服务器创建上传后没有返回有效的地址（Location）：请联系服务器管理员"),
                         QStringLiteral("POST: missing or bad Location"), response.status);
        return false;
    }
    qint64 offset = 0;
    const QByteArray offsetHeader = response.header("upload-offset");
    if (!offsetHeader.isEmpty() && !parseLength(offsetHeader, &offset)) {
        *result = failed(badOffsetError(offsetHeader), QStringLiteral("POST: bad Upload-Offset"), response.status);
        return false;
    }
    if (offset > file.size) {
        *result = failed(offsetBeyondSizeError(offset, file.size), QStringLiteral("POST: offset beyond size"), response.status);
        return false;
    }
    *state = TusUploadState();
    state->evidenceId = file.evidenceId;
    state->endpoint = endpoint.toString();
    state->uploadUrl = url.toString();
    state->offset = offset;
    state->size = file.size;
    state->hash = file.hash;
    state->hashAlg = file.hashAlg;
    state->status = offset == file.size ? statusDone() : QStringLiteral("created");
    QString error;
    if (!m_store->save(*state, &error)) {   // before the first PATCH, so a crash resumes this upload
        *result = Result();
        result->outcome = Outcome::Retry;
        result->error = QCoreApplication::translate("TusClient", "无法保存上传进度：%1").arg(error);
        result->detail = QStringLiteral("state store save failed");
        return false;
    }
    qCInfo(lcSync) << "created upload for" << file.evidenceId << "at" << state->uploadUrl << "offset" << offset;
    return true;
}

TusClient::Result TusClient::finish(Result result, TusUploadState *state, bool haveState)
{
    if (result.outcome == Outcome::Done || !haveState || state->uploadUrl.isEmpty())
        return result;
    if (result.outcome == Outcome::Failed)
        state->status = QStringLiteral("failed");
    state->lastError = result.error;
    QString ignored;
    m_store->save(*state, &ignored);   // best effort: the outcome already says what went wrong
    if (result.outcome != Outcome::Aborted)
        qCWarning(lcSync) << "upload of" << state->evidenceId << (result.outcome == Outcome::Retry ? "will retry:" : "failed:")
                          << result.detail;
    return result;
}

TusClient::Result TusClient::upload(const QUrl &endpoint, const TusFile &file, const Progress &progress)
{
    Result result;
    TusUploadState state;
    if (!discover(endpoint, &result))
        return result;

    bool found = false;
    QString error;
    if (!m_store->load(file.evidenceId, &state, &found, &error))
        return failed(QCoreApplication::translate("TusClient", "无法读取上传状态：%1").arg(error), QStringLiteral("state store load failed"));
    if (found && (state.endpoint != endpoint.toString() || state.size != file.size || state.hash != file.hash)) {
        // A stored upload for another server or another version of the file: start afresh.
        qCInfo(lcSync) << "stored upload of" << file.evidenceId << "does not match this file/endpoint; starting over";
        m_store->forget(file.evidenceId, &error);
        found = false;
    }
    bool haveState = found && !state.uploadUrl.isEmpty();
    if (haveState && state.status == statusDone() && state.offset == file.size) {
        result.outcome = Outcome::Done;
        if (progress)
            progress(file.size, file.size);
        return result;
    }
    if (haveState) {
        bool gone = false;
        if (!headOffset(&state, &result, &gone)) {
            if (!gone)
                return finish(result, &state, true);
            qCInfo(lcSync) << "server lost upload" << state.uploadUrl << "; creating it again";
            m_store->forget(file.evidenceId, &error);
            result.restarted = true;
            haveState = false;
        }
    }
    if (!haveState) {
        if (!create(endpoint, file, &state, &result))
            return result;
        haveState = true;
    }

    // Chunks are read and hashed one ahead, on a helper thread, while the previous one is on the
    // wire and the receiver stores it: the device's disk and CPU work overlaps the network's. One
    // SHA-256 serves both Content-Digest and Upload-Checksum.
    QFile probe(file.path);
    if (state.offset < file.size && !probe.open(QIODevice::ReadOnly))
        return finish(failed(QCoreApplication::translate("TusClient", "无法读取文件 %1：%2。请确认文件仍然存在").arg(file.path, probe.errorString()),
                             QStringLiteral("open failed")),
                      &state, true);
    probe.close();
    const QByteArray checksumAlgorithm = m_checksumAlgorithm;
    // Two chunk buffers take turns (one on the wire, one being filled): a fresh 8 MiB buffer per
    // chunk would page-fault all of its pages on every read.
    QByteArray buffers[2];
    int nextBuffer = 0;
    auto prepare = [path = file.path, checksumAlgorithm](QByteArray *buffer, qint64 offset, qint64 length) {
        PreparedChunk c;
        c.offset = offset;
        if (!buffer->isDetached() || buffer->size() != length)
            *buffer = QByteArray(length, Qt::Uninitialized);
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly) || !in.seek(offset) || in.read(buffer->data(), length) != length)
            return c;
        c.data = *buffer;
        c.sha256 = TusChecksum::digest("sha256", c.data);
        if (!checksumAlgorithm.isEmpty())
            c.checksum = checksumAlgorithm == "sha256" ? checksumAlgorithm + ' ' + c.sha256.toBase64()
                                                       : TusChecksum::header(checksumAlgorithm, c.data);
        c.ok = true;
        return c;
    };
    std::future<PreparedChunk> ahead;
    int checksumFailures = 0;
    int conflicts = 0;
    while (state.offset < file.size) {
        const qint64 length = qMin(m_chunkSize, file.size - state.offset);
        PreparedChunk chunk;
        if (ahead.valid()) {
            chunk = ahead.get();
            if (chunk.offset != state.offset || chunk.data.size() != length)
                chunk = PreparedChunk();   // the server's offset moved elsewhere: read again
        }
        if (!chunk.ok) {
            chunk = prepare(&buffers[nextBuffer], state.offset, length);
            nextBuffer ^= 1;
        }
        if (!chunk.ok)
            return finish(failed(QCoreApplication::translate("TusClient", "无法读取文件 %1 的第 %2 字节起的数据：请确认文件仍然存在且未被改动")
                                     .arg(file.path).arg(state.offset),
                                 QStringLiteral("short read at %1").arg(state.offset)),
                          &state, true);
        HttpRequest patch = request("PATCH", QUrl(state.uploadUrl));
        patch.headers.append({"upload-offset", QByteArray::number(state.offset)});
        patch.headers.append({QByteArray("content-type"), QByteArray("application/offset+octet-stream")});
        patch.headers.append({"content-digest", ContentDigest::headerFromSha256(chunk.sha256)});
        if (!chunk.checksum.isEmpty())
            patch.headers.append({"upload-checksum", chunk.checksum});
        patch.body = chunk.data;
        chunk = PreparedChunk();
        const qint64 from = state.offset;
        if (from + length < file.size) {
            ahead = std::async(std::launch::async, prepare, &buffers[nextBuffer], from + length,
                               qMin(m_chunkSize, file.size - from - length));
            nextBuffer ^= 1;
        }
        HttpClient::Progress bodyProgress;
        if (progress)
            bodyProgress = [&](qint64 sent) { progress(from + qMin(sent, length), file.size); };
        const HttpResponse response = m_http->perform(patch, bodyProgress);

        if (response.status == 204 || response.status == 200) {
            qint64 offset = 0;
            if (!parseLength(response.header("upload-offset"), &offset))
                return finish(failed(badOffsetError(response.header("upload-offset")), QStringLiteral("PATCH: bad Upload-Offset"), response.status),
                              &state, true);
            if (offset > file.size)
                return finish(failed(offsetBeyondSizeError(offset, file.size), QStringLiteral("PATCH: offset beyond size"), response.status),
                              &state, true);
            if (offset < from || offset > from + length)
                return finish(failed(badOffsetError(response.header("upload-offset")),
                                     QStringLiteral("PATCH: offset %1 outside [%2, %3]").arg(offset).arg(from).arg(from + length),
                                     response.status),
                              &state, true);
            if (offset == from && ++conflicts > maxConflictsWithoutProgress) {
                Result r;
                r.outcome = Outcome::Retry;
                r.error = QCoreApplication::translate("TusClient", "服务器没有接收数据：稍后将自动重试");
                r.detail = QStringLiteral("PATCH accepted no bytes");
                return finish(r, &state, true);
            }
            if (offset > from)
                conflicts = 0;
            result.bytesSent += offset - from;
            checksumFailures = 0;
            state.offset = offset;
            state.status = offset == file.size ? statusDone() : QStringLiteral("uploading");
            state.lastError.clear();
            if (!m_store->save(state, &error)) {
                Result r;
                r.outcome = Outcome::Retry;
                r.error = QCoreApplication::translate("TusClient", "无法保存上传进度：%1").arg(error);
                r.detail = QStringLiteral("state store save failed");
                r.bytesSent = result.bytesSent;
                return r;
            }
            if (progress)
                progress(offset, file.size);
            continue;
        }
        if (response.status == 409) {
            if (++conflicts > maxConflictsWithoutProgress) {
                Result r = classify(response, "PATCH");
                r.outcome = Outcome::Retry;
                r.error = QCoreApplication::translate("TusClient", "服务器多次报告上传偏移量冲突：稍后将自动重试");
                r.bytesSent = result.bytesSent;
                return finish(r, &state, true);
            }
            bool gone = false;
            Result headResult;
            if (headOffset(&state, &headResult, &gone))
                continue;
            if (!gone) {
                headResult.bytesSent = result.bytesSent;
                headResult.restarted = result.restarted;
                return finish(headResult, &state, true);
            }
        }
        // 404/410 on PATCH, or a 409 whose HEAD found the upload gone: the server lost the bytes.
        if (response.status == 404 || response.status == 410 || response.status == 409) {
            if (result.restarted) {
                Result r = classify(response, "PATCH");
                r.outcome = Outcome::Retry;
                r.error = QCoreApplication::translate("TusClient", "服务器再次丢失了刚创建的上传：稍后将自动重试");
                r.bytesSent = result.bytesSent;
                r.restarted = true;
                return r;
            }
            qCInfo(lcSync) << "server lost upload" << state.uploadUrl << "(HTTP" << response.status << "); creating it again";
            m_store->forget(file.evidenceId, &error);
            result.restarted = true;
            Result createResult;
            if (!create(endpoint, file, &state, &createResult)) {
                createResult.bytesSent = result.bytesSent;
                createResult.restarted = true;
                return createResult;
            }
            continue;
        }
        if (response.status == 460) {
            if (++checksumFailures > maxChecksumRetries)
                return finish(failed(QCoreApplication::translate("TusClient", "数据块校验连续 %1 次失败：传输中的数据可能被损坏，请检查网络后重试")
                                         .arg(checksumFailures),
                                     QStringLiteral("460 checksum mismatch %1 times").arg(checksumFailures), 460),
                              &state, true);
            qCInfo(lcSync) << "checksum mismatch at" << from << "; sending the chunk again";
            continue;   // the chunk is read from disk again
        }
        Result r = classify(response, "PATCH");
        r.bytesSent = result.bytesSent;
        r.restarted = result.restarted;
        return finish(r, &state, true);
    }

    if (state.status != statusDone()) {   // a zero-byte file, or one already complete at creation
        state.status = statusDone();
        m_store->save(state, &error);
    }
    result.outcome = Outcome::Done;
    result.httpStatus = 204;
    if (progress)
        progress(file.size, file.size);
    qCInfo(lcSync) << "upload of" << file.evidenceId << "done:" << file.size << "bytes at" << state.uploadUrl;
    return result;
}

TusClient::Result TusClient::terminate(const QString &evidenceId)
{
    TusUploadState state;
    bool found = false;
    QString error;
    if (!m_store->load(evidenceId, &state, &found, &error))
        return failed(QCoreApplication::translate("TusClient", "无法读取上传状态：%1").arg(error), QStringLiteral("state store load failed"));
    Result result;
    if (found && !state.uploadUrl.isEmpty()) {
        const HttpResponse response = m_http->perform(request("DELETE", QUrl(state.uploadUrl)));
        if (response.status != 204 && response.status != 200 && response.status != 404 && response.status != 410)
            return classify(response, "DELETE");
        result.httpStatus = response.status;
    }
    if (found && !m_store->forget(evidenceId, &error))
        return failed(QCoreApplication::translate("TusClient", "无法删除上传状态：%1").arg(error), QStringLiteral("state store forget failed"));
    result.outcome = Outcome::Done;
    return result;
}
