// BatteryGauge: the battery as a drawn cell and its percentage ("62%"), "充电中" while charging.
// Warning colour at the profile's warn level, danger colour (and a thicker frame) at the
// critical level. Hidden when the device reports no battery (level -1).
import QtQuick
import Fieldterm

Item {
    id: root

    property int level: -1          // percent, -1 unknown / no battery
    property bool charging: false
    property bool low: false
    property bool critical: false

    readonly property color toneColor: critical ? Theme.danger : low ? Theme.warning : Theme.textPrimary
    readonly property string text: charging ? qsTr("%1% 充电中").arg(level) : qsTr("%1%").arg(level)

    visible: level >= 0
    implicitWidth: row.implicitWidth + 2 * Theme.spacingXs
    implicitHeight: Math.max(row.implicitHeight, 40)

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("电量 %1").arg(text)

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingXs

        // The cell: a frame, its terminal, and the fill for the level.
        Item {
            width: 34
            height: 18
            anchors.verticalCenter: parent.verticalCenter
            Rectangle {
                id: cell
                width: 30
                height: parent.height
                radius: 3
                color: "transparent"
                border.width: root.critical ? 3 : 2
                border.color: root.toneColor
                Rectangle {
                    objectName: "batteryFill"
                    x: 3
                    y: 3
                    height: parent.height - 6
                    width: Math.max(0, (parent.width - 6) * Math.min(100, Math.max(0, root.level)) / 100)
                    radius: 1
                    color: root.toneColor
                }
            }
            Rectangle {
                anchors.left: cell.right
                anchors.verticalCenter: cell.verticalCenter
                width: 3
                height: 8
                color: root.toneColor
            }
        }
        UiText {
            objectName: "batteryText"
            text: root.text
            color: root.toneColor
            font.pixelSize: Theme.fontCaption + 2
            font.weight: root.low || root.critical ? Theme.fontWeightStrong : Theme.fontWeightBody
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
