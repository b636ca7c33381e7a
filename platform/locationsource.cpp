#include "locationsource.h"

FixedLocationSource::FixedLocationSource(const GeoFix &fix, QObject *parent)
    : LocationSource(parent)
    , m_fix(fix)
{
}
