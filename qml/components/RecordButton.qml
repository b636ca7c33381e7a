// RecordButton: the big round record/stop button. A red disc in a white ring when idle; a red
// ring with a stop square (and a pulse) while recording — the body-camera convention, readable
// at a glance in sunlight. `busy` dims it while the recorder is starting or stopping.
import QtQuick
import QtQuick.Templates as T
import Fieldterm

T.AbstractButton {
    id: control

    property bool recording: false
    property bool busy: false
    // What the button shows: "stop" while recording, else "record".
    readonly property string shape: recording ? "stop" : "record"

    text: recording ? qsTr("停止录像") : qsTr("开始录像")
    Accessible.name: text
    Accessible.role: Accessible.Button
    focusPolicy: Qt.NoFocus
    implicitWidth: Theme.recordButtonSize
    implicitHeight: Theme.recordButtonSize
    opacity: busy ? 0.6 : enabled ? 1 : 0.4

    background: Item {
        implicitWidth: Theme.recordButtonSize
        implicitHeight: Theme.recordButtonSize

        // Expanding ring while recording: movement catches the eye even in the periphery.
        Rectangle {
            id: pulse
            anchors.centerIn: parent
            width: parent.width
            height: width
            radius: width / 2
            color: "transparent"
            border.width: 6
            border.color: Theme.record
            opacity: 0
            visible: control.recording
            SequentialAnimation {
                running: control.recording
                loops: Animation.Infinite
                ParallelAnimation {
                    NumberAnimation { target: pulse; property: "scale"; from: 1.0; to: 1.12; duration: 1000 }
                    NumberAnimation { target: pulse; property: "opacity"; from: 0.8; to: 0; duration: 1000 }
                }
                PauseAnimation { duration: 200 }
            }
        }

        Rectangle {
            id: ring
            anchors.fill: parent
            radius: width / 2
            color: Theme.background
            border.width: Theme.highContrast ? 10 : 8
            border.color: control.recording ? Theme.record : Theme.textPrimary
        }

        Rectangle {
            id: core
            anchors.centerIn: parent
            readonly property real full: parent.width - 2 * (ring.border.width + 10)
            width: control.recording ? parent.width * 0.36 : full
            height: width
            radius: control.recording ? Theme.radiusSmall : width / 2
            color: control.down ? Theme.recordPressed : Theme.record
            Behavior on width { NumberAnimation { duration: Theme.animationMs } }
            Behavior on radius { NumberAnimation { duration: Theme.animationMs } }
        }
    }
}
