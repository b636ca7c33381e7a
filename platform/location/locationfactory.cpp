#include "locationfactory.h"

#include "gpsdclient.h"
#include "nmeafilereplay.h"
#include "nmealocationsource.h"
#include "nmeaserialport.h"

std::unique_ptr<LocationSource> createLocationSource(const LocationProfile &profile, const GeoFix &fixed)
{
    NmeaTransport *transport = nullptr;
    if (profile.source == QLatin1String("nmea-file"))
        transport = new NmeaFileReplay(profile.nmeaFile, profile.loop, profile.replaySpeed);
    else if (profile.source == QLatin1String("serial"))
        transport = new NmeaSerialPort(profile.serialDevice, profile.baud);
    else if (profile.source == QLatin1String("gpsd"))
        transport = new GpsdClient(profile.gpsdHost, quint16(profile.gpsdPort));
    if (!transport)
        return std::make_unique<FixedLocationSource>(fixed);
    NmeaLocationSource::Options options;
    options.staleMs = profile.staleSeconds * 1000;
    options.uereMeters = profile.uereMeters;
    return std::make_unique<NmeaLocationSource>(transport, options);
}
