// DeviceNotices: what the device itself needs from the officer, one line each, for as long as
// it lasts — the battery at the warn or critical level, and a clock that cannot be trusted
// (ClockStatus.warning). Not dismissable: each clears when its cause does.
import QtQuick
import QtQuick.Layouts
import Fieldterm

ColumnLayout {
    id: root

    property int batteryLevel: -1
    property bool batteryLow: false
    property bool batteryCritical: false
    property string clockWarning

    readonly property string batteryText: batteryCritical
        ? qsTr("电量严重不足（%1%）：录像会自动停止并保存，请立即充电。").arg(batteryLevel)
        : batteryLow ? qsTr("电量低（%1%）：请尽快充电，避免录像中断。").arg(batteryLevel) : ""
    readonly property int count: (batteryText.length > 0 ? 1 : 0) + (clockWarning.length > 0 ? 1 : 0)

    spacing: Theme.spacingXs
    visible: count > 0

    Repeater {
        model: [
            { key: "battery", text: root.batteryText, alarm: root.batteryCritical },
            { key: "clock", text: root.clockWarning, alarm: false }
        ]
        delegate: Rectangle {
            id: notice
            required property var modelData
            objectName: "notice_" + modelData.key
            visible: modelData.text.length > 0
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchMin, label.implicitHeight + 2 * Theme.spacingS)
            radius: Theme.radius
            color: modelData.alarm ? Theme.errorSurface : Theme.surfaceRaised
            border.width: Theme.borderWidth + 1
            border.color: modelData.alarm ? Theme.errorBorder : Theme.warning
            Accessible.role: Accessible.AlertMessage
            Accessible.name: modelData.text

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingM
                spacing: Theme.spacingS
                Icon { name: notice.modelData.key === "clock" ? "clock" : "warning"; size: Theme.iconSmall }
                UiText {
                    id: label
                    text: notice.modelData.text
                    color: notice.modelData.alarm ? "#FFFFFF" : Theme.warning
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
