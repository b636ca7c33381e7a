// PowerItemPicker: choose the power item (权力事项) a case exercises. A search field asks the
// page for matches (searchRequested → the page sets `results`), matches are glove-sized rows
// (code, name, category); once picked the item shows its legal basis and discretion standard,
// with 重新选择 to search again. Holds no catalogue of its own.
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Fieldterm

ColumnLayout {
    id: root

    // [{code, name, category, legalBasis, discretion}] for the current query.
    property var results: []
    // The picked item (one of `results`), or null.
    property var selected: null
    property bool hasError: false
    // Rows shown at once; more matches ask for a narrower query instead of a long scroll.
    property int maxRows: 6

    signal searchRequested(string query)
    signal picked(var item)
    signal cleared()

    function pick(item) {
        selected = item;
        picked(item);
    }
    function clear() {
        selected = null;
        searchField.text = "";
        cleared();
        searchRequested("");
    }
    function resultAt(index) { return repeater.itemAt(index); }

    spacing: Theme.spacingS

    // --- the picked item -------------------------------------------------------------------------
    Rectangle {
        objectName: "selectedItem"
        visible: root.selected !== null
        Layout.fillWidth: true
        implicitHeight: chosen.implicitHeight + 2 * Theme.spacingM
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.width: Math.max(2, Theme.borderWidth)
        border.color: Theme.accent

        ColumnLayout {
            id: chosen
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingXs
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                UiText {
                    text: root.selected ? root.selected.code : ""
                    color: Theme.textSecondary
                    Layout.fillWidth: true
                }
                BigButton {
                    objectName: "changeButton"
                    text: qsTr("重新选择")
                    onClicked: root.clear()
                }
            }
            UiText {
                text: root.selected ? root.selected.name : ""
                font.pixelSize: Theme.fontLabel
                font.weight: Theme.fontWeightStrong
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            UiText {
                text: qsTr("法律依据：%1").arg(root.selected ? root.selected.legalBasis : "")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            UiText {
                text: qsTr("裁量基准：%1").arg(root.selected ? root.selected.discretion : "")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // --- searching ---------------------------------------------------------------------------------
    UiTextField {
        id: searchField
        objectName: "powerSearchField"
        visible: root.selected === null
        hasError: root.hasError
        placeholderText: qsTr("搜索权力事项：名称、编码或类别")
        Layout.fillWidth: true
        onTextChanged: root.searchRequested(text)
    }

    Repeater {
        id: repeater
        model: root.selected === null ? root.results.slice(0, root.maxRows) : []

        delegate: T.AbstractButton {
            id: row
            required property var modelData
            readonly property string code: modelData.code

            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchPrimary, implicitContentHeight + topPadding + bottomPadding)
            padding: Theme.spacingM
            focusPolicy: Qt.NoFocus
            Accessible.name: modelData.name
            onClicked: root.pick(modelData)

            background: Rectangle {
                radius: Theme.radius
                color: row.down ? Theme.surfacePressed : Theme.surfaceRaised
                border.width: Theme.borderWidth
                border.color: Theme.border
            }
            contentItem: ColumnLayout {
                spacing: Theme.spacingXs
                RowLayout {
                    spacing: Theme.spacingS
                    Layout.fillWidth: true
                    UiText {
                        text: row.modelData.code
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontCaption
                        Layout.fillWidth: true
                    }
                    Badge { text: row.modelData.category }
                }
                UiText {
                    text: row.modelData.name
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    UiText {
        objectName: "resultHint"
        visible: root.selected === null && (root.results.length === 0 || root.results.length > root.maxRows)
        text: root.results.length === 0 ? qsTr("没有匹配的权力事项，请换个关键字")
                                        : qsTr("共 %1 项，只显示前 %2 项：请输入关键字缩小范围")
                                              .arg(root.results.length).arg(root.maxRows)
        color: Theme.textSecondary
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
