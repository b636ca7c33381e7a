// PlayerPage: one recording played back for review — the video (qml6glsink through
// GstVideoSurface, handed to the Review facade as the recorder preview is), a scrubber that
// previews while dragged and seeks on release, ±10 s, 0.5× / 1× / 2×, the markers as ticks on
// the scrubber and as chips that jump, the segments left out, and — when the recording belongs
// to a case — the case's progress, documents and the squad leader's review card; the photos
// taken during the recording as a strip (a tap opens them full screen through Main's showPhoto,
// photoRequested). Leaving the
// page closes the playback (the facade writes the audit row). objectNames exist only so
// tests/qml can find the parts.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page
    objectName: "playerPage"

    // Main's page stack (null when the page is shown on its own, as in tests).
    readonly property var stack: StackView.view
    readonly property bool hasCase: Review.caseId.length > 0
    readonly property var d: hasCase ? Cases.detail : null
    readonly property var steps: d && d.steps ? d.steps : []
    readonly property string reviewState: hasCase ? Cases.reviewState : ""
    readonly property bool returnOpen: returnSheet.visible
    property var documents: []
    readonly property int lockedDocuments: documents.filter(doc => doc.status === "locked").length
    readonly property real durationMs: Math.max(1, Review.durationMs)

    signal caseRequested(string caseId)
    signal photoRequested(var evidenceIds, int index)
    function openPhoto(index) {
        Review.pause();
        photoRequested(Review.photos.map(p => p.evidenceId), index);
    }

    function timeText(ms) { return Review.timeText(ms); }
    function loadCase() {
        if (!hasCase)
            return;
        Cases.openCase(Review.caseId);
        documents = Documents.documentsFor(Review.caseId);
    }
    function approve() {
        if (Cases.approve().length === 0)
            toast.show(qsTr("已审核通过"));
    }
    function confirmReturn(comment) {
        const error = Cases.returnCase(comment);
        if (error.length > 0) {
            returnSheet.error = error;
            Cases.dismissReviewError();
            return false;
        }
        returnSheet.close();
        toast.show(qsTr("已退回，执法人员会在案件中看到退回意见"));
        return true;
    }
    function openCase() {
        if (!hasCase)
            return;
        page.caseRequested(Review.caseId);
        if (page.stack)
            page.stack.push(Qt.resolvedUrl("CaseDetailPage.qml"));
    }

    color: Theme.background
    Component.onCompleted: loadCase()
    Component.onDestruction: Review.close()
    // Mirror of the open recording's case, so a change is handled whatever the facade's NOTIFY
    // signal is called.
    readonly property string caseOfRecording: Review.caseId
    onCaseOfRecordingChanged: loadCase()
    // Another page on top (the case detail) or the screen locked: the playback pauses.
    StackView.onDeactivated: Review.pause()
    readonly property bool screenLocked: Session.locked
    onScreenLockedChanged: if (screenLocked) Review.pause()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        PageHeader {
            objectName: "header"
            title: qsTr("录像回放")
            Layout.fillWidth: true
            onBackClicked: if (page.stack) page.stack.pop()
        }

        UiText {
            objectName: "recordingInfo"
            text: qsTr("%1 · %2").arg(Review.officerName).arg(Review.startText)
            color: Theme.textSecondary
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
        }

        UiText {
            objectName: "recordingPosition"   // where the recording started (its first fix)
            visible: Review.positionText.length > 0
            text: qsTr("位置 %1").arg(Review.positionText)
            color: Theme.textSecondary
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
        }

        ErrorBanner {
            objectName: "errorBanner"
            message: Review.errorText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            onDismissed: Review.dismissError()
        }

        // --- the picture ------------------------------------------------------------------------
        Rectangle {
            id: videoBox
            objectName: "videoBox"
            Layout.fillWidth: true
            Layout.preferredHeight: width * 9 / 16
            color: Theme.previewPlaceholder

            Loader {
                id: videoLoader
                objectName: "videoLoader"
                anchors.fill: parent
                active: Review.videoAvailable
                source: Qt.resolvedUrl("../components/GstVideoSurface.qml")
                onLoaded: Review.attachVideo(item)
            }
            Column {
                anchors.centerIn: parent
                spacing: Theme.spacingS
                visible: !Review.videoAvailable || Review.state === "opening"
                Icon {
                    anchors.horizontalCenter: parent.horizontalCenter
                    name: "video"
                    size: Theme.iconLarge
                    opacity: 0.8
                }
                UiText {
                    objectName: "stateText"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: Review.state === "opening" ? qsTr("正在打开…")
                        : Review.state === "failed" ? qsTr("无法播放")
                        : Review.state === "ended" ? qsTr("已播放完毕")
                        : qsTr("本机无法显示画面")
                    color: Theme.textSecondary
                }
            }
            MouseArea {
                anchors.fill: parent
                onClicked: Review.togglePlay()
            }
        }

        // --- segments left out -------------------------------------------------------------------
        Repeater {
            objectName: "notices"
            model: Review.notices
            delegate: UiText {
                required property string modelData
                text: modelData
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingM
                Layout.rightMargin: Theme.spacingM
            }
        }

        // --- scrubber with marker ticks --------------------------------------------------------
        Item {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            implicitHeight: Theme.touchMin

            Slider {
                id: scrubber
                objectName: "scrubber"
                anchors.fill: parent
                from: 0
                to: page.durationMs
                stepSize: 0
                live: true
                enabled: Review.state !== "closed" && Review.state !== "opening" && Review.state !== "failed"
                // Follows playback except while the finger is on it.
                Binding on value {
                    when: !scrubber.pressed
                    value: Review.positionMs
                    restoreMode: Binding.RestoreNone
                }
                onMoved: Review.seekPreview(Math.round(value))
                onPressedChanged: if (!pressed) Review.seek(Math.round(value))
            }
            Repeater {
                objectName: "markerTicks"
                model: Review.markers
                delegate: Rectangle {
                    required property var modelData
                    objectName: "markerTick_" + modelData.offsetMs
                    readonly property real fraction: Math.min(1, modelData.offsetMs / page.durationMs)
                    x: scrubber.leftPadding + scrubber.handle.width / 2
                       + (scrubber.availableWidth - scrubber.handle.width) * fraction - width / 2
                    y: 0
                    width: 6
                    height: Theme.spacingM
                    radius: 2
                    color: Theme.warning
                    MouseArea {
                        anchors.fill: parent
                        anchors.margins: -12
                        onClicked: Review.jumpToMarker(modelData.offsetMs)
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            UiText {
                objectName: "positionText"
                text: page.timeText(Review.positionMs)
                font.weight: Theme.fontWeightStrong
            }
            Item { Layout.fillWidth: true }
            UiText {
                objectName: "durationText"
                text: page.timeText(Review.durationMs)
                color: Theme.textSecondary
            }
        }

        // --- transport ---------------------------------------------------------------------------
        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            BigButton {
                objectName: "backButton10"
                stacked: false
                text: qsTr("后退10秒")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: Review.skip(-10000)
            }
            BigButton {
                objectName: "playButton"
                primary: true
                stacked: false
                text: Review.playing ? qsTr("暂停") : qsTr("播放")
                enabled: Review.state !== "closed" && Review.state !== "failed"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: Review.togglePlay()
            }
            BigButton {
                objectName: "forwardButton10"
                stacked: false
                text: qsTr("前进10秒")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: Review.skip(10000)
            }
        }
        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Repeater {
                model: [0.5, 1, 2]
                delegate: BigButton {
                    required property real modelData
                    objectName: "rate_" + modelData
                    stacked: false
                    text: qsTr("%1×").arg(modelData)
                    checked: Math.abs(Review.rate - modelData) < 0.01
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: Review.setRate(modelData)
                }
            }
        }

        // --- markers and the case ----------------------------------------------------------------
        Flickable {
            id: lower
            objectName: "lower"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: lowerColumn.implicitHeight + Theme.spacingM
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: lowerColumn
                x: Theme.spacingM
                width: lower.width - 2 * Theme.spacingM
                spacing: Theme.spacingS

                UiText {
                    text: Review.markers.length > 0 ? qsTr("标记（%1）").arg(Review.markers.length) : qsTr("没有标记")
                    color: Theme.textSecondary
                }
                Flow {
                    objectName: "markerChips"
                    spacing: Theme.spacingS
                    Layout.fillWidth: true
                    Repeater {
                        model: Review.markers
                        delegate: BigButton {
                            required property var modelData
                            objectName: "markerChip_" + modelData.offsetMs
                            stacked: false
                            iconName: "flag"
                            text: qsTr("%1 %2").arg(modelData.label).arg(modelData.timeText)
                            onClicked: Review.jumpToMarker(modelData.offsetMs)
                        }
                    }
                }

                // Photos taken during the recording (thumbnails; the full view is audited).
                UiText {
                    visible: Review.photos.length > 0
                    text: qsTr("照片（%1）").arg(Review.photos.length)
                    color: Theme.textSecondary
                }
                Flow {
                    objectName: "photoStrip"
                    visible: Review.photos.length > 0
                    spacing: Theme.spacingS
                    Layout.fillWidth: true
                    Repeater {
                        model: Review.photos
                        delegate: Rectangle {
                            required property var modelData
                            required property int index
                            objectName: "photoThumb_" + modelData.evidenceId
                            width: 160
                            height: 120
                            radius: Theme.radiusSmall
                            color: Theme.previewPlaceholder
                            clip: true
                            Image {
                                anchors.fill: parent
                                source: parent.modelData.thumbnail
                                sourceSize.width: 320
                                sourceSize.height: 240
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: true
                            }
                            Rectangle {
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.bottom: parent.bottom
                                height: timeLabel.implicitHeight + Theme.spacingXs
                                color: "#99000000"
                                UiText {
                                    id: timeLabel
                                    anchors.centerIn: parent
                                    text: parent.parent.modelData.atText
                                    color: "#FFFFFF"
                                    font.pixelSize: Theme.fontCaption
                                }
                            }
                            MouseArea {
                                anchors.fill: parent
                                onClicked: page.openPhoto(parent.index)
                            }
                        }
                    }
                }

                Rectangle {
                    objectName: "caseCard"
                    visible: page.hasCase
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    implicitHeight: caseColumn.implicitHeight + 2 * Theme.spacingM
                    radius: Theme.radius
                    color: Theme.surfaceRaised
                    border.width: Theme.borderWidth
                    border.color: Theme.border

                    ColumnLayout {
                        id: caseColumn
                        x: Theme.spacingM
                        y: Theme.spacingM
                        width: parent.width - 2 * Theme.spacingM
                        spacing: Theme.spacingS

                        RowLayout {
                            spacing: Theme.spacingS
                            Layout.fillWidth: true
                            Icon { name: "case"; size: Theme.iconSmall }
                            UiText {
                                objectName: "caseNoText"
                                text: qsTr("案件 %1").arg(Review.caseNo)
                                font.pixelSize: Theme.fontLabel
                                font.weight: Theme.fontWeightStrong
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Badge {
                                objectName: "reviewBadge"
                                text: Cases.reviewStateLabel
                                color: page.reviewState === "approved" ? Theme.success
                                     : page.reviewState === "returned" ? Theme.warning : Theme.surface
                                textColor: page.reviewState === "approved" || page.reviewState === "returned"
                                           ? "#000000" : Theme.textPrimary
                            }
                        }
                        CaseStepper {
                            objectName: "stepper"
                            steps: page.steps
                            Layout.fillWidth: true
                        }
                        UiText {
                            objectName: "documentsText"
                            text: page.documents.length === 0 ? qsTr("尚无文书")
                                : qsTr("文书 %1 份，已定稿 %2 份").arg(page.documents.length).arg(page.lockedDocuments)
                            color: Theme.textSecondary
                            Layout.fillWidth: true
                        }
                        ErrorBanner {
                            objectName: "reviewErrorBanner"
                            message: Cases.reviewError
                            Layout.fillWidth: true
                            onDismissed: Cases.dismissReviewError()
                        }
                        RowLayout {
                            objectName: "reviewActions"
                            visible: Cases.canReview
                            spacing: Theme.spacingS
                            Layout.fillWidth: true
                            BigButton {
                                objectName: "approveButton"
                                primary: true
                                stacked: false
                                iconName: "check"
                                text: qsTr("通过")
                                enabled: page.reviewState !== "approved"
                                tone: Theme.success
                                textColor: "#000000"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                onClicked: page.approve()
                            }
                            BigButton {
                                objectName: "returnButton"
                                primary: true
                                stacked: false
                                iconName: "back"
                                text: qsTr("退回")
                                tone: Theme.warning
                                textColor: Theme.textOnWarning
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                onClicked: returnSheet.open(Review.caseNo)
                            }
                        }
                        BigButton {
                            objectName: "openCaseButton"
                            stacked: false
                            iconName: "case"
                            text: qsTr("查看案件详情")
                            Layout.fillWidth: true
                            onClicked: page.openCase()
                        }
                    }
                }
            }
        }
    }

    ReviewReturnSheet {
        id: returnSheet
        objectName: "returnSheet"
        anchors.fill: parent
        onConfirmed: comment => page.confirmReturn(comment)
    }

    Toast {
        id: toast
        objectName: "toast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 120
        z: 30
    }
}
