#pragma once
// Watermark: the line burned into every frame before the tee, so recordings, photos and the
// preview all carry it (PRODUCT.md): local date and time to the second, device id, officer
// number, and the GPS position when known, e.g.
//   "2026-11-21 22:30:05  SIM0001  警号 11010001  N39.90869 E116.39748".
// Drawn by clockoverlay: its strftime "time-format" carries the whole line so that the clock
// comes first (its "text" property would only go in front of the time).

#include <QByteArray>
#include <QString>

typedef struct _GstElement GstElement;

namespace Watermark {

// "N39.90869 E116.39748"; empty when !valid.
QString positionText(double latitude, double longitude, bool valid);

// clockoverlay time-format for the given facts ('%' in them escaped).
QByteArray timeFormat(const QString &deviceId, const QString &officerNo, const QString &position);

// Font (CJK-capable), shaded background, top-left; call once after creating the element.
void configure(GstElement *clockOverlay);

// Thread-safe (clockoverlay takes its object lock): the next frame shows the new line.
void apply(GstElement *clockOverlay, const QByteArray &format);

} // namespace Watermark
