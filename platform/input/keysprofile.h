#pragma once
// KeysProfile: the device profile's `keys` section — which Linux input devices carry the
// terminal's hardware keys, whether to grab them, and what each key does on a short and an
// optional long press. Parsed and checked here; DeviceProfile holds one and calls in.

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

enum class KeyAction {
    None,
    Record,        // "record": start / stop (the F1 rules)
    RecordAudio,   // "record_audio": start an audio-only recording
    Photo,         // "photo"
    Mark,          // "mark": the marker picker
    Sos,           // "sos": emergency (see docs/OPERATIONS.md, "Hardware keys")
};

Q_DECLARE_METATYPE(KeyAction)

QString keyActionName(KeyAction action);
bool keyActionFromName(const QString &name, KeyAction *action);

// Key names as in <linux/input-event-codes.h> ("KEY_RECORD", "KEY_F1", "BTN_0", …) for the
// codes listed in keysprofile.cpp, or a plain decimal number (1..KEY_MAX). -1 when unknown.
int keyCodeFromName(const QString &name);
// The name for a code ("KEY_CAMERA"), or its number as text when it has none here.
QString keyCodeName(int code);

struct KeyBinding {
    KeyAction shortAction = KeyAction::None;
    KeyAction longAction = KeyAction::None;   // None: the key acts on press, no delay
    // A key may have a long meaning only (SOS: a hold, so a bump in a pocket does nothing);
    // at least one of the two is set.
};

struct KeysProfile {
    // Paths (/dev/input/event3, /dev/input/by-path/…, or a FIFO for the simulated backend) or
    // device names matched against EVIOCGNAME over /dev/input/event* ("gpio-keys").
    QStringList devices;
    bool grab = false;          // EVIOCGRAB: the keys reach only this program
    int longPressMs = 800;      // 100..5000
    QMap<int, KeyBinding> map;  // key code → meanings

    // Reads the `keys` object (missing fields keep their defaults). On error returns false and
    // sets *error naming the field ("keys.map.KEY_FOO"), in Chinese like DeviceProfile.
    static bool fromJson(const QJsonValue &keys, KeysProfile *out, QString *error);
    QJsonObject toJson() const;
    QString validate() const;   // empty when valid
};
