#pragma once
// Helpers for the screenshot tests: how varied a region of a picture is.

#include <QImage>
#include <QRect>
#include <QSet>

namespace ScreenshotTools {

// Number of distinct colours (4 bits per channel) in a region, capped — a blank or solid area
// has one or two; text, icons and video have many.
inline int distinctColours(const QImage &img, const QRect &region, int cap = 64)
{
    QSet<QRgb> seen;
    const QRect r = region.intersected(img.rect());
    for (int y = r.top(); y <= r.bottom(); y += 3) {
        for (int x = r.left(); x <= r.right(); x += 3) {
            seen.insert(img.pixel(x, y) & 0xF0F0F0);
            if (seen.size() >= cap)
                return cap;
        }
    }
    return int(seen.size());
}

} // namespace ScreenshotTools
