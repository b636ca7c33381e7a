// Fake Storage facade (app/ui/storagestatus.h) for QML tests and screenshots.
pragma Singleton
import QtQuick

QtObject {
    property int minutesLeft: 312
    property real availableMB: 9860
    property int reserveMB: 500
    property bool low: false

    function reset() { minutesLeft = 312; availableMB = 9860; reserveMB = 500; low = false; }
}
