// SyncPage: uploads to the supervision platform — where they go (or how to enrol), how many the
// platform has confirmed, the last error in plain words, 立即重试, and every item being sent with
// its progress. All state comes from the Sync facade; this page only shows it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    function goBack() {
        if (page.StackView.view)
            page.StackView.view.pop();
    }

    color: Theme.background

    // One "label  value" line of the summary; wrapped values stack in a Column (see README).
    component InfoLine: Column {
        property alias label: labelText.text
        property alias value: valueText.text
        property alias valueColor: valueText.color
        visible: valueText.text.length > 0
        width: parent ? parent.width : 0
        UiText { id: labelText; color: Theme.textSecondary; font.pixelSize: Theme.fontCaption }
        UiText {
            id: valueText
            width: parent.width
            wrapMode: Text.WrapAnywhere
            font.weight: Theme.fontWeightStrong
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PageHeader {
            objectName: "header"
            title: qsTr("数据同步")
            Layout.fillWidth: true
            onBackClicked: page.goBack()
        }

        Flickable {
            id: flick
            objectName: "syncFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.height + 2 * Theme.spacingM
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: body
                x: Theme.spacingM
                y: Theme.spacingM
                width: flick.width - 2 * Theme.spacingM
                spacing: Theme.spacingM

                // --- summary ----------------------------------------------------------------
                Rectangle {
                    id: summary
                    objectName: "syncSummary"
                    width: parent.width
                    height: summaryColumn.height + 2 * Theme.spacingM
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Sync.enrolled ? Theme.border : Theme.warning

                    Column {
                        id: summaryColumn
                        x: Theme.spacingM
                        y: Theme.spacingM
                        width: parent.width - 2 * Theme.spacingM
                        spacing: Theme.spacingS

                        InfoLine {
                            objectName: "serverLine"
                            label: qsTr("平台地址")
                            value: Sync.enrolled ? Sync.server : ""
                        }
                        // Not enrolled: nothing leaves the device until an administrator enrols it.
                        Column {
                            objectName: "notEnrolled"
                            visible: !Sync.enrolled
                            width: parent.width
                            spacing: Theme.spacingXs
                            Row {
                                spacing: Theme.spacingS
                                Icon { name: "warning"; size: Theme.iconSmall; anchors.verticalCenter: parent.verticalCenter }
                                UiText {
                                    objectName: "notEnrolledText"
                                    text: qsTr("未登记到监督平台")
                                    color: Theme.warning
                                    font.pixelSize: Theme.fontLabel
                                    font.weight: Theme.fontWeightStrong
                                    anchors.verticalCenter: parent.verticalCenter
                                }
                            }
                            UiText {
                                objectName: "enrollHint"
                                width: parent.width
                                text: qsTr("请管理员用注册码登记：")
                                color: Theme.textSecondary
                                wrapMode: Text.Wrap
                            }
                            // The command on a line of its own, so it does not break mid-option.
                            Rectangle {
                                width: parent.width
                                height: enrollCommand.height + 2 * Theme.spacingS
                                radius: Theme.radiusSmall
                                color: Theme.surfaceRaised
                                border.width: Theme.highContrast ? 2 : 0
                                border.color: Theme.border
                                UiText {
                                    id: enrollCommand
                                    objectName: "enrollCommand"
                                    x: Theme.spacingS
                                    y: Theme.spacingS
                                    width: parent.width - 2 * Theme.spacingS
                                    text: qsTr("fieldterm-cli enroll --server 地址 --code 注册码")
                                    font.weight: Theme.fontWeightStrong
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                        // Counts mean little before enrolment unless something is waiting.
                        readonly property bool countsShown: Sync.enrolled || Sync.itemCount > 0
                        InfoLine {
                            objectName: "receiptedLine"
                            label: qsTr("平台已确认")
                            value: qsTr("%1 / %2 项").arg(Sync.receiptedCount).arg(Sync.itemCount)
                            valueColor: Sync.itemCount > 0 && Sync.receiptedCount === Sync.itemCount
                                        ? Theme.success : Theme.textPrimary
                            visible: summaryColumn.countsShown
                        }
                        UiText {
                            objectName: "remainingText"
                            width: parent.width
                            text: Sync.remainingText
                            visible: summaryColumn.countsShown && text.length > 0
                            wrapMode: Text.Wrap
                        }
                        UiText {
                            objectName: "lastSyncText"
                            width: parent.width
                            text: Sync.lastSyncText
                            visible: text.length > 0
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontCaption
                        }
                        UiText {
                            objectName: "clockText"
                            width: parent.width
                            // The device clock against the platform's, measured at each pass.
                            text: Clock.warning.length > 0 ? Clock.warning : qsTr("设备时钟：%1").arg(Clock.offsetText)
                            color: Clock.warning.length > 0 ? Theme.warning : Theme.textSecondary
                            font.pixelSize: Theme.fontCaption
                            wrapMode: Text.Wrap
                        }
                    }
                }

                // --- the last error, in plain words from C++ ----------------------------------
                Rectangle {
                    id: errorBox
                    objectName: "syncError"
                    visible: Sync.lastError.length > 0
                    width: parent.width
                    height: visible ? Math.max(errorRow.height + 2 * Theme.spacingM, Theme.touchPrimary) : 0
                    radius: Theme.radius
                    color: Theme.errorSurface
                    border.width: Theme.highContrast ? 4 : 0
                    border.color: Theme.errorBorder
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: Sync.lastError

                    Row {
                        id: errorRow
                        x: Theme.spacingM
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - 2 * Theme.spacingM
                        spacing: Theme.spacingM
                        Icon {
                            id: errorIcon
                            name: "warning"
                            size: Theme.iconMedium
                        }
                        Column {
                            width: parent.width - errorIcon.width - parent.spacing
                            spacing: Theme.spacingXs
                            UiText {
                                text: qsTr("同步失败")
                                color: "#FFFFFF"
                                font.pixelSize: Theme.fontLabel
                                font.weight: Theme.fontWeightStrong
                            }
                            UiText {
                                objectName: "syncErrorText"
                                width: parent.width
                                text: Sync.lastError
                                color: "#FFFFFF"
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }

                // --- retry --------------------------------------------------------------------
                BigButton {
                    id: retryButton
                    objectName: "retryButton"
                    width: parent.width
                    primary: true
                    stacked: false
                    iconName: Sync.syncing ? "" : "sync"
                    text: Sync.syncing ? qsTr("正在同步…") : qsTr("立即重试")
                    enabled: !Sync.syncing
                    onClicked: Sync.retryNow()
                    BusyIndicator {
                        objectName: "syncBusy"
                        running: Sync.syncing
                        visible: running
                        width: Theme.iconLarge
                        height: Theme.iconLarge
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.spacingL
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }

                // --- policy -------------------------------------------------------------------
                Rectangle {
                    objectName: "syncPolicy"
                    width: parent.width
                    height: policyRow.implicitHeight + 2 * Theme.spacingM
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                    RowLayout {
                        id: policyRow
                        x: Theme.spacingM
                        y: Theme.spacingM
                        width: parent.width - 2 * Theme.spacingM
                        spacing: Theme.spacingM
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            UiText {
                                text: qsTr("用移动网络上传录像")
                                font.pixelSize: Theme.fontLabel
                                font.weight: Theme.fontWeightStrong
                            }
                            UiText {
                                objectName: "policyHint"
                                text: Sync.canChangePolicy ? qsTr("关闭时录像只在 Wi-Fi 或有线网络下上传；清单、文书和照片不受限制")
                                                           : qsTr("仅管理员可以修改")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontCaption
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        BigButton {
                            objectName: "videoOnCellularSwitch"
                            text: Sync.videoOnCellular ? qsTr("已允许") : qsTr("不允许")
                            checked: Sync.videoOnCellular
                            enabled: Sync.canChangePolicy
                            Layout.preferredWidth: 160
                            onClicked: Sync.setVideoOnCellular(!Sync.videoOnCellular)
                        }
                    }
                }

                // --- items --------------------------------------------------------------------
                Row {
                    spacing: Theme.spacingS
                    topPadding: Theme.spacingS
                    UiText {
                        text: qsTr("同步项目")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Theme.fontWeightStrong
                    }
                    UiText {
                        text: qsTr("%n 项", "", itemRepeater.count)
                        color: Theme.textSecondary
                        anchors.bottom: parent.bottom
                    }
                }
                UiText {
                    objectName: "noItemsText"
                    visible: itemRepeater.count === 0
                    width: parent.width
                    text: qsTr("没有正在同步的数据")
                    color: Theme.textSecondary
                    horizontalAlignment: Text.AlignHCenter
                    topPadding: Theme.spacingL
                    bottomPadding: Theme.spacingL
                }
                Repeater {
                    id: itemRepeater
                    objectName: "syncItems"
                    model: Sync.items
                    delegate: Rectangle {
                        id: itemRow
                        objectName: "syncItem"
                        required property string kind
                        required property string kindLabel
                        required property string name
                        required property string sizeText
                        required property real progress
                        required property string status
                        required property string statusLabel
                        required property string error
                        readonly property bool failed: status === "failed" || error.length > 0
                        readonly property color tone: status === "failed" ? Theme.danger
                                                    : status === "receipted" ? Theme.success
                                                    : status === "sending" ? Theme.accent
                                                    : Theme.textSecondary

                        width: body.width
                        height: itemColumn.height + 2 * Theme.spacingM
                        radius: Theme.radiusSmall
                        color: Theme.surface
                        border.width: failed ? Theme.borderWidth + 1 : Theme.borderWidth
                        border.color: failed ? Theme.errorBorder : Theme.border

                        Column {
                            id: itemColumn
                            x: Theme.spacingM
                            y: Theme.spacingM
                            width: parent.width - 2 * Theme.spacingM
                            spacing: Theme.spacingS

                            RowLayout {
                                width: parent.width
                                spacing: Theme.spacingS
                                Icon {
                                    name: itemRow.kind === "photo" ? "camera"
                                        : itemRow.kind === "audio" ? "mic"
                                        : itemRow.kind === "document" || itemRow.kind === "manifest" ? "case"
                                        : "video"
                                    size: Theme.iconSmall
                                }
                                UiText {
                                    text: itemRow.kindLabel
                                    font.weight: Theme.fontWeightStrong
                                    Layout.minimumWidth: implicitWidth
                                }
                                UiText {
                                    objectName: "itemName"
                                    text: itemRow.name
                                    color: Theme.textSecondary
                                    elide: Text.ElideMiddle
                                    Layout.fillWidth: true
                                }
                                UiText {
                                    objectName: "itemStatus"
                                    text: itemRow.statusLabel
                                    color: itemRow.tone
                                    font.weight: Theme.fontWeightStrong
                                    Layout.minimumWidth: implicitWidth
                                }
                            }
                            ProgressBar {
                                id: bar
                                objectName: "itemProgress"
                                width: parent.width
                                height: 14
                                from: 0
                                to: 1
                                value: itemRow.progress
                                background: Rectangle {
                                    implicitHeight: 14
                                    radius: 7
                                    color: Theme.surfaceRaised
                                    border.width: Theme.highContrast ? 2 : 0
                                    border.color: Theme.border
                                }
                                contentItem: Item {
                                    implicitHeight: 14
                                    Rectangle {
                                        width: bar.visualPosition * parent.width
                                        height: parent.height
                                        radius: 7
                                        color: itemRow.status === "failed" ? Theme.danger
                                             : itemRow.status === "receipted" ? Theme.success : Theme.accent
                                    }
                                }
                            }
                            RowLayout {
                                width: parent.width
                                spacing: Theme.spacingS
                                UiText {
                                    objectName: "itemSize"
                                    text: itemRow.sizeText
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.fontCaption
                                    Layout.fillWidth: true
                                }
                                UiText {
                                    text: Math.round(itemRow.progress * 100) + "%"
                                    color: Theme.textSecondary
                                    font.pixelSize: Theme.fontCaption
                                }
                            }
                            UiText {
                                objectName: "itemError"
                                visible: itemRow.error.length > 0
                                width: parent.width
                                text: itemRow.error
                                color: Theme.danger
                                font.pixelSize: Theme.fontCaption
                                font.weight: Theme.fontWeightStrong
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
