// LoginPage: start of a shift — officer number and PIN, checked by Session in C++ (the PIN hash,
// lockout and audit live there). Shows the device it runs on, the check in progress, the error
// Session reports, and on a simulated device the demo officers (tap fills the number).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    // What the officer typed that cannot be sent yet; Session.message covers everything else.
    property string localError
    readonly property string errorText: localError.length > 0 ? localError : Session.message
    readonly property bool canSubmit: !Session.busy

    function submit() {
        if (Session.busy)
            return;
        const no = officerField.text.trim();
        if (no.length === 0) {
            localError = qsTr("请输入执法证号");
            officerField.forceActiveFocus();
            return;
        }
        if (!pinField.complete) {
            localError = qsTr("PIN 为 6–12 位数字，请重新输入");
            pinField.forceActiveFocus();
            return;
        }
        localError = "";
        Session.signIn(no, pinField.text);
    }

    function fillOfficer(no) {
        officerField.text = no;
        localError = "";
        pinField.clear();
        pinField.forceActiveFocus();
    }

    color: Theme.background

    Connections {
        target: Session
        // A failed check never leaves the PIN on screen.
        function onSignInFailed(message) {
            pinField.clear();
            pinField.forceActiveFocus();
        }
        function onMessageChanged() { if (Session.message.length > 0) page.localError = ""; }
    }

    Component.onCompleted: officerField.forceActiveFocus()

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: page.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            // Which terminal this is.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Icon { name: "device"; size: Theme.iconSmall }
                UiText {
                    objectName: "deviceLabel"
                    text: Duty.deviceId
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption + 2
                }
                Badge {
                    text: qsTr("模拟设备")
                    visible: Session.simulated
                    color: "transparent"
                    textColor: Theme.warning
                    border.width: 2
                    border.color: Theme.warning
                }
                Item { Layout.fillWidth: true }
            }
            UiText {
                objectName: "agencyLabel"
                text: Duty.agency
                color: Theme.textSecondary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            UiText {
                text: qsTr("执法终端")
                font.pixelSize: Theme.fontDisplay
                font.weight: Theme.fontWeightStrong
                Layout.topMargin: Theme.spacingS
            }
            UiText {
                text: qsTr("请使用执法证号和 PIN 登录")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
                Layout.bottomMargin: Theme.spacingM
            }

            UiText {
                text: qsTr("执法证号")
                font.pixelSize: Theme.fontLabel
                font.weight: Theme.fontWeightStrong
            }
            TextField {
                id: officerField
                objectName: "officerField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchPrimary
                leftPadding: Theme.spacingL
                rightPadding: Theme.spacingL
                enabled: !Session.busy
                placeholderText: qsTr("例如 31000000001")
                placeholderTextColor: Theme.textDisabled
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                maximumLength: 32
                validator: RegularExpressionValidator { regularExpression: /[0-9A-Za-z]{0,32}/ }
                color: Theme.textPrimary
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                verticalAlignment: TextInput.AlignVCenter
                Accessible.name: qsTr("执法证号")
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surfaceRaised
                    border.width: officerField.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: officerField.activeFocus ? Theme.accent : Theme.border
                }
                onTextEdited: page.localError = ""
                onAccepted: pinField.text.length > 0 ? page.submit() : pinField.forceActiveFocus()
            }

            UiText {
                text: qsTr("PIN")
                font.pixelSize: Theme.fontLabel
                font.weight: Theme.fontWeightStrong
                Layout.topMargin: Theme.spacingS
            }
            PinField {
                id: pinField
                objectName: "pinField"
                Layout.fillWidth: true
                enabled: !Session.busy
                error: page.errorText.length > 0
                onTextEdited: page.localError = ""
                onAccepted: page.submit()
            }

            // The error, in words that say what to do next.
            Rectangle {
                objectName: "loginError"
                visible: page.errorText.length > 0
                Layout.fillWidth: true
                implicitHeight: errorRow.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radius
                color: Theme.errorSurface
                border.width: Theme.highContrast ? 3 : 0
                border.color: Theme.errorBorder
                Accessible.role: Accessible.AlertMessage
                Accessible.name: page.errorText
                RowLayout {
                    id: errorRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingM
                    Icon { name: "warning"; size: Theme.iconMedium }
                    UiText {
                        objectName: "loginErrorText"
                        text: page.errorText
                        color: "#FFFFFF"
                        font.weight: Theme.fontWeightStrong
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }

            BigButton {
                id: loginButton
                objectName: "loginButton"
                primary: true
                stacked: false
                iconName: Session.busy ? "" : "officer"
                text: Session.busy ? qsTr("正在验证…") : qsTr("登录")
                tone: Theme.accent
                textColor: Theme.textOnAccent
                enabled: page.canSubmit
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                onClicked: page.submit()

                BusyIndicator {
                    objectName: "loginBusy"
                    running: Session.busy
                    visible: running
                    width: Theme.iconLarge
                    height: Theme.iconLarge
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.spacingL
                    anchors.verticalCenter: parent.verticalCenter
                }
            }

            // Simulated devices only: the seeded demo officers, clearly marked as such.
            ColumnLayout {
                objectName: "demoOfficers"
                visible: Session.simulated && Session.demoOfficers.length > 0
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingM
                spacing: Theme.spacingS

                RowLayout {
                    spacing: Theme.spacingS
                    Layout.fillWidth: true
                    Icon { name: "warning"; size: Theme.iconSmall }
                    UiText {
                        text: qsTr("模拟设备演示账号")
                        color: Theme.warning
                        font.pixelSize: Theme.fontLabel
                        font.weight: Theme.fontWeightStrong
                    }
                    UiText {
                        text: qsTr("点按填入执法证号")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontCaption
                        horizontalAlignment: Text.AlignRight
                        Layout.fillWidth: true
                    }
                }

                Repeater {
                    id: demoRepeater
                    objectName: "demoRepeater"
                    model: Session.demoOfficers
                    delegate: Rectangle {
                        id: demoRow
                        required property var modelData
                        objectName: "demo_" + modelData.officerNo
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touchMin + Theme.spacingS,
                                                 demoContent.implicitHeight + 2 * Theme.spacingS)
                        radius: Theme.radius
                        color: demoArea.pressed ? Theme.surfacePressed : Theme.surface
                        border.width: Theme.borderWidth
                        border.color: Theme.border

                        RowLayout {
                            id: demoContent
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacingM
                            anchors.rightMargin: Theme.spacingM
                            spacing: Theme.spacingM
                            Icon { name: "officer"; size: Theme.iconMedium }
                            ColumnLayout {
                                spacing: 0
                                Layout.fillWidth: true
                                RowLayout {
                                    spacing: Theme.spacingS
                                    Layout.fillWidth: true
                                    UiText {
                                        text: demoRow.modelData.name
                                        font.pixelSize: Theme.fontLabel
                                        font.weight: Theme.fontWeightStrong
                                    }
                                    UiText {
                                        text: demoRow.modelData.roleText
                                        color: Theme.textSecondary
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                }
                                UiText {
                                    text: demoRow.modelData.officerNo
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.fontCaption + 2
                                    Layout.fillWidth: true
                                }
                            }
                            UiText {
                                text: qsTr("演示 PIN %1").arg(demoRow.modelData.pin)
                                color: Theme.warning
                                font.pixelSize: Theme.fontCaption + 2
                                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                            }
                        }
                        MouseArea {
                            id: demoArea
                            anchors.fill: parent
                            enabled: !Session.busy
                            onClicked: page.fillOfficer(demoRow.modelData.officerNo)
                        }
                    }
                }
            }
        }
    }
}
