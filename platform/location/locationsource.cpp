#include "locationsource.h"

FixedLocationSource::FixedLocationSource(const GeoFix &fix, QObject *parent)
    : LocationSource(parent)
    , m_fix(fix)
{
    if (m_fix.valid && m_fix.quality == FixQuality::None)
        m_fix.quality = FixQuality::Manual;
}
