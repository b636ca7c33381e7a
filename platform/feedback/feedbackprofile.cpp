#include "feedbackprofile.h"

#include <QCoreApplication>

namespace {

QString field(const QString &name)
{
    return QStringLiteral("feedback.") + name;
}

QString notText(const QString &name) { return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为文本").arg(field(name)); }

// One key of an object: a type error names the field.
bool readString(const QJsonObject &obj, const QString &prefix, const char *key, QString *value, QString *error)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString()) {
        *error = notText(prefix + QLatin1String(key));
        return false;
    }
    *value = v.toString();
    return true;
}

bool isAbsolute(const QString &path)
{
    return path.startsWith(QLatin1Char('/'));
}

} // namespace

QStringList FeedbackProfile::roles()
{
    return {QStringLiteral("record"), QStringLiteral("status")};
}

QStringList FeedbackProfile::vibratorTypes()
{
    return {QStringLiteral("none"), QStringLiteral("sysfs-transient"), QStringLiteral("timed-output"), QStringLiteral("ff")};
}

QString FeedbackProfile::read(const QJsonValue &section, FeedbackProfile *out)
{
    if (section.isUndefined())
        return QString();
    if (!section.isObject())
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为对象").arg(QStringLiteral("feedback"));
    const QJsonObject obj = section.toObject();
    FeedbackProfile p = *out;
    QString error;
    if (!readString(obj, QString(), "ledsRoot", &p.ledsRoot, &error))
        return error;

    const QJsonValue leds = obj.value(QLatin1String("leds"));
    if (!leds.isUndefined()) {
        if (!leds.isObject())
            return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为对象").arg(field(QStringLiteral("leds")));
        p.leds.clear();
        const QJsonObject map = leds.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!it.value().isString())
                return notText(QStringLiteral("leds.") + it.key());
            p.leds.insert(it.key(), it.value().toString());
        }
    }

    const QJsonValue vibrator = obj.value(QLatin1String("vibrator"));
    if (!vibrator.isUndefined()) {
        if (!vibrator.isObject())
            return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为对象").arg(field(QStringLiteral("vibrator")));
        const QJsonObject v = vibrator.toObject();
        if (!readString(v, QStringLiteral("vibrator."), "type", &p.vibratorType, &error)
            || !readString(v, QStringLiteral("vibrator."), "path", &p.vibratorPath, &error))
            return error;
    }

    const QJsonValue voice = obj.value(QLatin1String("voice"));
    if (!voice.isUndefined()) {
        if (!voice.isObject())
            return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为对象").arg(field(QStringLiteral("voice")));
        const QJsonObject v = voice.toObject();
        const QJsonValue enabled = v.value(QLatin1String("enabled"));
        if (!enabled.isUndefined()) {
            if (!enabled.isBool())
                return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为 true 或 false").arg(field(QStringLiteral("voice.enabled")));
            p.voiceEnabled = enabled.toBool();
        }
        const QJsonValue volume = v.value(QLatin1String("volume"));
        if (!volume.isUndefined()) {
            if (!volume.isDouble())
                return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为数字").arg(field(QStringLiteral("voice.volume")));
            p.voiceVolume = volume.toDouble();
        }
        if (!readString(v, QStringLiteral("voice."), "sink", &p.voiceSink, &error)
            || !readString(v, QStringLiteral("voice."), "dir", &p.voiceDir, &error))
            return error;
    }
    *out = p;
    return QString();
}

QString FeedbackProfile::validate() const
{
    const QString absolute = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为绝对路径");
    if (!isAbsolute(ledsRoot))
        return absolute.arg(field(QStringLiteral("ledsRoot")));
    for (auto it = leds.constBegin(); it != leds.constEnd(); ++it) {
        if (!roles().contains(it.key()))
            return QCoreApplication::translate("DeviceProfile", "配置项 %1 的角色只能是：%2").arg(field(QStringLiteral("leds")), roles().join(QLatin1String(", ")));
        // A folder name under ledsRoot ("red:record"), never a path.
        if (it.value().isEmpty() || it.value().contains(QLatin1Char('/')) || it.value() == QLatin1String("..")
            || it.value() == QLatin1String("."))
            return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为 LED 名称（%2 下的文件夹名）").arg(field(QStringLiteral("leds.") + it.key()), ledsRoot);
    }
    if (!vibratorTypes().contains(vibratorType))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 只能是：%2").arg(field(QStringLiteral("vibrator.type")), vibratorTypes().join(QLatin1String(", ")));
    if (vibratorType != QLatin1String("none") && !isAbsolute(vibratorPath))
        return absolute.arg(field(QStringLiteral("vibrator.path")));
    if (!(voiceVolume >= 0.0 && voiceVolume <= 1.0))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 超出范围（%2–%3）").arg(field(QStringLiteral("voice.volume"))).arg(0.0, 0, 'f', 1).arg(1.0, 0, 'f', 1);
    const bool alsa = voiceSink.startsWith(QLatin1String("alsa:")) && voiceSink.size() > 5;
    if (voiceSink != QLatin1String("auto") && voiceSink != QLatin1String("fake") && !alsa)
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 只能是：%2").arg(field(QStringLiteral("voice.sink")), QStringLiteral("auto, fake, alsa:<device>"));
    if (!voiceDir.isEmpty() && !isAbsolute(voiceDir))
        return absolute.arg(field(QStringLiteral("voice.dir")));
    return QString();
}

QJsonObject FeedbackProfile::toJson() const
{
    QJsonObject ledMap;
    for (auto it = leds.constBegin(); it != leds.constEnd(); ++it)
        ledMap.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("ledsRoot"), ledsRoot},
                       {QStringLiteral("leds"), ledMap},
                       {QStringLiteral("vibrator"), QJsonObject{{QStringLiteral("type"), vibratorType}, {QStringLiteral("path"), vibratorPath}}},
                       {QStringLiteral("voice"), QJsonObject{{QStringLiteral("enabled"), voiceEnabled}, {QStringLiteral("volume"), voiceVolume},
                                                             {QStringLiteral("sink"), voiceSink}, {QStringLiteral("dir"), voiceDir}}}};
}
