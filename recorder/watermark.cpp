#include "watermark.h"

#include <QCoreApplication>

#include <gst/gst.h>

#include <cmath>

QString Watermark::positionText(double latitude, double longitude, bool valid)
{
    if (!valid)
        return QString();
    return QStringLiteral("%1%2 %3%4")
        .arg(latitude >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
        .arg(std::fabs(latitude), 0, 'f', 5)
        .arg(longitude >= 0 ? QLatin1Char('E') : QLatin1Char('W'))
        .arg(std::fabs(longitude), 0, 'f', 5);
}

QByteArray Watermark::timeFormat(const QString &deviceId, const QString &officerNo, const QString &position)
{
    QString facts = QStringLiteral("%1  %2 %3").arg(deviceId, QCoreApplication::translate("Watermark", "警号"), officerNo);
    if (!position.isEmpty())
        facts += QStringLiteral("  ") + position;
    facts.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QByteArray("%Y-%m-%d %H:%M:%S  ") + facts.toUtf8();
}

void Watermark::configure(GstElement *clockOverlay)
{
    // auto-resize scales the font with the frame width, so one size reads well from 320 px
    // test frames to 1080p.
    g_object_set(clockOverlay, "font-desc", "Noto Sans CJK SC, 11", "shaded-background", TRUE, "halignment", 0 /* left */,
                 "valignment", 2 /* top */, "auto-resize", TRUE, "draw-shadow", FALSE, nullptr);
}

void Watermark::apply(GstElement *clockOverlay, const QByteArray &format)
{
    g_object_set(clockOverlay, "time-format", format.constData(), nullptr);
}
