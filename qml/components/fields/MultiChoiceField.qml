// MultiChoiceField: any number of options as glove-sized check rows; each tap sends the whole
// new list of chosen values.
import QtQuick
import QtQuick.Layouts
import Fieldterm

FieldShell {
    id: root

    readonly property var optionList: Array.from(options || [])
    readonly property var chosen: Array.from(value || [])

    function toggle(optionValue) {
        if (readOnly)
            return;
        const now = chosen.slice();
        const at = now.indexOf(optionValue);
        if (at >= 0)
            now.splice(at, 1);
        else
            now.push(optionValue);
        // Keep the template's order, whatever order they were tapped in.
        edited(optionList.map(o => o.value).filter(v => now.indexOf(v) >= 0));
    }

    Repeater {
        model: root.optionList
        delegate: Rectangle {
            id: check
            required property var modelData
            readonly property bool on: root.chosen.indexOf(modelData.value) >= 0
            objectName: "check_" + modelData.value
            width: root.width
            implicitHeight: Math.max(Theme.touchMin, checkRow.implicitHeight + 2 * Theme.spacingS)
            radius: Theme.radius
            color: area.pressed ? Theme.surfacePressed : Theme.surfaceRaised
            border.width: on ? Math.max(2, Theme.borderWidth) : Theme.borderWidth
            border.color: on ? Theme.accent : Theme.border
            Accessible.role: Accessible.CheckBox
            Accessible.name: modelData.label
            Accessible.checked: on
            RowLayout {
                id: checkRow
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingM
                spacing: Theme.spacingM
                Rectangle {
                    width: 36
                    height: 36
                    radius: Theme.radiusSmall
                    color: check.on ? Theme.accent : "transparent"
                    border.width: 3
                    border.color: check.on ? Theme.accent : Theme.textSecondary
                    Icon {
                        anchors.centerIn: parent
                        name: "check"
                        size: Theme.iconSmall
                        visible: check.on
                    }
                }
                UiText {
                    text: check.modelData.label
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            MouseArea {
                id: area
                anchors.fill: parent
                enabled: !root.readOnly
                onClicked: root.toggle(check.modelData.value)
            }
        }
    }
}
