// ReadOnlyField: a field that cannot be edited — computed values in a draft, and every field of
// a locked document — as its label and the facade's display text, readable in daylight
// (not the dimmed look of a disabled editor).
import QtQuick
import Fieldterm

FieldShell {
    id: root

    Rectangle {
        width: root.width
        implicitHeight: Math.max(Theme.touchMin, shown.implicitHeight + 2 * Theme.spacingS)
        radius: Theme.radiusSmall
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        UiText {
            id: shown
            objectName: "displayText"
            x: Theme.spacingM
            width: parent.width - 2 * Theme.spacingM
            anchors.verticalCenter: parent.verticalCenter
            text: root.displayValue.length > 0 ? root.displayValue : qsTr("（空）")
            color: root.displayValue.length > 0 ? Theme.textPrimary : Theme.textSecondary
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap
        }
    }
}
