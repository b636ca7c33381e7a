import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// StopReasonSheet on its own: a reason must be chosen, "other" needs a note, the choice comes
// out as (key, note); 继续录像 and Esc keep recording.
TestCase {
    id: testCase
    name: "StopReasonSheet"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: sheetComponent
        StopReasonSheet { width: 720; height: 1280; reasons: Cases.stopReasons }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    property var sheet: null
    property var stopSpy: null
    property var cancelSpy: null

    function init() {
        Cases.reset();
        sheet = createTemporaryObject(sheetComponent, testCase);
        verify(sheet);
        stopSpy = createTemporaryObject(spyComponent, testCase, { target: sheet, signalName: "stopConfirmed" });
        cancelSpy = createTemporaryObject(spyComponent, testCase, { target: sheet, signalName: "cancelled" });
        verify(stopSpy.valid);
        verify(cancelSpy.valid);
        sheet.open();
        verify(sheet.visible);
        waitForRendering(sheet);
    }

    function part(name) {
        const item = findChild(sheet, name);
        verify(item, "no " + name);
        return item;
    }

    function test_listsReasons() {
        for (const r of Cases.stopReasons) {
            const row = part("reason_" + r.key);
            verify(row.visible);
            verify(row.height >= Theme.touchMin, r.key);
        }
        verify(part("confirmStopButton").height >= Theme.touchPrimary);
        verify(part("continueButton").height >= Theme.touchPrimary);
    }

    function test_reasonRequired() {
        mouseClick(part("confirmStopButton"));
        compare(stopSpy.count, 0);
        verify(sheet.visible);
        compare(part("reasonError").text, "请先选择停止录像的原因");
    }

    function test_reasonWithoutNote() {
        mouseClick(part("reason_low_battery"));
        compare(sheet.selectedKey, "low_battery");
        verify(!sheet.noteRequired);
        mouseClick(part("confirmStopButton"));
        compare(stopSpy.count, 1);
        compare(Array.from(stopSpy.signalArguments[0]), ["low_battery", ""]);
        verify(!sheet.visible);
    }

    function test_otherNeedsNote() {
        mouseClick(part("reason_other"));
        verify(sheet.noteRequired);
        mouseClick(part("confirmStopButton"));
        compare(stopSpy.count, 0);
        verify(sheet.visible);
        compare(part("reasonError").text, "必填：选择“其他（须说明）”时须写明停止原因");
        const note = part("reasonNote");
        verify(note.activeFocus);
        note.text = "   ";                       // blanks are not a reason
        mouseClick(part("confirmStopButton"));
        compare(stopSpy.count, 0);
        note.text = "当事人情绪激动，<b>暂停</b> 'OR 1=1 😀";
        mouseClick(part("confirmStopButton"));
        compare(stopSpy.count, 1);
        compare(Array.from(stopSpy.signalArguments[0]), ["other", "当事人情绪激动，<b>暂停</b> 'OR 1=1 😀"]);
    }

    function test_keysPick() {
        keyClick(Qt.Key_5);
        compare(sheet.selectedKey, "scene_moved");
        keyClick(Qt.Key_9);                      // no ninth reason: nothing changes
        compare(sheet.selectedKey, "scene_moved");
        keyClick(Qt.Key_Return);
        compare(stopSpy.count, 1);
        compare(Array.from(stopSpy.signalArguments[0]), ["scene_moved", ""]);
    }

    function test_continueRecording() {
        mouseClick(part("reason_privacy"));
        mouseClick(part("continueButton"));
        compare(cancelSpy.count, 1);
        compare(stopSpy.count, 0);
        verify(!sheet.visible);
    }

    function test_escapeKeepsRecording() {
        keyClick(Qt.Key_Escape);
        compare(cancelSpy.count, 1);
        verify(!sheet.visible);
    }

    function test_reopenStartsClean() {
        mouseClick(part("reason_other"));
        part("reasonNote").text = "x";
        mouseClick(part("continueButton"));
        sheet.open();
        compare(sheet.selectedKey, "");
        compare(sheet.note, "");
        compare(sheet.error, "");
    }
}
