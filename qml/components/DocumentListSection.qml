// DocumentListSection: a case's documents (文书) — each with its title, number (or 草稿), status
// and version — and 新建文书, which lists the templates to start one from. Takes its data as
// properties (Documents.documentsFor, Documents.templates); the page opens and creates.
import QtQuick
import QtQuick.Layouts
import Fieldterm

Column {
    id: root

    // [{documentId, templateId, title, status, statusLabel, number, version, updatedText}]
    property var documents: []
    // [{id, title, version}]
    property var templates: []
    property bool canCreate: true
    property bool choosing: false

    signal openRequested(string documentId)
    signal createRequested(string templateId)

    spacing: Theme.spacingS

    UiText {
        objectName: "noDocumentsText"
        width: root.width
        visible: root.documents.length === 0
        text: qsTr("还没有文书")
        color: Theme.textSecondary
    }

    Repeater {
        objectName: "documentRows"
        model: root.documents
        delegate: Rectangle {
            id: doc
            required property var modelData
            readonly property bool locked: modelData.status === "locked"
            objectName: "document_" + modelData.documentId
            width: root.width
            implicitHeight: Math.max(Theme.touchPrimary, docTexts.height + 2 * Theme.spacingS)
            radius: Theme.radius
            color: area.pressed ? Theme.surfacePressed : Theme.surfaceRaised
            border.width: Theme.borderWidth
            border.color: Theme.border
            Accessible.role: Accessible.Button
            Accessible.name: modelData.title

            Icon {
                id: docIcon
                x: Theme.spacingM
                anchors.verticalCenter: parent.verticalCenter
                name: doc.locked ? "lock" : "case"
                size: Theme.iconMedium
            }
            Column {
                id: docTexts
                x: docIcon.x + docIcon.width + Theme.spacingM
                width: doc.width - x - statusBadge.width - 2 * Theme.spacingM
                anchors.verticalCenter: parent.verticalCenter
                UiText {
                    width: parent.width
                    text: doc.modelData.title
                    font.pixelSize: Theme.fontLabel
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                }
                UiText {
                    objectName: "documentNumber"
                    width: parent.width
                    text: doc.modelData.number.length > 0 ? doc.modelData.number : qsTr("草稿")
                    color: doc.modelData.number.length > 0 ? Theme.textPrimary : Theme.warning
                    wrapMode: Text.Wrap
                }
                UiText {
                    width: parent.width
                    text: qsTr("第 %1 版 · %2").arg(doc.modelData.version).arg(doc.modelData.updatedText)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    wrapMode: Text.Wrap
                }
            }
            Badge {
                id: statusBadge
                objectName: "documentStatus"
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingM
                anchors.verticalCenter: parent.verticalCenter
                text: doc.modelData.statusLabel
                fontSize: Theme.fontBody
                color: doc.locked ? Theme.success : Theme.warning
                textColor: "#000000"
            }
            MouseArea {
                id: area
                anchors.fill: parent
                onClicked: root.openRequested(doc.modelData.documentId)
            }
        }
    }

    BigButton {
        objectName: "newDocumentButton"
        width: root.width
        visible: root.canCreate
        iconName: "add"
        stacked: false
        text: root.choosing ? qsTr("收起") : qsTr("新建文书")
        checked: root.choosing
        onClicked: root.choosing = !root.choosing
    }

    Repeater {
        objectName: "templateRows"
        model: root.choosing && root.canCreate ? root.templates : []
        delegate: BigButton {
            required property var modelData
            objectName: "template_" + modelData.id
            width: root.width
            stacked: false
            text: modelData.title
            onClicked: {
                // Closing the list destroys this button: the last thing it does.
                const section = root;
                section.createRequested(modelData.id);
                section.choosing = false;
            }
        }
    }
}
