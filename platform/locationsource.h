#pragma once
// LocationSource: the last known position for watermarks and evidence rows. The simulated
// backend reports the profile's fixed position; the device backend (Qt Positioning) arrives
// with the device issue.

#include <QObject>

struct GeoFix {
    bool valid = false;
    double latitude = 0;
    double longitude = 0;
};

class LocationSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual GeoFix lastFix() const = 0;
signals:
    void fixChanged(const GeoFix &fix);
};

class FixedLocationSource final : public LocationSource
{
    Q_OBJECT
public:
    FixedLocationSource(const GeoFix &fix, QObject *parent = nullptr);
    GeoFix lastFix() const override { return m_fix; }

private:
    GeoFix m_fix;
};
