#include "keysprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <linux/input-event-codes.h>

namespace {

struct NamedCode {
    const char *name;
    int code;
};

// The keys a rugged handheld or a desktop keyboard is likely to offer for these actions.
constexpr NamedCode kKeyNames[] = {
    {"KEY_RECORD", KEY_RECORD},
    {"KEY_CAMERA", KEY_CAMERA},
    {"KEY_CAMERA_FOCUS", KEY_CAMERA_FOCUS},
    {"KEY_SOS", KEY_SOS},
    {"KEY_PROG1", KEY_PROG1},
    {"KEY_PROG2", KEY_PROG2},
    {"KEY_PROG3", KEY_PROG3},
    {"KEY_PROG4", KEY_PROG4},
    {"KEY_HELP", KEY_HELP},
    {"KEY_MEDIA", KEY_MEDIA},
    {"KEY_MICMUTE", KEY_MICMUTE},
    {"KEY_VOLUMEUP", KEY_VOLUMEUP},
    {"KEY_VOLUMEDOWN", KEY_VOLUMEDOWN},
    {"KEY_ENTER", KEY_ENTER},
    {"KEY_SPACE", KEY_SPACE},
    {"KEY_F1", KEY_F1},
    {"KEY_F2", KEY_F2},
    {"KEY_F3", KEY_F3},
    {"KEY_F4", KEY_F4},
    {"KEY_F5", KEY_F5},
    {"KEY_F6", KEY_F6},
    {"KEY_F7", KEY_F7},
    {"KEY_F8", KEY_F8},
    {"KEY_F9", KEY_F9},
    {"KEY_F10", KEY_F10},
    {"KEY_F11", KEY_F11},
    {"KEY_F12", KEY_F12},
    {"BTN_0", BTN_0},
    {"BTN_1", BTN_1},
    {"BTN_2", BTN_2},
    {"BTN_3", BTN_3},
    {"BTN_4", BTN_4},
    {"BTN_5", BTN_5},
    {"BTN_6", BTN_6},
    {"BTN_7", BTN_7},
    {"BTN_8", BTN_8},
    {"BTN_9", BTN_9},
};

constexpr struct {
    KeyAction action;
    const char *name;
} kActionNames[] = {
    {KeyAction::Record, "record"},
    {KeyAction::RecordAudio, "record_audio"},
    {KeyAction::Photo, "photo"},
    {KeyAction::Mark, "mark"},
    {KeyAction::Sos, "sos"},
};

QStringList actionNames()
{
    QStringList names;
    for (const auto &a : kActionNames)
        names << QLatin1String(a.name);
    return names;
}


bool parseAction(const QJsonValue &v, const QString &field, KeyAction *action, QString *error)
{
    if (v.isUndefined() || v.isNull()) {
        *action = KeyAction::None;
        return true;
    }
    if (!v.isString() || !keyActionFromName(v.toString(), action)) {
        *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 只能是：%2").arg(field, actionNames().join(QLatin1String(", ")));
        return false;
    }
    return true;
}

} // namespace

QString keyActionName(KeyAction action)
{
    for (const auto &a : kActionNames) {
        if (a.action == action)
            return QLatin1String(a.name);
    }
    return QString();
}

bool keyActionFromName(const QString &name, KeyAction *action)
{
    for (const auto &a : kActionNames) {
        if (name == QLatin1String(a.name)) {
            *action = a.action;
            return true;
        }
    }
    return false;
}

int keyCodeFromName(const QString &name)
{
    for (const NamedCode &k : kKeyNames) {
        if (name == QLatin1String(k.name))
            return k.code;
    }
    bool ok = false;
    const int code = name.toInt(&ok, 10);
    if (ok && code > 0 && code <= KEY_MAX && name == QString::number(code))
        return code;
    return -1;
}

QString keyCodeName(int code)
{
    for (const NamedCode &k : kKeyNames) {
        if (k.code == code)
            return QLatin1String(k.name);
    }
    return QString::number(code);
}

bool KeysProfile::fromJson(const QJsonValue &keys, KeysProfile *out, QString *error)
{
    if (keys.isUndefined())
        return true;
    if (!keys.isObject()) {
        *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为对象").arg(QStringLiteral("keys"));
        return false;
    }
    const QJsonObject obj = keys.toObject();
    KeysProfile p = *out;

    const QJsonValue devices = obj.value(QLatin1String("devices"));
    if (!devices.isUndefined()) {
        if (!devices.isArray()) {
            *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为文本列表").arg(QStringLiteral("keys.devices"));
            return false;
        }
        p.devices.clear();
        for (const QJsonValue &d : devices.toArray()) {
            if (!d.isString() || d.toString().trimmed().isEmpty()) {
                *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为文本列表").arg(QStringLiteral("keys.devices"));
                return false;
            }
            p.devices << d.toString();
        }
    }
    const QJsonValue grab = obj.value(QLatin1String("grab"));
    if (!grab.isUndefined()) {
        if (!grab.isBool()) {
            *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为 true 或 false").arg(QStringLiteral("keys.grab"));
            return false;
        }
        p.grab = grab.toBool();
    }
    const QJsonValue longPress = obj.value(QLatin1String("longPressMs"));
    if (!longPress.isUndefined()) {
        const double d = longPress.toDouble(-1e300);
        if (!longPress.isDouble() || d != double(qint64(d)) || d > 1e9 || d < -1e9) {
            *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为整数").arg(QStringLiteral("keys.longPressMs"));
            return false;
        }
        p.longPressMs = int(d);
    }
    const QJsonValue map = obj.value(QLatin1String("map"));
    if (!map.isUndefined()) {
        if (!map.isObject()) {
            *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为对象").arg(QStringLiteral("keys.map"));
            return false;
        }
        p.map.clear();
        const QJsonObject m = map.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            const QString field = QStringLiteral("keys.map.") + it.key();
            const int code = keyCodeFromName(it.key());
            if (code < 0) {
                *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 不是支持的按键名或键码").arg(field);
                return false;
            }
            KeyBinding b;
            if (it.value().isString()) {   // "KEY_CAMERA": "photo" — a short meaning only
                if (!parseAction(it.value(), field, &b.shortAction, error))
                    return false;
            } else if (it.value().isObject()) {
                const QJsonObject binding = it.value().toObject();
                if (!parseAction(binding.value(QLatin1String("short")), field + QStringLiteral(".short"), &b.shortAction, error)
                    || !parseAction(binding.value(QLatin1String("long")), field + QStringLiteral(".long"), &b.longAction, error))
                    return false;
            } else {
                *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为对象").arg(field);
                return false;
            }
            if (b.shortAction == KeyAction::None && b.longAction == KeyAction::None) {
                *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 至少要有 short 或 long 之一").arg(field);
                return false;
            }
            if (p.map.contains(code)) {   // "KEY_F1" and "59"
                *error = QCoreApplication::translate("DeviceProfile", "配置项 %1 重复定义了同一个按键").arg(field);
                return false;
            }
            p.map.insert(code, b);
        }
    }
    *out = p;
    return true;
}

QString KeysProfile::validate() const
{
    if (longPressMs < 100 || longPressMs > 5000)
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 超出范围（%2–%3）").arg(QStringLiteral("keys.longPressMs")).arg(100).arg(5000);
    for (const QString &d : devices) {
        if (d.trimmed().isEmpty())
            return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为文本列表").arg(QStringLiteral("keys.devices"));
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString field = QStringLiteral("keys.map.") + keyCodeName(it.key());
        if (it.key() <= 0 || it.key() > KEY_MAX)
            return QCoreApplication::translate("DeviceProfile", "配置项 %1 不是支持的按键名或键码").arg(field);
        if (it.value().shortAction == KeyAction::None && it.value().longAction == KeyAction::None)
            return QCoreApplication::translate("DeviceProfile", "配置项 %1 至少要有 short 或 long 之一").arg(field);
    }
    return QString();
}

QJsonObject KeysProfile::toJson() const
{
    QJsonObject m;
    for (auto it = map.begin(); it != map.end(); ++it) {
        QJsonObject b;
        if (it.value().shortAction != KeyAction::None)
            b.insert(QStringLiteral("short"), keyActionName(it.value().shortAction));
        if (it.value().longAction != KeyAction::None)
            b.insert(QStringLiteral("long"), keyActionName(it.value().longAction));
        m.insert(keyCodeName(it.key()), b);
    }
    return QJsonObject{{QStringLiteral("devices"), QJsonArray::fromStringList(devices)},
                       {QStringLiteral("grab"), grab},
                       {QStringLiteral("longPressMs"), longPressMs},
                       {QStringLiteral("map"), m}};
}
