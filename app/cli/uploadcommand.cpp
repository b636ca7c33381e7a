#include "uploadcommand.h"

#include "auditactions.h"
#include "backoff.h"
#include "clisession.h"
#include "database.h"
#include "deviceidentity.h"
#include "hasher.h"
#include "httpclient.h"
#include "messagesignature.h"
#include "store.h"
#include "tusclient.h"
#include "tusstatestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <atomic>
#include <cstdio>
#include <limits>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace {

constexpr char UploadAction[] = "upload";   // audit action of a finished upload
constexpr double MiB = 1024.0 * 1024.0;

// The registered evidence row for the file, if it is one (path relative to the data dir).
bool lookUpEvidence(CliSession &session, const QString &path, TusFile *file, QString *error)
{
    const QString relative = session.paths().relative(path);
    if (relative.startsWith(QLatin1String("../")) || QFileInfo(relative).isAbsolute())
        return true;
    Database db;
    if (!Store::openReader(&db, session.paths().database(), error))
        return false;
    Statement s = db.prepare("SELECT e.id, e.kind, e.hash, e.hash_alg, COALESCE(l1.case_id, l2.case_id, '') "
                             "FROM evidence e "
                             "LEFT JOIN case_links l1 ON l1.evidence_id = e.id "
                             "LEFT JOIN case_links l2 ON l2.recording_id = e.recording_id "
                             "WHERE e.path = ?1 AND e.hash IS NOT NULL",
                             error);
    if (!s.isValid())
        return false;
    s.bind(1, relative);
    if (s.step() == Statement::Step::Row) {
        file->evidenceId = s.text(0);
        file->kind = s.text(1);
        file->hash = s.text(2);
        file->hashAlg = s.text(3);
        file->caseId = s.text(4);
    }
    return true;
}

// Progress on stderr, at most ~4 times a second: percent, MiB, MiB/s of this run.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(qint64 startOffset)
        : m_start(startOffset)
        , m_tty(isatty(fileno(stderr)) != 0)
    {
        m_clock.start();
    }

    void update(qint64 offset, qint64 size, bool force = false)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!force && m_lastPrint.isValid() && m_lastPrint.elapsed() < 250)
            return;
        m_lastPrint.start();
        const double seconds = qMax(0.001, m_clock.elapsed() / 1000.0);
        const double rate = qMax<qint64>(0, offset - m_start) / MiB / seconds;
        const int percent = size > 0 ? int(offset * 100 / size) : 100;
        const QString line = QCoreApplication::translate("fieldterm-cli", "上传 %1%  %2 / %3 MiB  %4 MiB/s")
                                 .arg(percent, 3)
                                 .arg(offset / MiB, 0, 'f', 1)
                                 .arg(size / MiB, 0, 'f', 1)
                                 .arg(rate, 0, 'f', 1);
        const QByteArray bytes = (m_tty ? "\r" + line.toUtf8() + "\033[K" : line.toUtf8() + '\n');
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        fflush(stderr);
    }
    void endLine()
    {
        if (m_tty)
            fputc('\n', stderr);
    }
    double seconds() const { return m_clock.elapsed() / 1000.0; }

private:
    std::mutex m_mutex;
    qint64 m_start;
    bool m_tty;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastPrint;
};

} // namespace

int runUpload(CliSession &session)
{
    const CliOptions &options = session.options();
    const QUrl endpoint(options.endpoint);
    const QString path = QFileInfo(options.positional.first()).absoluteFilePath();
    QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "找不到要上传的文件 %1：请检查路径").arg(path));
        return ExitFailure;
    }

    TusFile file;
    file.path = path;
    file.fileName = info.fileName();
    file.size = info.size();
    QString error;
    if (!lookUpEvidence(session, path, &file, &error)) {
        CliSession::printErr(error);
        return ExitStoreFailed;
    }
    if (file.evidenceId.isEmpty()) {
        file.hashAlg = QStringLiteral("sha256");
        file.hash = Hasher::hashFileHex(file.hashAlg, path, &error);
        if (file.hash.isEmpty()) {
            CliSession::printErr(error);
            return ExitFailure;
        }
        file.evidenceId = QStringLiteral("file-") + file.hash.left(32);
        file.kind = QStringLiteral("file");
    }

    // The device key signs every request (PROTOCOL.md §2); keyid = the device id.
    const DeviceProfile &profile = session.profile();
    DeviceIdentity identity;
    if (!session.loadIdentity(&identity))
        return ExitFailure;

    SqliteTusStateStore store;
    if (!store.open(session.paths().database(), &error)) {
        CliSession::printErr(error);
        return ExitStoreFailed;
    }
    TusUploadState state;
    bool found = false;
    qint64 startOffset = 0;
    if (store.load(file.evidenceId, &state, &found, &error) && found && !state.uploadUrl.isEmpty()
        && state.endpoint == endpoint.toString() && state.size == file.size) {
        startOffset = state.offset;
        if (state.status != QLatin1String("done"))
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "发现未完成的上传（服务器上次确认 %1 / %2 MiB），从服务器的进度继续上传")
                                     .arg(state.offset / MiB, 0, 'f', 1).arg(file.size / MiB, 0, 'f', 1));
    }

    HttpClient http;
    const QString deviceId = profile.deviceId;
    http.setSigner([&identity, deviceId](MessageSignature::Request *request, QString *signError) {
        return MessageSignature::sign(request, identity, deviceId, signError);
    });
    TusClient client(&http, &store);
    client.setChunkSize(options.chunkBytes);

    // The upload runs on a worker thread; this one watches for SIGINT/SIGTERM and aborts it.
    ProgressPrinter printer(startOffset);
    std::atomic_bool finished{false};
    std::atomic_bool interrupted{false};
    TusClient::Result result;
    qint64 totalSent = 0;
    std::thread worker([&] {
        Backoff backoff;
        for (int attempt = 1; attempt <= qMax(1, options.attempts); ++attempt) {
            result = client.upload(endpoint, file, [&](qint64 offset, qint64 size) { printer.update(offset, size); });
            totalSent += result.bytesSent;
            if (result.outcome != TusClient::Outcome::Retry || attempt == options.attempts)
                break;
            if (result.bytesSent > 0)
                backoff.reset();
            const qint64 delay = backoff.nextDelayMs();
            printer.endLine();
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "第 %1 次尝试未完成：%2（%3 秒后重试）")
                                     .arg(attempt).arg(result.error).arg(delay / 1000.0, 0, 'f', 1));
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < delay && !interrupted)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (interrupted)
                break;
        }
        finished = true;
    });
    CliSession::waitFor([&] {
        if (session.interruptSignal() != 0 && !interrupted) {
            interrupted = true;
            http.abort();
        }
        return finished.load();
    }, std::numeric_limits<int>::max());
    worker.join();
    printer.endLine();

    if (interrupted) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "上传已中断；再次运行同一命令即可从服务器的进度继续"));
        return ExitSignalBase + session.interruptSignal();
    }
    if (result.outcome != TusClient::Outcome::Done) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "上传失败：%1").arg(result.error));
        return ExitFailure;
    }
    printer.update(file.size, file.size, true);
    printer.endLine();
    CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "上传完成：%1（%2 MiB，证据编号 %3）；本次发送 %4 字节，用时 %5 秒%6")
                             .arg(file.fileName)
                             .arg(file.size / MiB, 0, 'f', 1)
                             .arg(file.evidenceId)
                             .arg(totalSent)
                             .arg(printer.seconds(), 0, 'f', 2)
                             .arg(result.restarted ? QCoreApplication::translate("fieldterm-cli", "（服务器已丢失先前的上传，已重新上传）") : QString()));
    if (store.load(file.evidenceId, &state, &found, &error) && found)
        CliSession::printOut(state.uploadUrl.toUtf8() + '\n');
    session.audit(UploadAction, QStringLiteral("evidence"),
                  {{QStringLiteral("evidenceId"), file.evidenceId},
                   {QStringLiteral("endpoint"), endpoint.toString()},
                   {QStringLiteral("size"), QString::number(file.size)},
                   {QStringLiteral("hash"), file.hash},
                   {QStringLiteral("hashAlg"), file.hashAlg}});
    return ExitOk;
}
