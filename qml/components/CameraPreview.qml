// CameraPreview: the live picture with its status overlays (REC chip, audio-only badge, a
// camera-state message, a red frame while recording). The video item lives in a separate file
// loaded only when the recorder has a video sink, because its QML type exists only after
// GStreamer's qml6glsink was created; without one a dark placeholder says so.
import QtQuick
import Fieldterm

Rectangle {
    id: root

    property bool previewAvailable: false
    property bool recording: false
    property bool ready: false
    property bool audioOnly: false
    property int elapsedSeconds: 0
    property int prerecordSeconds: 0
    property int postrecordRemaining: 0
    // A camera state worth telling ("正在启动相机…"); empty when all is well.
    property string message

    // The page hands the item to the Camera facade, which gives it to the sink.
    signal videoItemCreated(Item item)

    readonly property bool showingVideo: videoLoader.status === Loader.Ready
    readonly property alias recIndicator: recIndicator

    color: Theme.previewPlaceholder
    clip: true
    implicitWidth: 720
    implicitHeight: 405

    Loader {
        id: videoLoader
        anchors.fill: parent
        active: root.previewAvailable
        source: "GstVideoSurface.qml"
        onLoaded: root.videoItemCreated(item)
    }

    Column {
        id: placeholder
        anchors.centerIn: parent
        spacing: Theme.spacingS
        visible: !root.showingVideo
        Icon {
            name: root.audioOnly ? "mic" : "video"
            size: 72
            opacity: 0.35
            anchors.horizontalCenter: parent.horizontalCenter
        }
        UiText {
            text: qsTr("无视频预览")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
            anchors.horizontalCenter: parent.horizontalCenter
        }
    }

    Badge {
        id: messageBadge
        text: root.message
        visible: root.message.length > 0
        fontSize: Theme.fontBody
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingL
    }

    RecIndicator {
        id: recIndicator
        recording: root.recording
        ready: root.ready
        elapsedSeconds: root.elapsedSeconds
        prerecordSeconds: root.prerecordSeconds
        postrecordRemaining: root.postrecordRemaining
        // Bottom-left: the top band of the picture carries the burned-in watermark.
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
    }

    Badge {
        id: audioBadge
        text: qsTr("仅录音")
        iconName: "mic"
        visible: root.audioOnly
        fontSize: Theme.fontBody
        implicitHeight: 52
        radius: Theme.radiusSmall
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingM
    }

    // A red frame while recording, visible from the corner of the eye.
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.width: 6
        border.color: Theme.record
        visible: root.recording
    }
}
