// EvidenceField: the evidence a document points at — a photo, or a recording and the moment in
// it. Choosing one happens elsewhere (the case's evidence); here it is shown and can be cleared.
import QtQuick
import QtQuick.Layouts
import Fieldterm

FieldShell {
    id: root

    readonly property bool hasValue: value !== null && value !== undefined && typeof value.kind === "string"

    function clock(ms) {
        const s = Math.floor((ms || 0) / 1000);
        const pad = n => (n < 10 ? "0" : "") + n;
        return pad(Math.floor(s / 60)) + ":" + pad(s % 60);
    }
    function describe(v) {
        const name = v.label && v.label.length > 0 ? v.label : "";
        if (v.kind === "recording")
            return qsTr("%1 第 %2").arg(name.length > 0 ? name : qsTr("录像 %1").arg(v.recordingId))
                                   .arg(clock(v.offsetMs));
        return name.length > 0 ? name : qsTr("照片 %1").arg(v.evidenceId);
    }

    RowLayout {
        width: root.width
        spacing: Theme.spacingM
        Icon {
            name: root.hasValue && root.value.kind === "recording" ? "video" : "camera"
            size: Theme.iconMedium
        }
        UiText {
            objectName: "evidenceText"
            text: root.hasValue ? root.describe(root.value)
                                : qsTr("未关联证据")
            color: root.hasValue ? Theme.textPrimary : Theme.textSecondary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "clearEvidenceButton"
            visible: root.hasValue && !root.readOnly
            iconName: "close"
            text: qsTr("清除")
            onClicked: root.edited(null)
        }
    }
}
