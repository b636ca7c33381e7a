import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// CaseLinkSheet against the fake Cases facade: lists the open cases, links the recording to the
// one tapped and closes; an error keeps it open; 暂不关联 closes without linking.
TestCase {
    id: testCase
    name: "CaseLinkSheet"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: hostComponent
        Item {
            width: 720
            height: 1280
            property alias sheet: sheet
            CaseLinkSheet { id: sheet; recordingId: "rec-9" }
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    function init() {
        Cases.reset();
    }

    function openSheet() {
        const host = createTemporaryObject(hostComponent, testCase);
        verify(host);
        const sheet = host.sheet;
        verify(!sheet.visible);
        sheet.open();
        verify(sheet.visible);
        verify(waitForRendering(sheet));
        return sheet;
    }
    function spy(target, signalName) {
        const s = createTemporaryObject(spyComponent, testCase, { target: target, signalName: signalName });
        verify(s.valid);
        return s;
    }

    function test_listsOpenCases() {
        const sheet = openSheet();
        verify(Cases.calls.indexOf("openCasesForLink") >= 0);
        compare(sheet.cases.length, 6);                        // all but the closed one
        verify(sheet.cases.every(c => c.caseId !== "c-105"));
        for (let i = 0; i < sheet.cases.length; ++i) {
            const row = sheet.rowAt(i);
            verify(row.height >= Theme.touchPrimary, "row " + i + " too small for gloves");
        }
    }

    function test_linkCloses() {
        const sheet = openSheet();
        const done = spy(sheet, "done");
        const linked = spy(sheet, "linked");
        mouseClick(sheet.rowAt(1));
        compare(Cases.calls[Cases.calls.length - 1], "linkRecording:rec-9:c-102");
        verify(!sheet.visible);
        compare(done.count, 1);
        compare(linked.count, 1);
        compare(linked.signalArguments[0][0], "c-102");
        compare(linked.signalArguments[0][1], "东市监立〔2024〕112号");
    }

    function test_linkErrorStaysOpen() {
        Cases._linkError = "这段录像已关联到其他案件：如需更改请联系中队长";
        const sheet = openSheet();
        const done = spy(sheet, "done");
        mouseClick(sheet.rowAt(0));
        verify(sheet.visible);
        const error = findChild(sheet, "linkError");
        verify(error.visible);
        compare(error.text, Cases._linkError);
        compare(done.count, 0);
        // A fresh open clears the old message.
        sheet.close();
        Cases._linkError = "";
        sheet.open();
        verify(!error.visible);
    }

    function test_skipCloses() {
        const sheet = openSheet();
        const done = spy(sheet, "done");
        mouseClick(findChild(sheet, "skipButton"));
        verify(!sheet.visible);
        compare(done.count, 1);
        verify(Cases.calls.every(c => !c.startsWith("linkRecording")));
    }

    function test_escapeSkips() {
        const sheet = openSheet();
        const done = spy(sheet, "done");
        keyClick(Qt.Key_Escape);
        verify(!sheet.visible);
        compare(done.count, 1);
    }
}
