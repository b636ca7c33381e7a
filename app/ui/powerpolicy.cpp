#include "powerpolicy.h"

#include "cameracontroller.h"
#include "powersource.h"

#include <QJSEngine>

namespace {
PowerPolicy *s_instance = nullptr;
}

PowerPolicy::PowerPolicy(PowerSource *source, CameraController *camera, int warnPercent, int criticalPercent, QObject *parent)
    : QObject(parent), m_source(source), m_camera(camera), m_warnPercent(warnPercent), m_criticalPercent(criticalPercent)
{
    if (m_source)
        connect(m_source, &PowerSource::changed, this, [this] {
            emit changed();
            evaluate();
        });
    if (m_camera)
        connect(m_camera, &CameraController::stateChanged, this, &PowerPolicy::evaluate);
    evaluate();
}

PowerPolicy *PowerPolicy::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void PowerPolicy::setInstance(PowerPolicy *instance) { s_instance = instance; }

int PowerPolicy::level() const { return m_source ? m_source->levelPercent() : -1; }
bool PowerPolicy::charging() const { return m_source && m_source->charging(); }
bool PowerPolicy::present() const { return m_source && m_source->present(); }

bool PowerPolicy::low() const
{
    return present() && level() >= 0 && !charging() && level() <= m_warnPercent;
}

bool PowerPolicy::critical() const
{
    return present() && level() >= 0 && !charging() && level() <= m_criticalPercent;
}

void PowerPolicy::evaluate()
{
    const int percent = level();
    if (percent < 0 || percent > m_warnPercent)
        m_warnArmed = true;
    if (low() && m_warnArmed) {
        m_warnArmed = false;
        qCWarning(lcPower) << "battery low:" << percent << "%";
        emit lowBatteryWarning(percent);
    }

    if (!m_camera)
        return;
    if (!m_camera->recording()) {
        m_stopRequested = false;
        return;
    }
    // A recording in progress, or one counting down its post-record: both stop at once — the
    // power left goes to closing and hashing the open segment, not to more seconds of video.
    const bool running = m_camera->state() == CameraController::Recording
        || m_camera->state() == CameraController::PostRecord;
    if (critical() && !m_stopRequested && running) {
        m_stopRequested = true;
        qCWarning(lcPower) << "battery critical:" << percent << "% — stopping the recording now";
        m_camera->stopRecordingNow(QLatin1String(stopReasonKey),
                                   tr("电量仅剩 %1%，系统自动停止录像并保存").arg(percent));
        emit recordingStoppedForBattery(percent);
    }
}
