// CaseCreatePage: open a case on site — type, party (person or organisation), id number,
// phone, address, the device position, the power item exercised, an optional inspection task
// and a short summary. Each field is checked as it is typed (Cases.validateField); 创建 hands
// everything to Cases.createCase, whose rules decide; its errors appear under their fields.
// On success the new case's detail replaces this page. objectNames are for tests/qml only.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    // Main's page stack (null when the page is shown on its own, as in tests).
    readonly property var stack: StackView.view
    property string caseType: Cases.typeOptions.length > 0 ? Cases.typeOptions[0].key : ""
    property string partyKind: "person"
    property var powerItem: null
    // field key → message, from validateField while typing or from createCase.
    property var errors: ({})
    // Messages createCase returned for keys that have no field here.
    property string formError
    property string firstErrorField
    readonly property string idLabel: partyKind === "organisation" ? qsTr("统一社会信用代码")
                                                                   : qsTr("身份证号")
    readonly property var fieldOrder: ["type", "partyName", "partyIdNo", "partyPhone", "address",
                                       "powerItemCode", "taskRef", "summary"]

    function errorOf(field) { return errors[field] === undefined ? "" : errors[field]; }
    function setError(field, message) {
        const next = Object.assign({}, errors);
        if (message.length > 0)
            next[field] = message;
        else
            delete next[field];
        errors = next;
    }
    function validate(field, value) { setError(field, Cases.validateField(field, value, partyKind)); }

    function input() {
        return { type: caseType, partyKind: partyKind, partyName: nameField.text,
                 partyIdNo: idField.text, partyPhone: phoneField.text, address: addressField.text,
                 powerItemCode: powerItem ? powerItem.code : "", taskRef: taskField.text,
                 summary: summaryArea.text };
    }
    function sectionOf(field) {
        return { type: typeSection, partyName: nameSection, partyIdNo: idSection,
                 partyPhone: phoneSection, address: addressSection, powerItemCode: powerSection,
                 taskRef: taskSection, summary: summarySection }[field];
    }
    function editorOf(field) {
        return { partyName: nameField, partyIdNo: idField, partyPhone: phoneField,
                 address: addressField, taskRef: taskField, summary: summaryArea }[field];
    }
    // Scrolls the form so `item` sits at the top (used for the first error and focused fields).
    function ensureVisible(item) {
        const y = item.mapToItem(form, 0, 0).y;
        const top = flick.contentY;
        const visibleHeight = flick.height - flick.bottomMargin;
        if (y >= top && y + item.height <= top + visibleHeight)
            return;
        flick.contentY = Math.max(0, Math.min(y, flick.contentHeight + flick.bottomMargin - flick.height));
    }

    function submit() {
        const result = Cases.createCase(input());
        if (!result.ok) {
            errors = result.errors ? result.errors : ({});
            formError = Object.keys(errors).filter(k => fieldOrder.indexOf(k) < 0)
                                           .map(k => errors[k]).join("\n");
            firstErrorField = fieldOrder.find(f => errorOf(f).length > 0) || "";
            if (firstErrorField.length > 0) {
                ensureVisible(sectionOf(firstErrorField));
                const editor = editorOf(firstErrorField);
                if (editor)
                    editor.forceActiveFocus();
            } else {
                flick.contentY = 0;
            }
            toast.show(qsTr("有内容需要修改：请按红色提示改正后再创建"), "warning");
            return false;
        }
        errors = ({});
        formError = "";
        Cases.openCase(result.caseId);
        if (stack)
            stack.replace(Qt.resolvedUrl("CaseDetailPage.qml"), { justCreated: true });
        return true;
    }

    color: Theme.background

    onPartyKindChanged: {
        // Labels and rules of the name and id fields depend on the kind of party.
        for (const [field, editor] of [["partyName", nameField], ["partyIdNo", idField]]) {
            if (editor.text.length > 0)
                validate(field, editor.text);
            else
                setError(field, "");
        }
    }
    Component.onCompleted: powerPicker.results = Cases.searchPowerItems("")

    // A labelled form row: label, the editor (children), and the field's error in red below.
    component FormField: ColumnLayout {
        id: formField
        property alias label: labelText.text
        property string error
        default property alias content: box.data

        spacing: Theme.spacingXs
        Layout.fillWidth: true
        UiText {
            id: labelText
            color: Theme.textSecondary
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: box
            spacing: Theme.spacingS
            Layout.fillWidth: true
        }
        UiText {
            objectName: "errorText"
            text: formField.error
            visible: text.length > 0
            color: Theme.danger
            font.weight: Theme.fontWeightStrong
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PageHeader {
            objectName: "header"
            title: qsTr("新建案件")
            Layout.fillWidth: true
            onBackClicked: if (page.stack) page.stack.pop()
        }

        Flickable {
            id: flick
            objectName: "form"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: form.implicitHeight + 2 * Theme.spacingM
            boundsBehavior: Flickable.StopAtBounds
            // Room to scroll the focused field above the soft keyboard.
            bottomMargin: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height : 0
            ScrollIndicator.vertical: ScrollIndicator {}

            ColumnLayout {
                id: form
                objectName: "formColumn"
                x: Theme.spacingM
                y: Theme.spacingM
                width: flick.width - 2 * Theme.spacingM
                spacing: Theme.spacingL

                ErrorBanner {
                    objectName: "formError"
                    message: page.formError
                    Layout.fillWidth: true
                }

                FormField {
                    id: typeSection
                    objectName: "typeField"
                    label: qsTr("案件类型")
                    error: page.errorOf("type")
                    RowLayout {
                        spacing: Theme.spacingS
                        Layout.fillWidth: true
                        Repeater {
                            model: Cases.typeOptions
                            delegate: BigButton {
                                required property var modelData
                                objectName: "type_" + modelData.key
                                text: modelData.label
                                checked: page.caseType === modelData.key
                                tone: checked ? Theme.surfacePressed : Theme.surfaceRaised
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                Layout.preferredHeight: 80
                                onClicked: {
                                    page.caseType = modelData.key;
                                    page.setError("type", "");
                                }
                            }
                        }
                    }
                }

                FormField {
                    label: qsTr("当事人")
                    RowLayout {
                        spacing: Theme.spacingS
                        Layout.fillWidth: true
                        BigButton {
                            objectName: "kind_person"
                            iconName: "officer"
                            text: qsTr("个人")
                            checked: page.partyKind === "person"
                            tone: checked ? Theme.surfacePressed : Theme.surfaceRaised
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            onClicked: page.partyKind = "person"
                        }
                        BigButton {
                            objectName: "kind_organisation"
                            iconName: "case"
                            text: qsTr("单位")
                            checked: page.partyKind === "organisation"
                            tone: checked ? Theme.surfacePressed : Theme.surfaceRaised
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            onClicked: page.partyKind = "organisation"
                        }
                    }
                }

                FormField {
                    id: nameSection
                    objectName: "partyNameField"
                    label: page.partyKind === "organisation" ? qsTr("单位名称") : qsTr("姓名")
                    error: page.errorOf("partyName")
                    UiTextField {
                        id: nameField
                        objectName: "partyNameInput"
                        hasError: nameSection.error.length > 0
                        placeholderText: page.partyKind === "organisation" ? qsTr("与营业执照一致")
                                                                           : qsTr("与身份证一致")
                        Layout.fillWidth: true
                        onTextEdited: page.validate("partyName", text)
                        onActiveFocusChanged: if (activeFocus) page.ensureVisible(nameSection)
                    }
                }

                FormField {
                    id: idSection
                    objectName: "partyIdNoField"
                    label: page.idLabel
                    error: page.errorOf("partyIdNo")
                    UiTextField {
                        id: idField
                        objectName: "partyIdNoInput"
                        hasError: idSection.error.length > 0
                        placeholderText: qsTr("18 位")
                        maximumLength: 18
                        font.letterSpacing: 1
                        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                                          | (page.partyKind === "person" ? Qt.ImhPreferNumbers : 0)
                        Layout.fillWidth: true
                        onTextEdited: {
                            // Id numbers are upper-case (the X check digit, credit-code letters).
                            const upper = text.toUpperCase();
                            if (upper !== text) {
                                const cursor = cursorPosition;
                                text = upper;
                                cursorPosition = cursor;
                            }
                            page.validate("partyIdNo", text);
                        }
                        onActiveFocusChanged: if (activeFocus) page.ensureVisible(idSection)
                    }
                }

                FormField {
                    id: phoneSection
                    objectName: "partyPhoneField"
                    label: qsTr("联系电话（选填）")
                    error: page.errorOf("partyPhone")
                    UiTextField {
                        id: phoneField
                        objectName: "partyPhoneInput"
                        hasError: phoneSection.error.length > 0
                        placeholderText: qsTr("手机或座机")
                        inputMethodHints: Qt.ImhDialableCharactersOnly
                        Layout.fillWidth: true
                        onTextEdited: page.validate("partyPhone", text)
                        onActiveFocusChanged: if (activeFocus) page.ensureVisible(phoneSection)
                    }
                }

                FormField {
                    id: addressSection
                    objectName: "addressField"
                    label: qsTr("地址")
                    error: page.errorOf("address")
                    UiTextField {
                        id: addressField
                        objectName: "addressInput"
                        hasError: addressSection.error.length > 0
                        placeholderText: qsTr("经营场所或现场地址")
                        Layout.fillWidth: true
                        onTextEdited: page.validate("address", text)
                        onActiveFocusChanged: if (activeFocus) page.ensureVisible(addressSection)
                    }
                    RowLayout {
                        objectName: "positionLine"
                        spacing: Theme.spacingS
                        Layout.fillWidth: true
                        readonly property bool hasPosition: Duty.hasFix && Duty.positionText.length > 0
                        Icon {
                            name: parent.hasPosition ? "gps" : "gps-off"
                            size: Theme.iconSmall
                        }
                        UiText {
                            objectName: "positionText"
                            text: parent.hasPosition ? qsTr("定位：%1").arg(Duty.positionText)
                                                     : qsTr("无定位")
                            color: parent.hasPosition ? Theme.textSecondary : Theme.warning
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }

                FormField {
                    id: powerSection
                    objectName: "powerItemField"
                    label: qsTr("权力事项")
                    error: page.errorOf("powerItemCode")
                    PowerItemPicker {
                        id: powerPicker
                        objectName: "powerPicker"
                        hasError: powerSection.error.length > 0
                        Layout.fillWidth: true
                        onSearchRequested: query => results = Cases.searchPowerItems(query)
                        onPicked: item => {
                            page.powerItem = item;
                            page.validate("powerItemCode", item.code);
                        }
                        onCleared: page.powerItem = null
                    }
                }

                FormField {
                    id: taskSection
                    objectName: "taskRefField"
                    label: qsTr("检查任务（选填）")
                    error: page.errorOf("taskRef")
                    UiTextField {
                        id: taskField
                        objectName: "taskRefInput"
                        hasError: taskSection.error.length > 0
                        placeholderText: qsTr("如“双随机”任务编号")
                        Layout.fillWidth: true
                        onTextEdited: page.validate("taskRef", text)
                        onActiveFocusChanged: if (activeFocus) page.ensureVisible(taskSection)
                    }
                    // Tasks the supervision platform sent down: one tap fills the task number.
                    Flow {
                        objectName: "downlinkTasks"
                        visible: Cases.tasks.length > 0
                        spacing: Theme.spacingS
                        Layout.fillWidth: true
                        Repeater {
                            model: Cases.tasks
                            delegate: BigButton {
                                required property var modelData
                                objectName: "task_" + modelData.id
                                text: modelData.id + "  " + modelData.title
                                checked: taskField.text === modelData.id
                                stacked: false
                                onClicked: {
                                    taskField.text = modelData.id;
                                    page.validate("taskRef", modelData.id);
                                }
                            }
                        }
                    }
                }

                FormField {
                    id: summarySection
                    objectName: "summaryField"
                    label: qsTr("简要案情")
                    error: page.errorOf("summary")
                    T.TextArea {
                        id: summaryArea
                        objectName: "summaryInput"
                        Layout.fillWidth: true
                        implicitHeight: Math.max(4 * Theme.touchMin / 2 + topPadding + bottomPadding,
                                                 contentHeight + topPadding + bottomPadding)
                        padding: Theme.spacingM
                        wrapMode: TextEdit.Wrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLabel
                        font.weight: Theme.fontWeightBody
                        color: Theme.textPrimary
                        selectionColor: Theme.accent
                        selectedTextColor: Theme.textOnAccent
                        placeholderText: qsTr("现场发现的情况、涉及的物品和数量")
                        placeholderTextColor: Theme.textDisabled
                        Accessible.name: placeholderText
                        // TextArea has no textEdited: the page never sets this text itself.
                        onTextChanged: page.validate("summary", text)
                        onActiveFocusChanged: if (activeFocus) page.ensureVisible(summarySection)

                        UiText {
                            x: summaryArea.leftPadding
                            y: summaryArea.topPadding
                            width: summaryArea.width - summaryArea.leftPadding - summaryArea.rightPadding
                            text: summaryArea.placeholderText
                            font: summaryArea.font
                            color: summaryArea.placeholderTextColor
                            wrapMode: Text.Wrap
                            visible: summaryArea.length === 0 && summaryArea.preeditText.length === 0
                        }
                        background: Rectangle {
                            radius: Theme.radiusSmall
                            color: Theme.surfaceRaised
                            border.width: summarySection.error.length > 0 || summaryArea.activeFocus
                                          ? Math.max(2, Theme.borderWidth) : Theme.borderWidth
                            border.color: summarySection.error.length > 0 ? Theme.danger
                                        : summaryArea.activeFocus ? Theme.accent : Theme.border
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: createButton.implicitHeight + 2 * Theme.spacingM
            color: Theme.surface
            BigButton {
                id: createButton
                objectName: "createButton"
                primary: true
                stacked: false
                text: qsTr("创建")
                tone: Theme.accent
                textColor: Theme.textOnAccent
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                onClicked: page.submit()
            }
        }
    }

    Toast {
        id: toast
        objectName: "toast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 160
        z: 10
    }
}
