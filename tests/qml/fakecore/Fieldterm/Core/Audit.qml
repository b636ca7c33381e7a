// Fake Audit facade (AuditController, app/ui) for QML tests and screenshots. verify() finishes
// after a short timer with the result set by _setNextResult() (intact by default); calls are
// recorded.
pragma Singleton
import QtQuick

QtObject {
    id: audit

    property bool verifying: false
    property bool hasResult: false
    property bool lastIntact: false
    property string lastMessage
    property int lastRows: 0
    property int lastBrokenSeq: 0
    property string lastCheckedText
    property var recent: _sampleRows()

    // --- test helpers --------------------------------------------------------------------
    property var calls: []
    property int _delayMs: 100
    property var _next: ({ intact: true, rows: 1284, brokenSeq: 0,
                           message: "审计记录完整：共 1284 条，哈希链校验通过" })

    property Timer _timer: Timer {
        interval: audit._delayMs
        onTriggered: audit._setResult(audit._next)
    }

    function _sampleRows() {
        return [
            { seq: 1284, atText: "11-22 14:21:07", officerNo: "31000000001", actionLabel: "开始录像", objectText: "录像 rec-3" },
            { seq: 1283, atText: "11-22 14:20:55", officerNo: "31000000001", actionLabel: "解锁屏幕", objectText: "" },
            { seq: 1282, atText: "11-22 13:02:11", officerNo: "31000000001", actionLabel: "关联案件", objectText: "录像 rec-2 → 市监检〔2024〕118 号" },
            { seq: 1281, atText: "11-22 11:18:30", officerNo: "31000000001", actionLabel: "停止录像", objectText: "录像 rec-2（原因：执法场所转移）" },
            { seq: 1280, atText: "11-22 11:05:42", officerNo: "31000000001", actionLabel: "标记", objectText: "告知" },
            { seq: 1279, atText: "11-22 09:30:15", officerNo: "31000000001", actionLabel: "登录", objectText: "执法人员 张明" }
        ];
    }
    function _record(call) { calls = calls.concat([call]); }
    function _setNextResult(intact, rows, brokenSeq, message) {
        _next = { intact: intact, rows: rows, brokenSeq: brokenSeq, message: message };
    }
    function _setResult(r) {
        lastIntact = r.intact;
        lastRows = r.rows;
        lastBrokenSeq = r.brokenSeq;
        lastMessage = r.message;
        lastCheckedText = "11-22 14:30:02";
        hasResult = true;
        verifying = false;
    }

    function reset() {
        _timer.stop();
        _delayMs = 100;
        calls = [];
        verifying = false;
        hasResult = false;
        lastIntact = false;
        lastMessage = "";
        lastRows = 0;
        lastBrokenSeq = 0;
        lastCheckedText = "";
        recent = _sampleRows();
        _setNextResult(true, 1284, 0, "审计记录完整：共 1284 条，哈希链校验通过");
    }

    // --- the facade -----------------------------------------------------------------------
    function verify() {
        _record("verify");
        if (verifying)
            return;
        verifying = true;
        _timer.restart();
    }
    function refreshRecent() {
        _record("refreshRecent");
        recent = _sampleRows();
    }
}
