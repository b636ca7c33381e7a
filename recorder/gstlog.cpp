#include "gstlog.h"

#include "recorderlog.h"

#include <gst/gst.h>

#include <mutex>

namespace {

// Runs on whatever thread logs (streaming threads included); qCWarning & co are thread-safe.
void forward(GstDebugCategory *category, GstDebugLevel level, const gchar *file, const gchar *function,
             gint line, GObject *object, GstDebugMessage *message, gpointer)
{
    if (level > gst_debug_category_get_threshold(category))
        return;
    const char *text = gst_debug_message_get(message);
    // GST_OBJECT_NAME without the lock, as GStreamer's own default handler does.
    const char *objectName = (object && GST_IS_OBJECT(object)) ? GST_OBJECT_NAME(object) : nullptr;
    const QString line_ = QStringLiteral("%1 %2:%3 %4%5")
                              .arg(QString::fromUtf8(gst_debug_category_get_name(category)),
                                   QString::fromUtf8(file ? file : "?"))
                              .arg(line)
                              .arg(objectName ? QStringLiteral("<%1> ").arg(QString::fromUtf8(objectName)) : QString(),
                                   QString::fromUtf8(text ? text : ""));
    Q_UNUSED(function);
    switch (level) {
    case GST_LEVEL_ERROR:
        qCCritical(lcRecorderGst).noquote() << line_;
        break;
    case GST_LEVEL_WARNING:
        qCWarning(lcRecorderGst).noquote() << line_;
        break;
    case GST_LEVEL_FIXME:
    case GST_LEVEL_INFO:
        qCInfo(lcRecorderGst).noquote() << line_;
        break;
    default:
        qCDebug(lcRecorderGst).noquote() << line_;
        break;
    }
}

} // namespace

void GstLog::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("GST_DEBUG"))
            gst_debug_set_default_threshold(GST_LEVEL_WARNING);
        // Ours replaces GStreamer's stderr printer so that nothing is printed twice.
        gst_debug_remove_log_function(gst_debug_log_default);
        gst_debug_add_log_function(forward, nullptr, nullptr);
    });
}
