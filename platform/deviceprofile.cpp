#include "deviceprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

DeviceProfile DeviceProfile::simulatedDefault()
{
    return DeviceProfile{};
}

namespace {

// Reads one key into *value when present; records a type error naming the field.
struct Reader {
    const QJsonObject &obj;
    QString prefix;
    QString error;

    void str(const char *key, QString *value)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined() || !error.isEmpty())
            return;
        if (!v.isString()) {
            error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为文本").arg(prefix + QLatin1String(key));
            return;
        }
        *value = v.toString();
    }
    void integer(const char *key, int *value)
    {
        qint64 wide = *value;
        integer64(key, &wide);
        if (error.isEmpty())
            *value = int(wide);
    }
    void integer64(const char *key, qint64 *value)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined() || !error.isEmpty())
            return;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d > 1e12 || d < -1e12) {
            error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为整数").arg(prefix + QLatin1String(key));
            return;
        }
        *value = qint64(d);
    }
    void real(const char *key, double *value)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined() || !error.isEmpty())
            return;
        if (!v.isDouble()) {
            error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为数字").arg(prefix + QLatin1String(key));
            return;
        }
        *value = v.toDouble();
    }
    void boolean(const char *key, bool *value)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined() || !error.isEmpty())
            return;
        if (!v.isBool()) {
            error = QCoreApplication::translate("DeviceProfile", "配置项 %1 应为 true 或 false").arg(prefix + QLatin1String(key));
            return;
        }
        *value = v.toBool();
    }
};

QString outOfRange(const QString &field, qint64 lo, qint64 hi)
{
    return QCoreApplication::translate("DeviceProfile", "配置项 %1 超出范围（%2–%3）").arg(field).arg(lo).arg(hi);
}

QString notOneOf(const QString &field, const QStringList &allowed)
{
    return QCoreApplication::translate("DeviceProfile", "配置项 %1 只能是：%2").arg(field, allowed.join(QLatin1String(", ")));
}

} // namespace

bool DeviceProfile::fromJson(const QByteArray &json, DeviceProfile *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QCoreApplication::translate("DeviceProfile", "设备配置文件不是有效的 JSON：%1").arg(parseError.errorString());
        return false;
    }
    DeviceProfile p = simulatedDefault();
    const QJsonObject root = doc.object();
    Reader r{root, QString(), QString()};
    r.str("name", &p.name);
    r.boolean("simulated", &p.simulated);
    r.str("deviceId", &p.deviceId);
    r.str("officerNo", &p.officerNo);
    r.str("officerName", &p.officerName);
    r.str("agency", &p.agency);
    r.str("agencyShort", &p.agencyShort);
    r.str("cryptoProfile", &p.cryptoProfile);
    r.boolean("hasFixedPosition", &p.hasFixedPosition);
    r.real("latitude", &p.latitude);
    r.real("longitude", &p.longitude);

    const QJsonObject video = root.value(QLatin1String("video")).toObject();
    Reader v{video, QStringLiteral("video."), r.error};
    v.str("source", &p.video.source);
    v.str("device", &p.video.device);
    v.str("testPattern", &p.video.testPattern);
    v.str("encoder", &p.video.encoder);
    v.str("x264Preset", &p.video.x264Preset);
    v.integer("width", &p.video.width);
    v.integer("height", &p.video.height);
    v.integer("fps", &p.video.fps);
    v.integer("bitrateKbps", &p.video.bitrateKbps);
    v.integer("gopSeconds", &p.video.gopSeconds);

    const QJsonObject audio = root.value(QLatin1String("audio")).toObject();
    Reader a{audio, QStringLiteral("audio."), v.error};
    a.str("source", &p.audio.source);
    a.str("device", &p.audio.device);
    a.integer("sampleRate", &p.audio.sampleRate);
    a.integer("channels", &p.audio.channels);
    a.integer("bitrateKbps", &p.audio.bitrateKbps);

    const QJsonObject policy = root.value(QLatin1String("policy")).toObject();
    Reader pr{policy, QStringLiteral("policy."), a.error};
    pr.integer("prerecordSeconds", &p.policy.prerecordSeconds);
    pr.boolean("prerecordAudio", &p.policy.prerecordAudio);
    pr.integer("postrecordSeconds", &p.policy.postrecordSeconds);
    pr.integer("segmentSeconds", &p.policy.segmentSeconds);
    pr.integer64("storageReserveMB", &p.policy.storageReserveMB);
    pr.boolean("removableStorage", &p.policy.removableStorage);

    const QJsonObject power = root.value(QLatin1String("power")).toObject();
    Reader pw{power, QStringLiteral("power."), pr.error};
    pw.str("sysfsRoot", &p.power.sysfsRoot);
    pw.integer("warnPercent", &p.power.warnPercent);
    pw.integer("criticalPercent", &p.power.criticalPercent);

    const QJsonObject network = root.value(QLatin1String("network")).toObject();
    Reader nw{network, QStringLiteral("network."), pw.error};
    nw.str("sysfsRoot", &p.network.sysfsRoot);
    nw.str("procNet", &p.network.procNet);

    const QJsonObject timeSection = root.value(QLatin1String("time")).toObject();
    Reader tm{timeSection, QStringLiteral("time."), nw.error};
    tm.integer("maxOffsetSeconds", &p.time.maxOffsetSeconds);

    if (!tm.error.isEmpty()) {
        *error = tm.error;
        return false;
    }
    const QString locationError = p.location.readJson(root.value(QLatin1String("location")).toObject());
    if (!locationError.isEmpty()) {
        *error = locationError;
        return false;
    }
    if (!KeysProfile::fromJson(root.value(QLatin1String("keys")), &p.keys, error))
        return false;
    const QString feedbackError = FeedbackProfile::read(root.value(QLatin1String("feedback")), &p.feedback);
    if (!feedbackError.isEmpty()) {
        *error = feedbackError;
        return false;
    }
    const QString invalid = p.validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    *out = p;
    return true;
}

bool DeviceProfile::fromFile(const QString &path, DeviceProfile *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("DeviceProfile", "无法读取设备配置文件 %1：%2").arg(path, f.errorString());
        return false;
    }
    return fromJson(f.readAll(), out, error);
}

QString DeviceProfile::validate() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9-]{1,32}$"));
    if (!idPattern.match(deviceId).hasMatch())
        return QCoreApplication::translate("DeviceProfile", "配置项 deviceId 只能含字母、数字和连字符（1–32 位）");
    if (!idPattern.match(officerNo).hasMatch())
        return QCoreApplication::translate("DeviceProfile", "配置项 officerNo 只能含字母、数字和连字符（1–32 位）");
    if (agencyShort.trimmed().isEmpty() || agencyShort.size() > 16)
        return QCoreApplication::translate("DeviceProfile", "配置项 agencyShort（文号中的单位简称）应为 1–16 个字");
    if (cryptoProfile != QLatin1String("intl") && cryptoProfile != QLatin1String("gm"))
        return notOneOf(QStringLiteral("cryptoProfile"), {QStringLiteral("intl"), QStringLiteral("gm")});
    if (latitude < -90 || latitude > 90)
        return outOfRange(QStringLiteral("latitude"), -90, 90);
    if (longitude < -180 || longitude > 180)
        return outOfRange(QStringLiteral("longitude"), -180, 180);
    if (video.source != QLatin1String("test") && video.source != QLatin1String("v4l2"))
        return notOneOf(QStringLiteral("video.source"), {QStringLiteral("test"), QStringLiteral("v4l2")});
    const QStringList patterns{QStringLiteral("ball"), QStringLiteral("smpte"), QStringLiteral("snow"),
                               QStringLiteral("black"), QStringLiteral("white"), QStringLiteral("checkers-8")};
    if (!patterns.contains(video.testPattern))
        return notOneOf(QStringLiteral("video.testPattern"), patterns);
    const QStringList encoders{QStringLiteral("x264"), QStringLiteral("openh264"), QStringLiteral("v4l2h264")};
    if (!encoders.contains(video.encoder))
        return notOneOf(QStringLiteral("video.encoder"), encoders);
    const QStringList presets{QStringLiteral("ultrafast"), QStringLiteral("superfast"), QStringLiteral("veryfast"),
                              QStringLiteral("faster"), QStringLiteral("fast"), QStringLiteral("medium")};
    if (!presets.contains(video.x264Preset))
        return notOneOf(QStringLiteral("video.x264Preset"), presets);
    if (video.width < 160 || video.width > 3840 || video.width % 2)
        return outOfRange(QStringLiteral("video.width"), 160, 3840);
    if (video.height < 120 || video.height > 2160 || video.height % 2)
        return outOfRange(QStringLiteral("video.height"), 120, 2160);
    if (video.fps < 1 || video.fps > 60)
        return outOfRange(QStringLiteral("video.fps"), 1, 60);
    if (video.bitrateKbps < 100 || video.bitrateKbps > 50000)
        return outOfRange(QStringLiteral("video.bitrateKbps"), 100, 50000);
    if (video.gopSeconds < 1 || video.gopSeconds > 10)
        return outOfRange(QStringLiteral("video.gopSeconds"), 1, 10);
    const QStringList audioSources{QStringLiteral("test"), QStringLiteral("alsa"), QStringLiteral("pulse"), QStringLiteral("none")};
    if (!audioSources.contains(audio.source))
        return notOneOf(QStringLiteral("audio.source"), audioSources);
    if (audio.sampleRate != 16000 && audio.sampleRate != 44100 && audio.sampleRate != 48000)
        return notOneOf(QStringLiteral("audio.sampleRate"), {QStringLiteral("16000"), QStringLiteral("44100"), QStringLiteral("48000")});
    if (audio.channels < 1 || audio.channels > 2)
        return outOfRange(QStringLiteral("audio.channels"), 1, 2);
    if (audio.bitrateKbps < 16 || audio.bitrateKbps > 320)
        return outOfRange(QStringLiteral("audio.bitrateKbps"), 16, 320);
    if (policy.prerecordSeconds < 0 || policy.prerecordSeconds > 120)
        return outOfRange(QStringLiteral("policy.prerecordSeconds"), 0, 120);
    if (policy.postrecordSeconds < 0 || policy.postrecordSeconds > 60)
        return outOfRange(QStringLiteral("policy.postrecordSeconds"), 0, 60);
    if (policy.segmentSeconds < 2 || policy.segmentSeconds > 3600)
        return outOfRange(QStringLiteral("policy.segmentSeconds"), 2, 3600);
    if (policy.storageReserveMB < 0 || policy.storageReserveMB > 100000000)
        return outOfRange(QStringLiteral("policy.storageReserveMB"), 0, 100000000);
    if (!power.sysfsRoot.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为绝对路径").arg(QStringLiteral("power.sysfsRoot"));
    if (power.warnPercent < 1 || power.warnPercent > 100)
        return outOfRange(QStringLiteral("power.warnPercent"), 1, 100);
    if (power.criticalPercent < 0 || power.criticalPercent > 50 || power.criticalPercent >= power.warnPercent)
        return outOfRange(QStringLiteral("power.criticalPercent"), 0, qMin(50, power.warnPercent - 1));
    if (!network.sysfsRoot.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为绝对路径").arg(QStringLiteral("network.sysfsRoot"));
    if (!network.procNet.isEmpty() && !network.procNet.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为绝对路径（或留空）").arg(QStringLiteral("network.procNet"));
    if (time.maxOffsetSeconds < 1 || time.maxOffsetSeconds > 3600)
        return outOfRange(QStringLiteral("time.maxOffsetSeconds"), 1, 3600);
    const QString locationInvalid = location.validate();
    if (!locationInvalid.isEmpty())
        return locationInvalid;
    const QString keysInvalid = keys.validate();
    if (!keysInvalid.isEmpty())
        return keysInvalid;
    return feedback.validate();
}

QByteArray DeviceProfile::toJson() const
{
    QJsonObject v{{QStringLiteral("source"), video.source}, {QStringLiteral("device"), video.device},
                  {QStringLiteral("testPattern"), video.testPattern},
                  {QStringLiteral("encoder"), video.encoder}, {QStringLiteral("x264Preset"), video.x264Preset},
                  {QStringLiteral("width"), video.width}, {QStringLiteral("height"), video.height},
                  {QStringLiteral("fps"), video.fps}, {QStringLiteral("bitrateKbps"), video.bitrateKbps},
                  {QStringLiteral("gopSeconds"), video.gopSeconds}};
    QJsonObject a{{QStringLiteral("source"), audio.source}, {QStringLiteral("device"), audio.device},
                  {QStringLiteral("sampleRate"), audio.sampleRate}, {QStringLiteral("channels"), audio.channels},
                  {QStringLiteral("bitrateKbps"), audio.bitrateKbps}};
    QJsonObject p{{QStringLiteral("prerecordSeconds"), policy.prerecordSeconds},
                  {QStringLiteral("prerecordAudio"), policy.prerecordAudio},
                  {QStringLiteral("postrecordSeconds"), policy.postrecordSeconds},
                  {QStringLiteral("segmentSeconds"), policy.segmentSeconds},
                  {QStringLiteral("storageReserveMB"), double(policy.storageReserveMB)},
                  {QStringLiteral("removableStorage"), policy.removableStorage}};
    QJsonObject pw{{QStringLiteral("sysfsRoot"), power.sysfsRoot}, {QStringLiteral("warnPercent"), power.warnPercent},
                   {QStringLiteral("criticalPercent"), power.criticalPercent}};
    QJsonObject nw{{QStringLiteral("sysfsRoot"), network.sysfsRoot}, {QStringLiteral("procNet"), network.procNet}};
    QJsonObject root{{QStringLiteral("name"), name}, {QStringLiteral("simulated"), simulated},
                     {QStringLiteral("deviceId"), deviceId}, {QStringLiteral("officerNo"), officerNo},
                     {QStringLiteral("officerName"), officerName}, {QStringLiteral("agency"), agency},
                     {QStringLiteral("agencyShort"), agencyShort}, {QStringLiteral("cryptoProfile"), cryptoProfile},
                     {QStringLiteral("hasFixedPosition"), hasFixedPosition},
                     {QStringLiteral("latitude"), latitude}, {QStringLiteral("longitude"), longitude},
                     {QStringLiteral("video"), v}, {QStringLiteral("audio"), a}, {QStringLiteral("policy"), p},
                     {QStringLiteral("power"), pw}, {QStringLiteral("network"), nw},
                     {QStringLiteral("time"), QJsonObject{{QStringLiteral("maxOffsetSeconds"), time.maxOffsetSeconds}}},
                     {QStringLiteral("keys"), keys.toJson()}};
    root.insert(QStringLiteral("feedback"), feedback.toJson());
    root.insert(QStringLiteral("location"), location.toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
