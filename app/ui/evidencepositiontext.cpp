#include "evidencepositiontext.h"

#include "dutyinfo.h"
#include "geofix.h"
#include "uilogging.h"

#include <QStringList>

QString EvidencePositionText::fromRow(const Statement &st, int firstColumn)
{
    if (st.isNull(firstColumn) || st.isNull(firstColumn + 1))
        return QString();
    QStringList parts{DutyInfo::formatPosition(GeoFix(true, st.real(firstColumn), st.real(firstColumn + 1)))};
    FixQuality quality;
    if (!st.isNull(firstColumn + 2) && fixQualityFromKey(st.text(firstColumn + 2), &quality))
        parts << DutyInfo::fixQualityLabel(quality);
    if (!st.isNull(firstColumn + 3) && st.real(firstColumn + 3) >= 0)
        parts << QStringLiteral("±%1 m").arg(qRound(st.real(firstColumn + 3)));
    return parts.join(QStringLiteral(" · "));
}

QString EvidencePositionText::ofRecording(Database &db, const QString &recordingId)
{
    QString error;
    Statement st = db.prepare("SELECT latitude, longitude, fix_quality, accuracy_m FROM evidence"
                              " WHERE recording_id = ?1 AND kind <> 'photo' AND latitude IS NOT NULL"
                              " ORDER BY segment_index LIMIT 1", &error);
    if (!st.isValid()) {
        qCWarning(lcUi).noquote() << "recording position not read:" << error;
        return QString();
    }
    st.bind(1, recordingId);
    if (st.step() != Statement::Step::Row) {
        if (!st.error().isEmpty())
            qCWarning(lcUi).noquote() << "recording position not read:" << st.error();
        return QString();
    }
    return fromRow(st, 0);
}
