#pragma once
// LocationSource: the current position for watermarks, cases and evidence rows. Backends:
// FixedLocationSource (the profile's position, simulation and tests) and NmeaLocationSource
// (nmealocationsource.h: an NMEA stream from a serial receiver, gpsd or a replayed log).
// createLocationSource() (locationfactory.h) picks one from the profile's "location" section.

#include "geofix.h"

#include <QObject>

class LocationSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual GeoFix lastFix() const = 0;
    virtual void start() {}
signals:
    // Every new position, and every change of state (lost, stale, back).
    void fixChanged(const GeoFix &fix);
};

class FixedLocationSource final : public LocationSource
{
    Q_OBJECT
public:
    // A valid fix without a quality is reported as FixQuality::Manual (typed in, not measured).
    FixedLocationSource(const GeoFix &fix, QObject *parent = nullptr);
    GeoFix lastFix() const override { return m_fix; }

private:
    GeoFix m_fix;
};
