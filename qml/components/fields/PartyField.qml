// PartyField: a person {name, idNo, phone} or an organisation {name, creditCode, representative}
// as labelled sub-fields; any keystroke sends the whole object.
import QtQuick
import Fieldterm

FieldShell {
    id: root

    readonly property bool organisation: type === "organisation"
    readonly property var parts: organisation
        ? [{ key: "name", label: qsTr("单位名称"), upper: false, hints: Qt.ImhNone },
           { key: "creditCode", label: qsTr("统一社会信用代码"), upper: true,
             hints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText },
           { key: "representative", label: qsTr("法定代表人（负责人）"), upper: false, hints: Qt.ImhNone }]
        : [{ key: "name", label: qsTr("姓名"), upper: false, hints: Qt.ImhNone },
           { key: "idNo", label: qsTr("身份证号"), upper: true,
             hints: Qt.ImhUppercaseOnly | Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText },
           { key: "phone", label: qsTr("联系电话"), upper: false, hints: Qt.ImhDialableCharactersOnly }]

    function partOf(key) {
        return value && value[key] !== undefined && value[key] !== null ? String(value[key]) : "";
    }
    function send(key, text) {
        const next = {};
        for (const p of parts)
            next[p.key] = partOf(p.key);
        next[key] = text;
        edited(next);
    }

    Repeater {
        id: subFields
        model: root.parts
        delegate: Column {
            id: sub
            required property var modelData
            width: root.width
            spacing: Theme.spacingXs
            UiText {
                text: sub.modelData.label
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
            }
            UiTextField {
                id: input
                objectName: "part_" + sub.modelData.key
                width: sub.width
                hasError: root.hasError
                readOnly: root.readOnly
                maximumLength: sub.modelData.upper ? 18 : 100
                inputMethodHints: sub.modelData.hints
                Component.onCompleted: text = root.partOf(sub.modelData.key)
                Connections {
                    target: root
                    function onValueChanged() {
                        if (!input.activeFocus)
                            input.text = root.partOf(sub.modelData.key);
                    }
                }
                onTextEdited: {
                    if (sub.modelData.upper && text.toUpperCase() !== text) {
                        const cursor = cursorPosition;
                        text = text.toUpperCase();
                        cursorPosition = cursor;
                    }
                    root.send(sub.modelData.key, text);
                }
            }
        }
    }
}
