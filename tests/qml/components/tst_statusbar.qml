import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "StatusBar"
    width: 720
    height: 200
    visible: true
    when: windowShown

    Component {
        id: barComponent
        StatusBar {
            width: 720
            officerName: "王建国"
            officerNo: "11010120230017"
            deviceId: "FT-SIM-0001"
        }
    }

    function test_position_data() {
        return [
            { tag: "fix", fix: true, text: "N39.90869 E116.39748", label: "N39.90869 E116.39748" },
            { tag: "no fix", fix: false, text: "", label: "无定位" },
            { tag: "stale text without fix", fix: false, text: "N39.90869 E116.39748", label: "无定位" },
            { tag: "receiver silent", fix: false, stale: true, text: "N39.90869 E116.39748", label: "定位过期" },
            { tag: "fix with detail", fix: true, text: "N31.23520 E121.47510", detail: "8 颗卫星 · 差分 · ±4 m",
              label: "N31.23520 E121.47510" }
        ];
    }

    function test_position(data) {
        const bar = createTemporaryObject(barComponent, testCase, { hasFix: data.fix, positionText: data.text,
                                                                   fixStale: data.stale === true,
                                                                   fixDetail: data.detail || "" });
        compare(bar.positionLabel, data.label);
        const detail = findChild(bar, "fixDetail");
        verify(detail);
        compare(detail.visible, data.fix && (data.detail || "").length > 0);
        if (detail.visible)
            compare(detail.text, data.detail);
    }

    function test_clock() {
        const bar = createTemporaryObject(barComponent, testCase, { now: new Date(2025, 0, 12, 7, 5, 9) });
        compare(bar.clockText, "07:05:09");
    }

    function test_clockRuns() {
        const bar = createTemporaryObject(barComponent, testCase, { now: new Date(2000, 0, 1, 0, 0, 0) });
        // The timer replaces the set time with the current one within a second.
        tryVerify(() => bar.now.getFullYear() > 2000, 3000);
    }

    // Every row-layout inside `item`, depth first.
    function rowLayouts(item, found) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (String(child).startsWith("QQuickRowLayout"))
                found.push(child);
            rowLayouts(child, found);
        }
        return found;
    }

    function test_rowsDoNotOverlap_data() {
        return [
            { tag: "normal", hc: false, switchAfter: false },
            { tag: "outdoor", hc: true, switchAfter: false },
            { tag: "switched to outdoor while shown", hc: true, switchAfter: true },
            { tag: "switched back while shown", hc: false, switchAfter: true },
            { tag: "switched before the first frame", hc: true, switchAfter: true, early: true }
        ];
    }

    // Long names must elide, not push items over each other — in both themes.
    function test_rowsDoNotOverlap(data) {
        Theme.highContrast = data.switchAfter ? !data.hc : data.hc;
        const bar = createTemporaryObject(barComponent, testCase, {
            agency: "北京市东城区市场监督管理局综合行政执法大队第三中队", simulated: true,
            hasFix: true, positionText: "N39.90869 E116.39748", minutesLeft: 24, storageLow: true });
        if (data.early)
            Theme.highContrast = data.hc;   // as Main.qml's Binding does while the page is built
        waitForRendering(bar);
        if (data.switchAfter && !data.early) {
            Theme.highContrast = data.hc;   // the outdoor switch is pressed with the page on screen
            waitForRendering(bar);
        }
        const rows = rowLayouts(bar, []);
        compare(rows.length, 2);
        for (const row of rows) {
            const items = [];
            for (let i = 0; i < row.children.length; ++i)
                if (row.children[i].visible)
                    items.push(row.children[i]);
            items.sort((a, b) => a.x - b.x);
            for (let i = 1; i < items.length; ++i) {
                const gap = items[i].x - (items[i - 1].x + items[i - 1].width);
                verify(gap >= Theme.spacingXs, "overlap or no gap after " + items[i - 1] + ": " + gap
                       + " (width " + items[i - 1].width + ", implicit " + items[i - 1].implicitWidth + ")");
            }
            const last = items[items.length - 1];
            verify(last.x + last.width <= row.width + 0.5, "row overflows: " + (last.x + last.width));
        }
    }

    function cleanup() { Theme.highContrast = false; }

    function test_fitsTwoRowsAtScreenWidth() {
        const bar = createTemporaryObject(barComponent, testCase, {
            agency: "北京市东城区市场监督管理局综合行政执法大队第三中队", simulated: true,
            hasFix: true, positionText: "N39.90869 E116.39748", minutesLeft: 312 });
        waitForRendering(bar);
        verify(bar.implicitHeight <= 120, "status bar too tall: " + bar.implicitHeight);
        verify(bar.implicitHeight >= 2 * Theme.spacingXl);
    }
}
