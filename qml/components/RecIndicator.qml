// RecIndicator: the recording status chip over the preview. Recording: blinking red dot and the
// elapsed time as HH:MM:SS. Post-record: amber dot and the seconds still being recorded.
// Idle with pre-record armed: a steady "预录 N 秒" badge. Hidden otherwise.
import QtQuick
import Fieldterm

Rectangle {
    id: root

    property bool recording: false
    property bool ready: false
    property int elapsedSeconds: 0
    property int prerecordSeconds: 0
    property int postrecordRemaining: 0

    readonly property string mode: postrecordRemaining > 0 ? "postrecord"
                                 : recording ? "recording"
                                 : (ready && prerecordSeconds > 0) ? "prerecord"
                                 : "off"
    readonly property string elapsedText: formatElapsed(elapsedSeconds)
    // What is on screen, for tests and accessibility.
    readonly property alias displayedTime: timeLabel.text
    readonly property bool timeShown: timeLabel.visible
    readonly property string statusText: {
        switch (mode) {
        case "recording": return qsTr("录像中");
        case "postrecord": return qsTr("后录 %1 秒").arg(postrecordRemaining);
        case "prerecord": return qsTr("预录 %1 秒").arg(prerecordSeconds);
        }
        return "";
    }

    // Seconds → "HH:MM:SS" (hours keep counting past 99; negative input shows zero).
    function formatElapsed(seconds) {
        const s = Math.max(0, Math.floor(seconds));
        const pad = n => (n < 10 ? "0" : "") + n;
        return pad(Math.floor(s / 3600)) + ":" + pad(Math.floor(s / 60) % 60) + ":" + pad(s % 60);
    }

    visible: mode !== "off"
    implicitWidth: row.implicitWidth + 2 * Theme.spacingM
    implicitHeight: 52
    radius: Theme.radiusSmall
    color: Theme.scrim
    border.width: Theme.highContrast ? 2 : 0
    border.color: dot.color

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingS

        Rectangle {
            id: dot
            width: 22
            height: 22
            radius: 11
            anchors.verticalCenter: parent.verticalCenter
            color: root.mode === "postrecord" ? Theme.warning
                 : root.mode === "recording" ? Theme.record
                 : Theme.success
            SequentialAnimation on opacity {
                running: root.mode === "recording" || root.mode === "postrecord"
                loops: Animation.Infinite
                onRunningChanged: if (!running) dot.opacity = 1
                NumberAnimation { to: 0.15; duration: Theme.blinkMs }
                NumberAnimation { to: 1; duration: Theme.blinkMs }
            }
        }
        UiText {
            id: statusLabel
            text: root.statusText
            font.pixelSize: Theme.fontLabel
            font.weight: Theme.fontWeightStrong
            color: root.mode === "postrecord" ? Theme.warning : Theme.textPrimary
            anchors.verticalCenter: parent.verticalCenter
        }
        UiText {
            id: timeLabel
            text: root.elapsedText
            visible: root.mode === "recording" || root.mode === "postrecord"
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.fontWeightStrong
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
