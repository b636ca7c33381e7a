#include "photocommand.h"

#include "clisession.h"
#include "recorder.h"
#include "signalwatcher.h"
#include "terminalcore.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
constexpr int kPipelineTimeoutMs = 60'000;
constexpr int kAttempts = 20;          // the first frame may lag pipelineReady by a moment
constexpr int kAttemptSpacingMs = 250;
} // namespace

int runPhoto(CliSession &session)
{
    TerminalCore &core = session.core();
    Recorder *recorder = core.recorder();
    QObject context;
    bool ready = false;
    int signalNumber = 0;
    bool failed = false;
    RecorderError lastError;
    int errors = 0;
    QString photoPath;
    bool registered = false;
    bool storeFailed = false;

    QObject::connect(recorder, &Recorder::pipelineReady, &context, [&] { ready = true; });
    QObject::connect(recorder, &Recorder::errorOccurred, &context, [&](const RecorderError &e) {
        lastError = e;
        ++errors;
        if (!ready)
            failed = true;   // before the camera runs, any error is final
    });
    QObject::connect(recorder, &Recorder::photoTaken, &context, [&](const PhotoTaken &p) { photoPath = p.path; });
    QObject::connect(&core, &TerminalCore::evidenceRegistered, &context, [&](const EvidenceRecord &r) {
        if (!photoPath.isEmpty() && r.absolutePath == photoPath)
            registered = true;
    });
    QObject::connect(&core, &TerminalCore::storeError, &context, [&](const QString &m) {
        CliSession::printErr(m);
        storeFailed = true;
    });
    QObject::connect(session.signalWatcher(), &SignalWatcher::terminationRequested, &context, [&](int sig) { signalNumber = sig; });

    core.startCamera();
    CliSession::waitFor([&] { return ready || failed || signalNumber; }, kPipelineTimeoutMs);
    if (signalNumber)
        return ExitSignalBase + signalNumber;
    if (!ready) {
        CliSession::printErr(failed ? lastError.message : QCoreApplication::translate("fieldterm-cli", "相机在 %1 秒内未就绪。请检查摄像头和设备配置。").arg(kPipelineTimeoutMs / 1000));
        return failed ? CliSession::exitCodeFor(lastError) : ExitRecorderFailed;
    }

    // "No frame yet" right after start is expected; retry briefly, report only a lasting error.
    for (int attempt = 0; attempt < kAttempts && photoPath.isEmpty() && !signalNumber; ++attempt) {
        const int errorsBefore = errors;
        core.takePhoto();
        CliSession::waitFor([&] { return !photoPath.isEmpty() || errors > errorsBefore || signalNumber; }, 30'000);
        if (photoPath.isEmpty() && errors > errorsBefore)
            CliSession::waitFor([] { return false; }, kAttemptSpacingMs);
    }
    if (signalNumber)
        return ExitSignalBase + signalNumber;
    if (photoPath.isEmpty()) {
        CliSession::printErr(errors ? lastError.message : QCoreApplication::translate("fieldterm-cli", "拍照失败。请检查相机。"));
        return errors ? CliSession::exitCodeFor(lastError) : ExitRecorderFailed;
    }
    CliSession::waitFor([&] { return registered || storeFailed; }, 60'000);
    if (!registered) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "照片已保存但未能登记：%1。下次启动时会自动登记。").arg(photoPath));
        return ExitStoreFailed;
    }
    CliSession::printOut(photoPath.toUtf8() + '\n');
    return ExitOk;
}
