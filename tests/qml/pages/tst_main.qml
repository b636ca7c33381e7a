import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// Main.qml: the window the app loads, with the fake Fieldterm.Core behind it.
TestCase {
    id: testCase
    name: "Main"
    when: windowShown

    property var window: null

    function init() {
        Camera.reset();
        Duty.reset();
        Storage.reset();
        AppSettings.reset();
        TodayRecordings.reset();
        Session.reset();              // signed in: the gate shows the page stack
        Cases.reset();
        Audit.reset();
        Theme.highContrast = false;
    }

    function cleanup() {
        if (window)
            window.destroy();
        window = null;
        wait(0);                  // let the destroyed window go before the next test
    }

    function createMain() {
        const component = Qt.createComponent("qrc:/Fieldterm/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null);
        verify(window);
        verify(waitForRendering(window.contentItem));
        return window;
    }

    function rowLayouts(item, found) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (String(child).startsWith("QQuickRowLayout"))
                found.push(child);
            rowLayouts(child, found);
        }
        return found;
    }

    function test_window() {
        const w = createMain();
        compare(w.title, "执法终端");
        compare(w.width, 720);
        compare(w.height, 1280);
        verify(w.visible);
        const stack = findChild(w.contentItem, "stack");
        compare(stack.depth, 1);
        verify(findChild(stack.currentItem, "recordButton"));
    }

    function test_themeFollowsSetting() {
        createMain();
        verify(!Theme.highContrast);
        AppSettings.highContrast = true;
        verify(Theme.highContrast);
        AppSettings.highContrast = false;
        verify(!Theme.highContrast);
    }

    // The persisted outdoor setting is applied while the window is built; the page's rows must
    // still be laid out for the bolder type (no item drawn over its neighbour).
    function test_outdoorAtStartLaysOutCleanly_data() {
        return [ { tag: "normal", hc: false }, { tag: "outdoor", hc: true } ];
    }

    function test_outdoorAtStartLaysOutCleanly(data) {
        AppSettings.highContrast = data.hc;
        const w = createMain();
        compare(Theme.highContrast, data.hc);
        const bar = findChild(w.contentItem, "statusBar");
        verify(bar);
        for (const row of rowLayouts(bar, [])) {
            for (let i = 0; i < row.children.length; ++i) {
                const item = row.children[i];
                if (item.visible && item.elide === Text.ElideNone)
                    verify(item.width >= item.implicitWidth - 0.5,
                           item + " squeezed: " + item.width + " < " + item.implicitWidth);
            }
        }
    }
}
