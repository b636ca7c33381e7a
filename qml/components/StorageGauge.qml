// StorageGauge: storage as recording time left at the current bitrate ("可录 5 小时 12 分").
// Turns to the warning colour, with a warning icon, when the store says space is low.
import QtQuick
import Fieldterm

Rectangle {
    id: root

    property int minutesLeft: 0
    property bool low: false

    readonly property string text: formatMinutes(minutesLeft)
    readonly property color toneColor: low ? Theme.warning : Theme.textPrimary

    function formatMinutes(minutes) {
        if (minutes <= 0)
            return qsTr("存储已满");
        if (minutes < 120)
            return qsTr("可录 %1 分钟").arg(minutes);
        return qsTr("可录 %1 小时 %2 分").arg(Math.floor(minutes / 60)).arg(minutes % 60);
    }

    readonly property string level: low ? "low" : "normal"
    implicitWidth: row.implicitWidth + 2 * Theme.spacingS
    implicitHeight: Math.max(row.implicitHeight, 40)
    radius: Theme.radiusSmall
    color: low && Theme.highContrast ? "#000000" : "transparent"
    border.width: low ? Theme.borderWidth + 1 : 0
    border.color: Theme.warning

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingXs
        Icon {
            name: root.low ? "warning" : "sdcard"
            size: Theme.iconSmall
            anchors.verticalCenter: parent.verticalCenter
        }
        UiText {
            text: root.text
            color: root.toneColor
            font.pixelSize: Theme.fontCaption + 2
            font.weight: root.low ? Theme.fontWeightStrong : Theme.fontWeightBody
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
