#include "recordcommand.h"

#include "clisession.h"
#include "evidencejson.h"
#include "evidencequery.h"
#include "recorder.h"
#include "signalwatcher.h"
#include "terminalcore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace {

constexpr int kPipelineTimeoutMs = 60'000;
constexpr int kStartTimeoutMs = 30'000;
constexpr int kStopTimeoutMs = 120'000;   // plus post-record

// What the recorder and the store reported during this run.
struct RunState {
    bool pipelineReady = false;
    bool stopRequested = false;
    int signalNumber = 0;
    QList<RecordingStarted> started;
    QSet<QString> active;          // started, not yet stopped
    bool recorderError = false;
    RecorderError firstError;
    bool storeError = false;
};

} // namespace

int runRecord(CliSession &session)
{
    const CliOptions &o = session.options();
    TerminalCore &core = session.core();
    Recorder *recorder = core.recorder();
    RunState st;
    QObject context;   // scope of this command's connections

    QObject::connect(recorder, &Recorder::pipelineReady, &context, [&] { st.pipelineReady = true; });
    QObject::connect(recorder, &Recorder::recordingStarted, &context, [&](const RecordingStarted &info) {
        st.started << info;
        st.active.insert(info.recordingId);
    });
    QObject::connect(recorder, &Recorder::recordingStopped, &context,
                     [&](const RecordingStopped &info) { st.active.remove(info.recordingId); });
    QObject::connect(recorder, &Recorder::errorOccurred, &context, [&](const RecorderError &e) {
        CliSession::printErr(e.message);
        if (!st.recorderError) {
            st.recorderError = true;
            st.firstError = e;
        }
    });
    QObject::connect(&core, &TerminalCore::storeError, &context, [&](const QString &m) {
        CliSession::printErr(m);
        st.storeError = true;
    });
    QObject::connect(session.signalWatcher(), &SignalWatcher::terminationRequested, &context, [&](int sig) {
        if (!st.signalNumber)
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "收到中止信号，正在停止录像并保存文件…"));
        st.signalNumber = sig;
    });

    // 1. Camera up: preview (none here) and the pre-record buffer running.
    core.startCamera();
    CliSession::waitFor([&] { return st.pipelineReady || st.recorderError || st.signalNumber; }, kPipelineTimeoutMs);
    if (st.signalNumber)
        return ExitSignalBase + st.signalNumber;
    if (!st.pipelineReady) {
        if (!st.recorderError)
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "相机在 %1 秒内未就绪。请检查摄像头和设备配置。").arg(kPipelineTimeoutMs / 1000));
        return st.recorderError ? CliSession::exitCodeFor(st.firstError) : ExitRecorderFailed;
    }

    // 2. Let the pre-record buffer hold S seconds, plus one GOP so a keyframe at least S s
    //    before the press is in it.
    const int prerecord = session.profile().policy.prerecordSeconds;
    if (prerecord > 0) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "预录缓冲中 %1 秒…").arg(prerecord));
        const int waitMs = (prerecord + session.profile().video.gopSeconds) * 1000;
        CliSession::waitFor([&] { return st.recorderError || st.signalNumber; }, waitMs);
        if (st.signalNumber)
            return ExitSignalBase + st.signalNumber;
        if (st.recorderError)
            return CliSession::exitCodeFor(st.firstError);
    }

    // 3. Press. Markers and the stop are timed from the press.
    const RecordingMode mode = o.audioOnly ? RecordingMode::AudioOnly : RecordingMode::AudioVideo;
    QElapsedTimer sincePress;
    sincePress.start();
    core.startRecording(mode, monotonicNowNs());
    for (const MarkRequest &m : o.marks) {
        MarkerType type = MarkerType::Other;
        markerTypeFromKey(m.key, &type);
        QTimer::singleShot(int(m.offsetMs), &context, [&core, type] { core.addMarker(type); });
    }
    CliSession::waitFor([&] { return !st.started.isEmpty() || st.recorderError || st.signalNumber; }, kStartTimeoutMs);
    if (st.started.isEmpty()) {
        // Refused (e.g. storage below the reserve): nothing was written.
        if (!st.recorderError && !st.signalNumber)
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "录像未能在 %1 秒内开始。请检查相机。").arg(kStartTimeoutMs / 1000));
        if (st.signalNumber)
            return ExitSignalBase + st.signalNumber;
        return st.recorderError ? CliSession::exitCodeFor(st.firstError) : ExitRecorderFailed;
    }

    int lastReported = -1;
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &context, [&] {
        const int s = int(qMin<qint64>(sincePress.elapsed() / 1000, o.seconds));
        if (s != lastReported && !st.stopRequested) {
            lastReported = s;
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "录像中 %1/%2 秒").arg(s).arg(o.seconds));
        }
    });
    progress.start(200);

    // 4. Record N seconds, or until a signal or the recorder stops on its own (e.g. storage).
    const qint64 durationMs = qint64(o.seconds) * 1000;
    CliSession::waitFor([&] { return sincePress.elapsed() >= durationMs || st.signalNumber || st.active.isEmpty(); },
                        int(durationMs) + kStartTimeoutMs);
    progress.stop();
    st.stopRequested = true;
    if (!st.active.isEmpty())
        core.stopRecording(st.signalNumber ? QStringLiteral("signal") : QStringLiteral("user"));

    // 5. Wait for every recording of this run to stop (post-record included; a camera loss may
    //    have continued as an audio-only recording), then for the store to commit everything.
    const int stopTimeout = kStopTimeoutMs + session.profile().policy.postrecordSeconds * 1000;
    if (!CliSession::waitFor([&] { return st.active.isEmpty(); }, stopTimeout)) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "录像未能在 %1 秒内停止。已录文件会在下次启动时自动恢复。").arg(stopTimeout / 1000));
        return ExitRecorderFailed;
    }
    bool flushed = false;
    QObject::connect(&core, &TerminalCore::storeFlushed, &context, [&] { flushed = true; });
    core.flushStore();
    CliSession::waitFor([&] { return flushed; }, kStopTimeoutMs);

    EvidenceQuery query(session.paths());
    QString error;
    if (!query.open(&error)) {
        CliSession::printErr(error);
        return ExitStoreFailed;
    }
    QJsonArray files;
    QJsonArray recordings;
    int uncommitted = 0;
    for (const RecordingStarted &rec : std::as_const(st.started)) {
        const QList<MarkerRecord> markers = query.markers(rec.recordingId);
        for (const EvidenceRecord &r : query.evidenceOfRecording(rec.recordingId)) {
            if (r.status == EvidenceStatus::Open)
                ++uncommitted;
            files.append(evidenceToJson(r, markers));
        }
        recordings.append(QJsonObject{{QStringLiteral("recordingId"), rec.recordingId},
                                      {QStringLiteral("mode"), rec.mode == RecordingMode::AudioOnly ? QStringLiteral("audio") : QStringLiteral("av")},
                                      {QStringLiteral("pressToFirstBufferMs"), double(rec.pressToFirstBufferNs) / 1e6},
                                      {QStringLiteral("prerecordMs"), double(rec.prerecordMs)},
                                      {QStringLiteral("markers"), markersToJson(markers)}});
    }
    if (uncommitted > 0) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "%1 个分段文件未能登记校验值，下次启动时会自动恢复登记。").arg(uncommitted));
        st.storeError = true;
    }
    CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "录像完成：%1 个文件已计算校验值并登记。").arg(files.size() - uncommitted));

    if (o.json) {
        const RecordingStarted &first = st.started.first();
        const QJsonObject summary{{QStringLiteral("recordingId"), first.recordingId},
                                  {QStringLiteral("pressToFirstBufferMs"), double(first.pressToFirstBufferNs) / 1e6},
                                  {QStringLiteral("prerecordMs"), double(first.prerecordMs)},
                                  {QStringLiteral("files"), files},
                                  {QStringLiteral("recordings"), recordings}};
        CliSession::printOut(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    }

    if (st.signalNumber)
        return ExitSignalBase + st.signalNumber;
    if (st.recorderError && st.firstError.code == RecorderErrorCode::StorageLow)
        return ExitStorageLow;   // stopped early, files kept
    if (st.storeError)
        return ExitStoreFailed;
    if (st.recorderError)
        return CliSession::exitCodeFor(st.firstError);
    return ExitOk;
}
