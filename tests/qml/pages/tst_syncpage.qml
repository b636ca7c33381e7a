import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// SyncPage against the fake Sync: the summary (enrolled or not), the error box following
// lastError, 立即重试 reaching retryNow() and resting while syncing, the items with progress.
TestCase {
    id: testCase
    name: "SyncPage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        SyncPage { width: 720; height: 1280 }
    }

    function init() {
        Sync.reset();
        Theme.highContrast = false;
    }
    function cleanup() { Theme.highContrast = false; }

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

    // The item delegates, in model order.
    function itemRows(page) {
        const repeater = part(page, "syncItems");
        const rows = [];
        for (let i = 0; i < repeater.count; ++i)
            rows.push(repeater.itemAt(i));
        return rows;
    }

    // Shows an item of the scrolled page before a click lands on it.
    function scrollTo(page, item) {
        const flick = part(page, "syncFlick");
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height));
        waitForRendering(page);
    }

    function test_summaryEnrolled() {
        const page = createPage();
        compare(part(page, "serverLine").value, "https://jianguan.example.gov.cn");
        verify(part(page, "serverLine").visible);
        verify(!part(page, "notEnrolled").visible);
        compare(part(page, "receiptedLine").value, "2 / 5 项");
        compare(part(page, "remainingText").text, "还有 3 项待确认，约 41.3 MB 待上传");
        compare(part(page, "lastSyncText").text, "上次同步：14:20:31");
        Sync.receiptedCount = 5;
        compare(part(page, "receiptedLine").value, "5 / 5 项");
        compare(part(page, "receiptedLine").valueColor, Theme.success);
    }

    function test_notEnrolled() {
        Sync._setUnenrolled();
        const page = createPage();
        verify(part(page, "notEnrolled").visible);
        compare(part(page, "notEnrolledText").text, "未登记到监督平台");
        compare(part(page, "enrollHint").text + part(page, "enrollCommand").text,
                "请管理员用注册码登记：fieldterm-cli enroll --server 地址 --code 注册码");
        verify(!part(page, "serverLine").visible);
        // Nothing counted yet: no "all confirmed" before there is a platform.
        verify(!part(page, "receiptedLine").visible);
        verify(!part(page, "remainingText").visible);
        Sync.itemCount = 2;
        verify(part(page, "receiptedLine").visible);
        compare(part(page, "receiptedLine").value, "0 / 2 项");
        Sync.itemCount = 0;
        compare(part(page, "syncSummary").border.color, Theme.warning);
        // Retry stays available: it makes the engine look for an enrolment made meanwhile.
        verify(part(page, "retryButton").enabled);
        tryVerify(() => part(page, "noItemsText").visible);
        // Enrolled later: the page follows.
        Sync.reset();
        verify(!part(page, "notEnrolled").visible);
        verify(part(page, "serverLine").visible);
        tryVerify(() => !part(page, "noItemsText").visible);
    }

    function test_errorBoxFollowsLastError() {
        const page = createPage();
        const box = part(page, "syncError");
        verify(!box.visible);
        Sync.lastError = "无法连接监督平台：请检查网络后重试";
        verify(box.visible);
        compare(part(page, "syncErrorText").text, "无法连接监督平台：请检查网络后重试");
        compare(box.color, Theme.errorSurface);
        verify(box.height >= Theme.touchPrimary);
        Sync.lastError = "";
        verify(!box.visible);
    }

    function test_retryCallsRetryNowAndClearsError() {
        const page = createPage();
        Sync.lastError = "平台暂时不可用，稍后自动重试";
        const button = part(page, "retryButton");
        compare(button.text, "立即重试");
        verify(button.height >= Theme.touchPrimary);
        mouseClick(button);
        compare(Sync.retryCount, 1);
        verify(!part(page, "syncError").visible);
    }

    function test_videoOnCellularPolicy() {
        const page = createPage();
        const toggle = part(page, "videoOnCellularSwitch");
        compare(toggle.text, "不允许");
        verify(toggle.height >= Theme.touchMin);
        mouseClick(toggle);
        verify(Sync.videoOnCellular);
        compare(toggle.text, "已允许");
        // Not an admin: the switch is shown but cannot be used, and says why.
        Sync.canChangePolicy = false;
        verify(!toggle.enabled);
        compare(part(page, "policyHint").text, "仅管理员可以修改");
        mouseClick(toggle);
        verify(Sync.videoOnCellular);
    }

    function test_retryRestsWhileSyncing() {
        const page = createPage();
        const button = part(page, "retryButton");
        const busy = part(page, "syncBusy");
        verify(!busy.visible);
        Sync.syncing = true;
        Sync.indicator = "syncing";
        verify(!button.enabled);
        verify(busy.visible);
        verify(busy.running);
        compare(button.text, "正在同步…");
        mouseClick(button);
        compare(Sync.retryCount, 0);
        Sync.syncing = false;
        verify(button.enabled);
        verify(!busy.visible);
        mouseClick(button);
        compare(Sync.retryCount, 1);
    }

    function test_itemsWithProgress() {
        const page = createPage();
        const rows = itemRows(page);
        compare(rows.length, 5);
        verify(!part(page, "noItemsText").visible);

        const video = rows[1];
        compare(findChild(video, "itemName").text, "rec-3-seg1.mp4");
        compare(video.kindLabel, "录像（有标记）");
        compare(findChild(video, "itemStatus").text, "正在上传");
        compare(findChild(video, "itemSize").text, "25.6 MB / 64.0 MB");
        const bar = findChild(video, "itemProgress");
        compare(bar.value, 0.4);
        verify(!findChild(video, "itemError").visible);

        // Progress updates in place.
        Sync.items.setProperty(1, "progress", 0.75);
        compare(bar.value, 0.75);

        const failed = rows[3];
        compare(findChild(failed, "itemStatus").text, "失败");
        const error = findChild(failed, "itemError");
        verify(error.visible);
        compare(error.text, "平台拒收：文件摘要不符，将重新上传");
        compare(error.color, Theme.danger);
        compare(failed.border.color, Theme.errorBorder);

        compare(findChild(rows[0], "itemProgress").value, 1);
        compare(findChild(rows[4], "itemProgress").value, 0);
    }

    function test_itemsFollowModel() {
        const page = createPage();
        Sync.items.remove(0);
        compare(itemRows(page).length, 4);
        Sync.items.clear();
        tryVerify(() => part(page, "noItemsText").visible);
        Sync._addItem("audio", "录音", "audio-0001.m4a", "1.0 MB / 2.0 MB", 0.5, "sending", "正在上传");
        compare(itemRows(page).length, 1);
        tryVerify(() => !part(page, "noItemsText").visible);
    }

    // Rows keep to the page's width and do not overlap one another, in both themes.
    function test_layout_data() {
        return [ { tag: "normal", hc: false }, { tag: "outdoor", hc: true } ];
    }
    function test_layout(data) {
        Theme.highContrast = data.hc;
        const page = createPage();
        Sync.lastError = "无法连接监督平台：请检查网络后重试。长时间失败请联系管理员检查平台地址和本机登记状态";
        waitForRendering(page);
        const rows = itemRows(page);
        let previousBottom = -1;
        for (const row of rows) {
            verify(row.x >= 0 && row.x + row.width <= part(page, "syncFlick").width, "row outside the page");
            verify(row.y >= previousBottom, "rows overlap");
            previousBottom = row.y + row.height;
            const error = findChild(row, "itemError");
            if (error.visible)
                verify(error.y + error.height <= row.height, "error text spills out of its row");
        }
        const box = part(page, "syncError");
        const text = part(page, "syncErrorText");
        verify(text.mapToItem(box, 0, text.height).y <= box.height, "error text spills out of its box");
        scrollTo(page, rows[rows.length - 1]);
        verify(part(page, "syncFlick").contentHeight > part(page, "syncFlick").height
               || rows[rows.length - 1].y + rows[rows.length - 1].height <= part(page, "syncFlick").height);
    }

    function test_backPops() {
        const page = createPage();
        // Not on a stack here: 返回 must not fail.
        mouseClick(part(page, "backButton"));
        verify(page.visible);
    }
}
