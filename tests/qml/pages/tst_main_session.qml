import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// Main.qml gated on the fake Session: login page, page stack, lock screen over the pages; the
// F1/F2/F3 keys on every layer; the stop-reason rule; the case-link sheet; navigation.
TestCase {
    id: testCase
    name: "MainSession"
    when: windowShown

    property var window: null

    function init() {
        Camera.reset();
        Duty.reset();
        Storage.reset();
        AppSettings.reset();
        TodayRecordings.reset();
        Session.reset();
        Cases.reset();
        Cases.clearActiveCase();
        Cases.calls = [];
        Audit.reset();
        Theme.highContrast = false;
    }

    function cleanup() {
        if (window)
            window.destroy();
        window = null;
        wait(0);
    }

    function createMain() {
        const component = Qt.createComponent("qrc:/Fieldterm/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null);
        verify(window);
        verify(waitForRendering(window.contentItem));
        return window;
    }

    function part(name) {
        const item = findChild(window.contentItem, name);
        verify(item, "no " + name);
        return item;
    }
    function stack() { return part("stack"); }
    function currentPage() { return stack().currentItem; }

    // --- the sign-in gate ----------------------------------------------------------------------

    function test_signedOutShowsLogin() {
        Session._setSignedOut();
        createMain();
        const login = part("loginLoader");
        verify(login.item);
        compare(login.item.objectName, "loginPage");
        verify(!stack().visible);
        compare(stack().depth, 0);
    }

    function test_keysNeedSignIn_data() {
        return [ { tag: "F1", key: Qt.Key_F1 }, { tag: "F2", key: Qt.Key_F2 }, { tag: "F3", key: Qt.Key_F3 } ];
    }

    function test_keysNeedSignIn(data) {
        Session._setSignedOut();
        createMain();
        keyClick(data.key);
        compare(Camera.calls, []);
        const toast = part("windowToast");
        verify(toast.shown);
        compare(toast.text, "请先登录");
    }

    function test_signInShowsHome() {
        Session._setSignedOut();
        createMain();
        const page = part("loginLoader").item;
        findChild(page, "officerField").text = "31000000001";
        findChild(page, "pinField").text = "111111";
        mouseClick(findChild(page, "loginButton"));
        tryVerify(() => currentPage() !== null && currentPage().objectName === "homePage");
        verify(stack().visible);
        compare(stack().depth, 1);
        verify(!part("loginLoader").item);          // nothing of the form stays around
        compare(findChild(currentPage(), "statusBar").officerName, "张明");
    }

    function test_signOutReturnsToLogin() {
        createMain();
        compare(currentPage().objectName, "homePage");
        Session.signOut();
        verify(part("loginLoader").item);
        compare(stack().depth, 0);
        Session._signInAs("31000000009");
        compare(stack().depth, 1);
        compare(findChild(currentPage(), "statusBar").officerName, "赵敏");
    }

    // --- lock screen ---------------------------------------------------------------------------

    function test_lockCoversPagesWhichStay() {
        createMain();
        const home = currentPage();
        Session.lock();
        const lock = part("lockLoader");
        verify(lock.item);
        verify(lock.item.visible);
        compare(currentPage(), home);               // pages stay underneath
        compare(lock.item.width, window.width);
        compare(lock.item.height, window.height);
        Session._signInAs("31000000001");            // unlocked
        verify(!lock.item);
    }

    function test_keysWorkWhileLocked() {
        createMain();
        Session.lock();
        keyClick(Qt.Key_F1);
        compare(Camera.calls, ["toggleRecording", "startRecording:false"]);
        verify(part("lockLoader").item.visible);
        keyClick(Qt.Key_F2);
        compare(Camera.calls[Camera.calls.length - 1], "takePhoto");
        compare(part("windowToast").text, "已拍照");
        keyClick(Qt.Key_F1);
        compare(Camera.calls[Camera.calls.length - 1], "stopRecording");
        verify(!Camera.recording);
        verify(Session.locked);
    }

    function test_markWhileLocked() {
        createMain();
        Camera.startRecording(false);
        Session.lock();
        keyClick(Qt.Key_F3);
        verify(window.markerSheetOpen);
        const sheet = part("markerSheet");
        verify(sheet.z > part("lockLoader").z);
        const picker = part("windowMarkerPicker");
        mouseClick(picker.buttonAt(1));
        compare(Camera.calls[Camera.calls.length - 1], "addMarker:notify");
        verify(!window.markerSheetOpen);
        compare(part("windowToast").text, "已标记：告知");
        keyClick(Qt.Key_F3);
        verify(window.markerSheetOpen);
        keyClick(Qt.Key_F3);                          // F3 again closes it
        verify(!window.markerSheetOpen);
    }

    function test_markNeedsRecordingWhileLocked() {
        createMain();
        Session.lock();
        keyClick(Qt.Key_F3);
        verify(!window.markerSheetOpen);
        compare(part("windowToast").text, "开始录像后才能添加标记");
    }

    // --- keys on the home page ------------------------------------------------------------------

    function test_homeKeys() {
        createMain();
        const home = currentPage();
        keyClick(Qt.Key_F1);
        compare(Camera.calls, ["toggleRecording", "startRecording:false"]);
        keyClick(Qt.Key_F3);
        verify(home.markerPickerOpen);              // the page's own picker
        verify(!window.markerSheetOpen);
        keyClick(Qt.Key_F3);
        verify(!home.markerPickerOpen);
        keyClick(Qt.Key_F2);
        verify(findChild(home, "toast").shown);     // the page confirms; the window does not
        verify(!part("windowToast").shown);
        keyClick(Qt.Key_F1);
        compare(Camera.calls[Camera.calls.length - 1], "stopRecording");
    }

    // --- stopping while the case is open -----------------------------------------------------------

    function test_stopNeedsReasonOpensSheet() {
        Cases.setActiveCase("c-101");
        verify(Cases.stopNeedsReason);
        createMain();
        Camera.startRecording(false);
        Camera.calls = [];
        keyClick(Qt.Key_F1);
        verify(window.stopSheetOpen);
        compare(Camera.calls, []);
        verify(Camera.recording);
        keyClick(Qt.Key_F1);                          // the sheet decides, not another F1
        compare(Camera.calls, []);
        verify(window.stopSheetOpen);

        mouseClick(part("reason_other"));
        mouseClick(part("confirmStopButton"));
        compare(Camera.calls, []);                    // "other" needs a note
        verify(part("reasonError").visible);
        part("reasonNote").text = "当事人离开现场";
        mouseClick(part("confirmStopButton"));
        compare(Camera.calls, ["stopRecordingWithReason:other:当事人离开现场"]);
        verify(!Camera.recording);
        verify(!window.stopSheetOpen);
    }

    function test_recordButtonAsksReason() {
        Cases.setActiveCase("c-102");
        createMain();
        Camera.startRecording(false);
        Camera.calls = [];
        mouseClick(findChild(currentPage(), "recordButton"));
        verify(window.stopSheetOpen);
        mouseClick(part("reason_device_fault"));
        mouseClick(part("confirmStopButton"));
        compare(Camera.calls, ["stopRecordingWithReason:device_fault:"]);
    }

    function test_continueRecording() {
        Cases.setActiveCase("c-101");
        createMain();
        Camera.startRecording(false);
        Camera.calls = [];
        keyClick(Qt.Key_F1);
        mouseClick(part("continueButton"));
        verify(!window.stopSheetOpen);
        verify(Camera.recording);
        compare(Camera.calls, []);
    }

    function test_stopWithoutOpenCase() {
        createMain();
        verify(!Cases.stopNeedsReason);
        Camera.startRecording(false);
        Camera.calls = [];
        keyClick(Qt.Key_F1);
        verify(!window.stopSheetOpen);
        compare(Camera.calls, ["stopRecording"]);
    }

    function test_stopReasonOverLockScreen() {
        Cases.setActiveCase("c-101");
        createMain();
        Camera.startRecording(false);
        Session.lock();
        keyClick(Qt.Key_F1);
        verify(window.stopSheetOpen);
        verify(part("stopReasonSheet").z > part("lockLoader").z);
        mouseClick(part("reason_low_battery"));
        mouseClick(part("confirmStopButton"));
        compare(Camera.calls[Camera.calls.length - 1], "stopRecordingWithReason:low_battery:");
        verify(Session.locked);
    }

    // --- linking a stopped recording -----------------------------------------------------------------

    function test_linkSheetOffered() {
        createMain();
        const loader = part("caseLinkLoader");
        verify(!loader.item);
        Cases.linkRequested("rec-9");
        verify(loader.item);
        verify(loader.item.visible);
        compare(loader.item.recordingId, "rec-9");
        Cases.linkRequested("rec-10");                 // a newer stop replaces the question
        compare(loader.item.recordingId, "rec-10");
    }

    function test_linkSheetWaitsForUnlock() {
        createMain();
        Session.lock();
        Cases.linkRequested("rec-7");
        const loader = part("caseLinkLoader");
        verify(!loader.item);                          // no case parties on a locked screen
        Session._signInAs("31000000001");
        verify(loader.item);
        compare(loader.item.recordingId, "rec-7");
        Session.lock();                                // locking hides it again
        verify(!loader.item);
        Session.signOut();
        Session._signInAs("31000000001");
        verify(!loader.item);                          // a new shift does not inherit it
    }

    function test_linkSheetSkipped() {
        createMain();
        Cases.linkRequested("rec-9");
        const loader = part("caseLinkLoader");
        mouseClick(findChild(loader.item, "skipButton"));
        verify(!loader.item);
        compare(window.pendingLinkRecordingId, "");
    }

    function test_linkSheetLinks() {
        createMain();
        Cases.linkRequested("rec-9");
        const loader = part("caseLinkLoader");
        waitForRendering(loader.item);
        mouseClick(loader.item.rowAt(0));
        compare(Cases.calls[Cases.calls.length - 1], "linkRecording:rec-9:c-101");
        verify(!loader.item);
    }

    // --- navigation ------------------------------------------------------------------------------------

    function test_settingsAndBack() {
        createMain();
        mouseClick(findChild(currentPage(), "settingsButton"));
        tryCompare(stack(), "busy", false);
        compare(currentPage().objectName, "settingsPage");
        mouseClick(findChild(currentPage(), "backButton"));
        tryCompare(stack(), "busy", false);
        compare(currentPage().objectName, "homePage");
    }

    function test_casePages() {
        createMain();
        mouseClick(findChild(currentPage(), "casesButton"));
        tryCompare(stack(), "busy", false);
        compare(stack().depth, 2);
        stack().pop();
        tryCompare(stack(), "busy", false);
        Cases.setActiveCase("c-103");
        mouseClick(findChild(currentPage(), "activeCaseChip"));
        tryCompare(stack(), "busy", false);
        compare(stack().depth, 2);
        compare(Cases.calls[Cases.calls.length - 1], "openCase:c-103");
    }

    function test_markOnOtherPage() {
        createMain();
        mouseClick(findChild(currentPage(), "settingsButton"));
        tryCompare(stack(), "busy", false);
        Camera.startRecording(false);
        keyClick(Qt.Key_F3);
        verify(window.markerSheetOpen);
        mouseClick(part("windowMarkerPicker").buttonAt(0));
        compare(Camera.calls[Camera.calls.length - 1], "addMarker:show_credentials");
        compare(part("windowToast").text, "已标记：亮证");
        keyClick(Qt.Key_F2);
        compare(part("windowToast").text, "已拍照");
    }
}
