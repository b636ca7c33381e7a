// ReviewRecordingItem: one recording on the review browse page — thumbnail (or a microphone for
// audio-only), the officer who recorded it, start time, duration, the linked case number and the
// marker count. Delegate of Review.model; the role names are its required properties.
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Fieldterm

T.AbstractButton {
    id: control

    required property string recordingId
    required property string thumbnail
    required property string officerName
    required property string startText
    required property string durationText
    required property string caseNo
    required property int markerCount
    required property bool audioOnly
    // The still exists but is given out only after its showing is audited: the list answers
    // thumbnailWanted (on creation, and whenever it is pending again) by asking the gate.
    required property bool thumbnailPending

    signal thumbnailWanted()

    readonly property bool showsThumbnail: !audioOnly && thumbnail.length > 0

    implicitWidth: 688
    implicitHeight: 128
    padding: Theme.spacingS
    focusPolicy: Qt.NoFocus
    property bool _made: false
    Component.onCompleted: {
        _made = true;
        if (thumbnailPending)
            thumbnailWanted();
    }
    onThumbnailPendingChanged: if (_made && thumbnailPending) thumbnailWanted()
    Accessible.name: qsTr("%1 的录像，%2 开始，时长 %3").arg(officerName).arg(startText).arg(durationText)

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfacePressed : Theme.surfaceRaised
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Rectangle {
            Layout.preferredWidth: 176
            Layout.preferredHeight: 99
            radius: Theme.radiusSmall
            color: Theme.previewPlaceholder
            clip: true
            Image {
                objectName: "thumbnailImage"
                anchors.fill: parent
                visible: control.showsThumbnail
                source: control.showsThumbnail ? control.thumbnail : ""
                sourceSize.width: 352
                sourceSize.height: 198
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
                text: control.durationText
                anchors.right: parent.right
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
                text: control.startText
                Layout.fillWidth: true
                font.pixelSize: Theme.fontLabel
                font.weight: Theme.fontWeightStrong
            }
            RowLayout {
                spacing: Theme.spacingS
                Layout.fillWidth: true
                Icon { name: "officer"; size: Theme.iconSmall - 4 }
                UiText {
                    text: control.officerName
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            RowLayout {
                spacing: Theme.spacingS
                Layout.fillWidth: true
                Icon { name: "case"; size: Theme.iconSmall - 4; opacity: control.caseNo.length > 0 ? 1 : 0.4 }
                UiText {
                    text: control.caseNo.length > 0 ? control.caseNo : qsTr("未关联案件")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }

        RowLayout {
            spacing: Theme.spacingXs
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            Icon { name: "flag"; size: Theme.iconSmall; opacity: control.markerCount > 0 ? 1 : 0.4 }
            UiText {
                text: String(control.markerCount)
                font.pixelSize: Theme.fontLabel
                font.weight: Theme.fontWeightStrong
                color: control.markerCount > 0 ? Theme.textPrimary : Theme.textSecondary
            }
        }
    }
}
