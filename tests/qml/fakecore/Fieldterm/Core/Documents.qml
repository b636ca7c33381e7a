// Fake Documents facade (issue 4, /work/notes/docspec.md) for QML tests and screenshots: the
// facade's whole API over in-memory documents — case c-101 has a 询问笔录 draft (10 Q/A pairs,
// a few errors; its fields cover every field type) and a locked 当场处罚决定书. A small rule set
// stands in for the engine (required, id numbers, phone, money, dates, the fine limit) so
// errors appear and go away as in the app. Invokables record their calls in `calls`
// ("name:arg:…", values as JSON). Test helpers: reset(), _fillQa(n), _lockError.
//
// `form` is a ListModel with dynamic roles (a role's type changes with the field type). ListModel
// turns a JS array into a nested model of objects (and cannot hold strings), so the array roles
// (options, a multichoice value) are stored as array-like objects {0: …, length: n}; pages read
// them with Array.from(), which takes the C++ model's real arrays as well.
pragma Singleton
import QtQuick

QtObject {
    id: docs

    // --- the facade's properties ---------------------------------------------------------------
    readonly property var templates: [
        { id: "site_inspection", title: "现场检查（勘验）笔录", version: 1 },
        { id: "inquiry_record", title: "询问笔录", version: 1 },
        { id: "correction_order", title: "责令（限期）改正通知书", version: 1 },
        { id: "summary_penalty", title: "当场行政处罚决定书", version: 1 },
        { id: "evidence_preservation", title: "证据先行登记保存通知书", version: 1 }
    ]
    property string documentId
    property string title
    property string number
    property string status
    property bool locked: false
    property int version: 0
    property bool canLock: false
    property int errorCount: 0
    property string savedText
    property string lastError
    property string pdfPath
    property var missingItems: []
    property ListModel form: ListModel { dynamicRoles: true }

    signal opened()

    // --- test helpers --------------------------------------------------------------------------
    property var calls: []
    property string _lockError
    property var _docs: ({})
    property int _nextId: 10
    property int _nextSeq: 16

    function reset() {
        close();
        calls = [];
        _lockError = "";
        _nextId = 10;
        _nextSeq = 16;
        const inquiry = { documentId: "doc-1", caseId: "c-101", templateId: "inquiry_record",
                          status: "draft", number: "", version: 1, pdfPath: "",
                          updatedText: "11-22 10:31", values: _inquiryValues(10) };
        const penalty = { documentId: "doc-2", caseId: "c-101", templateId: "summary_penalty",
                          status: "locked", number: "东市监简罚〔2024〕15号", version: 1,
                          pdfPath: "/var/lib/fieldterm/documents/2024/11/东市监简罚〔2024〕15号_v1.pdf",
                          updatedText: "11-22 09:48", values: _penaltyValues() };
        _docs = { "doc-1": inquiry, "doc-2": penalty };
    }
    // The open draft gets n Q/A pairs (for the 50+ pairs scrolling test).
    function _fillQa(n) {
        const doc = _docs[documentId];
        doc.values.qa = _qaPairs(n);
        _sync();
    }
    function _record(call) { calls = calls.concat([call]); }
    function _now() { return Qt.formatDateTime(new Date(), "yyyy-MM-ddTHH:mm"); }

    // --- templates (just enough of the five for the UI) ------------------------------------------
    function _opt(pairs) { return pairs.map(p => ({ value: p[0], label: p[1] })); }
    function _sigs(partyLabel) {
        return [
            { id: "personSignature", type: "signature", label: partyLabel, signer: "party", required: true },
            { id: "askerSignature", type: "signature", label: "执法人员签名", signer: "inspector1", required: true },
            { id: "recorderSignature", type: "signature", label: "执法人员签名", signer: "inspector2", required: true }
        ];
    }
    function _fields(templateId) {
        switch (templateId) {
        case "inquiry_record":
            return [
                { id: "startTime", type: "datetime", label: "询问时间（起）", required: true },
                { id: "endTime", type: "datetime", label: "询问时间（止）", hint: "询问结束时填写" },
                { id: "place", type: "address", label: "询问地点", required: true },
                { id: "location", type: "gps", label: "询问地点坐标" },
                { id: "asker", type: "text", label: "询问人", readOnly: true },
                { id: "recorder", type: "text", label: "记录人", required: true, hint: "另一名执法人员的姓名和执法证号" },
                { id: "intervieweeName", type: "text", label: "被询问人姓名", required: true, maxLength: 50 },
                { id: "gender", type: "choice", label: "性别", options: _opt([["male", "男"], ["female", "女"]]) },
                { id: "age", type: "number", label: "年龄" },
                { id: "birthDate", type: "date", label: "出生日期" },
                { id: "intervieweeId", type: "idcard", label: "身份证号", required: true },
                { id: "phone", type: "phone", label: "联系电话" },
                { id: "employer", type: "organisation", label: "工作单位" },
                { id: "employerCode", type: "uscc", label: "当事单位统一社会信用代码" },
                { id: "witness", type: "person", label: "在场人" },
                { id: "rightsNotified", type: "multichoice", label: "已告知事项", required: true,
                  options: _opt([["identity", "执法人员身份并出示执法证件"], ["recusal", "申请回避的权利"],
                                 ["truth", "如实回答问题的义务"], ["defence", "陈述、申辩的权利"]]) },
                { id: "recusal", type: "choice", label: "是否申请回避", required: true,
                  options: _opt([["no", "不申请"], ["yes", "申请回避"]]) },
                { id: "goodsValue", type: "money", label: "涉案物品货值", hint: "按标价计算，单位：元" },
                { id: "evidenceShown", type: "evidence", label: "向被询问人出示的证据" },
                { id: "qa", type: "repeat", label: "询问内容", itemLabel: "第 %1 问", addText: "添加一问",
                  minItems: 1, fields: [
                      { id: "question", type: "longtext", label: "问", required: true },
                      { id: "answer", type: "longtext", label: "答", required: true }] },
                { id: "statement", type: "longtext", label: "被询问人意见", readOnly: true }
            ].concat(_sigs("被询问人签名"));
        case "summary_penalty":
            return [
                { id: "partyKind", type: "choice", label: "当事人类型", required: true,
                  options: _opt([["person", "个人"], ["organisation", "单位"]]) },
                { id: "party", type: "person", label: "当事人", required: true },
                { id: "facts", type: "longtext", label: "违法事实", required: true },
                { id: "legalBasis", type: "longtext", label: "处罚依据", required: true },
                { id: "penaltyType", type: "choice", label: "处罚种类", required: true,
                  options: _opt([["warning", "警告"], ["fine", "罚款"]]) },
                { id: "fineAmount", type: "money", label: "罚款金额", required: true,
                  relevant: v => v.penaltyType === "fine" },
                { id: "payment", type: "choice", label: "缴纳方式",
                  options: _opt([["bank", "到指定银行缴纳"], ["online", "网上缴纳"], ["spot", "当场收缴"]]) },
                { id: "remedy", type: "longtext", label: "救济途径", readOnly: true }
            ].concat(_sigs("当事人签名"));
        case "correction_order":
            return [
                { id: "violation", type: "longtext", label: "发现的违法行为", required: true },
                { id: "legalBasis", type: "longtext", label: "依据", required: true },
                { id: "correction", type: "longtext", label: "改正内容", required: true },
                { id: "correctBy", type: "date", label: "改正期限", required: true }
            ].concat(_sigs("当事人签名"));
        case "evidence_preservation":
            return [
                { id: "items", type: "repeat", label: "登记保存物品", itemLabel: "物品 %1", addText: "添加一项物品",
                  minItems: 1, fields: [
                      { id: "name", type: "text", label: "名称", required: true },
                      { id: "quantity", type: "number", label: "数量", required: true }] },
                { id: "keptAt", type: "address", label: "保存地点", required: true },
                { id: "periodDays", type: "number", label: "保存期限（日）", required: true, hint: "不超过 7 日" }
            ].concat(_sigs("当事人签名"));
        default:   // site_inspection
            return [
                { id: "startTime", type: "datetime", label: "检查时间（起）", required: true },
                { id: "place", type: "address", label: "检查地点", required: true },
                { id: "party", type: "organisation", label: "当事人", required: true },
                { id: "findings", type: "longtext", label: "检查情况", required: true },
                { id: "evidence", type: "evidence", label: "现场照片或录像" },
                { id: "opinion", type: "longtext", label: "当事人意见" }
            ].concat(_sigs("当事人签名"));
        }
    }

    // --- sample values -------------------------------------------------------------------------
    function _qaPairs(n) {
        const base = [
            ["我们是北京市东城区市场监督管理局的执法人员，这是我们的执法证件，请过目。你是否看清楚了？", "看清楚了。"],
            ["依法你有申请执法人员回避的权利，你是否申请回避？", "不申请。"],
            ["你应当如实回答询问，作伪证要承担法律责任，你听清楚了吗？", "听清楚了。"],
            ["请介绍一下你的基本情况和在本店的职务。", "我叫刘志强，是北京鑫源餐饮管理有限公司的店长，负责店里的日常经营和进货。"],
            ["今天上午我们在你店后厨冷藏柜内发现 3 件超过保质期的预包装食品，你是否知情？", "不知道，可能是员工没有及时清理。"],
            ["这批食品是从哪里进的货？有没有进货查验记录？", "是从新发地一家批发商进的，进货单据我找一下，可能没有保存。"],
            ["这些过期食品是否已经用于加工或者销售？", "没有，放在最里面，一直没用。"],
            ["店里平时是否对库存食品的保质期进行检查？", "每周检查一次，这周还没来得及查。"],
            ["以上过期食品的货值是多少？", "三件加起来大概一百二十元。"],
            ["你还有什么需要补充的吗？", ""]
        ];
        const pairs = [];
        for (let i = 0; i < n; ++i) {
            const p = i < base.length ? base[i]
                                      : ["第 " + (i + 1) + " 个问题：请说明该批次食品的进货日期和数量。",
                                         "回答 " + (i + 1) + "：十一月初进的货，共两箱。"];
            pairs.push({ question: p[0], answer: p[1].length > 0 ? p[1] : null });
        }
        return pairs;
    }
    function _inquiryValues(n) {
        return {
            startTime: "2024-11-22T10:05", endTime: null, place: "东城区东直门内大街 23 号店内办公室",
            location: { latitude: 39.94021, longitude: 116.41702 },
            asker: "王建国（执法证号 11010120230017）", recorder: null,
            intervieweeName: "刘志强", gender: "male", age: 38, birthDate: "1986-03-07",
            intervieweeId: "110105198603070036", phone: "13911112222",
            employer: { name: "北京鑫源餐饮管理有限公司", creditCode: "91110101MA01XK3T3T", representative: "陈立新" },
            employerCode: "91110101MA01XK3T3T",
            witness: { name: "孙丽", idNo: "110101199201154526", phone: "13600001111" },
            rightsNotified: ["identity", "recusal", "truth"], recusal: "no", goodsValue: 120,
            evidenceShown: { kind: "recording", evidenceId: "", recordingId: "rec-1", offsetMs: 58000,
                             label: "录像 11:06" },
            qa: _qaPairs(n),
            statement: "以上笔录我已看过，与我说的相符。",
            personSignature: null,
            askerSignature: { strokes: _sampleStrokes(), width: 680, height: 600,
                              signedAt: "2024-11-22T10:29", signerName: "王建国", refused: false },
            recorderSignature: null
        };
    }
    function _penaltyValues() {
        const sig = (name, at) => ({ strokes: _sampleStrokes(), width: 680, height: 600, signedAt: at,
                                     signerName: name, refused: false });
        return {
            partyKind: "person", party: { name: "王强", idNo: "130102198812121218", phone: "13811223344" },
            facts: "2024 年 11 月 16 日，当事人在东城区交道口南大街 66 号经营的水果摊未明码标价。",
            legalBasis: "《中华人民共和国价格法》第十三条、第四十二条",
            penaltyType: "fine", fineAmount: 150, payment: "online",
            remedy: "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内向人民法院提起行政诉讼。",
            personSignature: sig("王强", "2024-11-16T16:40"),
            askerSignature: sig("王建国", "2024-11-16T16:41"),
            recorderSignature: sig("李娜", "2024-11-16T16:41")
        };
    }
    // A hand-written-looking name in a 680 × 600 pad: a few curved strokes.
    function _sampleStrokes() {
        const strokes = [];
        for (let s = 0; s < 4; ++s) {
            const stroke = [];
            for (let i = 0; i <= 16; ++i) {
                const t = i / 16;
                stroke.push([80 + s * 140 + t * 110, 300 + Math.sin(t * Math.PI * (1.5 + s * 0.5)) * (60 + s * 15)]);
            }
            strokes.push(stroke);
        }
        strokes.push([[60, 420], [620, 400]]);
        return strokes;
    }

    // --- the rules the engine would apply ------------------------------------------------------
    function _empty(v) {
        if (v === null || v === undefined)
            return true;
        if (typeof v === "string")
            return v.trim().length === 0;
        if (Array.isArray(v))
            return v.length === 0;
        if (typeof v === "object")
            return Object.keys(v).every(k => _empty(v[k]));
        return false;
    }
    function _idCardOk(id) {
        if (!/^\d{17}[\dX]$/.test(id))
            return false;
        const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        let sum = 0;
        for (let i = 0; i < 17; ++i)
            sum += Number(id[i]) * weights[i];
        return "10X98765432"[sum % 11] === id[17];
    }
    function _error(f, v, values) {
        if (f.type === "signature") {
            const signed = v && ((v.strokes && v.strokes.length > 0) || (v.refused && v.refusalReason));
            return f.required && !signed ? f.label + "：尚未签名（当事人拒签须记录理由）" : "";
        }
        if (_empty(v))
            return f.required && !f.readOnly ? "请填写" + f.label : "";
        switch (f.type) {
        case "idcard":
            if (String(v).length !== 18) return f.label + "应为 18 位，现在是 " + String(v).length + " 位";
            return _idCardOk(v) ? "" : f.label + "校验位不对：请核对最后一位";
        case "uscc":
            return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) ? "" : f.label + "应为 18 位数字或大写字母（不含 I、O、S、V、Z）";
        case "phone":
            return /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(v) ? "" : f.label + "格式不对：手机号 11 位，座机如 010-64001234";
        case "number":
            return typeof v === "number" ? "" : f.label + "应为数字";
        case "money":
            if (typeof v !== "number") return f.label + "应为金额，如 120.50";
            if (Math.round(v * 100) !== v * 100) return f.label + "最多两位小数";
            if (f.id === "fineAmount" && values.partyKind === "person" && v > 200)
                return "简易程序对个人罚款不得超过 200 元：请改用一般程序";
            return v > 0 ? "" : f.label + "应大于 0";
        case "date":
            if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return f.label + "应为 年-月-日，如 2024-11-22";
            return f.id === "correctBy" && v <= Qt.formatDate(new Date(), "yyyy-MM-dd")
                ? "改正期限须晚于今天" : "";
        case "datetime":
            return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? "" : f.label + "应为 年-月-日 时:分";
        }
        return f.maxLength > 0 && String(v).length > f.maxLength ? f.label + "过长：最多 " + f.maxLength + " 个字" : "";
    }
    function _display(f, v) {
        if (_empty(v))
            return "";
        switch (f.type) {
        case "choice": { const o = f.options.find(x => x.value === v); return o ? o.label : String(v); }
        case "multichoice": return f.options.filter(o => v.indexOf(o.value) >= 0).map(o => o.label).join("、");
        case "money": return "¥" + Number(v).toFixed(2);
        case "datetime": return String(v).replace("T", " ");
        case "person": return [v.name, v.idNo, v.phone].filter(x => x).join(" · ");
        case "organisation": return [v.name, v.creditCode, v.representative].filter(x => x).join(" · ");
        case "gps": return "N" + v.latitude.toFixed(5) + " E" + v.longitude.toFixed(5);
        case "evidence": return v.label || v.evidenceId || v.recordingId;
        case "signature": return v.refused ? "拒绝签名：" + v.refusalReason : "已签名";
        }
        return String(v);
    }
    function _listLike(array) {
        const out = { length: array.length };
        for (let i = 0; i < array.length; ++i)
            out[i] = array[i];
        return out;
    }
    function _row(kind, path, f, v, error, depth, itemIndex, values) {
        return { kind: kind, path: path, fieldId: f.id, type: f.type, label: f.label, hint: f.hint || "",
                 value: Array.isArray(v) ? _listLike(v) : (v === undefined ? null : v),
                 displayValue: kind === "field" ? _display(f, v) : "",
                 error: error, required: f.required === true, readOnly: f.readOnly === true,
                 depth: depth, itemIndex: itemIndex, options: _listLike(f.options || []),
                 signer: f.signer || "", maxLength: f.maxLength || 0 };
    }
    function _rows(doc) {
        const rows = [];
        for (const f of _fields(doc.templateId)) {
            if (f.relevant && !f.relevant(doc.values))
                continue;
            const v = doc.values[f.id];
            if (f.type !== "repeat") {
                rows.push(_row("field", f.id, f, v, _error(f, v, doc.values), 0, -1));
                continue;
            }
            const items = v || [];
            rows.push(_row("group", f.id, f, null, items.length < (f.minItems || 0) ? "至少需要 " + f.minItems + " 项" : "", 0, -1));
            items.forEach((item, i) => {
                const itemPath = f.id + "[" + i + "]";
                rows.push(_row("item", itemPath, { id: f.id, type: "repeat", label: f.itemLabel.arg(i + 1) },
                               null, "", 1, i));
                for (const sub of f.fields)
                    rows.push(_row("field", itemPath + "." + sub.id, sub, item[sub.id],
                                   _error(sub, item[sub.id], doc.values), 2, i));
            });
            // As the engine does: the add row's label is the button text.
            rows.push(_row("add", f.id, { id: f.id, type: "repeat", label: f.addText }, null, "", 1, items.length));
        }
        return rows;
    }
    // Patches the model: rows before the first structural change only get their changed roles
    // (so a field being typed in keeps its delegate and focus); the rest is replaced.
    function _sync() {
        const doc = _docs[documentId];
        const rows = doc ? _rows(doc) : [];
        let same = 0;
        while (same < rows.length && same < form.count && form.get(same).path === rows[same].path
               && form.get(same).kind === rows[same].kind)
            ++same;
        if (form.count > same)
            form.remove(same, form.count - same);
        for (let i = 0; i < same; ++i) {
            const old = form.get(i);
            for (const role of ["value", "displayValue", "error", "label"]) {
                if (JSON.stringify(old[role]) !== JSON.stringify(rows[i][role]))
                    form.setProperty(i, role, rows[i][role]);
            }
        }
        for (let i = same; i < rows.length; ++i)
            form.append(rows[i]);
        missingItems = doc && doc.status === "draft" ? rows.filter(r => r.error.length > 0).map(r => r.error) : [];
        const errors = missingItems.length;
        errorCount = errors;
        canLock = doc !== undefined && doc.status === "draft" && errors === 0;
    }
    function _path(path) {
        const m = /^([A-Za-z_]\w*)(?:\[(\d+)\](?:\.([A-Za-z_]\w*))?)?$/.exec(path);
        return m ? { id: m[1], index: m[2] === undefined ? -1 : Number(m[2]), sub: m[3] || "" } : null;
    }
    function _store(path, value) {
        const doc = _docs[documentId];
        const p = _path(path);
        if (!doc || !p || doc.status !== "draft")
            return false;
        if (p.index < 0)
            doc.values[p.id] = value;
        else if (doc.values[p.id] && doc.values[p.id][p.index])
            doc.values[p.id][p.index][p.sub] = value;
        else
            return false;
        doc.updatedText = Qt.formatDateTime(new Date(), "MM-dd HH:mm");
        savedText = "已自动保存 " + Qt.formatTime(new Date(), "HH:mm:ss");
        _sync();
        return true;
    }

    // --- invokables ----------------------------------------------------------------------------
    function documentsFor(caseId) {
        _record("documentsFor:" + caseId);
        return Object.keys(_docs).map(k => _docs[k]).filter(d => d.caseId === caseId).map(d => ({
            documentId: d.documentId, templateId: d.templateId,
            title: templates.find(t => t.id === d.templateId).title, status: d.status,
            statusLabel: d.status === "locked" ? "已锁定" : "草稿", number: d.number,
            version: d.version, updatedText: d.updatedText }));
    }
    function create(caseId, templateId) {
        _record("create:" + caseId + ":" + templateId);
        if (!templates.some(t => t.id === templateId))
            return "";
        const id = "doc-" + (++_nextId);
        const values = templateId === "inquiry_record" ? { qa: [{ question: null, answer: null }] }
                     : templateId === "evidence_preservation" ? { items: [{ name: null, quantity: null }] } : {};
        _docs[id] = { documentId: id, caseId: caseId, templateId: templateId, status: "draft", number: "",
                      version: 1, pdfPath: "", updatedText: "11-22 10:40", values: values };
        return id;
    }
    function open(id) {
        _record("open:" + id);
        const doc = _docs[id];
        form.clear();
        documentId = doc ? id : "";
        title = doc ? templates.find(t => t.id === doc.templateId).title : "";
        number = doc ? doc.number : "";
        status = doc ? doc.status : "";
        locked = doc ? doc.status === "locked" : false;
        version = doc ? doc.version : 0;
        pdfPath = doc ? doc.pdfPath : "";
        savedText = doc && doc.status === "draft" ? "已自动保存 " + doc.updatedText.slice(6) + ":00" : "";
        lastError = doc ? "" : "找不到这份文书：请返回案件重新打开";
        _sync();
        opened();
    }
    function close() {
        _record("close");
        form.clear();
        documentId = ""; title = ""; number = ""; status = ""; locked = false; version = 0;
        pdfPath = ""; savedText = ""; lastError = ""; canLock = false; errorCount = 0;
        missingItems = [];
    }
    function setValue(path, value) {
        _record("setValue:" + path + ":" + JSON.stringify(value));
        _store(path, value);
    }
    function addItem(groupPath) {
        _record("addItem:" + groupPath);
        const doc = _docs[documentId];
        if (!doc || doc.status !== "draft")
            return;
        const f = _fields(doc.templateId).find(x => x.id === groupPath);
        const item = {};
        for (const sub of f.fields)
            item[sub.id] = null;
        doc.values[groupPath] = (doc.values[groupPath] || []).concat([item]);
        _sync();
    }
    function removeItem(itemPath) {
        _record("removeItem:" + itemPath);
        const doc = _docs[documentId];
        const p = _path(itemPath);
        if (!doc || !p || p.index < 0 || doc.status !== "draft")
            return;
        doc.values[p.id] = doc.values[p.id].filter((x, i) => i !== p.index);
        _sync();
    }
    function sign(path, strokes, width, height) {
        _record("sign:" + path + ":" + strokes.length + ":" + Math.round(width) + "x" + Math.round(height));
        _store(path, { strokes: strokes, width: width, height: height, signedAt: _now(),
                       signerName: path === "personSignature" ? "" : "王建国", refused: false });
    }
    function refuseSignature(path, reason) {
        _record("refuseSignature:" + path + ":" + reason);
        _store(path, { strokes: [], width: 0, height: 0, signedAt: _now(), refused: true, refusalReason: reason });
    }
    function lock() {
        _record("lock");
        const doc = _docs[documentId];
        if (_lockError.length > 0)
            return _lockError;
        if (!doc || !canLock)
            return "还有 " + errorCount + " 处未完成，不能锁定：请按页面下方的提示补全";
        doc.status = "locked";
        doc.number = "东市监询〔2024〕" + (_nextSeq++) + "号";
        doc.pdfPath = "/var/lib/fieldterm/documents/2024/11/" + doc.number + "_v" + doc.version + ".pdf";
        open(doc.documentId);
        return "";
    }
    function newVersion() {
        _record("newVersion");
        const doc = _docs[documentId];
        if (!doc || doc.status !== "locked")
            return "";
        const id = "doc-" + (++_nextId);
        _docs[id] = { documentId: id, caseId: doc.caseId, templateId: doc.templateId, status: "draft",
                      number: "", version: doc.version + 1, pdfPath: "", updatedText: "11-22 10:45",
                      values: JSON.parse(JSON.stringify(doc.values)), supersedes: doc.documentId };
        return id;
    }

    Component.onCompleted: reset()
}
