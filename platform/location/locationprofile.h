#pragma once
// LocationProfile: the device profile's "location" section — where positions come from.
//
//   "location": { "source": "fixed" }                       the profile's latitude/longitude
//   "location": { "source": "nmea-file", "nmeaFile": ":/location/shanghai-walk.nmea",
//                 "loop": true, "replaySpeed": 1.0 }        a recorded log (simulation)
//   "location": { "source": "serial", "serialDevice": "/dev/ttyUSB0", "baud": 9600 }
//   "location": { "source": "gpsd", "gpsdHost": "127.0.0.1", "gpsdPort": 2947 }
//
// plus "staleSeconds" (no update for that long = no fix) and "uereMeters" (the receiver's user
// equivalent range error, for the accuracy estimate 2 × HDOP × UERE).

#include <QJsonObject>
#include <QString>

struct LocationProfile {
    QString source = QStringLiteral("fixed");   // "fixed", "nmea-file", "serial" or "gpsd"
    QString nmeaFile;                             // absolute path or a ":/" resource
    bool loop = true;
    double replaySpeed = 1.0;                     // 0.1..100 × the recorded pace
    QString serialDevice = QStringLiteral("/dev/ttyUSB0");
    int baud = 9600;
    QString gpsdHost = QStringLiteral("127.0.0.1");
    int gpsdPort = 2947;
    int staleSeconds = 10;                        // 2..600
    double uereMeters = 5.0;                      // 0.5..100

    // Reads the keys present in obj (the "location" object); the others keep their values.
    // Returns an error naming the field ("location.baud"), empty when the types are right.
    QString readJson(const QJsonObject &obj);
    // Vocabulary and ranges; empty when valid. Messages name the field.
    QString validate() const;
    QJsonObject toJson() const;
};
