// CaseStepper: the whole path of a case as a vertical list of steps — done (green tick, with
// when and by whom), current (accent ring) and pending (grey) — so the officer sees where the
// case stands and what comes next.
import QtQuick
import QtQuick.Layouts
import Fieldterm

Column {
    id: root

    // [{key, label, done, current, atText, officerNo}] as Cases.detail.steps lists them.
    property var steps: []

    function rowAt(index) { return repeater.itemAt(index); }

    spacing: 0

    Repeater {
        id: repeater
        model: root.steps

        delegate: Item {
            id: stepRow
            required property var modelData
            required property int index
            readonly property bool done: modelData.done
            readonly property bool current: modelData.current
            readonly property string stepKey: modelData.key
            readonly property int dot: 40

            width: root.width
            implicitHeight: Math.max(Theme.touchMin + Theme.spacingS, texts.implicitHeight + Theme.spacingM)

            // The line to the next step: green once this step is behind the case.
            Rectangle {
                x: stepRow.dot / 2 - width / 2
                y: stepRow.dot
                width: 4
                height: stepRow.height - stepRow.dot
                visible: stepRow.index < repeater.count - 1
                color: stepRow.done ? Theme.success : Theme.border
            }

            Rectangle {
                id: marker
                width: stepRow.dot
                height: stepRow.dot
                radius: width / 2
                color: stepRow.done ? Theme.success : Theme.surface
                border.width: stepRow.current ? 5 : stepRow.done ? 0 : 3
                border.color: stepRow.current ? Theme.accent : Theme.textDisabled
                Icon {
                    anchors.centerIn: parent
                    name: "check"
                    size: Theme.iconSmall
                    visible: stepRow.done
                }
                Rectangle {
                    anchors.centerIn: parent
                    width: 14
                    height: 14
                    radius: 7
                    color: Theme.accent
                    visible: stepRow.current
                }
            }

            ColumnLayout {
                id: texts
                anchors.left: marker.right
                anchors.leftMargin: Theme.spacingM
                anchors.right: parent.right
                anchors.top: parent.top
                spacing: 0
                RowLayout {
                    spacing: Theme.spacingS
                    Layout.fillWidth: true
                    Layout.minimumHeight: stepRow.dot
                    UiText {
                        text: stepRow.modelData.label
                        font.pixelSize: Theme.fontLabel
                        font.weight: stepRow.current || stepRow.done ? Theme.fontWeightStrong
                                                                     : Theme.fontWeightBody
                        color: stepRow.done || stepRow.current ? Theme.textPrimary : Theme.textSecondary
                    }
                    Badge {
                        text: qsTr("当前环节")
                        visible: stepRow.current
                        color: Theme.accent
                        textColor: Theme.textOnAccent
                        border.width: 0
                    }
                    Item { Layout.fillWidth: true }
                }
                UiText {
                    text: qsTr("%1 · 执法证号 %2").arg(stepRow.modelData.atText).arg(stepRow.modelData.officerNo)
                    visible: (stepRow.done || stepRow.current) && stepRow.modelData.atText.length > 0
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }
    }
}
