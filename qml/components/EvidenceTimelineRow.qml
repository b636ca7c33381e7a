// EvidenceTimelineRow: one entry of a case's evidence timeline (step, recording, photo, marker) —
// its icon, time, title and subtitle, and a thumbnail when there is one. A photo row is
// tappable: photoClicked(evidenceId) (the page opens it full screen, audited by Review.openPhoto).
import QtQuick
import Fieldterm

Item {
    id: entry
    required property var modelData
    readonly property bool hasThumbnail: modelData.thumbnail.length > 0
    readonly property bool isPhoto: modelData.kind === "photo" && modelData.evidenceId.length > 0
    property string iconName: "clock"
    signal photoClicked(string evidenceId)
    objectName: isPhoto ? "timelinePhoto_" + modelData.evidenceId : ""
    implicitHeight: Math.max(Theme.touchMin, entryTexts.height,
                             hasThumbnail ? thumb.height : 0) + Theme.spacingS
    Icon {
        id: kindIcon
        name: entry.iconName
        size: Theme.iconMedium
    }
    Column {
        id: entryTexts
        x: kindIcon.width + Theme.spacingM
        width: entry.width - x - (entry.hasThumbnail ? thumb.width + Theme.spacingM : 0)
        UiText {
            text: entry.modelData.atText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
        }
        UiText {
            width: parent.width
            text: entry.modelData.title
            font.weight: Theme.fontWeightStrong
            wrapMode: Text.Wrap
        }
        UiText {
            width: parent.width
            text: entry.modelData.subtitle
            visible: text.length > 0
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }
    Rectangle {
        id: thumb
        visible: entry.hasThumbnail
        anchors.right: parent.right
        width: 160
        height: 90
        radius: Theme.radiusSmall
        color: Theme.previewPlaceholder
        clip: true
        Image {
            anchors.fill: parent
            source: entry.hasThumbnail ? entry.modelData.thumbnail : ""
            sourceSize.width: 320
            sourceSize.height: 180
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
        }
    }
    // A photo row opens the photo full screen (audited by Review.openPhoto).
    MouseArea {
        anchors.fill: parent
        enabled: entry.isPhoto
        onClicked: entry.photoClicked(entry.modelData.evidenceId)
    }
}
