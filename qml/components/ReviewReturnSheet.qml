// ReviewReturnSheet: a squad leader returns a case to the inspector — the comment is required
// (the inspector reads it on the case, it is audited and synced). Modal, like RefusalSheet.
// Emits confirmed(comment); the page calls the facade and sets `error` when it refuses, or
// close()s the sheet.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: root

    property string caseNo
    property string error
    readonly property alias comment: commentField.text
    readonly property int maxLength: 500

    signal confirmed(string comment)
    signal cancelled()

    function open(number) {
        caseNo = number || "";
        commentField.clear();
        error = "";
        visible = true;
        commentField.forceActiveFocus();
    }
    function close() { visible = false; }
    function confirm() {
        const text = commentField.text.trim();
        if (text.length === 0) {
            error = qsTr("请填写退回意见：写明需要补正的内容，执法人员会在案件中看到。");
            commentField.forceActiveFocus();
            return;
        }
        confirmed(text);
    }
    function cancel() {
        close();
        cancelled();
    }

    color: Theme.scrim
    visible: false
    z: 20

    MouseArea { anchors.fill: parent }     // modal: nothing underneath takes taps

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
        implicitHeight: content.implicitHeight + 2 * Theme.spacingL
        radius: Theme.radiusLarge
        color: Theme.surface
        border.width: Theme.highContrast ? 3 : 2
        border.color: Theme.warning

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Theme.spacingL
            spacing: Theme.spacingS

            UiText {
                text: root.caseNo.length > 0 ? qsTr("退回案件 %1").arg(root.caseNo) : qsTr("退回案件")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            UiText {
                text: qsTr("退回须写明意见；执法人员会在案件中看到，并记入审计")
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextArea {
                id: commentField
                objectName: "returnComment"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(3 * Theme.touchMin, implicitHeight)
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                topPadding: Theme.spacingS
                bottomPadding: Theme.spacingS
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("退回意见（必填），例如：告知环节缺少录像，请补录或说明原因")
                placeholderTextColor: Theme.textDisabled
                color: Theme.textPrimary
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("退回意见")
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surfaceRaised
                    border.width: commentField.activeFocus || root.error.length > 0 ? Theme.focusWidth : Theme.borderWidth
                    border.color: root.error.length > 0 ? Theme.danger
                                : commentField.activeFocus ? Theme.accent : Theme.border
                }
                onTextChanged: {
                    if (root.error.length > 0 && commentField.activeFocus)
                        root.error = "";
                }
            }
            UiText {
                objectName: "returnCount"
                text: qsTr("%1 / %2 字").arg(commentField.text.length).arg(root.maxLength)
                color: commentField.text.length > root.maxLength ? Theme.danger : Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                Layout.alignment: Qt.AlignRight
            }
            UiText {
                objectName: "returnError"
                text: root.error
                visible: text.length > 0
                color: Theme.highContrast ? Theme.danger : "#FF6B63"
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                BigButton {
                    objectName: "returnCancelButton"
                    primary: true
                    stacked: false
                    text: qsTr("取消")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: root.cancel()
                }
                BigButton {
                    objectName: "returnConfirmButton"
                    primary: true
                    stacked: false
                    text: qsTr("确认退回")
                    tone: Theme.warning
                    textColor: Theme.textOnWarning
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: root.confirm()
                }
            }
        }
    }
}
