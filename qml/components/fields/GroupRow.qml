// GroupRow: the rows of a repeat group that are not fields — the group's heading ("group"),
// each item's heading with 删除 ("item", e.g. "第 3 问"), and the add button at its end ("add",
// labelled by the facade, e.g. "添加询问内容").
import QtQuick
import QtQuick.Layouts
import Fieldterm

Item {
    id: root

    property string kind: "group"          // group | item | add
    property string label
    property string buttonText             // add rows: overrides the label (the facade's label is the button text)
    property string error
    property bool readOnly: false
    property int depth: 0

    signal addRequested()
    signal removeRequested()

    implicitHeight: kind === "group" ? groupTexts.implicitHeight + Theme.spacingS
                  : kind === "item" ? Math.max(Theme.touchMin, itemRow.implicitHeight)
                  : (readOnly ? 0 : addButton.implicitHeight)

    Column {
        id: groupTexts
        visible: root.kind === "group"
        width: root.width
        Rectangle { width: root.width; height: Theme.borderWidth; color: Theme.border }
        UiText {
            width: root.width
            topPadding: Theme.spacingS
            text: root.label
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.fontWeightStrong
            wrapMode: Text.Wrap
        }
        UiText {
            width: root.width
            visible: text.length > 0
            text: root.error
            color: Theme.highContrast ? Theme.danger : "#FF6B63"
            font.weight: Theme.fontWeightStrong
            wrapMode: Text.Wrap
        }
    }

    RowLayout {
        id: itemRow
        visible: root.kind === "item"
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingS
        Badge {
            objectName: "itemLabel"
            text: root.label
            fontSize: Theme.fontBody
            color: Theme.surfaceRaised
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "removeItemButton"
            visible: !root.readOnly
            iconName: "close"
            stacked: false
            text: qsTr("删除")
            onClicked: root.removeRequested()
        }
    }

    BigButton {
        id: addButton
        objectName: "addItemButton"
        visible: root.kind === "add" && !root.readOnly
        width: root.width
        iconName: "add"
        stacked: false
        text: root.buttonText.length > 0 ? root.buttonText : root.label
        onClicked: root.addRequested()
    }
}
