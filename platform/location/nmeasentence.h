#pragma once
// NMEA 0183 sentences, the few things the terminal reads itself: the checksum (a line failing
// it is dropped before anything parses it), the sentence type, the UTC time that groups a
// replayed log into epochs, and GGA's fix quality, satellites in use and HDOP, which Qt
// Positioning does not expose.

#include <QByteArray>
#include <QList>

namespace Nmea {

// "$GPGGA,...*47" with a correct XOR checksum (two hex digits after '*'; CR/LF already gone).
bool hasValidChecksum(const QByteArray &line);
// "GGA" for "$GNGGA,...": the three letters after the two-letter talker, empty when malformed.
QByteArray sentenceType(const QByteArray &line);
// The comma-separated fields without the leading '$' and the checksum; [0] is "GNGGA".
QList<QByteArray> fields(const QByteArray &line);
// Seconds since midnight of the time field of GGA, RMC, GLL, ZDA; -1 when absent.
double utcSecondsOfDay(const QByteArray &line);
// The whole sentence for a body ("GPGGA,...") with '$', checksum and CR LF.
QByteArray withChecksum(const QByteArray &body);

struct Gga {
    int quality = 0;          // field 6
    int satellites = -1;      // field 7; -1 = empty
    double hdop = -1;         // field 8; -1 = empty
};
bool parseGga(const QByteArray &line, Gga *out);

} // namespace Nmea
