// FieldShell: the frame every document field shares — the label (with a 必填 mark), the editor
// (children), the hint, and the field's error in red under it. Field components are FieldShells
// with an editor inside; they get a form row's data through these properties and report what
// the officer entered through `edited(value)` (the page passes it to Documents.setValue).
// A Column, not a layout: wrapped text two layouts deep keeps stale heights in Qt 6.4.
import QtQuick
import Fieldterm

Column {
    id: shell

    // One row of Documents.form (see the facade's roles).
    property string path
    property string type
    property string label
    property string hint
    property string error
    property bool required: false
    property bool readOnly: false
    property var value: null
    property string displayValue
    property var options: []
    property string signer
    property int maxLength: 0
    readonly property bool hasError: error.length > 0

    default property alias content: box.data

    signal edited(var value)

    spacing: Theme.spacingXs

    UiText {
        objectName: "fieldLabel"
        width: shell.width
        text: shell.required && !shell.readOnly ? qsTr("%1（必填）").arg(shell.label) : shell.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        visible: text.length > 0
    }
    Column {
        id: box
        width: shell.width
        spacing: Theme.spacingS
    }
    UiText {
        width: shell.width
        text: shell.hint
        visible: text.length > 0 && !shell.hasError && !shell.readOnly
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.Wrap
    }
    UiText {
        objectName: "fieldError"
        width: shell.width
        text: shell.error
        visible: shell.hasError
        color: Theme.highContrast ? Theme.danger : "#FF6B63"
        font.weight: Theme.fontWeightStrong
        wrapMode: Text.Wrap
    }
}
