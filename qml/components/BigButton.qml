// BigButton: the glove-sized button of the design system: icon + label, optional key hint
// (e.g. "F2") and count badge. Never smaller than Theme.touchMin; Theme.touchPrimary when
// primary. `checked` (non-checkable) shows an on/off setting without the button owning it.
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Fieldterm

T.Button {
    id: control

    property string iconName
    property bool primary: false
    property string hint          // keyboard shortcut shown in the corner
    property string badgeText     // e.g. a count; hidden when empty
    property color tone: Theme.surfaceRaised
    property color textColor: Theme.textPrimary
    // Icon above label (large buttons) or beside it (rows of small buttons).
    property bool stacked: primary
    readonly property int minimumSize: primary ? Theme.touchPrimary : Theme.touchMin

    implicitWidth: Math.max(minimumSize, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(minimumSize, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    // Side-by-side content can reach the corner, so leave room for the key hint there.
    rightPadding: Theme.spacingM + (hint.length > 0 && !stacked ? hintLabel.implicitWidth + Theme.spacingS : 0)
    focusPolicy: Qt.NoFocus
    font.family: Theme.fontFamily
    font.pixelSize: primary ? Theme.fontLabel : Theme.fontBody
    font.weight: Theme.fontWeightStrong

    Accessible.name: text

    contentItem: Item {
        implicitWidth: grid.implicitWidth
        implicitHeight: grid.implicitHeight
        GridLayout {
            id: grid
            anchors.centerIn: parent
            columns: control.stacked ? 1 : 2
            rowSpacing: Theme.spacingXs
            columnSpacing: Theme.spacingS
            Icon {
                name: control.iconName
                size: control.primary ? Theme.iconLarge : Theme.iconSmall
                visible: control.iconName.length > 0
                opacity: control.enabled ? 1 : 0.35
                Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            }
            UiText {
                text: control.text
                font: control.font
                color: control.enabled ? control.textColor : Theme.textDisabled
                visible: text.length > 0
                horizontalAlignment: Text.AlignHCenter
                Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            }
        }
    }

    background: Rectangle {
        implicitWidth: control.minimumSize
        implicitHeight: control.minimumSize
        radius: Theme.radius
        color: !control.enabled ? Theme.surface
             : control.down ? Theme.surfacePressed
             : control.tone
        border.width: control.checked || control.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: control.checked || control.visualFocus ? Theme.accent
                    : control.enabled ? Theme.border : Theme.surfaceRaised

        UiText {
            id: hintLabel
            text: control.hint
            visible: text.length > 0
            color: control.enabled ? Theme.textSecondary : Theme.textDisabled
            font.pixelSize: Theme.fontCaption - 2
            font.weight: Theme.fontWeightStrong
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.spacingS
        }
        Badge {
            text: control.badgeText
            visible: control.badgeText.length > 0
            color: Theme.accent
            textColor: Theme.textOnAccent
            border.width: 0
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.margins: Theme.spacingS
        }
    }
}
