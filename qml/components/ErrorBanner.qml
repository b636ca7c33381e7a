// ErrorBanner: an error the user can act on (the message says what to do), with a glove-sized
// dismiss button. Hides on dismiss until a different message arrives.
import QtQuick
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: root

    property string message
    signal dismissed()

    property bool _dismissed: false
    onMessageChanged: _dismissed = false
    readonly property bool shown: message.length > 0 && !_dismissed

    function dismiss() {
        _dismissed = true;
        dismissed();
    }

    visible: shown
    implicitHeight: shown ? Math.max(row.implicitHeight + 2 * Theme.spacingM, Theme.touchPrimary) : 0
    radius: Theme.radius
    color: Theme.errorSurface
    border.width: Theme.highContrast ? 4 : 0
    border.color: Theme.errorBorder

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM
        Icon { name: "warning"; size: Theme.iconMedium; Layout.alignment: Qt.AlignVCenter }
        UiText {
            text: root.message
            color: "#FFFFFF"
            wrapMode: Text.Wrap
            font.weight: Theme.fontWeightStrong
            maximumLineCount: 4
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        BigButton {
            id: dismissButton
            text: qsTr("知道了")
            tone: Theme.highContrast ? "#000000" : "#7A130F"
            Layout.alignment: Qt.AlignVCenter
            onClicked: root.dismiss()
        }
    }
}
