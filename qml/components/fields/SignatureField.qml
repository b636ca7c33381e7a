// SignatureField: a signature slot — who signs, a preview of the strokes on paper white, when
// it was signed, or the recorded refusal and its reason. 签名 opens the pad; 拒绝签名 (the
// party only) asks for the reason; the page does both.
import QtQuick
import QtQuick.Layouts
import Fieldterm

FieldShell {
    id: root

    // The signer role as shown: "被询问人", "执法人员" …
    property string signerLabel: signer
    readonly property bool signed: value !== null && value !== undefined && Array.isArray(value.strokes)
                                   && value.strokes.length > 0 && value.refused !== true
    readonly property bool refused: value !== null && value !== undefined && value.refused === true

    signal signRequested()
    signal refuseRequested()

    Rectangle {
        objectName: "signatureBox"
        width: root.width
        height: 160
        radius: Theme.radiusSmall
        color: "#FFFFFF"             // paper: ink reads as it will be printed
        border.width: root.hasError ? Math.max(2, Theme.borderWidth) : Theme.borderWidth
        border.color: root.hasError ? Theme.danger : Theme.border
        StrokeCanvas {
            objectName: "preview"
            anchors.fill: parent
            anchors.margins: Theme.spacingS
            visible: root.signed
            strokes: root.signed ? root.value.strokes : []
            sourceWidth: root.signed ? root.value.width : 0
            sourceHeight: root.signed ? root.value.height : 0
        }
        UiText {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingM
            horizontalAlignment: Text.AlignHCenter
            visible: !root.signed
            text: root.refused ? qsTr("拒绝签名：%1").arg(root.value.refusalReason || "")
                               : qsTr("%1 未签名").arg(root.signerLabel)
            color: root.refused ? "#9E1C16" : "#5B6674"
            font.pixelSize: Theme.fontLabel
            font.weight: root.refused ? Theme.fontWeightStrong : Theme.fontWeightBody
            wrapMode: Text.Wrap
        }
    }
    UiText {
        objectName: "signedText"
        width: root.width
        visible: text.length > 0
        text: root.signed ? qsTr("%1 %2 签名").arg(root.value.signerName || root.signerLabel)
                                                .arg((root.value.signedAt || "").replace("T", " "))
            : root.refused ? qsTr("已记录拒签及理由") : ""
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.Wrap
    }
    RowLayout {
        width: root.width
        visible: !root.readOnly
        spacing: Theme.spacingS
        BigButton {
            objectName: "signButton"
            iconName: "check"
            stacked: false
            text: root.signed || root.refused ? qsTr("重新签名") : qsTr("签名")
            tone: root.signed ? Theme.surfaceRaised : Theme.accent
            textColor: root.signed ? Theme.textPrimary : Theme.textOnAccent
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            onClicked: root.signRequested()
        }
        BigButton {
            objectName: "refuseButton"
            visible: root.signer === "party"
            text: qsTr("拒绝签名")
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: root.refuseRequested()
        }
    }
}
