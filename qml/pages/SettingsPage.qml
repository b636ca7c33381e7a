// SettingsPage: display settings, the audit-trail check, device and account. What an officer may
// change or see is decided by Session.can() in C++; this page only shows or hides accordingly.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    // Session.roles is read so the bindings re-evaluate when another officer signs in.
    readonly property bool canVerifyAudit: Session.roles, Session.can("verify_audit")

    function goBack() {
        if (page.StackView.view)
            page.StackView.view.pop();
    }

    color: Theme.background
    Component.onCompleted: if (canVerifyAudit) Audit.refreshRecent()

    // A section heading with its icon.
    component SectionTitle: RowLayout {
        property alias text: label.text
        property alias iconName: icon.name
        spacing: Theme.spacingS
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingL
        Icon { id: icon; size: Theme.iconSmall }
        UiText {
            id: label
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.fontWeightStrong
            Layout.fillWidth: true
        }
    }
    // One "label: value" line of a card.
    component InfoRow: RowLayout {
        property alias label: key.text
        property alias value: val.text
        spacing: Theme.spacingM
        Layout.fillWidth: true
        UiText {
            id: key
            color: Theme.textSecondary
            Layout.preferredWidth: 150
        }
        UiText {
            id: val
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    component Card: Rectangle {
        default property alias content: inner.data
        Layout.fillWidth: true
        implicitHeight: inner.implicitHeight + 2 * Theme.spacingM
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        ColumnLayout {
            id: inner
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingS
        }
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PageHeader {
            title: qsTr("设置")
            Layout.fillWidth: true
            onBackClicked: page.goBack()
        }

        Flickable {
            id: flick
            objectName: "settingsFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight + 2 * Theme.spacingM
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            ColumnLayout {
                id: body
                x: Theme.spacingM
                y: 0
                width: flick.width - 2 * Theme.spacingM
                spacing: Theme.spacingS

                // --- 显示 ---------------------------------------------------------------------
                SectionTitle { text: qsTr("显示"); iconName: "contrast" }
                Card {
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            UiText {
                                text: qsTr("强光模式")
                                font.pixelSize: Theme.fontLabel
                                font.weight: Theme.fontWeightStrong
                            }
                            UiText {
                                text: qsTr("黑白高对比，阳光直射下更易看清")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontCaption
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        BigButton {
                            objectName: "highContrastSwitch"
                            text: AppSettings.highContrast ? qsTr("已开启") : qsTr("已关闭")
                            checked: AppSettings.highContrast
                            // A personal display preference for sunlight, open to everyone
                            // signed in (changes are audited); not a device setting.
                            Layout.preferredWidth: 160
                            onClicked: AppSettings.highContrast = !AppSettings.highContrast
                        }
                    }
                }

                // --- 审计 ---------------------------------------------------------------------
                ColumnLayout {
                    objectName: "auditSection"
                    visible: page.canVerifyAudit
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    SectionTitle { text: qsTr("审计记录"); iconName: "shield" }
                    BigButton {
                        objectName: "verifyButton"
                        primary: true
                        stacked: false
                        iconName: Audit.verifying ? "" : "shield"
                        text: Audit.verifying ? qsTr("正在校验…") : qsTr("校验审计记录")
                        enabled: !Audit.verifying
                        Layout.fillWidth: true
                        onClicked: Audit.verify()
                        BusyIndicator {
                            running: Audit.verifying
                            visible: running
                            width: Theme.iconLarge
                            height: Theme.iconLarge
                            anchors.left: parent.left
                            anchors.leftMargin: Theme.spacingL
                            anchors.verticalCenter: parent.verticalCenter
                        }
                    }

                    // The result: green when the hash chain holds, red naming the first broken row.
                    Rectangle {
                        id: resultCard
                        objectName: "auditResult"
                        readonly property bool intact: Audit.lastIntact
                        readonly property color tone: intact ? Theme.success : Theme.danger
                        visible: Audit.hasResult
                        Layout.fillWidth: true
                        implicitHeight: resultRow.implicitHeight + 2 * Theme.spacingM
                        radius: Theme.radius
                        color: intact ? Theme.surface : Theme.errorSurface
                        border.width: Theme.highContrast ? 4 : 3
                        border.color: intact ? Theme.success : Theme.errorBorder
                        RowLayout {
                            id: resultRow
                            anchors.fill: parent
                            anchors.margins: Theme.spacingM
                            spacing: Theme.spacingM
                            Icon {
                                name: resultCard.intact ? "check" : "warning"
                                size: Theme.iconLarge
                                Layout.alignment: Qt.AlignTop
                            }
                            ColumnLayout {
                                spacing: Theme.spacingXs
                                Layout.fillWidth: true
                                UiText {
                                    objectName: "auditResultTitle"
                                    text: resultCard.intact
                                          ? qsTr("审计记录完整（%n 条）", "", Audit.lastRows)
                                          : qsTr("审计记录不完整：第 %1 条起被改动").arg(Audit.lastBrokenSeq)
                                    color: resultCard.intact ? Theme.success : "#FFFFFF"
                                    font.pixelSize: Theme.fontLabel
                                    font.weight: Theme.fontWeightStrong
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                                UiText {
                                    objectName: "auditResultMessage"
                                    text: Audit.lastMessage
                                    color: resultCard.intact ? Theme.textSecondary : "#FFFFFF"
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                                UiText {
                                    text: resultCard.intact
                                          ? qsTr("校验时间 %1").arg(Audit.lastCheckedText)
                                          : qsTr("校验时间 %1 · 请立即报告管理员，保留本设备，不要删除数据").arg(Audit.lastCheckedText)
                                    color: resultCard.intact ? Theme.textSecondary : "#FFFFFF"
                                    font.pixelSize: Theme.fontCaption
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }

                    UiText {
                        text: qsTr("最近记录")
                        font.pixelSize: Theme.fontLabel
                        font.weight: Theme.fontWeightStrong
                        Layout.topMargin: Theme.spacingS
                    }
                    Repeater {
                        id: recentRepeater
                        objectName: "auditRecent"
                        model: Audit.recent
                        delegate: Rectangle {
                            id: auditRow
                            required property var modelData
                            readonly property bool broken: Audit.hasResult && !Audit.lastIntact
                                                           && modelData.seq === Audit.lastBrokenSeq
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touchMin, auditContent.implicitHeight + 2 * Theme.spacingS)
                            radius: Theme.radiusSmall
                            color: broken ? Theme.errorSurface : Theme.surface
                            border.width: Theme.borderWidth
                            border.color: broken ? Theme.errorBorder : Theme.border
                            RowLayout {
                                id: auditContent
                                anchors.fill: parent
                                anchors.leftMargin: Theme.spacingM
                                anchors.rightMargin: Theme.spacingM
                                spacing: Theme.spacingM
                                UiText {
                                    text: "#" + auditRow.modelData.seq
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.fontCaption
                                    font.weight: Theme.fontWeightStrong
                                    Layout.preferredWidth: 80
                                }
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    RowLayout {
                                        spacing: Theme.spacingS
                                        UiText {
                                            text: auditRow.modelData.actionLabel
                                            font.weight: Theme.fontWeightStrong
                                        }
                                        UiText {
                                            text: auditRow.modelData.objectText
                                            color: Theme.textSecondary
                                            font.pixelSize: Theme.fontCaption
                                            elide: Text.ElideRight
                                            Layout.fillWidth: true
                                        }
                                    }
                                    UiText {
                                        text: auditRow.modelData.atText + "  " + auditRow.modelData.officerNo
                                        color: Theme.textSecondary
                                        font.pixelSize: Theme.fontCaption
                                    }
                                }
                            }
                        }
                    }
                }

                // --- 设备 ---------------------------------------------------------------------
                SectionTitle { text: qsTr("设备"); iconName: "device" }
                Card {
                    InfoRow { label: qsTr("设备编号"); value: Duty.deviceId }
                    InfoRow { label: qsTr("所属单位"); value: Duty.agency }
                    InfoRow {
                        label: qsTr("定位")
                        value: Duty.hasFix && Duty.positionText.length > 0 ? Duty.positionText : qsTr("无定位")
                    }
                    InfoRow {
                        label: qsTr("运行模式")
                        value: Duty.simulated ? qsTr("模拟设备（演示与测试）") : qsTr("正式设备")
                    }
                }

                // --- 账号 ---------------------------------------------------------------------
                SectionTitle { text: qsTr("账号"); iconName: "officer" }
                Card {
                    InfoRow { objectName: "accountOfficer"; label: qsTr("执法人员"); value: Session.officerName + "  " + Session.officerNo }
                    InfoRow { label: qsTr("角色"); value: Session.roleText }
                    InfoRow {
                        label: qsTr("所属单位")
                        value: Session.squad.length > 0 ? Session.agency + " " + Session.squad : Session.agency
                    }
                    InfoRow {
                        label: qsTr("自动锁屏")
                        value: qsTr("无操作 %1 秒后").arg(Session.idleLockSeconds)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    spacing: Theme.spacingM
                    BigButton {
                        objectName: "lockButton"
                        iconName: "lock"
                        text: qsTr("锁定屏幕")
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        onClicked: Session.lock()
                    }
                    BigButton {
                        objectName: "signOutButton"
                        iconName: "officer"
                        text: signOutArmed.running ? qsTr("再按一次确认") : qsTr("交班退出")
                        tone: signOutArmed.running ? Theme.danger : Theme.surfaceRaised
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        // Ending the shift takes two presses, so a brushed glove does not sign out.
                        onClicked: {
                            if (signOutArmed.running) {
                                signOutArmed.stop();
                                Session.signOut();
                            } else {
                                signOutArmed.start();
                            }
                        }
                        Timer { id: signOutArmed; interval: 4000 }
                    }
                }
                Item { implicitHeight: Theme.spacingL }
            }
        }
    }
}
