// MarkerPicker: the marker types as a grid of glove-sized buttons (two columns; an odd last one
// spans both). Keys 1–N pick by position, Esc or F3 asks to close. Emits the type's key; what a
// marker means is decided in C++.
import QtQuick
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: root

    // [{key: "show_credentials", label: "亮证"}, …] as the Camera facade lists them.
    property var markerTypes: []

    signal picked(string key)
    signal closeRequested()

    function buttonAt(index) { return repeater.itemAt(index); }
    function pickAt(index) {
        if (index >= 0 && index < markerTypes.length)
            picked(markerTypes[index].key);
    }

    implicitWidth: 600
    implicitHeight: content.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusLarge
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border
    focus: true

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9) {
            root.pickAt(event.key - Qt.Key_1);
            event.accepted = true;
        } else if (event.key === Qt.Key_Escape || event.key === Qt.Key_F3) {
            root.closeRequested();
            event.accepted = true;
        }
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Icon { name: "flag"; size: Theme.iconMedium }
            UiText {
                text: qsTr("添加标记")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
                Layout.fillWidth: true
            }
            BigButton {
                id: closeButton
                iconName: "close"
                text: qsTr("关闭")
                onClicked: root.closeRequested()
            }
        }

        GridLayout {
            columns: 2
            rowSpacing: Theme.spacingS
            columnSpacing: Theme.spacingS
            Layout.fillWidth: true

            Repeater {
                id: repeater
                model: root.markerTypes
                delegate: BigButton {
                    id: markerButton
                    required property var modelData
                    required property int index
                    readonly property string markerKey: modelData.key

                    text: markerButton.modelData.label
                    hint: String(markerButton.index + 1)
                    iconName: "flag"
                    primary: true
                    stacked: false
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1   // equal columns regardless of label length
                    Layout.columnSpan: markerButton.index === repeater.count - 1 && repeater.count % 2 === 1 ? 2 : 1
                    onClicked: root.picked(markerButton.markerKey)
                }
            }
        }
    }
}
