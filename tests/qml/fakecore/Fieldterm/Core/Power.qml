// Test double for the Power singleton (PowerPolicy): a battery the tests set.
pragma Singleton
import QtQuick

QtObject {
    property int level: 80
    property bool charging: false
    property bool present: true
    property bool low: false
    property bool critical: false
    signal lowBatteryWarning(int levelPercent)
    signal recordingStoppedForBattery(int levelPercent)
}
