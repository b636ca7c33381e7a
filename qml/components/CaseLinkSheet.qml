// CaseLinkSheet: asked after an unlinked recording stops — "刚才的录像尚未关联案件". Lists the
// open cases (Cases.openCasesForLink) as glove-sized rows; a tap links the recording
// (Cases.linkRecording) and closes, an error stays on the sheet; 暂不关联 just closes. Modal.
// Unlike other components it talks to the Cases facade itself, so any page that receives
// Cases.linkRequested can show it with two lines (recordingId + open()).
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: root

    property string recordingId
    // The rows on show: [{caseId, caseNo, partyName, statusLabel}], read when the sheet opens.
    property var cases: []
    property string error
    readonly property bool shown: visible

    // Finished: linked, or the officer chose not to link now.
    signal done()
    signal linked(string caseId, string caseNo)

    function open() {
        cases = Cases.openCasesForLink();
        error = "";
        visible = true;
        forceActiveFocus();
    }
    function close() { visible = false; }
    function link(caseId, caseNo) {
        const message = Cases.linkRecording(recordingId, caseId);
        if (message.length > 0) {
            error = message;
            return false;
        }
        close();
        linked(caseId, caseNo);
        done();
        return true;
    }
    function skip() {
        close();
        done();
    }
    function rowAt(index) { return repeater.itemAt(index); }

    anchors.fill: parent
    color: Theme.scrim
    visible: false
    z: 50
    Keys.onEscapePressed: skip()

    MouseArea { anchors.fill: parent }     // modal: nothing underneath takes taps

    Rectangle {
        id: card
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
        height: Math.min(content.implicitHeight + 2 * Theme.spacingL, root.height * 0.85)
        radius: Theme.radiusLarge
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Theme.spacingL
            spacing: Theme.spacingM

            RowLayout {
                spacing: Theme.spacingS
                Layout.fillWidth: true
                Icon { name: "video"; size: Theme.iconMedium }
                UiText {
                    text: qsTr("刚才的录像尚未关联案件")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            UiText {
                text: root.cases.length > 0 ? qsTr("选择要关联的案件：")
                                            : qsTr("没有未结案的案件。可以稍后在案件详情中关联。")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            UiText {
                objectName: "linkError"
                text: root.error
                visible: text.length > 0
                color: Theme.danger
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Flickable {
                id: flick
                clip: true
                contentHeight: rows.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: rows.implicitHeight
                Layout.minimumHeight: Math.min(rows.implicitHeight, Theme.touchPrimary)

                Column {
                    id: rows
                    width: flick.width
                    spacing: Theme.spacingS
                    Repeater {
                        id: repeater
                        model: root.cases
                        delegate: T.AbstractButton {
                            id: row
                            required property var modelData
                            readonly property string caseId: modelData.caseId
                            width: rows.width
                            implicitHeight: Math.max(Theme.touchPrimary, implicitContentHeight + topPadding + bottomPadding)
                            padding: Theme.spacingM
                            focusPolicy: Qt.NoFocus
                            Accessible.name: modelData.partyName
                            onClicked: root.link(modelData.caseId, modelData.caseNo)

                            background: Rectangle {
                                radius: Theme.radius
                                color: row.down ? Theme.surfacePressed : Theme.surfaceRaised
                                border.width: Theme.borderWidth
                                border.color: Theme.border
                            }
                            contentItem: RowLayout {
                                spacing: Theme.spacingM
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    UiText {
                                        text: row.modelData.partyName
                                        font.pixelSize: Theme.fontLabel
                                        font.weight: Theme.fontWeightStrong
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    UiText {
                                        text: row.modelData.caseNo
                                        color: Theme.textSecondary
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                }
                                Badge {
                                    text: qsTr("当前")
                                    visible: row.caseId === Cases.activeCaseId
                                    color: Theme.accent
                                    textColor: Theme.textOnAccent
                                    border.width: 0
                                }
                                Badge {
                                    text: row.modelData.statusLabel
                                    color: "transparent"
                                    textColor: Theme.accent
                                    border.width: 2
                                }
                            }
                        }
                    }
                }
            }

            BigButton {
                objectName: "skipButton"
                primary: true
                stacked: false
                text: qsTr("暂不关联")
                Layout.fillWidth: true
                onClicked: root.skip()
            }
        }
    }
}
