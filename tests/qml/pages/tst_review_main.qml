import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// Review navigation in Main.qml over the fake core: home → 录像回看 → a recording → the player;
// back closes the playback; signing out clears the pages.
TestCase {
    id: testCase
    name: "ReviewMain"
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
        Audit.reset();
        Documents.reset();
        Review.reset();
        Theme.highContrast = false;
    }
    function cleanup() {
        if (window)
            window.destroy();
        window = null;
        wait(0);
        Review.close();
    }

    function createMain() {
        const component = Qt.createComponent("qrc:/Fieldterm/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null);
        verify(window);
        verify(waitForRendering(window.contentItem));
        return window;
    }
    function part(item, name) {
        const found = findChild(item, name);
        verify(found, "no " + name);
        return found;
    }
    function stack() { return part(window.contentItem, "stack"); }

    function test_homeToPlayerAndBack() {
        Session._signInAs("31000000003");
        createMain();
        tryCompare(stack(), "busy", false);
        compare(stack().currentItem.objectName, "homePage");
        mouseClick(part(stack().currentItem, "reviewButton"));
        tryCompare(stack(), "busy", false);
        const browse = stack().currentItem;
        compare(browse.objectName, "reviewPage");
        compare(part(browse, "recordingList").count, 3);

        const list = part(browse, "recordingList");
        list.forceLayout();
        mouseClick(list.itemAtIndex(0));
        tryCompare(stack(), "busy", false);
        compare(stack().currentItem.objectName, "playerPage");
        compare(Review.recordingId, "r-3");
        mouseClick(part(stack().currentItem, "playButton"));
        compare(Review.state, "playing");

        stack().pop();
        tryCompare(stack(), "busy", false);
        compare(stack().currentItem.objectName, "reviewPage");
        tryCompare(Review, "state", "closed");
    }

    function test_signOutClearsThePlayer() {
        createMain();
        tryCompare(stack(), "busy", false);
        window.showReview();
        tryCompare(stack(), "busy", false);
        verify(Review.openRecording("r-3"));
        window.showPlayer();
        tryCompare(stack(), "busy", false);
        compare(stack().currentItem.objectName, "playerPage");
        Session._setSignedOut();
        tryCompare(stack(), "depth", 0);
        tryCompare(Review, "state", "closed");
    }
}
