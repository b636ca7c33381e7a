// Fake Review facade (ReviewController, app/ui) for QML tests and screenshots: the browse list
// of sample recordings filtered the way the C++ rule does for one squad (an inspector sees their
// own, the squad leader everyone's, the admin nothing — following the fake Session), and a
// player that moves positionMs by itself while "playing". Invokables record their calls in
// `calls` ("name:arg") so tests can assert what a press did. Test helpers: reset(),
// _openError (makes the next openRecording fail), _tick() (advance playback 1 s). Photos:
// openPhoto follows the same visibility (each successful call stands for one photo_view audit
// row, counted in _photoViews); "ph-denied" is refused, "ph-broken" points at a non-image file.
// Thumbnails: a row's still is given out on the turn after revealThumbnail, like the real gate.
pragma Singleton
import QtQuick

QtObject {
    id: review

    // --- browse --------------------------------------------------------------------------------
    property ListModel model: ListModel {}
    readonly property bool canBrowse: Session.signedIn && (Session.can("view_own") || Session.can("view_others"))
    readonly property int totalCount: model.count
    property string officerFilter
    property string dateFilter
    property string caseFilter
    property string markerFilter
    property var officerOptions: []
    readonly property var dateOptions: [
        { key: "", label: "全部日期" }, { key: "today", label: "今天" },
        { key: "7d", label: "近 7 天" }, { key: "30d", label: "近 30 天" }
    ]
    property var caseOptions: []
    readonly property var markerOptions: [
        { key: "", label: "全部标记" }, { key: "show_credentials", label: "亮证" },
        { key: "notify", label: "告知" }, { key: "question", label: "询问" },
        { key: "statement", label: "陈述申辩" }, { key: "sign", label: "签字" },
        { key: "serve", label: "送达" }, { key: "other", label: "其他" }
    ]
    property string listError

    // --- the open recording --------------------------------------------------------------------
    property string recordingId
    property string officerName
    property string startText
    property string caseId
    property string caseNo
    property string positionText
    property var markers: []
    property var photos: []
    property string state: "closed"
    readonly property bool playing: state === "playing"
    property real positionMs: 0
    property real durationMs: 0
    property real rate: 1
    property var notices: []
    property string errorText
    property bool videoAvailable: false

    // --- test helpers --------------------------------------------------------------------------
    property var calls: []
    property int _photoViews: 0
    property string _openError
    readonly property var _recordings: [
        { recordingId: "r-3", officerNo: "31000000001", officerName: "张明", startText: "2026-11-23 14:21",
          durationMs: 192000, caseId: "c-101", caseNo: "东市监立〔2024〕118号", markerCount: 3,
          markerTypes: ["show_credentials", "notify", "question"], audioOnly: false,
          positionText: "N39.90869 E116.39748 · 差分 · ±3 m",
          thumbnail: Qt.resolvedUrl("../../../data/thumb1.jpg").toString(), today: true },
        { recordingId: "r-2", officerNo: "31000000002", officerName: "李娜", startText: "2026-11-23 11:05",
          durationMs: 767000, caseId: "", caseNo: "", markerCount: 0, markerTypes: [], audioOnly: true,
          thumbnail: "", today: true },
        { recordingId: "r-1", officerNo: "31000000001", officerName: "张明", startText: "2026-11-20 09:30",
          durationMs: 1503000, caseId: "c-104", caseNo: "东市监检〔2024〕0158号", markerCount: 1,
          markerTypes: ["sign"], audioOnly: false,
          thumbnail: Qt.resolvedUrl("../../../data/thumb2.jpg").toString(), today: false }
    ]

    property Timer _playTimer: Timer {
        interval: 100
        repeat: true
        running: review.state === "playing"
        onTriggered: review._advance(100 * review.rate)
    }

    readonly property var _photos: ({
        "ph-7": { officerNo: "31000000001", officerName: "张明", takenAt: "2026-11-19 14:15:08",
                  caseId: "c-101", caseNo: "东市监立〔2024〕118号", positionText: "N39.90869 E116.39748 · 单点 · ±5 m",
                  url: Qt.resolvedUrl("../../../data/photo-large.jpg").toString() },
        "ph-31": { officerNo: "31000000001", officerName: "张明", takenAt: "2026-11-23 14:22:40",
                   caseId: "c-101", caseNo: "东市监立〔2024〕118号", recordingId: "r-3",
                   positionText: "N39.90871 E116.39752 · 差分 · ±3 m",
                   url: Qt.resolvedUrl("../../../data/photo-large.jpg").toString() },
        "ph-32": { officerNo: "31000000001", officerName: "张明", takenAt: "2026-11-23 14:23:05",
                   caseId: "c-101", caseNo: "东市监立〔2024〕118号", recordingId: "r-3",
                   url: Qt.resolvedUrl("../../../data/thumb2.jpg").toString() },
        "ph-denied": { officerNo: "31000000002", officerName: "李娜", takenAt: "2026-11-23 11:06:00",
                       caseId: "", caseNo: "", url: Qt.resolvedUrl("../../../data/thumb1.jpg").toString() },
        "ph-broken": { officerNo: "31000000001", officerName: "张明", takenAt: "2026-11-23 11:07:00",
                       caseId: "", caseNo: "", url: Qt.resolvedUrl("Review.qml").toString() }
    })

    function _record(call) { calls = calls.concat([call]); }
    function _visibleTo() {
        if (!canBrowse)
            return [];
        return _recordings.filter(r => Session.can("view_others") || r.officerNo === Session.officerNo);
    }
    function _duration(ms) {
        const s = Math.floor(ms / 1000);
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    }
    function _advance(ms) {
        positionMs = Math.min(durationMs, positionMs + ms);
        if (positionMs >= durationMs)
            state = "ended";
    }
    function _tick() { _advance(1000); }

    function reset() {
        calls = [];
        _openError = "";
        officerFilter = ""; dateFilter = ""; caseFilter = ""; markerFilter = "";
        listError = ""; errorText = "";
        _closeNow();
        _photoViews = 0;
        _revealed = [];
        _asked = [];
        videoAvailable = false;
        refresh();
        calls = [];
    }
    function _closeNow() {
        recordingId = ""; officerName = ""; startText = ""; caseId = ""; caseNo = "";
        markers = []; photos = []; notices = []; state = "closed"; positionMs = 0; durationMs = 0; rate = 1;
    }

    property var _revealed: []
    // Asynchronous like the real gate (its audit runs on the next turn).
    property var _asked: []
    property Timer _gate: Timer {
        interval: 0
        onTriggered: {
            const ids = review._asked;
            review._asked = [];
            for (const id of ids)
                review._reveal(id);
        }
    }
    function revealThumbnail(id) {
        _record("revealThumbnail:" + id);
        _asked = _asked.concat([id]);
        _gate.restart();
    }
    function _reveal(id) {
        if (_revealed.indexOf(id) < 0)
            _revealed = _revealed.concat([id]);
        for (let i = 0; i < model.count; ++i) {
            if (model.get(i).recordingId !== id)
                continue;
            const r = _recordings.find(x => x.recordingId === id);
            model.setProperty(i, "thumbnail", r.thumbnail);
            model.setProperty(i, "thumbnailPending", false);
        }
    }

    function refresh() {
        _record("refresh");
        const all = _visibleTo();
        const officers = [{ key: "", label: "全部人员" }];
        const cases = [{ key: "", label: "全部" }, { key: "linked", label: "已关联案件" },
                       { key: "unlinked", label: "未关联" }];
        for (const r of all) {
            if (!officers.some(o => o.key === r.officerNo))
                officers.push({ key: r.officerNo, label: r.officerName });
            if (r.caseId.length > 0 && !cases.some(c => c.key === r.caseId))
                cases.push({ key: r.caseId, label: r.caseNo });
        }
        officerOptions = officers;
        caseOptions = cases;
        model.clear();
        for (const r of all) {
            if (officerFilter.length > 0 && r.officerNo !== officerFilter)
                continue;
            if (dateFilter.length > 0 && !r.today)
                continue;
            if (caseFilter === "linked" && r.caseId.length === 0)
                continue;
            if (caseFilter === "unlinked" && r.caseId.length > 0)
                continue;
            if (caseFilter.length > 0 && caseFilter !== "linked" && caseFilter !== "unlinked" && r.caseId !== caseFilter)
                continue;
            if (markerFilter.length > 0 && r.markerTypes.indexOf(markerFilter) < 0)
                continue;
            // Like the real gate: a still is given out only once revealThumbnail was asked.
            const shown = _revealed.indexOf(r.recordingId) >= 0;
            model.append({ recordingId: r.recordingId, thumbnail: shown ? r.thumbnail : "",
                           thumbnailPending: !shown && r.thumbnail.length > 0, officerNo: r.officerNo,
                           officerName: r.officerName, startText: r.startText, durationMs: r.durationMs,
                           durationText: _duration(r.durationMs), caseId: r.caseId, caseNo: r.caseNo,
                           markerCount: r.markerCount, audioOnly: r.audioOnly });
        }
    }
    onOfficerFilterChanged: refresh()
    onDateFilterChanged: refresh()
    onCaseFilterChanged: refresh()
    onMarkerFilterChanged: refresh()

    function openRecording(id) {
        _record("openRecording:" + id);
        close();
        if (_openError.length > 0) {
            errorText = _openError;
            _openError = "";
            return false;
        }
        const r = _visibleTo().find(x => x.recordingId === id);
        if (!r) {
            errorText = "您无权查看这段录像（执法人员只能查看本人录像，中队长可查看本中队录像）。";
            return false;
        }
        recordingId = r.recordingId;
        officerName = r.officerName;
        startText = r.startText + ":00";
        caseId = r.caseId;
        caseNo = r.caseNo;
        positionText = r.positionText || "";
        durationMs = r.durationMs;
        markers = r.markerTypes.map((t, i) => ({ offsetMs: 20000 * (i + 1), type: t,
                                                 label: markerOptions.find(o => o.key === t).label,
                                                 timeText: _duration(20000 * (i + 1)) }));
        notices = r.recordingId === "r-1" ? ["第 2 段：文件缺失，已跳过"] : [];
        photos = Object.keys(_photos).filter(k => _photos[k].recordingId === r.recordingId)
                     .map(k => ({ evidenceId: k, thumbnail: _photos[k].url, atText: _photos[k].takenAt.slice(11) }));
        state = "paused";
        return true;
    }
    function attachVideo(item) { _record("attachVideo"); }
    function play() {
        _record("play");
        if (state === "closed" || state === "failed")
            return;
        if (state === "ended")
            positionMs = 0;
        state = "playing";
    }
    function pause() {
        _record("pause");
        if (state === "playing")
            state = "paused";
    }
    function togglePlay() {
        if (playing)
            pause();
        else
            play();
    }
    function _clamp(ms) { return Math.max(0, Math.min(durationMs, ms)); }
    function seek(ms) { _record("seek:" + Math.round(ms)); positionMs = _clamp(ms); }
    function seekPreview(ms) { _record("seekPreview:" + Math.round(ms)); positionMs = _clamp(ms); }
    function skip(deltaMs) { _record("skip:" + deltaMs); positionMs = _clamp(positionMs + deltaMs); }
    function setRate(r) {
        _record("setRate:" + r);
        if (r !== 0.5 && r !== 1 && r !== 2)
            return false;
        rate = r;
        return true;
    }
    function jumpToMarker(offsetMs) { _record("jumpToMarker:" + offsetMs); positionMs = _clamp(offsetMs); }
    function close() {
        if (state !== "closed")
            _record("close");
        _closeNow();
    }
    function dismissError() { errorText = ""; }
    function openPhoto(id) {
        _record("openPhoto:" + id);
        const p = _photos[id];
        if (!Session.signedIn)
            return { evidenceId: id, error: "请先登录。" };
        if (!p)
            return { evidenceId: id, error: "找不到这张照片（" + id + "），请刷新后重试。" };
        if (id === "ph-denied" || !(Session.can("view_others") || p.officerNo === Session.officerNo))
            return { evidenceId: id, error: "您无权查看这张照片（执法人员只能查看本人照片，中队长可查看本中队照片）。" };
        _photoViews += 1;
        return { evidenceId: id, url: p.url, takenAt: p.takenAt, officerNo: p.officerNo, officerName: p.officerName,
                 caseId: p.caseId, caseNo: p.caseNo, recordingId: p.recordingId || "", positionText: p.positionText || "",
                 error: "" };
    }
    function timeText(ms) { return _duration(ms); }

    Component.onCompleted: reset()
}
