// Test double for the Clock singleton (ClockStatus).
pragma Singleton
import QtQuick

QtObject {
    property string source: "tsc"
    property bool kernelSynchronized: true
    property bool offsetKnown: true
    property double offsetSeconds: 0.1
    property string offsetText: "+0.1 秒（±0.0），09:00 核对"
    property string warning: ""
}
