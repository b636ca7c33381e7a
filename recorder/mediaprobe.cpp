#include "mediaprobe.h"

#include "fmp4.h"
#include "recorderlog.h"

#include <QFileInfo>
#include <QUrl>

#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>

qint64 MediaProbe::durationNs(const QString &path)
{
    Fmp4::Timing timing;
    QString error;
    if (Fmp4::readTiming(path, &timing, &error) && timing.fragmented)
        return timing.durationNs;
    return discovererDurationNs(path);
}

qint64 MediaProbe::discovererDurationNs(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return -1;
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    GError *err = nullptr;
    GstDiscoverer *discoverer = gst_discoverer_new(5 * GST_SECOND, &err);
    if (!discoverer) {
        qCWarning(lcRecorder) << "GstDiscoverer unavailable:" << (err ? err->message : "?");
        g_clear_error(&err);
        return -1;
    }
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
    GstDiscovererInfo *info = gst_discoverer_discover_uri(discoverer, uri.constData(), &err);
    qint64 result = -1;
    if (info && gst_discoverer_info_get_result(info) == GST_DISCOVERER_OK) {
        const GstClockTime d = gst_discoverer_info_get_duration(info);
        result = GST_CLOCK_TIME_IS_VALID(d) ? qint64(d) : 0;
    } else {
        qCWarning(lcRecorder) << "cannot probe" << path << (err ? err->message : "");
    }
    g_clear_error(&err);
    if (info)
        gst_discoverer_info_unref(info);
    g_object_unref(discoverer);
    return result;
}
