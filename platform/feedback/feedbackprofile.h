#pragma once
// FeedbackProfile: the profile's `feedback` section — which LEDs confirm what, how the terminal
// vibrates, and how voice prompts sound. Read and checked by DeviceProfile (fields named
// "feedback.…" in errors); used by platform/feedback and app/ui/feedback.
//
//   "feedback": {
//     "ledsRoot": "/sys/class/leds",
//     "leds": { "record": "red:record", "status": "green:status" },
//     "vibrator": { "type": "none|sysfs-transient|timed-output|ff", "path": "…" },
//     "voice": { "enabled": true, "volume": 0.8, "sink": "auto|fake|alsa:<device>", "dir": "" }
//   }

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

struct FeedbackProfile {
    QString ledsRoot = QStringLiteral("/sys/class/leds");
    // Role ("record", "status") → LED folder name under ledsRoot. A role left out has no LED.
    QMap<QString, QString> leds;
    // "none"; "sysfs-transient": a leds-class folder with the transient trigger (path = the
    // folder, e.g. /sys/class/leds/vibrator); "timed-output": the enable file (path, e.g.
    // /sys/class/timed_output/vibrator/enable, in ms); "ff": a force-feedback input device
    // (path, e.g. /dev/input/event2).
    QString vibratorType = QStringLiteral("none");
    QString vibratorPath;
    bool voiceEnabled = true;
    double voiceVolume = 0.8;                        // 0.0–1.0, the GStreamer volume element
    QString voiceSink = QStringLiteral("auto");      // "auto", "fake" or "alsa:<device>"
    QString voiceDir;                                // own recordings (<id>.ogg); empty = built-in

    static QStringList roles();            // the LED roles Feedback drives
    static QStringList vibratorTypes();

    // Reads the section (a missing section or key keeps the default). Returns an error naming
    // the field (Chinese, like DeviceProfile's) or an empty string.
    static QString read(const QJsonValue &section, FeedbackProfile *out);
    QString validate() const;   // empty when valid
    QJsonObject toJson() const;
};
