// HomePage: the body camera — status bar, live preview with recording overlays, the record /
// photo / marker buttons (also on F1 / F2 / F3 until hardware keys arrive), storage left and
// today's recordings. Binds the components to the Fieldterm.Core facades; no rules of its own.
// objectNames exist only so tests/qml can find the parts; nothing in the app looks them up.
import QtQuick
import QtQuick.Layouts
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    readonly property bool recording: Camera.recording
    readonly property bool busy: Camera.state === Camera.Starting || Camera.state === Camera.Stopping
    readonly property bool markerPickerOpen: markerSheet.visible
    readonly property string cameraMessage: {
        switch (Camera.state) {
        case Camera.Stopped: return qsTr("相机未启动");
        case Camera.Starting: return qsTr("正在启动相机…");
        case Camera.Stopping: return qsTr("正在保存录像…");
        case Camera.Failed: return qsTr("相机不可用");
        }
        return "";
    }

    function openMarkerPicker() {
        if (!Camera.recording) {
            toast.show(qsTr("开始录像后才能添加标记"), "warning");
            return;
        }
        markerSheet.open();
    }

    color: Theme.background
    onRecordingChanged: if (!recording) markerSheet.close()

    Shortcut {
        sequence: "F1"
        onActivated: Camera.toggleRecording()
    }
    Shortcut {
        sequence: "F2"
        onActivated: Camera.takePhoto()
    }
    Shortcut {
        sequence: "F3"
        onActivated: markerSheet.visible ? markerSheet.close() : page.openMarkerPicker()
    }

    Connections {
        target: Camera
        function onPhotoTaken(path) { toast.show(qsTr("已拍照")); }
        function onMarkerAdded(label) { toast.show(qsTr("已标记：%1").arg(label)); }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusBar {
            objectName: "statusBar"
            Layout.fillWidth: true
            officerName: Duty.officerName
            officerNo: Duty.officerNo
            agency: Duty.agency
            deviceId: Duty.deviceId
            simulated: Duty.simulated
            positionText: Duty.positionText
            hasFix: Duty.hasFix
            minutesLeft: Storage.minutesLeft
            storageLow: Storage.low
            recording: page.recording
        }

        ErrorBanner {
            id: errorBanner
            objectName: "errorBanner"
            Layout.fillWidth: true
            Layout.margins: shown ? Theme.spacingS : 0
            message: Camera.lastError
            onDismissed: Camera.dismissError()
        }

        CameraPreview {
            id: preview
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(width * 9 / 16)
            previewAvailable: Camera.previewAvailable
            recording: Camera.recording
            ready: Camera.ready
            audioOnly: Camera.audioOnly
            elapsedSeconds: Camera.elapsedSeconds
            prerecordSeconds: Camera.prerecordSeconds
            postrecordRemaining: Camera.postrecordRemaining
            message: page.cameraMessage
            onVideoItemCreated: item => Camera.attachPreview(item)
        }

        // Main actions: photo, record, marker.
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            spacing: Theme.spacingL

            BigButton {
                id: photoButton
            objectName: "photoButton"
                primary: true
                iconName: "camera"
                text: qsTr("拍照")
                hint: "F2"
                badgeText: Camera.photoCount > 0 ? String(Camera.photoCount) : ""
                enabled: Camera.ready
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 128
                onClicked: Camera.takePhoto()
            }

            ColumnLayout {
                spacing: Theme.spacingXs
                RecordButton {
                    id: recordButton
            objectName: "recordButton"
                    recording: Camera.recording
                    busy: page.busy
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: Camera.toggleRecording()
                }
                UiText {
                    text: recordButton.text + "  F1"
                    color: Camera.recording ? Theme.record : Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    font.weight: Theme.fontWeightStrong
                    Layout.alignment: Qt.AlignHCenter
                }
            }

            BigButton {
                id: markerButton
            objectName: "markerButton"
                primary: true
                iconName: "flag"
                text: qsTr("标记")
                hint: "F3"
                badgeText: Camera.markerCount > 0 ? String(Camera.markerCount) : ""
                enabled: Camera.recording
                checked: markerSheet.visible
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 128
                onClicked: page.openMarkerPicker()
            }
        }

        // Secondary actions.
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingM
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            spacing: Theme.spacingM

            BigButton {
                id: audioButton
            objectName: "audioButton"
                iconName: "mic"
                text: qsTr("仅录音")
                enabled: Camera.ready && !Camera.recording
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: Camera.startRecording(true)
            }
            BigButton {
                id: contrastButton
            objectName: "contrastButton"
                iconName: "contrast"
                text: qsTr("强光模式")
                checked: AppSettings.highContrast
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: AppSettings.highContrast = !AppSettings.highContrast
            }
        }

        // Today's recordings.
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            spacing: Theme.spacingS
            UiText {
                text: qsTr("今日录像")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
            }
            UiText {
                text: qsTr("%n 条", "", TodayRecordings.count)
                color: Theme.textSecondary
                Layout.fillWidth: true
            }
            Icon { name: "camera"; size: Theme.iconSmall }
            UiText {
                text: qsTr("今日拍照 %1 张").arg(Camera.photoCount)
                color: Theme.textSecondary
            }
        }

        ListView {
            id: recordingList
            objectName: "recordingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingS
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            clip: true
            spacing: Theme.spacingS
            model: TodayRecordings
            delegate: RecordingListItem {
                width: recordingList.width
            }

            UiText {
                anchors.centerIn: parent
                visible: recordingList.count === 0
                text: qsTr("今天还没有录像")
                color: Theme.textSecondary
            }
        }
    }

    Toast {
        id: toast
        objectName: "toast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 120
        z: 10
    }

    // Marker types over a scrim; tapping outside closes it.
    Rectangle {
        id: markerSheet
        anchors.fill: parent
        color: Theme.scrim
        visible: false
        z: 5

        function open() {
            visible = true;
            picker.forceActiveFocus();
        }
        function close() { visible = false; }

        MouseArea {
            anchors.fill: parent
            onClicked: markerSheet.close()
        }
        MouseArea {
            // Swallows taps on the picker's own background.
            anchors.fill: picker
        }
        MarkerPicker {
            id: picker
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingM
            markerTypes: Camera.markerTypes
            onPicked: key => {
                Camera.addMarker(key);
                markerSheet.close();
            }
            onCloseRequested: markerSheet.close()
        }
    }
}
