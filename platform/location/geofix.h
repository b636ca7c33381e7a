#pragma once
// GeoFix: one position report as the rest of the terminal sees it — where, how good (the GGA
// fix quality, satellites, horizontal accuracy), when, and whether it is still current. A fix
// that stopped updating is "stale" and counts as no fix (valid = false) everywhere.

#include <QDateTime>
#include <QMetaType>
#include <QString>

// GGA field 6 ("fix quality"), 0..8. Manual also marks a position typed into the profile.
enum class FixQuality { None = 0, Gps = 1, Dgps = 2, Pps = 3, Rtk = 4, FloatRtk = 5, Estimated = 6, Manual = 7, Simulation = 8 };

// "none", "gps", "dgps", "pps", "rtk", "float_rtk", "estimated", "manual", "simulation": the key
// stored in evidence.fix_quality.
QString fixQualityKey(FixQuality quality);
// From a stored key (fixQualityKey's); false for anything else.
bool fixQualityFromKey(const QString &key, FixQuality *out);
// From GGA's numeric field; false for anything outside 0..8.
bool fixQualityFromGga(int code, FixQuality *out);

struct GeoFix {
    GeoFix() = default;
    // A position without quality details (a fixed one, or a test's).
    GeoFix(bool valid_, double latitude_, double longitude_)
        : valid(valid_)
        , latitude(latitude_)
        , longitude(longitude_)
    {
    }

    bool valid = false;            // a current fix: false when none, lost or stale
    double latitude = 0;           // WGS-84 degrees
    double longitude = 0;
    FixQuality quality = FixQuality::None;
    int satellitesInUse = -1;      // -1 = unknown
    int satellitesInView = -1;     // -1 = unknown
    double horizontalAccuracy = -1;  // metres; < 0 = unknown
    QDateTime timestamp;           // UTC of the fix as the receiver reported it
    bool stale = false;            // no update for the stale period (valid is then false)
};

Q_DECLARE_METATYPE(GeoFix)
