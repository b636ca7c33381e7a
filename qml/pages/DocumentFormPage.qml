// DocumentFormPage: fills one document (文书) from any template. Renders Documents.form — one
// delegate per field type, repeat groups with their item headings and add buttons — sends every
// change to the facade (which validates, computes and autosaves) and shows its errors under the
// fields. Signatures go through the full-screen SignaturePad, a party's refusal through the
// RefusalSheet. 锁定并生成文书 is enabled by Documents.canLock; until then the bottom bar lists
// what is missing. A locked document is read-only, shows its number and PDF, and offers 新版本.
// Rules (validation, numbering, locking) stay in the facade. objectNames are for tests only.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    readonly property var stack: StackView.view
    readonly property bool locked: Documents.locked
    readonly property bool hasDocument: Documents.documentId.length > 0
    readonly property alias formView: list
    readonly property alias signaturePad: pad
    readonly property alias refusalSheet: refusal
    // [{index, text}] of the rows that still have an error, in form order.
    readonly property var issues: _collectIssues(_issueRevision)
    property string lockError
    property int _issueRevision: 0
    property string _signPath

    function back() {
        Documents.close();
        if (stack)
            stack.pop();
    }
    function requestSign(path, title, signer) {
        _signPath = path;
        pad.title = title;
        pad.open(signerName(signer));
    }
    function requestRefusal(path, signer) {
        _signPath = path;
        refusal.open(signerName(signer));
    }
    function signerName(signer) {
        return { party: qsTr("当事人"), inspector1: qsTr("执法人员"), inspector2: qsTr("执法人员") }[signer]
               || signer;
    }
    // Duty only has the fix as text ("N39.90869 E116.39748"); the form stores numbers.
    function locate(path) {
        const m = /([NS])\s*([0-9.]+)\s+([EW])\s*([0-9.]+)/.exec(Duty.positionText);
        if (!Duty.hasFix || !m) {
            toast.show(qsTr("没有定位：到开阔处等待定位后再试"), "warning");
            return;
        }
        Documents.setValue(path, { latitude: (m[1] === "S" ? -1 : 1) * Number(m[2]),
                                   longitude: (m[3] === "W" ? -1 : 1) * Number(m[4]) });
    }
    function lock() {
        const error = Documents.lock();
        lockError = error;
        if (error.length === 0)
            toast.show(qsTr("已锁定，文书编号：%1").arg(Documents.number));
    }
    function newVersion() {
        const id = Documents.newVersion();
        if (id.length === 0) {
            lockError = Documents.lastError.length > 0 ? Documents.lastError
                                                       : qsTr("未能建立新版本，请返回后重试");
            return;
        }
        lockError = "";
        Documents.open(id);
        toast.show(qsTr("已建立第 %1 版草稿，原文书保持不变").arg(Documents.version));
    }
    function showNextIssue() {
        if (issues.length === 0)
            return;
        const top = list.indexAt(0, list.contentY + 1);
        const next = issues.find(i => i.index > top) || issues[0];
        list.positionViewAtIndex(next.index, ListView.Beginning);
    }
    function _collectIssues(revision) {
        const found = [];
        let item = "";
        for (let i = 0; i < issueRows.count; ++i) {
            const r = issueRows.objectAt(i);
            if (!r)
                continue;
            if (r.kind === "item")
                item = r.label;
            else if (r.kind !== "field" || r.depth === 0)
                item = "";
            if (r.error.length > 0)
                found.push({ index: i, text: (item.length > 0 && r.kind === "field" ? item + " · " : "")
                                             + qsTr("%1：%2").arg(r.label).arg(r.error) });
        }
        return found;
    }

    // --- one form row: a Loader picks the delegate for its kind and type ---------------------
    function componentFor(kind, type, readOnly) {
        if (kind !== "field")
            return groupRow;
        if (type === "signature")
            return signatureField;
        if (readOnly)
            return readOnlyField;
        switch (type) {
        case "longtext": return longTextField;
        case "date": case "datetime": return dateField;
        case "choice": return choiceField;
        case "multichoice": return multiChoiceField;
        case "person": case "organisation": return partyField;
        case "gps": return gpsField;
        case "evidence": return evidenceField;
        case "text": case "phone": case "address": case "idcard": case "uscc": case "number": case "money":
            return textValueField;
        }
        return readOnlyField;           // a type this build does not know: shown, not editable
    }
    // Bindings, not copies: the facade updates a row's roles in place (value, error …). Roles
    // read while a row is being removed are undefined, hence the defaults.
    function bindRow(item, row) {
        const text = role => Qt.binding(() => row.model[role] || "");
        item.readOnly = Qt.binding(() => page.locked || row.model.readOnly === true);
        item.label = text("label");
        item.error = text("error");
        if (item.kind !== undefined) {            // GroupRow
            item.kind = text("kind");
            item.buttonText = Qt.binding(() => row.model.kind === "add" ? row.model.displayValue || "" : "");
            item.addRequested.connect(() => Documents.addItem(row.model.path));
            item.removeRequested.connect(() => Documents.removeItem(row.model.path));
            return;
        }
        item.path = text("path");
        item.type = text("type");
        item.hint = text("hint");
        item.required = Qt.binding(() => row.model.required === true);
        item.value = Qt.binding(() => row.model.value);
        item.displayValue = text("displayValue");
        item.options = Qt.binding(() => row.model.options || []);
        item.signer = text("signer");
        item.maxLength = Qt.binding(() => row.model.maxLength || 0);
        item.edited.connect(value => Documents.setValue(row.model.path, value));
        // By what the delegate can do: a locked GPS field is a ReadOnlyField.
        if (typeof item.locateRequested === "function") {
            item.fixAvailable = Qt.binding(() => Duty.hasFix);
            item.locateRequested.connect(() => page.locate(row.model.path));
        }
        if (typeof item.signRequested === "function") {
            item.signerLabel = Qt.binding(() => page.signerName(row.model.signer));
            item.signRequested.connect(() => page.requestSign(row.model.path, row.model.label, row.model.signer));
            item.refuseRequested.connect(() => page.requestRefusal(row.model.path, row.model.signer));
        }
    }

    Component { id: groupRow; GroupRow {} }
    Component { id: textValueField; TextValueField {} }
    Component { id: longTextField; LongTextField {} }
    Component { id: dateField; DateField {} }
    Component { id: choiceField; ChoiceField {} }
    Component { id: multiChoiceField; MultiChoiceField {} }
    Component { id: partyField; PartyField {} }
    Component { id: gpsField; GpsField {} }
    Component { id: evidenceField; EvidenceField {} }
    Component { id: signatureField; SignatureField {} }
    Component { id: readOnlyField; ReadOnlyField {} }

    // One light object per row, so the bottom bar can list what is missing (the list view only
    // has delegates for the rows near the screen).
    Instantiator {
        id: issueRows
        model: Documents.form
        delegate: QtObject {
            required property var model
            readonly property string kind: model.kind
            readonly property string label: model.label
            readonly property string error: model.error
            readonly property int depth: model.depth
            onErrorChanged: page._issueRevision++
        }
        onObjectAdded: page._issueRevision++
        onObjectRemoved: page._issueRevision++
    }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PageHeader {
            objectName: "header"
            title: Documents.title
            Layout.fillWidth: true
            onBackClicked: page.back()
        }

        // --- number, version, autosave, error count ------------------------------------------
        Rectangle {
            objectName: "docInfo"
            Layout.fillWidth: true
            implicitHeight: info.implicitHeight + 2 * Theme.spacingS
            color: Theme.surface
            Column {
                id: info
                x: Theme.spacingM
                y: Theme.spacingS
                width: parent.width - 2 * Theme.spacingM
                spacing: Theme.spacingXs
                Flow {
                    width: parent.width
                    spacing: Theme.spacingS
                    Badge {
                        objectName: "statusBadge"
                        text: page.locked ? qsTr("已锁定") : qsTr("草稿")
                        iconName: page.locked ? "lock" : ""
                        fontSize: Theme.fontBody
                        color: page.locked ? Theme.success : Theme.warning
                        textColor: "#000000"
                    }
                    UiText {
                        objectName: "numberText"
                        text: Documents.number.length > 0 ? Documents.number : qsTr("编号在锁定时生成")
                        color: Documents.number.length > 0 ? Theme.textPrimary : Theme.textSecondary
                        font.pixelSize: Theme.fontLabel
                        font.weight: Theme.fontWeightStrong
                        height: 32
                    }
                    UiText {
                        objectName: "versionText"
                        text: qsTr("第 %1 版").arg(Documents.version)
                        color: Theme.textSecondary
                        height: 32
                    }
                }
                Item {
                    width: parent.width
                    height: Math.max(savedText.implicitHeight, errorCountText.implicitHeight)
                    visible: !page.locked
                    UiText {
                        id: savedText
                        objectName: "savedText"
                        text: Documents.savedText.length > 0 ? Documents.savedText : qsTr("尚未保存")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontCaption
                    }
                    UiText {
                        id: errorCountText
                        objectName: "errorCountText"
                        anchors.right: parent.right
                        text: Documents.errorCount > 0 ? qsTr("%1 处待完善").arg(Documents.errorCount)
                                                       : qsTr("已填写完整")
                        color: Documents.errorCount > 0 ? Theme.warning : Theme.success
                        font.pixelSize: Theme.fontCaption
                        font.weight: Theme.fontWeightStrong
                    }
                }
            }
        }

        ErrorBanner {
            objectName: "lastError"
            message: Documents.lastError
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacingS : 0
        }

        ListView {
            id: list
            objectName: "formList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Documents.form
            // About a screen above and below: typing in a Q/A pair and flicking back stays smooth
            // without keeping a 50-pair interview's delegates alive.
            cacheBuffer: 1200
            boundsBehavior: Flickable.StopAtBounds
            // A 50-pair interview is some 25 screens: a flick has to cover ground.
            maximumFlickVelocity: 6000
            // Room to scroll the focused field above the soft keyboard.
            bottomMargin: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height : Theme.spacingM
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: Item {
                id: row
                required property int index
                required property var model
                objectName: "row_" + model.path
                readonly property alias item: loader.item
                width: ListView.view.width
                height: loader.height + (model.kind === "item" ? Theme.spacingS : Theme.spacingL)

                // Items of a repeat group hang off a line, so a pair reads as one block.
                Rectangle {
                    visible: row.model.depth > 1
                    x: Theme.spacingM
                    width: 4
                    height: row.height
                    color: Theme.border
                }
                Loader {
                    id: loader
                    // Item headings sit on the group's line, their fields indented from it.
                    x: Theme.spacingM + Math.max(0, row.model.depth - 1) * Theme.spacingL
                    y: row.model.kind === "item" ? Theme.spacingS : Theme.spacingL / 2
                    width: row.width - x - Theme.spacingM
                    sourceComponent: page.componentFor(row.model.kind, row.model.type,
                                                       page.locked || row.model.readOnly)
                    onLoaded: page.bindRow(item, row)
                }
            }
        }

        // --- bottom bar: what is missing + lock, or (locked) the PDF + new version --------------
        Rectangle {
            objectName: "bottomBar"
            Layout.fillWidth: true
            implicitHeight: bottom.implicitHeight + 2 * Theme.spacingM
            color: Theme.surface
            Rectangle { width: parent.width; height: Theme.borderWidth; color: Theme.border }

            Column {
                id: bottom
                x: Theme.spacingM
                y: Theme.spacingM
                width: parent.width - 2 * Theme.spacingM
                spacing: Theme.spacingS

                UiText {
                    objectName: "lockError"
                    width: parent.width
                    visible: text.length > 0
                    text: page.lockError
                    color: Theme.highContrast ? Theme.danger : "#FF6B63"
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                }

                // Draft: the first few missing items, a jump to the next one, and the lock.
                Item {
                    width: parent.width
                    height: Math.max(missing.height, nextIssueButton.height)
                    visible: !page.locked && page.issues.length > 0
                    Column {
                        id: missing
                        objectName: "missingList"
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - nextIssueButton.width - Theme.spacingS
                        Repeater {
                            model: page.issues.slice(0, 2)
                            delegate: UiText {
                                required property var modelData
                                width: missing.width
                                text: modelData.text
                                color: Theme.warning
                                font.pixelSize: Theme.fontCaption
                                elide: Text.ElideRight
                            }
                        }
                        UiText {
                            visible: page.issues.length > 2
                            text: qsTr("还有 %1 处").arg(page.issues.length - 2)
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontCaption
                        }
                    }
                    BigButton {
                        id: nextIssueButton
                        objectName: "nextIssueButton"
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("下一处")
                        onClicked: page.showNextIssue()
                    }
                }
                BigButton {
                    objectName: "lockButton"
                    visible: !page.locked
                    width: parent.width
                    primary: true
                    stacked: false
                    iconName: "lock"
                    enabled: Documents.canLock
                    text: Documents.canLock ? qsTr("锁定并生成文书") : qsTr("锁定并生成文书（尚有 %1 处未完成）").arg(Math.max(Documents.errorCount, page.issues.length))
                    tone: Theme.accent
                    textColor: Theme.textOnAccent
                    onClicked: page.lock()
                }

                // Locked: where the PDF is and how to change it (a new version, never an edit).
                Column {
                    width: parent.width
                    visible: page.locked
                    spacing: Theme.spacingXs
                    UiText {
                        text: qsTr("已锁定，不能修改。PDF：")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontCaption
                    }
                    UiText {
                        objectName: "pdfPathText"
                        width: parent.width
                        text: Documents.pdfPath
                        font.pixelSize: Theme.fontCaption
                        wrapMode: Text.WrapAnywhere
                    }
                }
                BigButton {
                    objectName: "newVersionButton"
                    visible: page.locked
                    width: parent.width
                    primary: true
                    stacked: false
                    iconName: "add"
                    text: qsTr("新版本（修改须另立新版）")
                    onClicked: page.newVersion()
                }
            }
        }
    }

    SignaturePad {
        id: pad
        objectName: "signaturePad"
        anchors.fill: parent
        z: 20
        onAccepted: (strokes, width, height) => Documents.sign(page._signPath, strokes, width, height)
    }

    RefusalSheet {
        id: refusal
        objectName: "refusalSheet"
        anchors.fill: parent
        z: 20
        onConfirmed: reason => Documents.refuseSignature(page._signPath, reason)
    }

    Toast {
        id: toast
        objectName: "toast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 200
        z: 10
    }
}
