#include "evidencename.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace EvidenceName {

bool kindForPath(const QString &path, EvidenceKind *kind)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("mp4"))
        *kind = EvidenceKind::Video;
    else if (suffix == QLatin1String("m4a"))
        *kind = EvidenceKind::Audio;
    else if (suffix == QLatin1String("jpg"))
        *kind = EvidenceKind::Photo;
    else
        return false;
    return true;
}

bool parse(const QString &fileName, Parsed *out)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9-]{1,32})_([A-Za-z0-9-]{1,32})_(\\d{14})_(\\d{1,6})\\.(mp4|m4a|jpg)$"));
    const QRegularExpressionMatch m = pattern.match(QFileInfo(fileName).fileName());
    if (!m.hasMatch())
        return false;
    const QDateTime start = QDateTime::fromString(m.captured(3), QStringLiteral("yyyyMMddHHmmss"));
    if (!start.isValid())
        return false;
    out->deviceId = m.captured(1);
    out->officerNo = m.captured(2);
    out->start = start.toUTC();
    out->sequence = m.captured(4).toInt();
    return true;
}

} // namespace EvidenceName
