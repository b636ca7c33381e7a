// ChoiceField: one of a few options as big segmented buttons (up to three side by side, more as
// a list of full-width buttons). A tap sets the value at once.
import QtQuick
import Fieldterm

FieldShell {
    id: root

    readonly property var optionList: Array.from(options || [])

    Flow {
        id: flow
        width: root.width
        spacing: Theme.spacingS
        Repeater {
            model: root.optionList
            delegate: BigButton {
                required property var modelData
                readonly property int perRow: root.optionList.length <= 3 ? root.optionList.length : 1
                objectName: "option_" + modelData.value
                width: (flow.width - (perRow - 1) * flow.spacing) / perRow
                text: modelData.label
                checked: root.value === modelData.value
                enabled: !root.readOnly || checked
                tone: checked ? Theme.surfacePressed : Theme.surfaceRaised
                onClicked: if (!root.readOnly) root.edited(modelData.value)
            }
        }
    }
}
