import QtQuick
import QtTest
import Fieldterm

// SyncIndicator on its own: each state's text and colour, the turning icon while syncing, a
// glove-sized target that emits clicked(), in both themes.
TestCase {
    id: testCase
    name: "SyncIndicator"
    width: 400
    height: 200
    visible: true
    when: windowShown

    Component {
        id: indicatorComponent
        SyncIndicator {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    function cleanup() { Theme.highContrast = false; }

    function shownText(indicator) {
        const label = findChild(indicator, "syncIndicatorText");
        verify(label, "no text");
        return label.text;
    }

    function test_states_data() {
        return [
            { tag: "off", indicator: "off", pending: 0, text: "未登记", tone: "textSecondary" },
            { tag: "ok", indicator: "ok", pending: 0, text: "已同步", tone: "success" },
            { tag: "pending", indicator: "pending", pending: 7, text: "待同步 7", tone: "warning" },
            { tag: "syncing", indicator: "syncing", pending: 3, text: "同步中", tone: "accent" },
            { tag: "error", indicator: "error", pending: 3, text: "同步异常", tone: "" },
            { tag: "unknown state reads as off", indicator: "", pending: 0, text: "未登记", tone: "textSecondary" }
        ];
    }

    function test_states(data) {
        for (const hc of [false, true]) {
            Theme.highContrast = hc;
            const indicator = createTemporaryObject(indicatorComponent, testCase,
                                                    { indicator: data.indicator, pendingCount: data.pending });
            verify(indicator);
            waitForRendering(indicator);
            compare(shownText(indicator), data.text);
            compare(indicator.text, data.text);
            compare(indicator.Accessible.name, data.text);
            if (data.tone.length > 0) {
                compare(indicator.toneColor, Theme[data.tone]);
                compare(indicator.border.color, Theme[data.tone]);
            } else {
                // Error: white on the red fill, like ErrorBanner.
                compare(indicator.color, Theme.errorSurface);
                compare(indicator.border.color, Theme.errorBorder);
                compare(String(indicator.toneColor), "#ffffff");
            }
            verify(indicator.width >= indicator.implicitWidth);
            verify(indicator.height >= 48, "touch target " + indicator.height);
        }
    }

    function test_pendingCountFollows() {
        const indicator = createTemporaryObject(indicatorComponent, testCase, { indicator: "pending", pendingCount: 1 });
        compare(shownText(indicator), "待同步 1");
        indicator.pendingCount = 12;
        compare(shownText(indicator), "待同步 12");
    }

    // The icon turns only while syncing and settles upright afterwards.
    function test_syncingAnimates() {
        const indicator = createTemporaryObject(indicatorComponent, testCase, { indicator: "ok" });
        const icon = findChild(indicator, "syncIndicatorIcon");
        verify(!indicator.animating);
        compare(icon.name, "check");
        indicator.indicator = "syncing";
        verify(indicator.animating);
        compare(icon.name, "sync");
        tryVerify(() => icon.rotation > 0, 5000);
        indicator.indicator = "ok";
        verify(!indicator.animating);
        compare(icon.rotation, 0);
    }

    function test_tapEmitsClicked() {
        const indicator = createTemporaryObject(indicatorComponent, testCase, { indicator: "pending", pendingCount: 2 });
        waitForRendering(indicator);
        const spy = createTemporaryObject(spyComponent, testCase, { target: indicator, signalName: "clicked" });
        verify(spy.valid);
        mouseClick(indicator);
        compare(spy.count, 1);
    }
}
