// LongTextField: multi-line text (案情, 问/答) in a TextArea that grows with its content, so a
// long answer never scrolls inside a scrolling form. Every change is reported.
import QtQuick
import QtQuick.Templates as T
import Fieldterm

FieldShell {
    id: root

    readonly property alias text: area.text
    property bool _echo: false

    onValueChanged: if (!area.activeFocus) _set(value)
    Component.onCompleted: _set(value)
    function _set(v) {
        _echo = true;
        area.text = v === null || v === undefined ? "" : String(v);
        _echo = false;
    }

    T.TextArea {
        id: area
        objectName: "input"
        width: root.width
        // Two lines to start (a Q/A form holds 50+ of these), growing with the text.
        implicitHeight: Math.max(Theme.touchPrimary, contentHeight + topPadding + bottomPadding)
        padding: Theme.spacingM
        wrapMode: TextEdit.Wrap
        readOnly: root.readOnly
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLabel
        font.weight: Theme.fontWeightBody
        color: Theme.textPrimary
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        Accessible.name: root.label
        // TextArea has no textEdited: changes made by _set are not the officer's.
        onTextChanged: if (!root._echo) root.edited(text)
        background: Rectangle {
            radius: Theme.radiusSmall
            color: Theme.surfaceRaised
            border.width: root.hasError || area.activeFocus ? Math.max(2, Theme.borderWidth) : Theme.borderWidth
            border.color: root.hasError ? Theme.danger : area.activeFocus ? Theme.accent : Theme.border
        }
    }
}
