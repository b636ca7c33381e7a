// StatusBar: who and where, at the top of every page — officer on duty, device id, GPS fix
// (position, satellites, quality; 无定位 when lost, 定位过期 when the receiver went silent),
// battery, storage left and the clock. A red rule along its bottom edge while recording.
import QtQuick
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: root

    property string officerName
    property string officerNo
    property string agency
    property string deviceId
    property bool simulated: false
    property string positionText
    property bool hasFix: false
    // "8 颗卫星 · 差分 · ±4 m" (Duty.fixDetail); shown beside the position while there is a fix.
    property string fixDetail
    // No update from the receiver for a while: the last position is no longer trusted.
    property bool fixStale: false
    property int minutesLeft: 0
    // The battery (Power): percent or -1 when there is none; warn / critical as the policy says.
    property int batteryLevel: -1
    property bool batteryCharging: false
    property bool batteryLow: false
    property bool batteryCritical: false
    property bool storageLow: false
    property bool recording: false
    // The clock; a timer keeps it current, tests may set it.
    property date now: new Date()

    readonly property string clockText: Qt.formatTime(now, "HH:mm:ss")
    readonly property string positionLabel: hasFix && positionText.length > 0 ? positionText
                                            : fixStale ? qsTr("定位过期") : qsTr("无定位")

    implicitHeight: column.implicitHeight + 2 * Theme.spacingS + recordingRule.height
    color: Theme.surface

    Timer {
        interval: 1000
        running: root.visible
        repeat: true
        onTriggered: root.now = new Date()
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingS
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            Icon { name: "officer"; size: Theme.iconSmall }
            UiText {
                text: root.officerName
                font.pixelSize: Theme.fontLabel
                font.weight: Theme.fontWeightStrong
                Layout.minimumWidth: implicitWidth
            }
            UiText {
                text: root.officerNo
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption + 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            BatteryGauge {
                objectName: "batteryGauge"
                level: root.batteryLevel
                charging: root.batteryCharging
                low: root.batteryLow
                critical: root.batteryCritical
                Layout.minimumWidth: implicitWidth
            }
            StorageGauge {
                minutesLeft: root.minutesLeft
                low: root.storageLow
                Layout.minimumWidth: implicitWidth
            }
            UiText {
                text: root.clockText
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
                Layout.leftMargin: Theme.spacingS
                Layout.minimumWidth: implicitWidth
            }
        }

        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Layout.preferredHeight: 40
            Icon { name: "device"; size: Theme.iconSmall }
            UiText {
                text: root.deviceId
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption + 2
                Layout.minimumWidth: implicitWidth
            }
            Badge {
                text: qsTr("模拟设备")
                visible: root.simulated
                color: "transparent"
                textColor: Theme.warning
                border.width: 2
                border.color: Theme.warning
                implicitHeight: 30
                Layout.minimumWidth: implicitWidth
            }
            UiText {
                text: root.agency
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Icon { name: root.hasFix ? "gps" : "gps-off"; size: Theme.iconSmall }
            UiText {
                objectName: "positionLabel"
                text: root.positionLabel
                color: root.hasFix ? Theme.textPrimary : Theme.warning
                font.pixelSize: Theme.fontCaption + 2
                Layout.minimumWidth: implicitWidth
            }
            UiText {
                objectName: "fixDetail"
                text: root.fixDetail
                visible: root.hasFix && root.fixDetail.length > 0
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                Layout.minimumWidth: implicitWidth
            }
        }
    }

    Rectangle {
        id: recordingRule
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 6
        color: root.recording ? Theme.record : Theme.border
    }
}
