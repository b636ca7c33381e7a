// SyncIndicator: the upload state to the supervision platform as a compact, tappable chip —
// 未登记 (grey), 已同步 (green), 待同步 N (amber), 同步中 (blue, turning icon), 同步异常 (red).
// Takes the state from the page (Sync.indicator); tapping it emits clicked().
import QtQuick
import Fieldterm

Rectangle {
    id: root

    property string indicator: "off"          // off | ok | pending | syncing | error
    property int pendingCount: 0              // items the platform has not confirmed yet
    signal clicked()

    readonly property string text: {
        switch (indicator) {
        case "ok": return qsTr("已同步");
        case "pending": return qsTr("待同步 %1").arg(pendingCount);
        case "syncing": return qsTr("同步中");
        case "error": return qsTr("同步异常");
        }
        return qsTr("未登记");
    }
    readonly property color toneColor: {
        switch (indicator) {
        case "ok": return Theme.success;
        case "pending": return Theme.warning;
        case "syncing": return Theme.accent;
        case "error": return "#FFFFFF";           // on the red fill, as in ErrorBanner
        }
        return Theme.textSecondary;
    }
    readonly property string iconName: {
        switch (indicator) {
        case "ok": return "check";
        case "pending": return "clock";
        case "error": return "warning";
        }
        return "sync";
    }
    readonly property bool animating: indicator === "syncing" && visible

    implicitWidth: row.implicitWidth + 2 * Theme.spacingM
    implicitHeight: 52                        // ≥ 48 px: a glove can hit it
    radius: Theme.radiusSmall
    color: area.pressed ? Theme.surfacePressed
         : indicator === "error" ? Theme.errorSurface : Theme.scrim
    border.width: Theme.highContrast ? 3 : 2
    border.color: indicator === "error" ? Theme.errorBorder : toneColor

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: root.clicked()

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingS

        Icon {
            id: icon
            objectName: "syncIndicatorIcon"
            name: root.iconName
            size: Theme.iconSmall
            opacity: root.indicator === "off" ? 0.6 : 1
            anchors.verticalCenter: parent.verticalCenter
            RotationAnimation on rotation {
                running: root.animating
                loops: Animation.Infinite
                from: 0
                to: 360
                duration: 4 * Theme.blinkMs
                onRunningChanged: if (!running) icon.rotation = 0
            }
        }
        UiText {
            objectName: "syncIndicatorText"
            text: root.text
            color: root.toneColor
            font.pixelSize: Theme.fontBody
            font.weight: Theme.fontWeightStrong
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: root.clicked()
    }
}
