// CaseListItem: one case in the case list — party, case number and type, status, masked id,
// address, created time, a 预警 / 报警 chip with its text, and "当前" for the active case.
// Delegate of Cases.model; the role names it shows are its required properties.
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Fieldterm

T.AbstractButton {
    id: control

    required property string caseId
    required property string caseNo
    required property string typeLabel
    required property string status
    required property string statusLabel
    required property string partyName
    required property string partyIdMasked
    required property string address
    required property string createdText
    required property int warningLevel      // 0 none, 1 预警, 2 报警
    required property string warningText
    required property bool active

    readonly property color warningColor: warningLevel === 2 ? Theme.danger : Theme.warning

    implicitWidth: 688
    implicitHeight: Math.max(Theme.touchPrimary, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacingM
    focusPolicy: Qt.NoFocus
    Accessible.name: qsTr("%1，%2，%3").arg(partyName).arg(caseNo).arg(statusLabel)

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfacePressed : Theme.surfaceRaised
        border.width: control.active || control.warningLevel > 0 ? Math.max(2, Theme.borderWidth)
                                                                  : Theme.borderWidth
        border.color: control.warningLevel > 0 ? control.warningColor
                    : control.active ? Theme.accent
                    : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs

        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            UiText {
                text: control.partyName
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Badge {
                objectName: "activeBadge"
                text: qsTr("当前")
                visible: control.active
                color: Theme.accent
                textColor: Theme.textOnAccent
                border.width: 0
            }
            Badge {
                objectName: "statusBadge"
                text: control.statusLabel
                color: "transparent"
                textColor: control.status === "closed" ? Theme.textSecondary : Theme.accent
                border.width: Math.max(2, Theme.borderWidth)
            }
        }

        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            UiText {
                text: control.caseNo
                font.pixelSize: Theme.fontLabel
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            UiText {
                text: control.typeLabel
                color: Theme.textSecondary
            }
        }

        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            UiText {
                text: control.partyIdMasked
                color: Theme.textSecondary
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Icon { name: "clock"; size: Theme.iconSmall - 4 }
            UiText {
                text: control.createdText
                color: Theme.textSecondary
            }
        }

        UiText {
            text: control.address
            color: Theme.textSecondary
            elide: Text.ElideRight
            visible: text.length > 0
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Theme.spacingS
            visible: control.warningLevel > 0
            Layout.fillWidth: true
            Badge {
                objectName: "warningBadge"
                iconName: "clock"
                text: control.warningLevel === 2 ? qsTr("报警") : qsTr("预警")
                color: control.warningColor
                textColor: control.warningLevel === 2 ? "#FFFFFF" : Theme.textOnWarning
                border.width: 0
            }
            UiText {
                text: control.warningText
                color: control.warningColor
                font.weight: Theme.fontWeightStrong
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
}
