// RefusalSheet: records that the party refuses to sign — the reason is required (it is printed
// as "当事人拒绝签名：理由" and audited). Common reasons are one tap; the text can be edited.
// Emits confirmed(reason); the page calls the facade.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: root

    property string signerLabel
    property string error
    readonly property alias reason: reasonField.text
    readonly property var quickReasons: [qsTr("当事人拒绝签名，未说明理由"), qsTr("当事人对认定的事实有异议"),
                                        qsTr("当事人称需咨询律师后再签")]

    signal confirmed(string reason)
    signal cancelled()

    function open(signer) {
        signerLabel = signer || "";
        reasonField.clear();
        error = "";
        visible = true;
        reasonField.forceActiveFocus();
    }
    function close() { visible = false; }
    function confirm() {
        const text = reasonField.text.trim();
        if (text.length === 0) {
            error = qsTr("请填写拒绝签名的理由（将打印在文书上）");
            reasonField.forceActiveFocus();
            return;
        }
        close();
        confirmed(text);
    }
    function cancel() {
        close();
        cancelled();
    }

    color: Theme.scrim
    visible: false

    MouseArea { anchors.fill: parent }

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
                text: root.signerLabel.length > 0 ? qsTr("%1拒绝签名").arg(root.signerLabel) : qsTr("拒绝签名")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
                Layout.fillWidth: true
            }
            UiText {
                text: qsTr("拒签须写明理由；如正在录像，将关联到此刻")
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: root.quickReasons
                delegate: BigButton {
                    required property string modelData
                    required property int index
                    objectName: "quickReason_" + index
                    text: modelData
                    Layout.fillWidth: true
                    onClicked: {
                        reasonField.text = modelData;
                        root.error = "";
                    }
                }
            }
            TextField {
                id: reasonField
                objectName: "refusalReason"
                Layout.fillWidth: true
                implicitHeight: Theme.touchMin + Theme.spacingM
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                maximumLength: 200
                placeholderText: qsTr("拒绝签名的理由")
                placeholderTextColor: Theme.textDisabled
                color: Theme.textPrimary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                verticalAlignment: TextInput.AlignVCenter
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surfaceRaised
                    border.width: reasonField.activeFocus || root.error.length > 0 ? Theme.focusWidth : Theme.borderWidth
                    border.color: root.error.length > 0 ? Theme.danger
                                : reasonField.activeFocus ? Theme.accent : Theme.border
                }
                onTextEdited: root.error = ""
                onAccepted: root.confirm()
            }
            UiText {
                objectName: "refusalError"
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
                    objectName: "refusalCancelButton"
                    primary: true
                    stacked: false
                    text: qsTr("取消")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: root.cancel()
                }
                BigButton {
                    objectName: "refusalConfirmButton"
                    primary: true
                    stacked: false
                    text: qsTr("记录拒签")
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
