// Toast: a brief confirmation ("已拍照", "已标记：告知") that fades out by itself, so the officer
// knows the press landed without having to look long.
import QtQuick
import Fieldterm

Rectangle {
    id: root

    property int duration: Theme.toastMs
    property alias text: label.text
    property string iconName: "check"
    readonly property bool shown: _shown
    property bool _shown: false

    // iconName: "check" for a confirmation, "warning" when the press could not do anything.
    function show(message, icon) {
        label.text = message;
        iconName = icon === undefined ? "check" : icon;
        _shown = true;
        hideTimer.restart();
    }

    implicitWidth: Math.min(row.implicitWidth + 2 * Theme.spacingL, 640)
    implicitHeight: Math.max(row.implicitHeight + 2 * Theme.spacingM, Theme.touchMin)
    radius: height / 2
    color: Theme.surfaceRaised
    border.width: Theme.highContrast ? 3 : 2
    border.color: iconName === "warning" ? Theme.warning : Theme.success
    opacity: _shown ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.animationMs } }

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Timer {
        id: hideTimer
        interval: root.duration
        onTriggered: root._shown = false
    }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingS
        Icon { name: root.iconName; size: Theme.iconSmall; anchors.verticalCenter: parent.verticalCenter }
        UiText {
            id: label
            font.pixelSize: Theme.fontLabel
            font.weight: Theme.fontWeightStrong
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
