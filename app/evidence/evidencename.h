#pragma once
// Reads back what an evidence file's name says (PRODUCT.md:
// <deviceId>_<officerNo>_<YYYYMMDDhhmmss>_<seq>.<ext>), and which media files are evidence at
// all. Used by reconciliation to register files that have no row.

#include "evidencerecord.h"

#include <QDateTime>
#include <QString>

namespace EvidenceName {

constexpr const char *partSuffix = ".part";

// Kind by extension: .mp4 video, .m4a audio, .jpg photo. False for anything else.
bool kindForPath(const QString &path, EvidenceKind *kind);

struct Parsed {
    QString deviceId;
    QString officerNo;
    QDateTime start;   // local time as named, converted to UTC
    int sequence = 0;
};
bool parse(const QString &fileName, Parsed *out);

} // namespace EvidenceName
