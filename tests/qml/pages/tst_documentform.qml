import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Fieldterm
import Fieldterm.Core

// DocumentFormPage bound to the fake Documents facade: one delegate per field type, typing and
// taps reach setValue with the field's path, errors show under their fields, repeat items are
// added and removed through the facade, signing and refusing go through the pad and the sheet,
// the lock button follows canLock, a locked document is read-only, and 60 Q/A pairs scroll to
// the end.
TestCase {
    id: testCase
    name: "DocumentFormPage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        DocumentFormPage { width: 720; height: 1280 }
    }

    function init() {
        Documents.reset();
        Duty.reset();
    }

    function createPage(documentId) {
        Documents.open(documentId);
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page);
        verify(waitForRendering(page));
        return page;
    }
    function part(item, name) {
        const found = findChild(item, name);
        verify(found, "no " + name);
        return found;
    }
    function indexOfPath(path, kind) {
        for (let i = 0; i < Documents.form.count; ++i) {
            const r = Documents.form.get(i);
            if (r.path === path && (kind === undefined || r.kind === kind))
                return i;
        }
        return -1;
    }
    // The delegate's loaded item for the row at `path`, scrolled to the top of the list.
    function field(page, path, kind) {
        const index = indexOfPath(path, kind);
        verify(index >= 0, "no row " + path);
        const list = page.formView;
        list.positionViewAtIndex(index, ListView.Beginning);
        list.forceLayout();
        const row = list.itemAtIndex(index);
        verify(row, "no delegate for " + path);
        verify(row.item, "delegate of " + path + " not loaded");
        settle(row);
        return row.item;
    }
    // Waits until the positioners under `item` have laid out (a new delegate's Column places its
    // children at the next polish; a tap before that lands on the wrong one).
    function settle(item) {
        waitForItemPolished(item);
        for (let i = 0; i < item.children.length; ++i)
            settle(item.children[i]);
    }
    function typeName(item) { return String(item).replace(/(_QML)?_QMLTYPE_.*|\(.*/, ""); }
    function lastCall(prefix) {
        const found = Documents.calls.filter(c => c.startsWith(prefix));
        return found.length > 0 ? found[found.length - 1] : "";
    }
    function texts(item, found) {
        if (item.visible === false)
            return found;
        if (typeof item.text === "string" && item.text.length > 0 && item.font !== undefined)
            found.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], found);
        return found;
    }

    function test_headerAndStatus() {
        const page = createPage("doc-1");
        compare(part(page, "header").title, "询问笔录");
        compare(part(page, "statusBadge").text, "草稿");
        compare(part(page, "numberText").text, "编号在锁定时生成");
        compare(part(page, "versionText").text, "第 1 版");
        verify(part(page, "savedText").text.startsWith("已自动保存"));
        compare(part(page, "errorCountText").text, Documents.errorCount + " 处待完善");
        verify(Documents.errorCount > 0);
    }

    // Every field type of the template model, with the delegate that renders it.
    function test_oneDelegatePerType() {
        const page = createPage("doc-1");
        const expected = {
            text: "TextValueField", phone: "TextValueField", address: "TextValueField",
            idcard: "TextValueField", uscc: "TextValueField", number: "TextValueField",
            money: "TextValueField", longtext: "LongTextField", date: "DateField", datetime: "DateField",
            choice: "ChoiceField", multichoice: "MultiChoiceField", person: "PartyField",
            organisation: "PartyField", gps: "GpsField", evidence: "EvidenceField",
            signature: "SignatureField", repeat: "GroupRow"
        };
        const seen = {};
        for (let i = 0; i < Documents.form.count; ++i) {
            const r = Documents.form.get(i);
            const item = field(page, r.path, r.kind);
            const want = r.kind !== "field" ? "GroupRow" : r.readOnly ? "ReadOnlyField" : expected[r.type];
            compare(typeName(item), want, r.path + " (" + r.type + ")");
            seen[r.type] = true;
        }
        for (const type of Object.keys(expected))
            verify(seen[type], "the fake has no " + type + " field");
        // Computed / read-only fields show their text, not an editor.
        compare(typeName(field(page, "asker")), "ReadOnlyField");
        compare(part(field(page, "asker"), "displayText").text, "王建国（执法证号 11010120230017）");
    }

    function test_errorsRender() {
        const page = createPage("doc-1");
        const recorder = field(page, "recorder");
        const error = part(recorder, "fieldError");
        verify(error.visible);
        compare(error.text, "请填写记录人");
        verify(part(recorder, "input").hasError);
        compare(part(field(page, "intervieweeId"), "fieldError").text, "身份证号校验位不对：请核对最后一位");
        compare(part(field(page, "qa[9].answer"), "fieldError").text, "请填写答");
        verify(!part(field(page, "place"), "fieldError").visible);
        // The bottom bar lists what is missing, in form order, and the lock stays off.
        compare(page.issues.length, Documents.errorCount);
        verify(page.issues[0].text.indexOf("记录人") >= 0);
        verify(page.issues.some(i => i.text === "第 10 问 · 答：请填写答"));
        verify(part(page, "missingList").visible);
        verify(!part(page, "lockButton").enabled);
    }

    function test_typingCallsSetValue() {
        const page = createPage("doc-1");
        const id = field(page, "intervieweeId");
        const input = part(id, "input");
        mouseClick(input);
        input.selectAll();
        keyClick(Qt.Key_Backspace);
        compare(lastCall("setValue:intervieweeId"), "setValue:intervieweeId:\"\"");
        for (const ch of "11010519860307003")
            keyClick(ch);
        compare(part(id, "fieldError").text, "身份证号应为 18 位，现在是 17 位");
        keyClick(Qt.Key_2);
        compare(lastCall("setValue:"), "setValue:intervieweeId:\"110105198603070032\"");
        verify(!part(id, "fieldError").visible, "error stays after a valid id");
        compare(input.text, "110105198603070032");
        verify(input.activeFocus, "typing lost focus");
    }

    function test_idNumberUpperCase() {
        const page = createPage("doc-1");
        const input = part(field(page, "intervieweeId"), "input");
        mouseClick(input);
        input.selectAll();
        keyClick(Qt.Key_Backspace);
        for (const ch of "11010519860307003")
            keyClick(ch);
        keyClick(Qt.Key_X);
        compare(lastCall("setValue:"), "setValue:intervieweeId:\"11010519860307003X\"");
    }

    function test_typingInAnswer() {
        const page = createPage("doc-1");
        const answer = field(page, "qa[9].answer");
        const area = part(answer, "input");
        mouseClick(area);
        keyClick(Qt.Key_M);
        keyClick(Qt.Key_E);
        compare(lastCall("setValue:"), "setValue:qa[9].answer:\"me\"");
        verify(!part(answer, "fieldError").visible);
        // The area grows with its text instead of scrolling inside the list.
        const before = area.height;
        for (let i = 0; i < 6; ++i)
            keyClick(Qt.Key_Return);
        verify(area.height > before, "text area did not grow");
    }

    function test_numberAndMoney() {
        const page = createPage("doc-1");
        const money = field(page, "goodsValue");
        verify(texts(money, []).indexOf("¥") >= 0, "no ¥ sign");
        const input = part(money, "input");
        compare(input.text, "120");
        compare(input.inputMethodHints & Qt.ImhFormattedNumbersOnly, Qt.ImhFormattedNumbersOnly);
        mouseClick(input);
        keyClick(Qt.Key_Period);
        keyClick(Qt.Key_5);
        compare(lastCall("setValue:"), "setValue:goodsValue:120.5");
        input.selectAll();
        keyClick(Qt.Key_Backspace);
        compare(lastCall("setValue:"), "setValue:goodsValue:null");
    }

    function test_dateButtons() {
        const page = createPage("doc-1");
        const birth = field(page, "birthDate");
        compare(part(birth, "dateInput").text, "1986-03-07");
        mouseClick(part(birth, "nextDayButton"));
        compare(lastCall("setValue:"), "setValue:birthDate:\"1986-03-08\"");
        const start = field(page, "startTime");
        verify(part(start, "timeInput").visible);
        compare(part(start, "timeInput").text, "10:05");
        mouseClick(part(start, "nowButton"));
        verify(/^setValue:startTime:"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"$/.test(lastCall("setValue:")), lastCall("setValue:"));
        // Digits typed on the keypad get their dashes.
        const dateInput = part(field(page, "birthDate"), "dateInput");
        mouseClick(dateInput);
        dateInput.selectAll();
        for (const ch of "19860307")
            keyClick(ch);
        compare(dateInput.text, "1986-03-07");
        compare(lastCall("setValue:"), "setValue:birthDate:\"1986-03-07\"");
    }

    function test_choiceAndMultiChoice() {
        const page = createPage("doc-1");
        const gender = field(page, "gender");
        const female = part(gender, "option_female");
        verify(female.height >= Theme.touchMin);
        verify(part(gender, "option_male").checked);
        mouseClick(female);
        compare(lastCall("setValue:"), "setValue:gender:\"female\"");
        verify(female.checked);
        const rights = field(page, "rightsNotified");
        mouseClick(part(rights, "check_defence"));
        compare(lastCall("setValue:"), "setValue:rightsNotified:[\"identity\",\"recusal\",\"truth\",\"defence\"]");
        mouseClick(part(rights, "check_recusal"));
        compare(lastCall("setValue:"), "setValue:rightsNotified:[\"identity\",\"truth\",\"defence\"]");
    }

    function test_partySubFields() {
        const page = createPage("doc-1");
        const employer = field(page, "employer");
        compare(part(employer, "part_name").text, "北京鑫源餐饮管理有限公司");
        const code = part(employer, "part_creditCode");
        mouseClick(code);
        code.selectAll();
        keyClick(Qt.Key_9);
        keyClick(Qt.Key_A);
        compare(lastCall("setValue:"),
                "setValue:employer:{\"name\":\"北京鑫源餐饮管理有限公司\",\"creditCode\":\"9A\",\"representative\":\"陈立新\"}");
        const witness = field(page, "witness");
        compare(part(witness, "part_idNo").text, "110101199201154526");
        verify(findChild(witness, "part_phone"));
    }

    function test_gpsAndEvidence() {
        const page = createPage("doc-1");
        const gps = field(page, "location");
        compare(part(gps, "coordinates").text, "N39.94021 E116.41702");
        mouseClick(part(gps, "locateButton"));
        compare(lastCall("setValue:"), "setValue:location:{\"latitude\":39.90869,\"longitude\":116.39748}");
        compare(part(gps, "coordinates").text, "N39.90869 E116.39748");
        Duty.hasFix = false;
        verify(!part(gps, "locateButton").enabled);

        const evidence = field(page, "evidenceShown");
        compare(part(evidence, "evidenceText").text, "录像 11:06 第 00:58");
        mouseClick(part(evidence, "clearEvidenceButton"));
        compare(lastCall("setValue:"), "setValue:evidenceShown:null");
        compare(part(evidence, "evidenceText").text, "未关联证据");
    }

    function test_addAndRemoveItems() {
        const page = createPage("doc-1");
        const rows = Documents.form.count;
        const add = field(page, "qa", "add");
        const button = part(add, "addItemButton");
        compare(button.text, "添加一问");
        mouseClick(button);
        compare(lastCall("addItem"), "addItem:qa");
        compare(Documents.form.count, rows + 3);           // item heading, 问, 答
        verify(indexOfPath("qa[10].question") >= 0);
        const item = field(page, "qa[2]", "item");
        compare(part(item, "itemLabel").text, "第 3 问");
        mouseClick(part(item, "removeItemButton"));
        compare(lastCall("removeItem"), "removeItem:qa[2]");
        compare(Documents.form.count, rows);
        // The old 第 4 问 is now the third.
        verify(String(Documents.form.get(indexOfPath("qa[2].question")).value).startsWith("请介绍"));
    }

    function test_signWithPad() {
        const page = createPage("doc-1");
        const sig = field(page, "personSignature");
        verify(!sig.signed);
        verify(part(sig, "fieldError").visible);
        mouseClick(part(sig, "signButton"));
        const pad = page.signaturePad;
        verify(pad.visible);
        verify(part(pad, "padTitle").text.indexOf("被询问人签名") >= 0);
        const area = part(pad, "padInput");
        mousePress(area, 100, 300);
        for (let i = 1; i <= 10; ++i)
            mouseMove(area, 100 + i * 30, 300 + (i % 2) * 40, -1, Qt.LeftButton);
        mouseRelease(area, 400, 300);
        mousePress(area, 150, 450);
        mouseMove(area, 300, 470, -1, Qt.LeftButton);
        mouseMove(area, 450, 440, -1, Qt.LeftButton);
        mouseRelease(area, 450, 440);
        mouseClick(part(pad, "padConfirmButton"));
        verify(!pad.visible);
        const call = lastCall("sign:");
        verify(call.startsWith("sign:personSignature:2:"), call);
        verify(call.endsWith(Math.round(pad.padWidth) + "x" + Math.round(pad.padHeight)), call);
        const signedSig = field(page, "personSignature");
        verify(signedSig.signed);
        verify(part(signedSig, "preview").visible);
        verify(!part(signedSig, "fieldError").visible);
        compare(signedSig.value.strokes[0][0][0], 100);
    }

    function test_refuseAsksForReason() {
        const page = createPage("doc-1");
        const sig = field(page, "personSignature");
        mouseClick(part(sig, "refuseButton"));
        const sheet = page.refusalSheet;
        verify(sheet.visible);
        mouseClick(part(sheet, "refusalConfirmButton"));
        verify(sheet.visible, "closed without a reason");
        verify(part(sheet, "refusalError").visible);
        compare(lastCall("refuseSignature"), "");
        mouseClick(part(sheet, "quickReason_1"));
        compare(sheet.reason, "当事人对认定的事实有异议");
        mouseClick(part(sheet, "refusalConfirmButton"));
        verify(!sheet.visible);
        compare(lastCall("refuseSignature"), "refuseSignature:personSignature:当事人对认定的事实有异议");
        const refused = field(page, "personSignature");
        verify(refused.refused);
        verify(texts(refused, []).indexOf("拒绝签名：当事人对认定的事实有异议") >= 0);
    }

    function test_inspectorsCannotRefuse() {
        const page = createPage("doc-1");
        verify(!part(field(page, "recorderSignature"), "refuseButton").visible);
        verify(part(field(page, "askerSignature"), "preview").visible);
    }

    function test_lockFollowsCanLock() {
        const page = createPage("doc-1");
        const lock = part(page, "lockButton");
        verify(!lock.enabled);
        verify(lock.text.indexOf("尚有") >= 0);
        // Fix everything the fake reports, as the officer would.
        Documents.setValue("recorder", "李娜（执法证号 11010120230022）");
        Documents.setValue("intervieweeId", "110105198603070032");
        Documents.setValue("qa[9].answer", "没有了。");
        Documents.refuseSignature("personSignature", "当事人拒绝签名，未说明理由");
        verify(!lock.enabled);
        Documents.sign("recorderSignature", [[[1, 1], [20, 20]]], 100, 100);
        compare(Documents.errorCount, 0);
        verify(Documents.canLock);
        verify(lock.enabled);
        tryVerify(() => !part(page, "missingList").parent.visible);
        compare(lock.text, "锁定并生成文书");
        mouseClick(lock);
        compare(lastCall("lock"), "lock");
        verify(page.locked);
        compare(part(page, "numberText").text, "东市监询〔2024〕16号");
        compare(part(page, "toast").text, "已锁定，文书编号：东市监询〔2024〕16号");
        verify(!lock.visible);
        verify(part(page, "newVersionButton").visible);
    }

    function test_lockErrorShown() {
        const page = createPage("doc-1");
        Documents.setValue("recorder", "李娜");
        Documents.setValue("intervieweeId", "110105198603070032");
        Documents.setValue("qa[9].answer", "没有了。");
        Documents.sign("personSignature", [[[1, 1], [20, 20]]], 100, 100);
        Documents.sign("recorderSignature", [[[1, 1], [20, 20]]], 100, 100);
        Documents._lockError = "PDF 写入失败：存储空间不足，请清理后重试";
        mouseClick(part(page, "lockButton"));
        compare(part(page, "lockError").text, Documents._lockError);
        verify(!page.locked);
    }

    function test_lockedIsReadOnly() {
        const page = createPage("doc-2");
        compare(part(page, "header").title, "当场行政处罚决定书");
        compare(part(page, "statusBadge").text, "已锁定");
        compare(part(page, "numberText").text, "东市监简罚〔2024〕15号");
        compare(part(page, "pdfPathText").text, Documents.pdfPath);
        verify(Documents.pdfPath.endsWith("_v1.pdf"));
        verify(!part(page, "lockButton").visible);
        verify(!part(page, "savedText").visible);
        for (let i = 0; i < Documents.form.count; ++i) {
            const r = Documents.form.get(i);
            const item = field(page, r.path, r.kind);
            if (r.type === "signature") {
                compare(typeName(item), "SignatureField");
                verify(item.readOnly);
                verify(!part(item, "signButton").visible, "sign button on a locked document");
                verify(part(item, "preview").visible);
            } else {
                compare(typeName(item), "ReadOnlyField", r.path);
            }
        }
        compare(part(field(page, "fineAmount"), "displayText").text, "¥150.00");
        compare(part(field(page, "penaltyType"), "displayText").text, "罚款");
    }

    function test_newVersion() {
        const page = createPage("doc-2");
        mouseClick(part(page, "newVersionButton"));
        compare(lastCall("newVersion"), "newVersion");
        verify(lastCall("open:").startsWith("open:doc-"));
        verify(!page.locked);
        compare(part(page, "versionText").text, "第 2 版");
        compare(part(page, "statusBadge").text, "草稿");
        compare(typeName(field(page, "facts")), "LongTextField");
        verify(part(page, "toast").text.indexOf("第 2 版") >= 0);
    }

    function test_sixtyPairsScrollToEnd() {
        const page = createPage("doc-1");
        Documents._fillQa(60);
        const list = page.formView;
        tryCompare(list, "count", Documents.form.count);
        verify(list.count > 60 * 3);
        // Flick as a finger would, again while it still moves, until the end is reached.
        let flicks = 0;
        while (!list.atYEnd && flicks < 100) {
            const before = list.contentY;
            list.flick(0, -6000);
            tryVerify(() => list.atYEnd || list.contentY > before + 1000, 5000,
                      "flick did not move: " + before + " of " + list.contentHeight + " " + list.originY);
            ++flicks;
        }
        tryVerify(() => !list.moving, 5000);
        verify(list.atYEnd, "did not reach the end after " + flicks + " flicks");
        // Delegates are created near the view only.
        verify(list.contentItem.children.length < 80, list.contentItem.children.length + " delegates alive");
        // The end of the form is on screen: the last signature.
        const last = list.itemAtIndex(list.count - 1);
        verify(last, "last row not created");
        compare(Documents.form.get(list.count - 1).path, "recorderSignature");
        const lastY = last.mapToItem(list, 0, 0).y;
        verify(lastY >= 0 && lastY + last.height <= list.height + 1, "last row at " + lastY);
        // And the last pair is there with its text.
        compare(part(field(page, "qa[59].answer"), "input").text, "回答 60：十一月初进的货，共两箱。");
    }

    function test_back() {
        const page = createPage("doc-1");
        mouseClick(part(page, "backButton"));
        compare(lastCall("close"), "close");
    }
}
