import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// LockScreen against the fake Session and Camera: who is locked out, the recording that goes on,
// unlocking with the PIN and ending the shift.
TestCase {
    id: testCase
    name: "LockScreen"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        LockScreen { width: 720; height: 1280 }
    }

    function init() {
        Camera.reset();
        Session.reset();
        Session.lock();
        Session.calls = [];
        AppSettings.reset();
    }

    function createPage() {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page);
        waitForRendering(page);
        return page;
    }

    function part(page, name) {
        const item = findChild(page, name);
        verify(item, "no " + name);
        return item;
    }

    function test_showsOfficerAndClock() {
        const page = createPage();
        compare(part(page, "lockOfficer").text, "张明  31000000001");
        page.now = new Date(2024, 10, 22, 9, 5, 0);
        compare(part(page, "lockClock").text, "09:05");
    }

    function test_recordingShownWhileLocked() {
        const page = createPage();
        verify(!part(page, "lockRecording").visible);
        Camera.startRecording(false);
        Camera.elapsedSeconds = 3723;
        verify(part(page, "lockRecording").visible);
        const rec = part(page, "lockRecIndicator");
        compare(rec.mode, "recording");
        compare(rec.displayedTime, "01:02:03");
        Camera.stopRecording();
        verify(!part(page, "lockRecording").visible);
    }

    function test_unlockNeedsFullPin() {
        const page = createPage();
        const pin = part(page, "unlockPinField");
        verify(pin.activeFocus);
        pin.text = "111";
        verify(!part(page, "unlockButton").enabled);
        keyClick(Qt.Key_Return);
        compare(Session.calls, []);
    }

    function test_unlock() {
        const page = createPage();
        const pin = part(page, "unlockPinField");
        pin.text = "111111";
        const button = part(page, "unlockButton");
        verify(button.height >= Theme.touchPrimary);
        mouseClick(button);
        compare(Session.calls, ["unlock:111111"]);
        compare(button.text, "正在验证…");
        tryCompare(Session, "locked", false);
    }

    function test_wrongPinShowsErrorAndClears() {
        const page = createPage();
        const pin = part(page, "unlockPinField");
        pin.text = "654321";
        keyClick(Qt.Key_Enter);
        compare(Session.calls, ["unlock:654321"]);
        tryCompare(Session, "busy", false);
        verify(Session.locked);
        compare(pin.text, "");
        verify(part(page, "unlockError").visible);
        compare(part(page, "unlockErrorText").text, "执法证号或 PIN 不正确，还可尝试 4 次");
    }

    function test_lockoutTimeShown() {
        const page = createPage();
        Session._failures = 4;
        part(page, "unlockPinField").text = "000000";
        mouseClick(part(page, "unlockButton"));
        tryCompare(part(page, "unlockErrorText"), "text", "账号已锁定，请在 5 分 0 秒后重试");
    }

    function test_switchOfficerAsksFirst() {
        const page = createPage();
        mouseClick(part(page, "switchOfficerButton"));
        verify(page.confirmingSignOut);
        mouseClick(part(page, "signOutCancel"));
        verify(!page.confirmingSignOut);
        compare(Session.calls, []);
        mouseClick(part(page, "switchOfficerButton"));
        mouseClick(part(page, "signOutConfirmButton"));
        compare(Session.calls, ["signOut"]);
        verify(!Session.signedIn);
    }
}
