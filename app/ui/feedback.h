#pragma once
// Feedback: what confirms an event to the officer without looking at the screen (PRODUCT.md:
// "A voice prompt, vibration and red LED confirm it").
//   recording starts      "开始录像", a tap, record LED on (until the file is closed)
//   recording stops       "停止录像", a tap; record LED off once the recorder is done
//   photo taken           "拍照", a short tap
//   storage becomes low   "存储空间不足", the warning pattern, status LED blinking
//   battery low           "电量低", the warning pattern, status LED blinking
// The status LED is lit while the camera is ready and blinks while a warning holds.
// Every part is optional (a device without LEDs, vibrator disabled, voice off).

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class CameraController;
class Leds;
class PowerPolicy;
class StorageStatus;
class Vibrator;
class VoicePrompts;
struct DeviceProfile;

class Feedback : public QObject
{
    Q_OBJECT
public:
    static const QList<int> tapPattern;       // start / stop
    static const QList<int> photoPattern;
    static const QList<int> warningPattern;   // on, off, on, off, on (ms)
    static constexpr int warningBlinkOnMs = 250;
    static constexpr int warningBlinkOffMs = 250;

    Feedback(std::unique_ptr<Leds> leds, std::unique_ptr<Vibrator> vibrator, std::unique_ptr<VoicePrompts> voice,
             QObject *parent = nullptr);
    ~Feedback() override;   // LEDs off, motor stopped, prompts cut

    // The parts the profile's `feedback` section describes. Simulated: LEDs and vibrator in a
    // sysfs-shaped tree under <dataRoot>/simulated-sysfs/leds (default names when the profile
    // gives none), prompts into a fakesink. Built-in prompts are copied to <dataRoot>/voice-prompts.
    static std::unique_ptr<Feedback> create(const DeviceProfile &profile, const QString &dataRoot, QObject *parent = nullptr);
    static QString simulatedLedsRoot(const QString &dataRoot);

    Leds *leds() const { return m_leds.get(); }
    Vibrator *vibrator() const { return m_vibrator.get(); }
    VoicePrompts *voice() const { return m_voice.get(); }

    void watchCamera(CameraController *camera);
    void watchStorage(StorageStatus *storage);
    void watchPower(PowerPolicy *power);

public slots:
    void recordingStarted();
    void recordingStopping();   // the officer's stop (post-record may follow)
    void recordingEnded();      // the recorder closed the file
    void photoTaken();
    void storageLow();
    void batteryLow();

private:
    void prompt(const QString &id);
    void updateStatusLed();
    void onCameraState();

    std::unique_ptr<Leds> m_leds;
    std::unique_ptr<Vibrator> m_vibrator;
    std::unique_ptr<VoicePrompts> m_voice;
    QPointer<CameraController> m_camera;
    QPointer<StorageStatus> m_storage;
    QPointer<PowerPolicy> m_power;
    bool m_inRecording = false;   // camera state Recording
    bool m_active = false;        // camera recording(): Recording, PostRecord or Stopping
    bool m_storageLow = false;
};
