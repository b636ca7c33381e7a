// Fake Cases facade (CasesController, see /work/notes/facades.md) for QML tests and screenshots:
// the facade's API over a handful of hard-coded sample cases. Invokables record their calls in
// `calls` ("name:arg:arg") so tests can assert what a press did. Test helpers: reset(),
// _fillMany(n) (n extra rows), _advanceError / _linkError / _reviewError (make the next call
// fail). Reviews: c-103 was returned, c-107 approved, the others are pending; every sample case
// was created by 张明 (31000000001) except c-104 (王强, 31000000003). canReview follows the fake
// Session as the C++ rule would for one squad: the review permission and not one's own case.
pragma Singleton
import QtQuick

QtObject {
    id: cases

    // --- the facade's properties ---------------------------------------------------------------
    property ListModel model: ListModel {}
    property string searchText
    property string statusFilter
    property string dateFilter
    readonly property int totalCount: model.count
    readonly property var statusOptions: [
        { key: "filed", label: "立案" }, { key: "investigating", label: "调查取证" },
        { key: "notified", label: "告知" }, { key: "decided", label: "决定" },
        { key: "served", label: "送达" }, { key: "executed", label: "执行" },
        { key: "closed", label: "结案" }
    ]
    readonly property var typeOptions: [
        { key: "inspection", label: "检查" }, { key: "summary", label: "简易程序" },
        { key: "general", label: "一般程序" }
    ]
    property string activeCaseId
    // Inspection tasks from the platform's downlink ({id, title}).
    property var tasks: [{ id: "SSJ-2026-017", title: "双随机抽查：食品经营" }]
    property string activeCaseNo
    property string activeCaseTitle
    readonly property bool stopNeedsReason: activeCaseId.length > 0 && _statusOf(activeCaseId) !== "closed"
    readonly property var stopReasons: [
        { key: "device_fault", label: "设备故障", needsNote: false },
        { key: "low_battery", label: "电量不足", needsNote: false },
        { key: "storage_full", label: "存储空间不足", needsNote: false },
        { key: "privacy", label: "涉及国家秘密或个人隐私", needsNote: false },
        { key: "scene_moved", label: "执法场所转移", needsNote: false },
        { key: "action_paused", label: "执法活动暂停（如等待当事人）", needsNote: false },
        { key: "other", label: "其他（须说明）", needsNote: true }
    ]
    readonly property var warnings: _all.filter(c => c.warningLevel > 0).map(c => ({
        caseId: c.caseId, caseNo: c.caseNo, partyName: c.partyName,
        stepLabel: _label(statusOptions, c.status), level: c.warningLevel === 2 ? "alarm" : "warn",
        text: c.warningText }))
    readonly property int warningCount: warnings.filter(w => w.level === "warn").length
    readonly property int alarmCount: warnings.filter(w => w.level === "alarm").length
    property var detail: ({})
    readonly property string reviewState: detail.caseId ? _reviewStateOf(detail.caseId) : ""
    readonly property string reviewStateLabel: ({ pending: "待审核", approved: "已通过", returned: "已退回" })[reviewState] || ""
    readonly property var reviews: detail.caseId ? _reviewsOf(detail.caseId) : []
    readonly property var latestReturn: reviewState === "returned" ? reviews[reviews.length - 1] : ({})
    readonly property bool canReview: detail.caseId !== undefined && Session.signedIn && Session.can("review")
                                      && _creatorOf(detail.caseId) !== Session.officerNo
    property string reviewError

    signal linkRequested(string recordingId)
    signal caseCreated(string caseId)

    // --- test helpers --------------------------------------------------------------------------
    property var calls: []
    property string _advanceError
    property string _linkError
    property string _reviewError
    property var _reviews: ({})    // case id → [{decision, decisionLabel, comment, reviewerNo, reviewerName, atText}]
    property var _all: []          // every case, newest first (the "database")
    property int _nextNo: 200

    function reset() {
        searchText = ""; statusFilter = ""; dateFilter = ""; detail = ({});
        _advanceError = ""; _linkError = ""; _reviewError = ""; reviewError = ""; _nextNo = 200;
        _reviews = {
            "c-103": [_review("returned", "告知环节缺少录像，请补录或在案件中说明原因。", "11-21 16:40")],
            "c-107": [_review("returned", "送达回证缺少当事人签名。", "10-20 09:15"),
                      _review("approved", "", "10-22 10:30")]
        };
        tasks = [{ id: "SSJ-2026-017", title: "双随机抽查：食品经营" }];
        _all = _samples();
        setActiveCase("c-101");
        calls = [];
        _apply();
    }
    function _fillMany(n) {
        const extra = [];
        for (let i = 0; i < n; ++i) {
            const status = statusOptions[i % statusOptions.length].key;
            extra.push(_case("m-" + i, "东市监检〔2024〕" + String(1000 + i) + "号", "inspection", status,
                             "person", "测试当事人" + i, "110105********" + String(1000 + i).slice(-4),
                             "东城区测试路 " + i + " 号", "11-0" + (1 + i % 9) + " 10:" + String(10 + i % 50),
                             i % 40, 0, ""));
        }
        _all = _all.concat(extra);
        _apply();
    }
    function _record(call) { calls = calls.concat([call]); }
    function _label(options, key) {
        const o = options.find(x => x.key === key);
        return o ? o.label : key;
    }
    function _statusOf(caseId) {
        const c = _all.find(x => x.caseId === caseId);
        return c ? c.status : "";
    }
    function _case(id, no, type, status, kind, name, idMasked, address, created, ageDays, level, text) {
        return { caseId: id, caseNo: no, type: type, typeLabel: _label(typeOptions, type),
                 status: status, statusLabel: _label(statusOptions, status), partyKind: kind,
                 partyName: name, partyIdMasked: idMasked, address: address, createdText: created,
                 ageDays: ageDays, warningLevel: level, warningText: text };
    }
    function _samples() {
        return [
            _case("c-101", "东市监立〔2024〕118号", "general", "investigating", "organisation",
                  "北京鑫源餐饮管理有限公司", "9111****3T", "东城区东直门内大街 23 号",
                  "11-22 09:30", 0, 0, ""),
            _case("c-102", "东市监立〔2024〕112号", "general", "notified", "person", "张伟",
                  "110105********0035", "东城区北新桥三条 8 号底商", "11-19 14:05", 3, 1,
                  "告知期限剩 1 天"),
            _case("c-103", "东市监立〔2024〕097号", "general", "decided", "organisation",
                  "北京康宁大药房有限公司", "9111****8K", "东城区雍和宫大街 112 号",
                  "11-08 10:42", 14, 2, "送达已超期 2 天"),
            _case("c-104", "东市监检〔2024〕0158号", "inspection", "filed", "person", "李秀英",
                  "110101********4526", "东城区簋街 45 号", "11-22 08:55", 0, 0, ""),
            _case("c-105", "东市监简〔2024〕031号", "summary", "closed", "person", "王强",
                  "130102********1218", "东城区交道口南大街 66 号", "11-16 16:20", 6, 0, ""),
            _case("c-106", "东市监检〔2024〕0131号", "inspection", "investigating", "organisation",
                  "北京华联超市东四店", "9111****6D", "东城区东四北大街 301 号", "10-28 11:15",
                  25, 0, ""),
            _case("c-107", "东市监立〔2024〕083号", "general", "served", "person", "赵敏",
                  "110108********2046", "东城区南锣鼓巷 19 号", "10-15 15:40", 38, 0, "")
        ];
    }

    function _review(decision, comment, at) {
        return { decision: decision, decisionLabel: decision === "returned" ? "退回" : "通过", comment: comment,
                 reviewerNo: "31000000003", reviewerName: "王强", atText: at };
    }
    function _reviewsOf(caseId) { return _reviews[caseId] || []; }
    function _reviewStateOf(caseId) {
        const list = _reviewsOf(caseId);
        return list.length === 0 ? "pending" : list[list.length - 1].decision;
    }
    function _creatorOf(caseId) { return caseId === "c-104" ? "31000000003" : "31000000001"; }

    function _matches(c) {
        const q = searchText.trim();
        if (q.length > 0 && c.partyName.indexOf(q) < 0 && c.caseNo.indexOf(q) < 0
                && c.partyIdMasked.indexOf(q) < 0)
            return false;
        if (statusFilter.length > 0 && c.status !== statusFilter)
            return false;
        const maxAge = { today: 0, "7d": 6, "30d": 29 }[dateFilter];
        return maxAge === undefined || c.ageDays <= maxAge;
    }
    function _apply() {
        model.clear();
        for (const c of _all.filter(_matches)) {
            model.append({ caseId: c.caseId, caseNo: c.caseNo, type: c.type, typeLabel: c.typeLabel,
                           status: c.status, statusLabel: c.statusLabel, partyName: c.partyName,
                           partyIdMasked: c.partyIdMasked, address: c.address,
                           createdText: c.createdText, warningLevel: c.warningLevel,
                           warningText: c.warningText, active: c.caseId === activeCaseId });
        }
    }
    onSearchTextChanged: _apply()
    onStatusFilterChanged: _apply()
    onDateFilterChanged: _apply()

    // --- details -------------------------------------------------------------------------------
    function _path(type) {
        if (type === "inspection") return ["filed", "investigating", "closed"];
        if (type === "summary") return ["filed", "notified", "decided", "served", "closed"];
        return ["filed", "investigating", "notified", "decided", "served", "executed", "closed"];
    }
    function _detail(c) {
        const path = _path(c.type);
        const at = path.indexOf(c.status);
        const times = ["11-19 14:05", "11-19 14:20", "11-21 10:12", "11-22 09:05", "11-23 15:30",
                       "11-25 11:00", "11-26 09:00"];
        const steps = path.map((key, i) => ({
            key: key, label: _label(statusOptions, key), done: i < at || c.status === "closed",
            current: i === at && c.status !== "closed", atText: i <= at ? times[i] : "",
            officerNo: i <= at ? (i % 2 ? "11010120230022" : "11010120230017") : "" }));
        const nextSteps = at + 1 < path.length
            ? [{ key: path[at + 1], label: _label(statusOptions, path[at + 1]) }] : [];
        const coverage = path.slice(0, Math.min(at + 1, path.length - 1)).map((key, i) => {
            const gap = c.caseId === "c-102" && key === "notified";
            return { key: key, label: _label(statusOptions, key), covered: !gap,
                     text: gap ? "缺少录像：告知环节没有录像或标记，请补录或说明原因"
                               : (i === 0 ? "录像 1 段（09:31–09:42）" : "录像 2 段，标记 4 个") };
        });
        const thumb1 = Qt.resolvedUrl("../../../data/thumb1.jpg").toString();
        const thumb2 = Qt.resolvedUrl("../../../data/thumb2.jpg").toString();
        const timeline = [
            { kind: "step", atText: "11-19 14:05", title: "立案", subtitle: "王建国 11010120230017",
              thumbnail: "", recordingId: "", evidenceId: "" },
            { kind: "recording", atText: "11-19 14:06", title: "录像 11:06", subtitle: "时长 11:32 · 标记 3 个",
              thumbnail: thumb1, recordingId: "rec-1", evidenceId: "" },
            { kind: "marker", atText: "11-19 14:07", title: "标记：亮证", subtitle: "录像 11:06 内 00:58",
              thumbnail: "", recordingId: "rec-1", evidenceId: "" },
            { kind: "photo", atText: "11-19 14:15", title: "照片", subtitle: "经营场所现场",
              thumbnail: thumb2, recordingId: "", evidenceId: "ph-7" },
            { kind: "recording", atText: "11-21 10:12", title: "录音 10:12", subtitle: "时长 06:40（仅录音）",
              thumbnail: "", recordingId: "rec-2", evidenceId: "" }
        ].slice(0, c.status === "filed" ? 1 : 5);
        const deadline = c.warningLevel > 0
            ? { level: c.warningLevel, text: c.warningLevel === 2
                  ? "送达已超期 2 天：决定书应在作出后 7 日内送达，请尽快送达"
                  : "告知后须在 3 日内作出决定，剩余 1 天（11-24 前）" }
            : { level: 0, text: "" };
        return {
            caseId: c.caseId, caseNo: c.caseNo, type: c.type, typeLabel: c.typeLabel,
            status: c.status, statusLabel: c.statusLabel, partyKind: c.partyKind,
            partyKindLabel: c.partyKind === "person" ? "个人" : "单位", partyName: c.partyName,
            partyIdNo: c.partyKind === "person" ? "110105199003070035" : "91110101MA01XK3T3T",
            partyPhone: "13911112222", address: c.address, positionText: "N39.94021 E116.41702",
            powerItemCode: "330217001000", powerItemName: _catalogue()[0].name,
            legalBasis: _catalogue()[0].legalBasis, discretion: _catalogue()[0].discretion,
            taskRef: c.type === "inspection" ? "双随机 2024-11 第 3 批" : "",
            summary: "现场检查发现后厨冷藏柜内存放超过保质期的预包装食品 3 件，当事人未能提供进货查验记录。",
            createdBy: "王建国", createdText: c.createdText, steps: steps, nextSteps: nextSteps,
            coverage: coverage, coverageComplete: coverage.every(x => x.covered),
            timeline: timeline, deadline: deadline };
    }

    // --- invokables ----------------------------------------------------------------------------
    function _catalogue() {
        return [
            { code: "330217001000", name: "对经营超过保质期食品的行政处罚", category: "行政处罚",
              legalBasis: "《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款第（五）项",
              discretion: "货值金额不足一万元的，并处五万元以上十万元以下罚款；首次违法且及时改正、危害后果轻微的，可从轻处罚" },
            { code: "330217002000", name: "对未按规定查验记录食品进货的行政处罚", category: "行政处罚",
              legalBasis: "《中华人民共和国食品安全法》第五十三条、第一百二十六条第一款第（三）项",
              discretion: "责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款" },
            { code: "330218001000", name: "食品经营者日常监督检查", category: "行政检查",
              legalBasis: "《中华人民共和国食品安全法》第一百一十条",
              discretion: "按风险等级确定检查频次：A 级每年不少于 1 次，D 级每年不少于 4 次" },
            { code: "330219004000", name: "对药品零售企业未凭处方销售处方药的行政处罚", category: "行政处罚",
              legalBasis: "《药品流通监督管理办法》第三十八条第一款",
              discretion: "责令限期改正，给予警告；逾期不改正或情节严重的，处一千元以下罚款" },
            { code: "330220003000", name: "对价格违法行为的行政处罚（未明码标价）", category: "行政处罚",
              legalBasis: "《中华人民共和国价格法》第十三条、第四十二条",
              discretion: "责令改正，没收违法所得，可以并处五千元以下罚款" },
            { code: "330221001000", name: "特种设备使用单位监督检查", category: "行政检查",
              legalBasis: "《中华人民共和国特种设备安全法》第五十七条",
              discretion: "发现重大隐患的，责令停止使用并立即报告" }
        ];
    }
    function searchPowerItems(query) {
        _record("searchPowerItems:" + query);
        const q = query.trim();
        return _catalogue().filter(p => q.length === 0 || p.code.indexOf(q) >= 0
                                        || p.name.indexOf(q) >= 0 || p.category.indexOf(q) >= 0)
                           .slice(0, 50);
    }

    function validateField(field, value, partyKind) {
        const v = String(value).trim();
        switch (field) {
        case "partyName":
            if (v.length === 0) return partyKind === "organisation" ? "请填写单位名称" : "请填写当事人姓名";
            return v.length > 50 ? "当事人名称过长：最多 50 个字" : "";
        case "partyIdNo":
            if (v.length === 0)
                return partyKind === "organisation" ? "请填写统一社会信用代码" : "请填写身份证号";
            if (v.length !== 18)
                return (partyKind === "organisation" ? "统一社会信用代码" : "身份证号")
                        + "应为 18 位，现在是 " + v.length + " 位";
            if (partyKind === "organisation")
                return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) ? "" : "统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）";
            return /^\d{17}[\dX]$/.test(v) ? "" : "身份证号应为 17 位数字加 1 位数字或 X";
        case "partyPhone":
            return v.length === 0 || /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(v)
                ? "" : "电话号码格式不对：手机号 11 位，座机如 010-64001234";
        case "address":
            if (v.length === 0) return "请填写地址";
            return v.length > 100 ? "地址过长：最多 100 个字" : "";
        case "taskRef":
            return v.length > 40 ? "检查任务编号过长：最多 40 个字" : "";
        case "summary":
            if (v.length === 0) return "请填写简要案情";
            return v.length > 2000 ? "简要案情过长：最多 2000 个字" : "";
        case "powerItemCode":
            return v.length === 0 ? "请选择权力事项" : "";
        }
        return "";
    }

    function createCase(input) {
        _record("createCase:" + JSON.stringify(input));
        const errors = {};
        if (!typeOptions.some(t => t.key === input.type))
            errors.type = "请选择案件类型";
        for (const field of ["partyName", "partyIdNo", "partyPhone", "address", "powerItemCode",
                             "taskRef", "summary"]) {
            const message = validateField(field, input[field] === undefined ? "" : input[field],
                                          input.partyKind);
            if (message.length > 0)
                errors[field] = message;
        }
        if (Object.keys(errors).length > 0)
            return { ok: false, caseId: "", caseNo: "", errors: errors };
        _nextNo += 1;
        const id = "c-" + _nextNo;
        const no = "东市监立〔2024〕" + _nextNo + "号";
        const masked = input.partyIdNo.slice(0, 4) + "********" + input.partyIdNo.slice(-4);
        _all = [_case(id, no, input.type, "filed", input.partyKind, input.partyName, masked,
                      input.address, "11-22 10:05", 0, 0, "")].concat(_all);
        _apply();
        caseCreated(id);
        return { ok: true, caseId: id, caseNo: no, errors: ({}) };
    }

    function openCase(caseId) {
        _record("openCase:" + caseId);
        const c = _all.find(x => x.caseId === caseId);
        detail = c ? _detail(c) : ({});
        reviewError = "";
    }

    function advance(caseId, stepKey, note) {
        _record("advance:" + caseId + ":" + stepKey + ":" + note);
        if (_advanceError.length > 0)
            return _advanceError;
        const c = _all.find(x => x.caseId === caseId);
        if (!c || !_detail(c).nextSteps.some(s => s.key === stepKey))
            return "不能进入这一步：请刷新后按办理顺序操作";
        c.status = stepKey;
        c.statusLabel = _label(statusOptions, stepKey);
        _all = _all.slice();
        _apply();
        if (detail.caseId === caseId)
            detail = _detail(c);
        return "";
    }

    function setActiveCase(caseId) {
        _record("setActiveCase:" + caseId);
        const c = _all.find(x => x.caseId === caseId);
        activeCaseId = c ? c.caseId : "";
        activeCaseNo = c ? c.caseNo : "";
        activeCaseTitle = c ? c.partyName : "";
        for (let i = 0; i < model.count; ++i)
            model.setProperty(i, "active", model.get(i).caseId === activeCaseId);
    }
    function clearActiveCase() {
        _record("clearActiveCase");
        activeCaseId = ""; activeCaseNo = ""; activeCaseTitle = "";
        for (let i = 0; i < model.count; ++i)
            model.setProperty(i, "active", false);
    }

    function linkRecording(recordingId, caseId) {
        _record("linkRecording:" + recordingId + ":" + caseId);
        return _linkError;
    }
    function openCasesForLink() {
        _record("openCasesForLink");
        return _all.filter(c => c.status !== "closed").map(c => ({
            caseId: c.caseId, caseNo: c.caseNo, partyName: c.partyName, statusLabel: c.statusLabel }));
    }
    function _addReview(decision, comment) {
        if (_reviewError.length > 0) {
            reviewError = _reviewError;
            return _reviewError;
        }
        if (!canReview) {
            reviewError = "当前账号无权审核案件（需要中队长）。";
            return reviewError;
        }
        if (decision === "returned" && comment.trim().length === 0) {
            reviewError = "请填写退回意见：写明需要补正的内容，执法人员会在案件中看到。";
            return reviewError;
        }
        const r = _review(decision, comment.trim(), "11-22 10:30");
        r.reviewerNo = Session.officerNo;
        r.reviewerName = Session.officerName;
        const all = Object.assign({}, _reviews);
        all[detail.caseId] = _reviewsOf(detail.caseId).concat([r]);
        _reviews = all;
        reviewError = "";
        return "";
    }
    function approve() {
        _record("approve:" + detail.caseId);
        return _addReview("approved", "");
    }
    function returnCase(comment) {
        _record("returnCase:" + detail.caseId + ":" + comment);
        return _addReview("returned", comment);
    }
    function dismissReviewError() {
        _record("dismissReviewError");
        reviewError = "";
    }

    function refresh() {
        _record("refresh");
        _apply();
    }

    Component.onCompleted: reset()
}
