import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// The photo viewer's entry points in Main.qml over the fake core: a photo row of the case
// detail's evidence timeline and a thumbnail of the player page's photo strip open
// PhotoViewerPage full screen through Main.showPhoto — each showing asks Review.openPhoto (the
// audited open) — and 关闭 returns to the page below, which is left as it was.
TestCase {
    id: testCase
    name: "ReviewPhotoMain"
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
    function views(id) { return Review.calls.filter(c => c === "openPhoto:" + id).length; }

    function test_caseTimelinePhotoOpensViewer() {
        createMain();
        tryCompare(stack(), "busy", false);
        window.showCase("c-101");
        tryCompare(stack(), "busy", false);
        const detail = stack().currentItem;
        compare(detail.photoIds, ["ph-7"]);
        const row = part(detail, "timelinePhoto_ph-7");
        // Bring the row on screen, then tap it.
        const flick = part(detail, "detailFlick");
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                              row.mapToItem(flick.contentItem, 0, 0).y - 100));
        wait(50);
        mouseClick(row);
        tryCompare(stack(), "busy", false);
        const viewer = stack().currentItem;
        compare(viewer.objectName, "photoViewerPage");
        compare(viewer.photoIds, ["ph-7"]);
        compare(views("ph-7"), 1);
        tryCompare(viewer, "imageState", "ready", 5000);
        // Full screen: the viewer covers the whole window.
        compare(viewer.width, window.width);
        compare(viewer.height, window.height);

        mouseClick(part(viewer, "closeButton"));
        tryCompare(stack(), "busy", false);
        compare(stack().currentItem, detail);
        compare(views("ph-7"), 1);
    }

    function test_playerPhotoStripOpensViewer() {
        Session._signInAs("31000000003");
        createMain();
        tryCompare(stack(), "busy", false);
        verify(Review.openRecording("r-3"));
        window.showPlayer();
        tryCompare(stack(), "busy", false);
        const player = stack().currentItem;
        compare(player.objectName, "playerPage");
        verify(part(player, "photoStrip").visible);
        Review.play();
        const thumb = part(player, "photoThumb_ph-32");
        const lower = part(player, "lower");
        lower.contentY = Math.max(0, Math.min(lower.contentHeight - lower.height,
                                              thumb.mapToItem(lower.contentItem, 0, 0).y - 20));
        wait(50);
        mouseClick(thumb);
        tryCompare(stack(), "busy", false);
        const viewer = stack().currentItem;
        compare(viewer.objectName, "photoViewerPage");
        compare(viewer.photoIds, ["ph-31", "ph-32"]);
        compare(viewer.index, 1);
        compare(views("ph-32"), 1);
        compare(views("ph-31"), 0);
        verify(!Review.playing);   // the playback pauses under the viewer

        mouseClick(part(viewer, "previousButton"));
        compare(views("ph-31"), 1);
        mouseClick(part(viewer, "closeButton"));
        tryCompare(stack(), "busy", false);
        compare(stack().currentItem, player);
        compare(Review.recordingId, "r-3");   // the recording stays open below
    }
}
