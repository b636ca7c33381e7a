#include "feedback.h"

#include "cameracontroller.h"
#include "deviceprofile.h"
#include "feedbacklog.h"
#include "leds.h"
#include "powerpolicy.h"
#include "simulatedtree.h"
#include "storagestatus.h"
#include "vibrator.h"
#include "voiceprompts.h"

#include <QDir>

const QList<int> Feedback::tapPattern{150};
const QList<int> Feedback::photoPattern{60};
const QList<int> Feedback::warningPattern{250, 150, 250, 150, 250};

namespace {
const QString recordLed = QStringLiteral("record");
const QString statusLed = QStringLiteral("status");
} // namespace

Feedback::Feedback(std::unique_ptr<Leds> leds, std::unique_ptr<Vibrator> vibrator, std::unique_ptr<VoicePrompts> voice,
                   QObject *parent)
    : QObject(parent)
    , m_leds(std::move(leds))
    , m_vibrator(std::move(vibrator))
    , m_voice(std::move(voice))
{
}

Feedback::~Feedback()
{
    if (m_vibrator)
        m_vibrator->stop();
    if (m_leds)
        m_leds->allOff();
}

QString Feedback::simulatedLedsRoot(const QString &dataRoot)
{
    return QDir(dataRoot).filePath(QStringLiteral("simulated-sysfs/leds"));
}

std::unique_ptr<Feedback> Feedback::create(const DeviceProfile &profile, const QString &dataRoot, QObject *parent)
{
    const FeedbackProfile &fb = profile.feedback;
    QString ledsRoot = fb.ledsRoot;
    QMap<QString, QString> ledNames = fb.leds;
    QString vibratorType = fb.vibratorType;
    QString vibratorPath = fb.vibratorPath;
    QString sink = fb.voiceSink;
    if (profile.simulated) {
        ledsRoot = simulatedLedsRoot(dataRoot);
        if (ledNames.isEmpty())
            ledNames = {{recordLed, QStringLiteral("red:record")}, {statusLed, QStringLiteral("green:status")}};
        vibratorType = QStringLiteral("sysfs-transient");
        vibratorPath = ledsRoot + QStringLiteral("/vibrator");
        sink = QStringLiteral("fake");
        QString error;
        if (!SimulatedFeedbackTree::create(ledsRoot, ledNames.values(), &error))
            qCWarning(lcFeedback) << "simulated LEDs:" << error;
    }
    auto leds = std::make_unique<Leds>(ledsRoot, ledNames);
    std::unique_ptr<Vibrator> vibrator = Vibrator::create(vibratorType, vibratorPath);
    std::unique_ptr<VoicePrompts> voice;
    if (fb.voiceEnabled) {
        const QString builtin = QDir(dataRoot).filePath(QStringLiteral("voice-prompts"));
        QString error;
        if (!VoicePrompts::extractBuiltin(builtin, &error))
            qCWarning(lcFeedback) << "built-in voice prompts:" << error;
        QStringList dirs{builtin};
        if (!fb.voiceDir.isEmpty())
            dirs.prepend(fb.voiceDir);   // the device's own recordings first, file by file
        voice = std::make_unique<VoicePrompts>(sink, fb.voiceVolume, dirs);
    }
    return std::make_unique<Feedback>(std::move(leds), std::move(vibrator), std::move(voice), parent);
}

void Feedback::watchCamera(CameraController *camera)
{
    m_camera = camera;
    connect(camera, &CameraController::stateChanged, this, &Feedback::onCameraState);
    connect(camera, &CameraController::photoTaken, this, &Feedback::photoTaken);
    onCameraState();
}

void Feedback::watchStorage(StorageStatus *storage)
{
    m_storage = storage;
    connect(storage, &StorageStatus::changed, this, [this] {
        const bool wasLow = m_storageLow;
        m_storageLow = m_storage->low();
        if (m_storageLow && !wasLow)
            storageLow();   // updates the status LED too
        else
            updateStatusLed();
    });
    m_storageLow = storage->low();
    if (m_storageLow)
        storageLow();
}

void Feedback::watchPower(PowerPolicy *power)
{
    m_power = power;
    connect(power, &PowerPolicy::lowBatteryWarning, this, &Feedback::batteryLow);
    connect(power, &PowerPolicy::changed, this, &Feedback::updateStatusLed);
    // The policy warns once per crossing, possibly already in its constructor.
    if (power->low())
        batteryLow();
}

void Feedback::onCameraState()
{
    if (!m_camera)
        return;
    const bool inRecording = m_camera->state() == CameraController::Recording;
    const bool active = m_camera->recording();
    if (inRecording && !m_inRecording)
        recordingStarted();
    else if (!inRecording && m_inRecording)
        recordingStopping();
    m_inRecording = inRecording;
    if (!active && m_active)
        recordingEnded();
    m_active = active;
    updateStatusLed();
}

void Feedback::prompt(const QString &id)
{
    if (m_voice)
        m_voice->play(id);
}

void Feedback::recordingStarted()
{
    qCInfo(lcFeedback) << "recording started";
    prompt(QStringLiteral("record_start"));
    if (m_vibrator)
        m_vibrator->play(tapPattern);
    if (m_leds)
        m_leds->on(recordLed);
}

void Feedback::recordingStopping()
{
    qCInfo(lcFeedback) << "recording stopping";
    prompt(QStringLiteral("record_stop"));
    if (m_vibrator)
        m_vibrator->play(tapPattern);
}

void Feedback::recordingEnded()
{
    if (m_leds)
        m_leds->off(recordLed);
}

void Feedback::photoTaken()
{
    prompt(QStringLiteral("photo"));
    if (m_vibrator)
        m_vibrator->play(photoPattern);
}

void Feedback::storageLow()
{
    qCInfo(lcFeedback) << "storage low";
    prompt(QStringLiteral("storage_low"));
    if (m_vibrator)
        m_vibrator->play(warningPattern);
    updateStatusLed();
}

void Feedback::batteryLow()
{
    qCInfo(lcFeedback) << "battery low";
    prompt(QStringLiteral("battery_low"));
    if (m_vibrator)
        m_vibrator->play(warningPattern);
    updateStatusLed();
}

void Feedback::updateStatusLed()
{
    if (!m_leds)
        return;
    const bool warning = m_storageLow || (m_power && m_power->low());
    if (warning)
        m_leds->blink(statusLed, warningBlinkOnMs, warningBlinkOffMs);
    else if (!m_camera || m_camera->ready())
        m_leds->on(statusLed);
    else
        m_leds->off(statusLed);
}
