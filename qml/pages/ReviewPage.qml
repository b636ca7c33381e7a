// ReviewPage: browse the recordings the signed-in officer may review (an inspector their own, a
// squad leader the squad's — decided by the Review facade) with filter chips for officer, date,
// case and marker type; tapping one opens it in PlayerPage. objectNames exist only so tests/qml
// can find the parts.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page
    objectName: "reviewPage"

    // Main's page stack (null when the page is shown on its own, as in tests).
    readonly property var stack: StackView.view
    // Emitted after Review.openRecording succeeded (Main pushes the player page).
    signal recordingOpened(string recordingId)

    function openRecording(recordingId) {
        if (!Review.openRecording(recordingId))
            return;
        page.recordingOpened(recordingId);
        if (page.stack)
            page.stack.push(Qt.resolvedUrl("PlayerPage.qml"));
    }

    color: Theme.background
    Component.onCompleted: Review.refresh()
    StackView.onActivated: Review.refresh()

    component ChipRow: ListView {
        id: chipRow
        property var options: []
        property string current
        property string prefix
        signal chosen(string key)
        orientation: ListView.Horizontal
        spacing: Theme.spacingS
        clip: true
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingM
        Layout.rightMargin: Theme.spacingM
        Layout.preferredHeight: Theme.touchMin
        model: options
        // An explicit Component: Qt 6.4 does not wrap a delegate inside an inline component.
        delegate: Component {
            BigButton {
                required property var modelData
                readonly property string chipKey: modelData.key
                objectName: chipRow.prefix + (chipKey.length > 0 ? chipKey : "all")
                text: modelData.label
                checked: chipRow.current === chipKey
                onClicked: chipRow.chosen(chipKey)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        PageHeader {
            objectName: "header"
            title: qsTr("录像回看")
            Layout.fillWidth: true
            onBackClicked: if (page.stack) page.stack.pop()
        }

        ErrorBanner {
            objectName: "errorBanner"
            message: Review.errorText.length > 0 ? Review.errorText : Review.listError
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            onDismissed: Review.dismissError()
        }

        ChipRow {
            objectName: "officerChips"
            prefix: "officerChip_"
            visible: Review.officerOptions.length > 2   // more than "all" and oneself
            options: Review.officerOptions
            current: Review.officerFilter
            onChosen: key => Review.officerFilter = key
        }
        ChipRow {
            objectName: "dateChips"
            prefix: "dateChip_"
            options: Review.dateOptions
            current: Review.dateFilter
            onChosen: key => Review.dateFilter = key
        }
        ChipRow {
            objectName: "caseChips"
            prefix: "caseChip_"
            options: Review.caseOptions
            current: Review.caseFilter
            onChosen: key => Review.caseFilter = key
        }
        ChipRow {
            objectName: "markerChips"
            prefix: "markerChip_"
            options: Review.markerOptions
            current: Review.markerFilter
            onChosen: key => Review.markerFilter = key
        }

        UiText {
            objectName: "countText"
            text: qsTr("共 %1 段录像").arg(Review.totalCount)
            color: Theme.textSecondary
            Layout.leftMargin: Theme.spacingM
        }

        ListView {
            id: recordingList
            objectName: "recordingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Layout.bottomMargin: Theme.spacingM
            clip: true
            spacing: Theme.spacingS
            model: Review.model
            delegate: ReviewRecordingItem {
                width: recordingList.width
                onThumbnailWanted: Review.revealThumbnail(recordingId)
                onClicked: page.openRecording(recordingId)
            }

            UiText {
                objectName: "emptyText"
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: Review.totalCount === 0
                text: Review.canBrowse ? qsTr("没有符合条件的录像") : qsTr("当前账号无权查看录像")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
            }
        }
    }
}
