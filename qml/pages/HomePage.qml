// HomePage: the body camera — status bar with the signed-in officer, the active case and deadline
// warnings, live preview with recording overlays and the sync indicator, the record / photo /
// marker buttons, storage left and today's recordings. The F1 / F2 / F3 keys live in Main.qml
// (they work on every page); stopping and navigation are asked of Main through signals, which
// owns the stop-reason rule.
// objectNames exist only so tests/qml can find the parts; nothing in the app looks them up.
import QtQuick
import QtQuick.Layouts
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page
    objectName: "homePage"

    // Main decides: a reason may be needed first (Cases.stopNeedsReason).
    signal stopRequested()
    signal caseListRequested()
    signal caseRequested(string caseId)
    signal settingsRequested()
    signal syncRequested()
    signal reviewRequested()

    readonly property bool recording: Camera.recording
    readonly property bool busy: Camera.state === Camera.Starting || Camera.state === Camera.Stopping
    readonly property bool markerPickerOpen: markerSheet.visible
    readonly property int dueCount: Cases.warningCount + Cases.alarmCount
    readonly property string deadlineText: {
        if (Cases.warningCount > 0 && Cases.alarmCount > 0)
            return qsTr("%1 个案件即将超期，%2 个已超期").arg(Cases.warningCount).arg(Cases.alarmCount);
        if (Cases.alarmCount > 0)
            return qsTr("%1 个案件已超期").arg(Cases.alarmCount);
        return qsTr("%1 个案件即将超期").arg(Cases.warningCount);
    }
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
    function toggleMarkerPicker() {
        if (markerSheet.visible)
            markerSheet.close();
        else
            openMarkerPicker();
    }
    function recordPressed() {
        if (Camera.recording)
            stopRequested();
        else
            Camera.toggleRecording();
    }

    color: Theme.background
    onRecordingChanged: if (!recording) markerSheet.close()

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
            officerName: Session.officerName
            officerNo: Session.officerNo
            agency: Session.agency.length > 0 ? Session.agency : Duty.agency
            deviceId: Duty.deviceId
            simulated: Duty.simulated
            positionText: Duty.positionText
            hasFix: Duty.hasFix
            fixDetail: Duty.fixDetail
            fixStale: Duty.fixStale
            minutesLeft: Storage.minutesLeft
            storageLow: Storage.low
            batteryLevel: Power.present ? Power.level : -1
            batteryCharging: Power.charging
            batteryLow: Power.low
            batteryCritical: Power.critical
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

        DeviceNotices {
            objectName: "deviceNotices"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Layout.bottomMargin: visible ? Theme.spacingS : 0
            batteryLevel: Power.level
            batteryLow: Power.low
            batteryCritical: Power.critical
            clockWarning: Clock.warning
        }

        // Case context: the active case (new recordings link to it), cases, settings.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            spacing: Theme.spacingS

            Rectangle {
                id: caseChip
                objectName: "activeCaseChip"
                readonly property bool hasCase: Cases.activeCaseId.length > 0
                Layout.fillWidth: true
                implicitHeight: Theme.touchMin
                radius: Theme.radius
                color: caseArea.pressed ? Theme.surfacePressed : Theme.surfaceRaised
                border.width: caseChip.hasCase ? 2 : Theme.borderWidth
                border.color: caseChip.hasCase ? Theme.accent : Theme.border
                Accessible.role: Accessible.Button
                Accessible.name: caseLabel.text

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingM
                    anchors.rightMargin: Theme.spacingM
                    spacing: Theme.spacingS
                    Icon { name: "case"; size: Theme.iconSmall }
                    UiText {
                        id: caseLabel
                        objectName: "activeCaseText"
                        text: caseChip.hasCase ? Cases.activeCaseNo : qsTr("未选择案件")
                        color: caseChip.hasCase ? Theme.textPrimary : Theme.textSecondary
                        font.weight: Theme.fontWeightStrong
                        // The case number stays whole; the party name gives way.
                        Layout.minimumWidth: implicitWidth
                    }
                    UiText {
                        text: Cases.activeCaseTitle
                        visible: caseChip.hasCase
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontCaption
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                MouseArea {
                    id: caseArea
                    anchors.fill: parent
                    onClicked: caseChip.hasCase ? page.caseRequested(Cases.activeCaseId)
                                                : page.caseListRequested()
                }
            }
            BigButton {
                objectName: "casesButton"
                iconName: "case"
                text: qsTr("案件")
                onClicked: page.caseListRequested()
            }
            BigButton {
                objectName: "settingsButton"
                iconName: "settings"
                text: qsTr("设置")
                onClicked: page.settingsRequested()
            }
        }

        // Case deadlines near or past (预警 / 报警).
        Rectangle {
            id: deadlineBanner
            objectName: "deadlineBanner"
            readonly property bool alarm: Cases.alarmCount > 0
            visible: page.dueCount > 0
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Layout.bottomMargin: Theme.spacingS
            implicitHeight: Theme.touchMin
            radius: Theme.radius
            color: alarm ? Theme.errorSurface : Theme.surfaceRaised
            border.width: alarm ? (Theme.highContrast ? 3 : 0) : 2
            border.color: alarm ? Theme.errorBorder : Theme.warning
            Accessible.role: Accessible.Button
            Accessible.name: page.deadlineText

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingM
                spacing: Theme.spacingS
                Icon { name: "warning"; size: Theme.iconSmall }
                UiText {
                    objectName: "deadlineText"
                    text: page.deadlineText
                    color: deadlineBanner.alarm ? "#FFFFFF" : Theme.warning
                    font.weight: Theme.fontWeightStrong
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                UiText {
                    text: qsTr("查看 ›")
                    color: deadlineBanner.alarm ? "#FFFFFF" : Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                }
            }
            MouseArea {
                anchors.fill: parent
                onClicked: page.caseListRequested()
            }
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

            // Uploads to the platform, in the preview's free corner (bottom-left is the
            // recording chip, the top band the watermark); tapping opens the sync page.
            SyncIndicator {
                objectName: "syncIndicator"
                indicator: Sync.indicator
                pendingCount: Math.max(0, Sync.itemCount - Sync.receiptedCount)
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacingM
                onClicked: page.syncRequested()
            }
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
                badgeText: TodayRecordings.photoCount > 0 ? String(TodayRecordings.photoCount) : ""
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
                    onClicked: page.recordPressed()
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
            // Review of recordings (own, or the squad's for a squad leader): not for the admin.
            BigButton {
                objectName: "reviewButton"
                iconName: "video"
                text: qsTr("录像回看")
                visible: Session.officerNo.length > 0 && (Session.can("view_own") || Session.can("view_others"))
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: page.reviewRequested()
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
                text: qsTr("今日拍照 %1 张").arg(TodayRecordings.photoCount)
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
                onThumbnailWanted: TodayRecordings.revealThumbnail(recordingId)
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
