// StepConfirmSheet: the modal sheet that confirms moving a case to its next step, with an
// optional note. openFor({key, label}) shows it; confirmed() asks the page to advance; the page
// sets `error` when the facade refuses, or close()s it.
import QtQuick
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: confirmSheet
    property string stepKey
    property string stepLabel
    property string error
    property alias note: noteField.text
    signal confirmed()

    function openFor(step) {
        stepKey = step.key;
        stepLabel = step.label;
        error = "";
        noteField.text = "";
        visible = true;
    }
    function close() { visible = false; }

    anchors.fill: parent
    color: Theme.scrim
    visible: false
    z: 20

    MouseArea { anchors.fill: parent }     // modal: nothing underneath takes taps

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
        implicitHeight: sheetContent.implicitHeight + 2 * Theme.spacingL
        radius: Theme.radiusLarge
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        ColumnLayout {
            id: sheetContent
            anchors.fill: parent
            anchors.margins: Theme.spacingL
            spacing: Theme.spacingM
            UiText {
                text: qsTr("进入「%1」？").arg(confirmSheet.stepLabel)
                font.pixelSize: Theme.fontHeadline
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            UiText {
                text: qsTr("将记录当前时间和执法人员。")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            UiTextField {
                id: noteField
                objectName: "noteField"
                placeholderText: qsTr("备注（选填）")
                Layout.fillWidth: true
            }
            UiText {
                objectName: "advanceError"
                text: confirmSheet.error
                visible: text.length > 0
                color: Theme.danger
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacingM
                Layout.fillWidth: true
                BigButton {
                    objectName: "cancelAdvanceButton"
                    primary: true
                    stacked: false
                    text: qsTr("取消")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: confirmSheet.close()
                }
                BigButton {
                    objectName: "confirmAdvanceButton"
                    primary: true
                    stacked: false
                    text: qsTr("确认")
                    tone: Theme.accent
                    textColor: Theme.textOnAccent
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: confirmSheet.confirmed()
                }
            }
        }
    }
}
