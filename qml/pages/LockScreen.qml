// LockScreen: covers every page while Session.locked (idle auto-lock or 锁定屏幕). The
// recording goes on underneath and the hardware keys keep working (Main.qml handles them); the
// same officer unlocks with the PIN, or ends the shift so another officer can sign in.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    // The clock; a timer keeps it current, tests may set it.
    property date now: new Date()
    readonly property bool confirmingSignOut: signOutConfirm.visible

    function submit() {
        if (Session.busy || !pinField.complete)
            return;
        Session.unlock(pinField.text);
    }

    color: Theme.background
    // Nothing underneath can be touched while locked.
    MouseArea {
        anchors.fill: parent
        onClicked: pinField.forceActiveFocus()
    }

    Timer {
        interval: 1000
        running: page.visible
        repeat: true
        onTriggered: page.now = new Date()
    }

    // A failed check never leaves the PIN on screen (Session reports unlock failures through
    // signInFailed too).
    Connections {
        target: Session
        function onSignInFailed(message) {
            pinField.clear();
            pinField.forceActiveFocus();
        }
    }

    Component.onCompleted: pinField.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Icon { name: "lock"; size: Theme.iconMedium }
            UiText {
                text: qsTr("屏幕已锁定")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
                Layout.fillWidth: true
            }
            Icon { name: "officer"; size: Theme.iconSmall }
            UiText {
                objectName: "lockOfficer"
                text: Session.officerName + "  " + Session.officerNo
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
            }
        }

        UiText {
            objectName: "lockClock"
            text: Qt.formatTime(page.now, "HH:mm")
            font.pixelSize: 140
            font.weight: Theme.fontWeightStrong
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
        }
        UiText {
            text: Qt.formatDate(page.now, qsTr("yyyy年M月d日 dddd"))
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }

        // The recording that goes on while locked.
        Rectangle {
            objectName: "lockRecording"
            visible: Camera.recording
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingM
            implicitWidth: recColumn.implicitWidth + 2 * Theme.spacingL
            implicitHeight: recColumn.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.surface
            border.width: 2
            border.color: Theme.record
            ColumnLayout {
                id: recColumn
                anchors.centerIn: parent
                spacing: Theme.spacingXs
                RecIndicator {
                    objectName: "lockRecIndicator"
                    recording: Camera.recording
                    ready: Camera.ready
                    elapsedSeconds: Camera.elapsedSeconds
                    postrecordRemaining: Camera.postrecordRemaining
                    Layout.alignment: Qt.AlignHCenter
                }
                UiText {
                    text: Camera.audioOnly ? qsTr("录音继续进行中") : qsTr("录像继续进行中")
                    color: Theme.textSecondary
                    Layout.alignment: Qt.AlignHCenter
                }
            }
        }
        UiText {
            text: qsTr("F1 录像/停止 · F2 拍照 · F3 标记 锁屏时仍可使用")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Item { Layout.fillHeight: true }

        UiText {
            text: qsTr("输入 PIN 解锁")
            font.pixelSize: Theme.fontLabel
            font.weight: Theme.fontWeightStrong
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            PinField {
                id: pinField
                objectName: "unlockPinField"
                enabled: !Session.busy
                error: Session.message.length > 0
                Layout.fillWidth: true
                onAccepted: page.submit()
            }
            BigButton {
                id: unlockButton
                objectName: "unlockButton"
                primary: true
                stacked: false
                iconName: "lock"
                text: Session.busy ? qsTr("正在验证…") : qsTr("解锁")
                tone: Theme.accent
                textColor: Theme.textOnAccent
                enabled: !Session.busy && pinField.complete
                Layout.preferredWidth: 220
                onClicked: page.submit()
            }
        }

        Rectangle {
            objectName: "unlockError"
            visible: Session.message.length > 0
            Layout.fillWidth: true
            implicitHeight: errorRow.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.errorSurface
            border.width: Theme.highContrast ? 3 : 0
            border.color: Theme.errorBorder
            Accessible.role: Accessible.AlertMessage
            Accessible.name: Session.message
            RowLayout {
                id: errorRow
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingM
                Icon { name: "warning"; size: Theme.iconMedium }
                UiText {
                    objectName: "unlockErrorText"
                    text: Session.message
                    color: "#FFFFFF"
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        BigButton {
            objectName: "switchOfficerButton"
            iconName: "officer"
            text: qsTr("交班/切换人员")
            enabled: !Session.busy
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            onClicked: signOutConfirm.visible = true
        }
    }

    // Ending the shift signs the officer out: ask first.
    Rectangle {
        id: signOutConfirm
        objectName: "signOutConfirm"
        anchors.fill: parent
        color: Theme.scrim
        visible: false

        MouseArea {
            anchors.fill: parent
            onClicked: signOutConfirm.visible = false
        }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: Theme.spacingM
            implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spacingL
            radius: Theme.radiusLarge
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            MouseArea { anchors.fill: parent }     // taps on the card stay on the card
            ColumnLayout {
                id: confirmColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingM
                UiText {
                    text: qsTr("交班退出？")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Theme.fontWeightStrong
                }
                UiText {
                    text: (Camera.recording ? qsTr("当前正在录像。") : "")
                          + qsTr("%1 将退出登录，回到登录页面。").arg(Session.officerName)
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingM
                    BigButton {
                        objectName: "signOutCancel"
                        text: qsTr("取消")
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        onClicked: signOutConfirm.visible = false
                    }
                    BigButton {
                        objectName: "signOutConfirmButton"
                        iconName: "officer"
                        text: qsTr("交班退出")
                        tone: Theme.danger
                        textColor: "#FFFFFF"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        onClicked: {
                            signOutConfirm.visible = false;
                            Session.signOut();
                        }
                    }
                }
            }
        }
    }
}
