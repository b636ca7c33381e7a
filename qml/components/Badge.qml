// Badge: a small pill with an optional icon and a short text (status chips, key hints, counts).
import QtQuick
import Fieldterm

Rectangle {
    id: badge
    property alias text: label.text
    property string iconName
    property color textColor: Theme.textPrimary
    property int fontSize: Theme.fontCaption

    implicitWidth: row.implicitWidth + 2 * Theme.spacingS + (label.text.length > 0 ? Theme.spacingXs : 0)
    implicitHeight: Math.max(row.implicitHeight + Theme.spacingXs, 32)
    radius: height / 2
    color: Theme.scrim
    border.width: Theme.highContrast ? 2 : 0
    border.color: textColor

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingXs
        Icon {
            name: badge.iconName
            size: badge.fontSize + 4
            visible: badge.iconName.length > 0
            anchors.verticalCenter: parent.verticalCenter
        }
        UiText {
            id: label
            color: badge.textColor
            font.pixelSize: badge.fontSize
            font.weight: Theme.fontWeightStrong
            visible: text.length > 0
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
