#include "nmealocationsource.h"

#include "locationlogging.h"
#include "nmealinepipe.h"
#include "nmeasentence.h"
#include "nmeatransport.h"

#include <QGeoPositionInfo>
#include <QGeoSatelliteInfo>
#include <QNmeaPositionInfoSource>
#include <QNmeaSatelliteInfoSource>

#include <cmath>

NmeaLocationSource::NmeaLocationSource(NmeaTransport *transport, const Options &options, QObject *parent)
    : LocationSource(parent)
    , m_transport(transport)
    , m_options(options)
    , m_positionPipe(new NmeaLinePipe(this))
    , m_satellitePipe(new NmeaLinePipe(this))
{
    m_transport->setParent(this);
    m_staleTimer.setSingleShot(true);
    connect(&m_staleTimer, &QTimer::timeout, this, &NmeaLocationSource::onStale);
    connect(m_transport, &NmeaTransport::lineReceived, this, &NmeaLocationSource::onLine);
    connect(m_transport, &NmeaTransport::restarted, this, [this] {
        // Fresh Qt sources: the old ones would ignore the replay's earlier times.
        const bool running = m_started;
        delete m_position;
        delete m_satellites;
        createQtSources();
        if (running) {
            m_position->startUpdates();
            m_satellites->startUpdates();
        }
    });
    createQtSources();
}

void NmeaLocationSource::createQtSources()
{
    m_position = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode, this);
    m_satellites = new QNmeaSatelliteInfoSource(QNmeaSatelliteInfoSource::UpdateMode::RealTimeMode, this);
    m_position->setDevice(m_positionPipe);
    m_position->setUserEquivalentRangeError(m_options.uereMeters);
    m_satellites->setDevice(m_satellitePipe);
    connect(m_position, &QGeoPositionInfoSource::positionUpdated, this, &NmeaLocationSource::onPosition);
    connect(m_satellites, &QGeoSatelliteInfoSource::satellitesInUseUpdated, this,
            [this](const QList<QGeoSatelliteInfo> &list) { m_satellitesInUse = int(list.size()); });
    connect(m_satellites, &QGeoSatelliteInfoSource::satellitesInViewUpdated, this,
            [this](const QList<QGeoSatelliteInfo> &list) { m_satellitesInView = int(list.size()); });
}

NmeaLocationSource::~NmeaLocationSource()
{
    // The transport goes first: nothing may reach onLine() while the Qt sources are torn down.
    delete m_transport;
    m_transport = nullptr;
    m_position->stopUpdates();
    m_satellites->stopUpdates();
    delete m_position;
    delete m_satellites;
}

void NmeaLocationSource::start()
{
    m_started = true;
    m_position->startUpdates();
    m_satellites->startUpdates();
    m_staleTimer.start(m_options.staleMs);   // nothing at all within the period: stale too
    m_transport->start();
}

void NmeaLocationSource::onLine(const QByteArray &line)
{
    if (!Nmea::hasValidChecksum(line)) {
        ++m_rejected;
        qCDebug(lcLocation) << "dropped a line failing its checksum:" << line.left(100);
        return;
    }
    const QByteArray type = Nmea::sentenceType(line);
    if (type == "GGA") {
        Nmea::Gga gga;
        if (Nmea::parseGga(line, &gga)) {
            FixQuality q = FixQuality::None;
            fixQualityFromGga(gga.quality, &q);
            m_ggaQuality = q;
            m_ggaSatellites = gga.satellites;
            if (q == FixQuality::None)
                markLost();
        }
    } else if (type == "RMC") {
        const QList<QByteArray> f = Nmea::fields(line);
        if (f.size() > 2 && f.at(2) == "V")
            markLost();
    }
    m_positionPipe->push(line);
    m_satellitePipe->push(line);
}

void NmeaLocationSource::onPosition(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid() || m_ggaQuality == FixQuality::None)
        return;
    GeoFix fix;
    fix.valid = true;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    fix.quality = m_ggaQuality;
    fix.satellitesInUse = m_ggaSatellites >= 0 ? m_ggaSatellites : m_satellitesInUse;
    fix.satellitesInView = m_satellitesInView;
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        const double accuracy = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
        if (std::isfinite(accuracy) && accuracy >= 0)
            fix.horizontalAccuracy = accuracy;
    }
    fix.timestamp = info.timestamp().toUTC();
    m_fix = fix;
    m_staleTimer.start(m_options.staleMs);
    emit fixChanged(m_fix);
}

void NmeaLocationSource::markLost()
{
    m_staleTimer.start(m_options.staleMs);   // the receiver talks: not stale, just without a fix
    if (!m_fix.valid && !m_fix.stale && m_fix.quality == FixQuality::None)
        return;
    m_fix.valid = false;
    m_fix.stale = false;
    m_fix.quality = FixQuality::None;
    m_fix.satellitesInUse = m_ggaSatellites >= 0 ? m_ggaSatellites : m_fix.satellitesInUse;
    qCInfo(lcLocation) << "fix lost";
    emit fixChanged(m_fix);
}

void NmeaLocationSource::onStale()
{
    if (m_fix.stale)
        return;
    m_fix.valid = false;
    m_fix.stale = true;
    qCInfo(lcLocation).noquote() << "no position for" << m_options.staleMs / 1000.0 << "s from" << m_transport->describe();
    emit fixChanged(m_fix);
}
