#include "locationprofile.h"

#include "nmeaserialport.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

namespace {

QString field(const char *key)
{
    return QStringLiteral("location.") + QLatin1String(key);
}

// The messages are DeviceProfile's own (same context and source text, so one translation).
QString typeError(const char *message, const char *key)
{
    return QCoreApplication::translate("DeviceProfile", message).arg(field(key));
}

QString outOfRange(const char *key, double lo, double hi)
{
    return QCoreApplication::translate("DeviceProfile", "配置项 %1 超出范围（%2–%3）").arg(field(key)).arg(lo).arg(hi);
}

} // namespace

QString LocationProfile::readJson(const QJsonObject &obj)
{
    auto str = [&obj](const char *key, QString *value) -> QString {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return QString();
        if (!v.isString())
            return typeError("配置项 %1 应为文本", key);
        *value = v.toString();
        return QString();
    };
    auto integer = [&obj](const char *key, int *value) -> QString {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return QString();
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d > 1e9 || d < -1e9)
            return typeError("配置项 %1 应为整数", key);
        *value = int(d);
        return QString();
    };
    auto real = [&obj](const char *key, double *value) -> QString {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return QString();
        if (!v.isDouble())
            return typeError("配置项 %1 应为数字", key);
        *value = v.toDouble();
        return QString();
    };
    auto boolean = [&obj](const char *key, bool *value) -> QString {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return QString();
        if (!v.isBool())
            return typeError("配置项 %1 应为 true 或 false", key);
        *value = v.toBool();
        return QString();
    };
    for (const QString &error : {str("source", &source), str("nmeaFile", &nmeaFile), boolean("loop", &loop),
                                 real("replaySpeed", &replaySpeed), str("serialDevice", &serialDevice),
                                 integer("baud", &baud), str("gpsdHost", &gpsdHost), integer("gpsdPort", &gpsdPort),
                                 integer("staleSeconds", &staleSeconds), real("uereMeters", &uereMeters)}) {
        if (!error.isEmpty())
            return error;
    }
    return QString();
}

QString LocationProfile::validate() const
{
    const QStringList sources{QStringLiteral("fixed"), QStringLiteral("nmea-file"), QStringLiteral("serial"),
                              QStringLiteral("gpsd")};
    if (!sources.contains(source))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 只能是：%2").arg(field("source"), sources.join(QLatin1String(", ")));
    if (source == QLatin1String("nmea-file") && !nmeaFile.startsWith(QLatin1Char('/')) && !nmeaFile.startsWith(QLatin1String(":/")))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为绝对路径").arg(field("nmeaFile"));
    if (replaySpeed < 0.1 || replaySpeed > 100)
        return outOfRange("replaySpeed", 0.1, 100);
    if (source == QLatin1String("serial") && !serialDevice.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为绝对路径").arg(field("serialDevice"));
    if (!NmeaSerialPort::isSupportedBaud(baud))
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 只能是：%2")
            .arg(field("baud"), QStringLiteral("4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800"));
    if (source == QLatin1String("gpsd") && gpsdHost.trimmed().isEmpty())
        return QCoreApplication::translate("DeviceProfile", "配置项 %1 应为文本").arg(field("gpsdHost"));
    if (gpsdPort < 1 || gpsdPort > 65535)
        return outOfRange("gpsdPort", 1, 65535);
    if (staleSeconds < 2 || staleSeconds > 600)
        return outOfRange("staleSeconds", 2, 600);
    if (uereMeters < 0.5 || uereMeters > 100)
        return outOfRange("uereMeters", 0.5, 100);
    return QString();
}

QJsonObject LocationProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("source"), source},       {QStringLiteral("nmeaFile"), nmeaFile},
                       {QStringLiteral("loop"), loop},           {QStringLiteral("replaySpeed"), replaySpeed},
                       {QStringLiteral("serialDevice"), serialDevice}, {QStringLiteral("baud"), baud},
                       {QStringLiteral("gpsdHost"), gpsdHost},   {QStringLiteral("gpsdPort"), gpsdPort},
                       {QStringLiteral("staleSeconds"), staleSeconds}, {QStringLiteral("uereMeters"), uereMeters}};
}
