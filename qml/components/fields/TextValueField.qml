// TextValueField: the single-line editors — text, phone, address, 身份证号 / 统一社会信用代码
// (upper-case, 18 characters), number and money (numeric keyboard, ¥ … 元). Every keystroke is
// reported (the facade validates and autosaves); numbers go out as numbers when they parse.
import QtQuick
import QtQuick.Layouts
import Fieldterm

FieldShell {
    id: root

    readonly property bool numeric: type === "number" || type === "money"
    readonly property bool upper: type === "idcard" || type === "uscc"
    readonly property alias text: input.text

    function format(v) {
        if (v === null || v === undefined)
            return "";
        return String(v);
    }
    function outgoing(text) {
        if (!numeric)
            return text;
        const t = text.trim();
        if (t.length === 0)
            return null;
        // Anything that is not a plain decimal goes out as typed: the facade names the error.
        return /^-?\d+(\.\d*)?$/.test(t) ? Number(t) : t;
    }

    // The facade echoes every change back; only outside changes (not typing) reset the text.
    onValueChanged: if (!input.activeFocus) input.text = format(value)
    Component.onCompleted: input.text = format(value)

    RowLayout {
        width: root.width
        spacing: Theme.spacingS
        UiText {
            visible: root.type === "money"
            text: "¥"
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.fontWeightStrong
        }
        UiTextField {
            id: input
            objectName: "input"
            Layout.fillWidth: true
            hasError: root.hasError
            readOnly: root.readOnly
            placeholderText: root.type === "idcard" || root.type === "uscc" ? qsTr("18 位")
                           : root.type === "phone" ? qsTr("手机或座机") : ""
            maximumLength: root.upper ? 18 : (root.maxLength > 0 ? root.maxLength : 32767)
            inputMethodHints: root.type === "money" ? Qt.ImhFormattedNumbersOnly
                            : root.type === "number" ? Qt.ImhFormattedNumbersOnly
                            : root.type === "phone" ? Qt.ImhDialableCharactersOnly
                            : root.type === "idcard" ? (Qt.ImhUppercaseOnly | Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText)
                            : root.type === "uscc" ? (Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText)
                            : Qt.ImhNone
            font.letterSpacing: root.upper ? 1 : 0
            onTextEdited: {
                if (root.upper) {
                    const up = text.toUpperCase();
                    if (up !== text) {
                        const cursor = cursorPosition;
                        text = up;
                        cursorPosition = cursor;
                    }
                }
                root.edited(root.outgoing(text));
            }
        }
        UiText {
            visible: root.type === "money"
            text: qsTr("元")
            color: Theme.textSecondary
        }
    }
}
