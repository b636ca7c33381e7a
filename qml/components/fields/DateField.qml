// DateField: date ("yyyy-MM-dd") and datetime ("yyyy-MM-ddTHH:mm") for gloved hands — typed
// digits (the dashes and colon are filled in) plus big 前一天 / 后一天 / 今天 (现在) buttons.
// What is typed goes out as typed; the facade says when it is not a valid date.
import QtQuick
import QtQuick.Layouts
import Fieldterm

FieldShell {
    id: root

    readonly property bool withTime: type === "datetime"
    readonly property string dateText: dateInput.text
    readonly property string timeText: timeInput.text

    function _split(v) {
        const s = v === null || v === undefined ? "" : String(v);
        const at = s.indexOf("T");
        return at < 0 ? [s, ""] : [s.slice(0, at), s.slice(at + 1)];
    }
    function _load(v) {
        const parts = _split(v);
        dateInput.text = parts[0];
        timeInput.text = parts[1];
    }
    function _emit() {
        const d = dateInput.text.trim();
        const t = timeInput.text.trim();
        if (d.length === 0 && t.length === 0)
            edited(null);
        else
            edited(withTime ? d + "T" + t : d);
    }
    // Digits only are typed on a numeric keypad: 20241122 → 2024-11-22, 0930 → 09:30.
    function _shape(text, isTime) {
        const digits = text.replace(/[^0-9]/g, "");
        if (isTime)
            return digits.length > 2 ? digits.slice(0, 2) + ":" + digits.slice(2, 4) : digits;
        let out = digits.slice(0, 4);
        if (digits.length > 4)
            out += "-" + digits.slice(4, 6);
        if (digits.length > 6)
            out += "-" + digits.slice(6, 8);
        return out;
    }
    function shiftDays(days) {
        const parts = dateInput.text.split("-").map(Number);
        const base = parts.length === 3 && parts.every(n => !isNaN(n))
                ? new Date(parts[0], parts[1] - 1, parts[2]) : new Date();
        base.setDate(base.getDate() + days);
        dateInput.text = Qt.formatDate(base, "yyyy-MM-dd");
        _emit();
    }
    function setNow() {
        const now = new Date();
        dateInput.text = Qt.formatDate(now, "yyyy-MM-dd");
        if (withTime)
            timeInput.text = Qt.formatTime(now, "HH:mm");
        _emit();
    }

    onValueChanged: if (!dateInput.activeFocus && !timeInput.activeFocus) _load(value)
    Component.onCompleted: _load(value)

    RowLayout {
        width: root.width
        spacing: Theme.spacingS
        UiTextField {
            id: dateInput
            objectName: "dateInput"
            Layout.fillWidth: true
            hasError: root.hasError
            readOnly: root.readOnly
            placeholderText: qsTr("年-月-日")
            maximumLength: 10
            inputMethodHints: Qt.ImhDigitsOnly
            onTextEdited: {
                const shaped = root._shape(text, false);
                if (shaped !== text)
                    text = shaped;
                root._emit();
            }
        }
        UiTextField {
            id: timeInput
            objectName: "timeInput"
            visible: root.withTime
            Layout.preferredWidth: 130
            hasError: root.hasError
            readOnly: root.readOnly
            placeholderText: qsTr("时:分")
            maximumLength: 5
            inputMethodHints: Qt.ImhDigitsOnly
            onTextEdited: {
                const shaped = root._shape(text, true);
                if (shaped !== text)
                    text = shaped;
                root._emit();
            }
        }
    }
    RowLayout {
        width: root.width
        visible: !root.readOnly
        spacing: Theme.spacingS
        BigButton {
            objectName: "prevDayButton"
            text: qsTr("前一天")
            Layout.fillWidth: true
            onClicked: root.shiftDays(-1)
        }
        BigButton {
            objectName: "nextDayButton"
            text: qsTr("后一天")
            Layout.fillWidth: true
            onClicked: root.shiftDays(1)
        }
        BigButton {
            objectName: "nowButton"
            text: root.withTime ? qsTr("现在") : qsTr("今天")
            Layout.fillWidth: true
            onClicked: root.setNow()
        }
    }
}
