// GstVideoSurface: GStreamer's video item for qml6glsink. Loaded only when a sink exists: the
// import below is registered at run time by the gstreamer1.0-qt6 plugin.
import QtQuick
import org.freedesktop.gstreamer.Qt6GLVideoItem 1.0

GstGLQt6VideoItem {
}
