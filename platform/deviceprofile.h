#pragma once
// DeviceProfile: what this terminal is and how its camera records. One JSON file per device
// (or the built-in simulated profile), validated on load so that a bad value is refused with
// the field named, never half-applied.

#include "feedbackprofile.h"
#include "keysprofile.h"
#include "locationprofile.h"

#include <QString>
#include <QStringList>

struct VideoProfile {
    QString source = QStringLiteral("test");     // "test" (videotestsrc) or "v4l2"
    QString device = QStringLiteral("/dev/video0");
    // videotestsrc pattern for source "test": "ball" (moving, the default) or a static one
    // ("smpte", "snow", "black", "white", "checkers-8") so tests can reproduce a frame.
    QString testPattern = QStringLiteral("ball");
    QString encoder = QStringLiteral("x264");     // "x264", "openh264" or "v4l2h264"
    QString x264Preset = QStringLiteral("superfast");
    int width = 1280;
    int height = 720;
    int fps = 30;
    int bitrateKbps = 4000;
    int gopSeconds = 1;                            // keyframe interval; bounds pre-record granularity
};

struct AudioProfile {
    QString source = QStringLiteral("test");      // "test" (audiotestsrc), "alsa", "pulse" or "none"
    QString device;                                 // ALSA device, empty = default
    int sampleRate = 48000;
    int channels = 1;
    int bitrateKbps = 64;
};

struct RecordingPolicy {
    int prerecordSeconds = 30;      // 0..120
    bool prerecordAudio = true;     // policy may forbid keeping sound from before the press
    int postrecordSeconds = 0;      // 0..60
    int segmentSeconds = 600;       // 10..3600
    qint64 storageReserveMB = 500;  // refuse to start / stop cleanly below this much free space
    // The evidence folder is where a removable card is mounted: recording needs the card in
    // (the folder a mount point), and a card gone mid-recording stops it at once.
    bool removableStorage = false;
};

// Battery thresholds and where the kernel reports the battery (a fake tree in tests).
struct PowerProfile {
    QString sysfsRoot = QStringLiteral("/sys/class/power_supply");
    int warnPercent = 20;       // warn the officer at or below this level (1..100)
    int criticalPercent = 3;    // at or below, not charging: stop recording cleanly (0..50, below warnPercent)
};

struct NetworkProfile {
    QString sysfsRoot = QStringLiteral("/sys/class/net");
    // The kernel's routing tables (route, ipv6_route): the medium is the default route's link.
    // "" = no routing table: the best link up (Ethernet, Wi-Fi, cellular) is taken.
    QString procNet = QStringLiteral("/proc/net");
};

// The clock: warn when the device is off the platform's time by more than this (each sync
// measures it; ClockStatus).
struct TimeProfile {
    int maxOffsetSeconds = 2;   // 1..3600
};

struct DeviceProfile {
    QString name = QStringLiteral("simulated");
    bool simulated = true;
    QString deviceId = QStringLiteral("SIM0001");
    QString officerNo = QStringLiteral("11010001");   // on duty; issue 3 replaces this with sign-in
    QString officerName = QStringLiteral("张明");
    QString agency = QStringLiteral("市场监督管理局");
    // The agency's short name used in document numbers (文号), e.g. "沪市监" → "沪市监询〔2026〕3号".
    QString agencyShort = QStringLiteral("市监");
    QString cryptoProfile = QStringLiteral("intl");    // "intl" (SHA-256) or "gm" (SM3)
    bool hasFixedPosition = true;                       // simulated GPS
    double latitude = 39.908692;
    double longitude = 116.397477;
    VideoProfile video;
    AudioProfile audio;
    RecordingPolicy policy;
    PowerProfile power;
    NetworkProfile network;
    TimeProfile time;
    LocationProfile location;   // position source (platform/location/locationprofile.h)
    KeysProfile keys;   // hardware keys (platform/input/keysprofile.h)
    FeedbackProfile feedback;   // LEDs, vibrator, voice prompts (platform/feedback/feedbackprofile.h)

    // The built-in profile for simulation and tests: test sources, x264, the defaults above.
    static DeviceProfile simulatedDefault();

    // Reads a JSON profile; missing keys keep their defaults. On error returns false and sets
    // *error to a message naming the field (Chinese, for the UI and the CLI).
    static bool fromJson(const QByteArray &json, DeviceProfile *out, QString *error);
    static bool fromFile(const QString &path, DeviceProfile *out, QString *error);
    QByteArray toJson() const;

    // Range and vocabulary checks shared by fromJson and callers that edit a profile.
    QString validate() const;   // empty when valid

    QString hashAlgorithm() const { return cryptoProfile == QLatin1String("gm") ? QStringLiteral("sm3") : QStringLiteral("sha256"); }
};
