// RecordingListItem: one of today's recordings — thumbnail (or a microphone for audio-only),
// start time, duration, marker and segment counts, and a chip when it is still recording or
// was interrupted. Delegate of TodayRecordings; the role names are its required properties.
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Fieldterm

T.AbstractButton {
    id: control

    required property string recordingId
    required property string startTime
    required property string durationText
    required property string thumbnail
    required property bool audioOnly
    required property int segmentCount
    required property int markerCount
    required property string status
    // The still exists but is given out only after its showing is audited: the list answers
    // thumbnailWanted (on creation, and whenever it is pending again) by asking the gate.
    required property bool thumbnailPending

    signal thumbnailWanted()

    readonly property bool showsThumbnail: !audioOnly && thumbnail.length > 0
    readonly property string statusText: status === "recording" ? qsTr("录制中")
                                       : status === "interrupted" ? qsTr("已中断")
                                       : ""

    implicitWidth: 688
    implicitHeight: 112
    padding: Theme.spacingS
    focusPolicy: Qt.NoFocus
    property bool _made: false
    Component.onCompleted: {
        _made = true;
        if (thumbnailPending)
            thumbnailWanted();
    }
    onThumbnailPendingChanged: if (_made && thumbnailPending) thumbnailWanted()
    Accessible.name: qsTr("%1 开始，时长 %2").arg(startTime).arg(durationText)

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfacePressed : Theme.surfaceRaised
        border.width: Theme.borderWidth
        border.color: control.status === "recording" ? Theme.record : Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Rectangle {
            id: thumbBox
            Layout.preferredWidth: 160
            Layout.preferredHeight: 90
            radius: Theme.radiusSmall
            color: Theme.previewPlaceholder
            clip: true

            Image {
                anchors.fill: parent
                visible: control.showsThumbnail
                source: control.showsThumbnail ? control.thumbnail : ""
                sourceSize.width: 320
                sourceSize.height: 180
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
            Icon {
                anchors.centerIn: parent
                name: control.audioOnly ? "mic" : "video"
                size: Theme.iconLarge
                visible: !control.showsThumbnail
                opacity: 0.8
            }
            Badge {
                text: control.statusText
                visible: text.length > 0
                color: control.status === "recording" ? Theme.record : Theme.warning
                textColor: control.status === "recording" ? Theme.textOnRecord : Theme.textOnWarning
                border.width: 0
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacingXs
                implicitHeight: 28
            }
        }

        ColumnLayout {
            spacing: Theme.spacingXs
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter
            UiText {
                text: control.startTime
                Layout.fillWidth: true
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
            }
            RowLayout {
                spacing: Theme.spacingS
                Layout.fillWidth: true
                Icon { name: control.audioOnly ? "mic" : "clock"; size: Theme.iconSmall - 4 }
                UiText {
                    text: control.audioOnly ? qsTr("录音 %1").arg(control.durationText)
                                            : qsTr("时长 %1").arg(control.durationText)
                    color: Theme.textSecondary
                    Layout.fillWidth: true
                }
            }
        }

        ColumnLayout {
            spacing: Theme.spacingXs
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            RowLayout {
                spacing: Theme.spacingXs
                Layout.alignment: Qt.AlignRight
                Icon { name: "flag"; size: Theme.iconSmall; opacity: control.markerCount > 0 ? 1 : 0.4 }
                UiText {
                    id: markerLabel
                    text: String(control.markerCount)
                    font.pixelSize: Theme.fontLabel
                    font.weight: Theme.fontWeightStrong
                    color: control.markerCount > 0 ? Theme.textPrimary : Theme.textSecondary
                }
            }
            UiText {
                text: qsTr("%n 段", "", control.segmentCount)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                Layout.alignment: Qt.AlignRight
            }
        }
    }
}
