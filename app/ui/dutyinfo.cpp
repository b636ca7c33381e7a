#include "dutyinfo.h"

#include <QJSEngine>
#include <QSettings>

namespace {
DutyInfo *s_duty = nullptr;
AppSettings *s_settings = nullptr;
} // namespace

DutyInfo::DutyInfo(const DeviceProfile &profile, LocationSource *location, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
    if (location) {
        m_fix = location->lastFix();
        connect(location, &LocationSource::fixChanged, this, [this](const GeoFix &fix) {
            m_fix = fix;
            emit positionChanged();
        });
    }
}

DutyInfo::~DutyInfo()
{
    if (s_duty == this)
        s_duty = nullptr;
}

DutyInfo *DutyInfo::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_duty);
    QJSEngine::setObjectOwnership(s_duty, QJSEngine::CppOwnership);
    return s_duty;
}

void DutyInfo::setInstance(DutyInfo *instance) { s_duty = instance; }

QString DutyInfo::positionText() const
{
    return formatPosition(m_fix);
}

QString DutyInfo::formatPosition(const GeoFix &fix)
{
    if (!fix.valid)
        return QString();
    return QStringLiteral("%1%2 %3%4")
        .arg(fix.latitude >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
        .arg(qAbs(fix.latitude), 0, 'f', 5)
        .arg(fix.longitude >= 0 ? QLatin1Char('E') : QLatin1Char('W'))
        .arg(qAbs(fix.longitude), 0, 'f', 5);
}

QString DutyInfo::fixState() const
{
    if (m_fix.valid)
        return QStringLiteral("fix");
    return m_fix.stale ? QStringLiteral("stale") : QStringLiteral("none");
}

QString DutyInfo::fixQualityLabel(FixQuality quality)
{
    switch (quality) {
    case FixQuality::None: return tr("无定位");
    case FixQuality::Gps: return tr("单点");
    case FixQuality::Dgps: return tr("差分");
    case FixQuality::Pps: return tr("PPS");
    case FixQuality::Rtk: return tr("RTK 固定");
    case FixQuality::FloatRtk: return tr("RTK 浮动");
    case FixQuality::Estimated: return tr("推算");
    case FixQuality::Manual: return tr("固定位置");
    case FixQuality::Simulation: return tr("模拟");
    }
    return QString();
}

QString DutyInfo::formatFixDetail(const GeoFix &fix)
{
    if (!fix.valid)
        return QString();
    QStringList parts;
    if (fix.satellitesInUse >= 0)
        parts << tr("%n 颗卫星", nullptr, fix.satellitesInUse);
    parts << fixQualityLabel(fix.quality);
    if (fix.horizontalAccuracy >= 0)
        parts << QStringLiteral("±%1 m").arg(qRound(fix.horizontalAccuracy));
    return parts.join(QStringLiteral(" · "));
}

AppSettings::AppSettings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_iniPath(iniPath)
{
    QSettings s(m_iniPath, QSettings::IniFormat);
    m_highContrast = s.value(QStringLiteral("ui/highContrast"), false).toBool();
}

AppSettings::~AppSettings()
{
    if (s_settings == this)
        s_settings = nullptr;
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_settings);
    QJSEngine::setObjectOwnership(s_settings, QJSEngine::CppOwnership);
    return s_settings;
}

void AppSettings::setInstance(AppSettings *instance) { s_settings = instance; }

void AppSettings::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    QSettings s(m_iniPath, QSettings::IniFormat);
    s.setValue(QStringLiteral("ui/highContrast"), on);
    emit highContrastChanged();
}
