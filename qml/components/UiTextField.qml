// UiTextField: the themed single-line text input — glove-height (Theme.touchMin), large type,
// a placeholder, and a red outline while `hasError` (the message itself sits under the field).
import QtQuick
import QtQuick.Templates as T
import Fieldterm

T.TextField {
    id: control

    property bool hasError: false

    implicitWidth: Math.max(200, contentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchMin, contentHeight + topPadding + bottomPadding)
    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLabel
    font.weight: Theme.fontWeightBody
    color: enabled ? Theme.textPrimary : Theme.textDisabled
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    placeholderTextColor: Theme.textDisabled
    verticalAlignment: TextInput.AlignVCenter
    selectByMouse: true

    Accessible.name: placeholderText

    UiText {
        x: control.leftPadding
        y: control.topPadding
        width: control.width - control.leftPadding - control.rightPadding
        height: control.height - control.topPadding - control.bottomPadding
        text: control.placeholderText
        font: control.font
        color: control.placeholderTextColor
        elide: Text.ElideRight
        visible: control.length === 0 && control.preeditText.length === 0
    }

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: Theme.touchMin
        radius: Theme.radiusSmall
        color: control.enabled ? Theme.surfaceRaised : Theme.surface
        border.width: control.hasError || control.activeFocus ? Math.max(2, Theme.borderWidth) : Theme.borderWidth
        border.color: control.hasError ? Theme.danger
                    : control.activeFocus ? Theme.accent
                    : Theme.border
    }
}
