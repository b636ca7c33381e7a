// Fake Sync facade (SyncController, app/ui/synccontroller.h) for QML tests and screenshots: the
// same properties, all settable, and a ListModel `items` with the roles of SyncItemModel.
// retryNow() is counted and, like the real one, clears lastError; the test decides the rest.
pragma Singleton
import QtQuick

QtObject {
    id: sync

    property bool enrolled: true
    property string server: "https://jianguan.example.gov.cn"
    property bool syncing: false
    property string indicator: "pending"        // off | ok | pending | syncing | error
    property int itemCount: 5
    property int receiptedCount: 2
    property string remainingText: "还有 3 项待确认，约 41.3 MB 待上传"
    property string lastError
    property string lastSyncText: "上次同步：14:20:31"
    property ListModel items: ListModel {}
    property bool videoOnCellular: false
    property bool canChangePolicy: true

    // --- test helpers --------------------------------------------------------------------
    property int retryCount: 0

    function _addItem(kind, kindLabel, name, sizeText, progress, status, statusLabel, error) {
        items.append({ kind: kind, kindLabel: kindLabel, name: name, sizeText: sizeText,
                       progress: progress, status: status, statusLabel: statusLabel,
                       error: error || "" });
    }
    function _sampleItems() {
        items.clear();
        _addItem("manifest", "案件清单", "东市监立〔2024〕118号", "3 KB / 3 KB", 1, "receipted", "平台已确认");
        _addItem("marked_video", "录像（有标记）", "rec-3-seg1.mp4", "25.6 MB / 64.0 MB", 0.4, "sending", "正在上传");
        _addItem("photo", "照片", "photo-0007.jpg", "2.1 MB / 2.1 MB", 1, "sent", "已上传，等待回执");
        _addItem("document", "文书", "询问笔录.pdf", "0 KB / 180 KB", 0, "failed", "失败",
                 "平台拒收：文件摘要不符，将重新上传");
        _addItem("video", "录像", "rec-2-seg1.mp4", "0 KB / 18.4 MB", 0, "queued", "排队中");
    }

    function reset() {
        enrolled = true;
        server = "https://jianguan.example.gov.cn";
        syncing = false;
        indicator = "pending";
        itemCount = 5;
        receiptedCount = 2;
        remainingText = "还有 3 项待确认，约 41.3 MB 待上传";
        lastError = "";
        lastSyncText = "上次同步：14:20:31";
        retryCount = 0;
        videoOnCellular = false;
        canChangePolicy = true;
        _sampleItems();
    }
    // Not enrolled: what a fresh device shows.
    function _setUnenrolled() {
        enrolled = false;
        server = "";
        indicator = "off";
        itemCount = 0;
        receiptedCount = 0;
        remainingText = "全部已由平台确认";
        lastSyncText = "";
        items.clear();
    }

    // --- the facade -----------------------------------------------------------------------
    function setVideoOnCellular(allowed) {
        if (canChangePolicy)
            videoOnCellular = allowed;
    }
    function retryNow() {
        retryCount += 1;
        lastError = "";
    }

    Component.onCompleted: _sampleItems()
}
