// PageHeader: the top bar of a page pushed on Main's stack — a glove-sized 返回 button, the
// title, and room on the right for the page's own actions (children go there).
import QtQuick
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: root

    property string title
    default property alias actions: actionRow.data

    signal backClicked()

    implicitWidth: 720
    implicitHeight: Theme.touchMin + 2 * Theme.spacingS
    color: Theme.surface

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingM

        BigButton {
            id: backButton
            objectName: "backButton"
            iconName: "back"
            text: qsTr("返回")
            onClicked: root.backClicked()
        }
        UiText {
            text: root.title
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.fontWeightStrong
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            id: actionRow
            spacing: Theme.spacingS
        }
    }
}
