// StopReasonSheet: asks why a recording is stopped while its case is still open — the rules allow
// stopping only for a stated, objective reason, which is audited in C++. Modal: a scrim over the
// window and a sheet of glove-sized reason rows (keys 1–N pick, Esc keeps recording). Emits the
// chosen key and note; the page does the stopping.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: root

    // [{key, label, needsNote}] as Cases.stopReasons lists them.
    property var reasons: []
    property string selectedKey
    readonly property var selectedReason: reasons.find(r => r.key === selectedKey) || null
    readonly property bool noteRequired: selectedReason !== null && selectedReason.needsNote === true
    // Set when 停止录像 was pressed without what the reason needs.
    property string error
    readonly property alias note: noteField.text

    signal stopConfirmed(string reasonKey, string note)
    signal cancelled()

    function open() {
        selectedKey = "";
        noteField.clear();
        error = "";
        visible = true;
        sheet.forceActiveFocus();
    }
    function close() { visible = false; }
    function select(key) {
        selectedKey = key;
        error = "";
        if (noteRequired)
            noteField.forceActiveFocus();
    }
    function confirm() {
        if (selectedReason === null) {
            error = qsTr("请先选择停止录像的原因");
            return;
        }
        const text = noteField.text.trim();
        if (noteRequired && text.length === 0) {
            error = qsTr("必填：选择“%1”时须写明停止原因").arg(selectedReason.label);
            noteField.forceActiveFocus();
            return;
        }
        close();
        stopConfirmed(selectedKey, text);
    }
    function cancel() {
        close();
        cancelled();
    }

    color: Theme.scrim
    visible: false

    // Taps outside the sheet do nothing: leaving it is an explicit choice (继续录像).
    MouseArea { anchors.fill: parent }

    Rectangle {
        id: sheet
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
        implicitHeight: content.implicitHeight + 2 * Theme.spacingL
        radius: Theme.radiusLarge
        color: Theme.surface
        border.width: Theme.highContrast ? 3 : 2
        border.color: Theme.record
        focus: true

        Keys.onPressed: event => {
            if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9) {
                const i = event.key - Qt.Key_1;
                if (i < root.reasons.length)
                    root.select(root.reasons[i].key);
                event.accepted = true;
            } else if (event.key === Qt.Key_Escape) {
                root.cancel();
                event.accepted = true;
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                root.confirm();
                event.accepted = true;
            }
        }

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Theme.spacingL
            spacing: Theme.spacingS

            RowLayout {
                spacing: Theme.spacingS
                Layout.fillWidth: true
                Icon { name: "stop"; size: Theme.iconMedium }
                UiText {
                    text: qsTr("停止录像")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Theme.fontWeightStrong
                }
            }
            UiText {
                text: qsTr("案件尚未结案，停止录像须说明客观原因（将记入审计）")
                color: Theme.warning
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingS
            }

            Repeater {
                id: repeater
                model: root.reasons
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    readonly property bool selected: root.selectedKey === modelData.key
                    objectName: "reason_" + modelData.key
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchMin + Theme.spacingS,
                                             rowContent.implicitHeight + 2 * Theme.spacingS)
                    radius: Theme.radius
                    color: area.pressed ? Theme.surfacePressed : Theme.surfaceRaised
                    border.width: selected ? Theme.focusWidth : Theme.borderWidth
                    border.color: selected ? Theme.accent : Theme.border
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: modelData.label
                    Accessible.checked: selected

                    RowLayout {
                        id: rowContent
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingM
                        anchors.rightMargin: Theme.spacingM
                        spacing: Theme.spacingM
                        // Radio mark.
                        Rectangle {
                            width: 32
                            height: 32
                            radius: 16
                            color: "transparent"
                            border.width: 3
                            border.color: row.selected ? Theme.accent : Theme.textSecondary
                            Rectangle {
                                anchors.centerIn: parent
                                width: 16
                                height: 16
                                radius: 8
                                color: Theme.accent
                                visible: row.selected
                            }
                        }
                        UiText {
                            text: row.modelData.label
                            font.pixelSize: Theme.fontLabel
                            font.weight: row.selected ? Theme.fontWeightStrong : Theme.fontWeightBody
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        UiText {
                            text: String(row.index + 1)
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontCaption
                            font.weight: Theme.fontWeightStrong
                        }
                    }
                    MouseArea {
                        id: area
                        anchors.fill: parent
                        onClicked: root.select(row.modelData.key)
                    }
                }
            }

            UiText {
                text: root.noteRequired ? qsTr("说明（必填）") : qsTr("说明（选填）")
                font.pixelSize: Theme.fontLabel
                font.weight: Theme.fontWeightStrong
                color: root.noteRequired ? Theme.warning : Theme.textPrimary
                Layout.topMargin: Theme.spacingS
            }
            TextField {
                id: noteField
                objectName: "reasonNote"
                Layout.fillWidth: true
                implicitHeight: Theme.touchMin + Theme.spacingM
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                maximumLength: 200
                placeholderText: qsTr("例如：当事人要求暂停，已告知将继续录像")
                placeholderTextColor: Theme.textDisabled
                color: Theme.textPrimary
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                verticalAlignment: TextInput.AlignVCenter
                Accessible.name: qsTr("停止原因说明")
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surfaceRaised
                    border.width: noteField.activeFocus || root.error.length > 0 ? Theme.focusWidth
                                                                                 : Theme.borderWidth
                    border.color: root.error.length > 0 ? Theme.danger
                                : noteField.activeFocus ? Theme.accent : Theme.border
                }
                onTextEdited: root.error = ""
                onAccepted: root.confirm()
            }
            UiText {
                objectName: "reasonError"
                text: root.error
                visible: text.length > 0
                color: Theme.highContrast ? Theme.danger : "#FF6B63"
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                spacing: Theme.spacingM
                BigButton {
                    objectName: "continueButton"
                    primary: true
                    stacked: false
                    iconName: "record"
                    text: qsTr("继续录像")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: root.cancel()
                }
                BigButton {
                    objectName: "confirmStopButton"
                    primary: true
                    stacked: false
                    iconName: "stop"
                    text: qsTr("停止录像")
                    tone: Theme.record
                    textColor: Theme.textOnRecord
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: root.confirm()
                }
            }
        }
    }
}
