// PinField: the PIN entry of the login and lock screens — digits only, masked, 6–12 long, tall
// enough for a gloved finger. Enter emits accepted(); the page decides what that means.
import QtQuick
import QtQuick.Controls.Basic
import Fieldterm

TextField {
    id: field

    readonly property int minimumLength: 6
    readonly property int maximumPinLength: 12
    // Long enough to submit (the rules themselves are checked in C++).
    readonly property bool complete: text.length >= minimumLength
    property bool error: false

    implicitHeight: Theme.touchPrimary
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    placeholderText: qsTr("PIN（6–12 位数字）")
    placeholderTextColor: Theme.textDisabled
    echoMode: TextInput.Password
    passwordCharacter: "●"
    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    maximumLength: maximumPinLength
    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
    color: Theme.textPrimary
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    font.family: Theme.fontFamily
    font.pixelSize: text.length > 0 ? Theme.fontHeadline : Theme.fontBody
    font.letterSpacing: text.length > 0 ? 6 : 0
    verticalAlignment: TextInput.AlignVCenter

    Accessible.name: qsTr("PIN")

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.width: field.activeFocus || field.error ? Theme.focusWidth : Theme.borderWidth
        border.color: field.error ? Theme.danger : field.activeFocus ? Theme.accent : Theme.border
    }
}
