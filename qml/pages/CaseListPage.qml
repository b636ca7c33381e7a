// CaseListPage: find a case — search by party, case number or id number, filter by status and
// creation date (all done by the Cases facade), tap a case to open its detail, or start a new
// one. objectNames exist only so tests/qml can find the parts.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    // Main's page stack (null when the page is shown on its own, as in tests).
    readonly property var stack: StackView.view
    readonly property var dateOptions: [
        { key: "today", label: qsTr("今天") }, { key: "7d", label: qsTr("7天") },
        { key: "30d", label: qsTr("30天") }, { key: "", label: qsTr("全部") }
    ]
    readonly property var statusChips: [{ key: "", label: qsTr("全部") }].concat(Cases.statusOptions)

    function openCase(caseId) {
        Cases.openCase(caseId);
        if (page.stack)
            page.stack.push(Qt.resolvedUrl("CaseDetailPage.qml"));
    }
    function createCase() {
        if (page.stack)
            page.stack.push(Qt.resolvedUrl("CaseCreatePage.qml"));
    }

    color: Theme.background
    Component.onCompleted: searchField.text = Cases.searchText

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        PageHeader {
            objectName: "header"
            title: qsTr("案件")
            Layout.fillWidth: true
            onBackClicked: if (page.stack) page.stack.pop()
        }

        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            UiTextField {
                id: searchField
                objectName: "searchField"
                placeholderText: qsTr("搜索当事人 / 案件编号 / 证件号")
                inputMethodHints: Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                onTextChanged: Cases.searchText = text
            }
            BigButton {
                objectName: "clearSearchButton"
                iconName: "close"
                visible: searchField.text.length > 0
                Accessible.name: qsTr("清除搜索")
                onClicked: searchField.text = ""
            }
        }

        // Status chips scroll sideways: eight of them do not fit a glove-sized row.
        ListView {
            id: statusList
            objectName: "statusChips"
            orientation: ListView.Horizontal
            spacing: Theme.spacingS
            clip: true
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Layout.preferredHeight: Theme.touchMin
            model: page.statusChips
            delegate: BigButton {
                required property var modelData
                readonly property string chipKey: modelData.key
                objectName: "statusChip_" + (chipKey.length > 0 ? chipKey : "all")
                text: modelData.label
                checked: Cases.statusFilter === chipKey
                onClicked: Cases.statusFilter = chipKey
            }
        }

        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Repeater {
                model: page.dateOptions
                delegate: BigButton {
                    required property var modelData
                    readonly property string chipKey: modelData.key
                    objectName: "dateChip_" + (chipKey.length > 0 ? chipKey : "all")
                    text: modelData.label
                    checked: Cases.dateFilter === chipKey
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: Cases.dateFilter = chipKey
                }
            }
        }

        UiText {
            objectName: "countText"
            text: qsTr("共 %1 件").arg(Cases.totalCount)
            color: Theme.textSecondary
            Layout.leftMargin: Theme.spacingM
        }

        ListView {
            id: caseList
            objectName: "caseList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            clip: true
            spacing: Theme.spacingS
            model: Cases.model
            delegate: CaseListItem {
                width: caseList.width
                onClicked: page.openCase(caseId)
            }

            UiText {
                objectName: "emptyText"
                anchors.centerIn: parent
                visible: caseList.count === 0
                text: qsTr("没有符合条件的案件")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
            }
        }

        BigButton {
            objectName: "newCaseButton"
            primary: true
            stacked: false
            iconName: "add"
            text: qsTr("新建案件")
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            Layout.bottomMargin: Theme.spacingM
            onClicked: page.createCase()
        }
    }
}
