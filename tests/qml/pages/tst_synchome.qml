import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// The sync indicator on the home page follows the fake Sync, and tapping it opens the sync page
// through Main (HomePage.syncRequested → Main.showSync).
Item {
    id: root
    width: 720
    height: 1280

    Component {
        id: homeComponent
        HomePage { width: 720; height: 1280 }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    function resetFakes() {
        Camera.reset();
        Duty.reset();
        Storage.reset();
        AppSettings.reset();
        TodayRecordings.reset();
        Session.reset();
        Cases.reset();
        Cases.clearActiveCase();
        Audit.reset();
        Sync.reset();
        Theme.highContrast = false;
    }

    TestCase {
        id: homeCase
        name: "SyncOnHomePage"
        when: windowShown

        function init() { root.resetFakes(); }

        function createPage() {
            const page = createTemporaryObject(homeComponent, root);
            verify(page);
            waitForRendering(page);
            return page;
        }

        function test_indicatorFollowsSync() {
            const page = createPage();
            const indicator = findChild(page, "syncIndicator");
            verify(indicator);
            verify(indicator.visible);
            compare(indicator.text, "待同步 3");
            Sync.indicator = "syncing";
            compare(indicator.text, "同步中");
            Sync.indicator = "error";
            compare(indicator.text, "同步异常");
            Sync.receiptedCount = 5;
            Sync.indicator = "ok";
            compare(indicator.text, "已同步");
            Sync._setUnenrolled();
            compare(indicator.text, "未登记");
            verify(indicator.height >= 48);
        }

        function test_tapAsksForSyncPage() {
            const page = createPage();
            const spy = createTemporaryObject(spyComponent, root, { target: page, signalName: "syncRequested" });
            verify(spy.valid);
            mouseClick(findChild(page, "syncIndicator"));
            compare(spy.count, 1);
            compare(Camera.calls, []);
        }
    }

    TestCase {
        id: mainCase
        name: "SyncFromMain"
        when: windowShown

        property var window: null

        function init() { root.resetFakes(); }
        function cleanup() {
            if (window)
                window.destroy();
            window = null;
            wait(0);
        }

        function part(name) {
            const item = findChild(window.contentItem, name);
            verify(item, "no " + name);
            return item;
        }

        function test_indicatorOpensSyncPageAndBack() {
            const component = Qt.createComponent("qrc:/Fieldterm/Main.qml");
            compare(component.status, Component.Ready, component.errorString());
            window = component.createObject(null);
            verify(window);
            verify(waitForRendering(window.contentItem));
            const stack = part("stack");
            compare(stack.currentItem.objectName, "homePage");
            mouseClick(findChild(stack.currentItem, "syncIndicator"));
            tryCompare(stack, "busy", false);
            compare(stack.currentItem.objectName, "syncPage");
            compare(stack.depth, 2);
            mouseClick(findChild(stack.currentItem, "backButton"));
            tryCompare(stack, "busy", false);
            compare(stack.currentItem.objectName, "homePage");
            // And Main's function directly, as `--show sync` uses it.
            window.showSync();
            tryCompare(stack, "busy", false);
            compare(stack.currentItem.objectName, "syncPage");
        }
    }
}
