#pragma once
// NmeaLocationSource: a position from an NMEA 0183 stream, parsed by Qt Positioning.
//
//   transport (tty / gpsd / replayed log) ─ lines ─► checksum check ─┬─► GGA: quality, satellites
//                                                                    ├─► pipe ─► QNmeaPositionInfoSource
//                                                                    └─► pipe ─► QNmeaSatelliteInfoSource
//
// Qt gives coordinate, time and horizontal accuracy (2 × HDOP × UERE); the terminal reads GGA's
// fix quality and satellite count itself (Qt 6.4 does not expose them) and satellites in view
// from Qt's satellite source. A GGA with quality 0 or an RMC with status V means the fix is
// lost at once; no position for staleMs means stale. Both report valid = false.

#include "locationsource.h"

#include <QTimer>

#include <memory>

class NmeaTransport;
class NmeaLinePipe;
class QGeoPositionInfo;
class QNmeaPositionInfoSource;
class QNmeaSatelliteInfoSource;

class NmeaLocationSource final : public LocationSource
{
    Q_OBJECT
public:
    struct Options {
        int staleMs = 10000;
        double uereMeters = 5.0;   // user equivalent range error: accuracy = 2 × HDOP × UERE
    };
    // Takes ownership of transport (re-parented to this source).
    NmeaLocationSource(NmeaTransport *transport, const Options &options, QObject *parent = nullptr);
    ~NmeaLocationSource() override;

    void start() override;
    GeoFix lastFix() const override { return m_fix; }
    NmeaTransport *transport() const { return m_transport; }
    int rejectedLines() const { return m_rejected; }   // bad checksum or not NMEA

private:
    void createQtSources();
    void onLine(const QByteArray &line);
    void onPosition(const QGeoPositionInfo &info);
    void markLost();
    void onStale();

    NmeaTransport *m_transport;
    Options m_options;
    NmeaLinePipe *m_positionPipe;
    NmeaLinePipe *m_satellitePipe;
    QNmeaPositionInfoSource *m_position = nullptr;
    QNmeaSatelliteInfoSource *m_satellites = nullptr;
    QTimer m_staleTimer;
    GeoFix m_fix;
    FixQuality m_ggaQuality = FixQuality::Gps;   // an RMC-only receiver: a fix is a plain GPS fix
    int m_ggaSatellites = -1;
    int m_satellitesInUse = -1;                  // from GSA, when GGA gives no count
    int m_satellitesInView = -1;
    int m_rejected = 0;
    bool m_started = false;
};
