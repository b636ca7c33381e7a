import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "MarkerPicker"
    width: 720
    height: 800
    visible: true
    when: windowShown

    readonly property var types: [
        { key: "show_credentials", label: "亮证" },
        { key: "notify", label: "告知" },
        { key: "question", label: "询问" },
        { key: "statement", label: "陈述申辩" },
        { key: "sign", label: "签字" },
        { key: "serve", label: "送达" },
        { key: "other", label: "其他" }
    ]

    Component {
        id: pickerComponent
        MarkerPicker { width: 688 }
    }

    SignalSpy { id: pickedSpy; signalName: "picked" }
    SignalSpy { id: closeSpy; signalName: "closeRequested" }

    function createPicker() {
        const picker = createTemporaryObject(pickerComponent, testCase, { markerTypes: testCase.types });
        pickedSpy.target = picker;
        closeSpy.target = picker;
        verify(pickedSpy.valid);
        verify(closeSpy.valid);
        return picker;
    }

    function cleanup() {
        pickedSpy.clear();
        closeSpy.clear();
    }

    function test_oneGloveSizedButtonPerType() {
        const picker = createPicker();
        waitForRendering(picker);
        for (let i = 0; i < types.length; ++i) {
            const button = picker.buttonAt(i);
            verify(button, "button " + i);
            compare(button.text, types[i].label);
            compare(button.hint, String(i + 1));
            verify(button.height >= Theme.touchPrimary);
            verify(button.width >= Theme.touchPrimary);
        }
        compare(picker.buttonAt(types.length), null);
        // Seven types: the last one spans both columns.
        verify(picker.buttonAt(6).width > picker.buttonAt(5).width * 1.5);
    }

    function test_clickEmitsKey_data() {
        return types.map((t, i) => ({ tag: t.label, index: i, key: t.key }));
    }

    function test_clickEmitsKey(data) {
        const picker = createPicker();
        waitForRendering(picker);
        mouseClick(picker.buttonAt(data.index));
        compare(pickedSpy.count, 1);
        compare(pickedSpy.signalArguments[0][0], data.key);
    }

    function test_numberKeyEmitsKey_data() {
        return types.map((t, i) => ({ tag: String(i + 1), key: Qt.Key_1 + i, expected: t.key }));
    }

    function test_numberKeyEmitsKey(data) {
        const picker = createPicker();
        picker.forceActiveFocus();
        keyClick(data.key);
        compare(pickedSpy.count, 1);
        compare(pickedSpy.signalArguments[0][0], data.expected);
    }

    function test_numberBeyondTypesDoesNothing() {
        const picker = createPicker();
        picker.forceActiveFocus();
        keyClick(Qt.Key_9);
        compare(pickedSpy.count, 0);
    }

    function test_closeRequests_data() {
        return [ { tag: "Esc", key: Qt.Key_Escape }, { tag: "F3", key: Qt.Key_F3 } ];
    }

    function test_closeRequests(data) {
        const picker = createPicker();
        picker.forceActiveFocus();
        keyClick(data.key);
        compare(closeSpy.count, 1);
        compare(pickedSpy.count, 0);
    }
}
