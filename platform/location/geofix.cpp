#include "geofix.h"

QString fixQualityKey(FixQuality quality)
{
    switch (quality) {
    case FixQuality::None: return QStringLiteral("none");
    case FixQuality::Gps: return QStringLiteral("gps");
    case FixQuality::Dgps: return QStringLiteral("dgps");
    case FixQuality::Pps: return QStringLiteral("pps");
    case FixQuality::Rtk: return QStringLiteral("rtk");
    case FixQuality::FloatRtk: return QStringLiteral("float_rtk");
    case FixQuality::Estimated: return QStringLiteral("estimated");
    case FixQuality::Manual: return QStringLiteral("manual");
    case FixQuality::Simulation: return QStringLiteral("simulation");
    }
    return QStringLiteral("none");
}

bool fixQualityFromKey(const QString &key, FixQuality *out)
{
    for (int code = int(FixQuality::None); code <= int(FixQuality::Simulation); ++code) {
        if (fixQualityKey(FixQuality(code)) == key) {
            *out = FixQuality(code);
            return true;
        }
    }
    return false;
}

bool fixQualityFromGga(int code, FixQuality *out)
{
    if (code < 0 || code > 8)
        return false;
    *out = FixQuality(code);
    return true;
}
