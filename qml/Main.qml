// Main: the terminal's window — portrait 720×1280, Chinese first — holding the page stack.
// The app loads it as qrc:/Fieldterm/Main.qml.
import QtQuick
import QtQuick.Controls.Basic
import Fieldterm
import Fieldterm.Core

ApplicationWindow {
    id: window

    width: 720
    height: 1280
    visible: true
    title: qsTr("执法终端")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    // The outdoor variant is a persisted device setting; the theme just follows it.
    Binding {
        target: Theme
        property: "highContrast"
        value: AppSettings.highContrast
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
    }

    // The first page is pushed only once the window is complete, i.e. after the Binding above
    // has set the theme: a theme switch while the page is still being built leaves Qt Quick
    // Layouts with stale text widths (seen with Qt 6.4: overlapping status-bar items).
    Component.onCompleted: stack.push(homePage)

    Component {
        id: homePage
        HomePage {}
    }
}
