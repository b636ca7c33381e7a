import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Fieldterm
import Fieldterm.Core

// CaseDetailPage bound to the fake Cases facade: it shows what Cases.detail holds (path, deadline,
// recording coverage, timeline) and its buttons reach advance / setActiveCase / clearActiveCase.
TestCase {
    id: testCase
    name: "CaseDetailPage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        CaseDetailPage { width: 720; height: 1280 }
    }

    function init() {
        Cases.reset();
        Duty.reset();
        Documents.reset();
    }

    function createPage(caseId) {
        Cases.openCase(caseId);
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
    // Scrolls the page so `item` is on screen, then taps it.
    function tap(page, item) {
        const flick = part(page, "detailFlick");
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height));
        mouseClick(item);
    }
    // Every text drawn under `item` (to check a value reached the screen).
    function texts(item, found) {
        if (item.visible === false)
            return found;
        if (typeof item.text === "string" && item.text.length > 0 && item.font !== undefined)
            found.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], found);
        return found;
    }

    function test_headerPartyAndPowerItem() {
        const page = createPage("c-102");
        compare(part(page, "caseNoText").text, "东市监立〔2024〕112号");
        compare(part(page, "statusBadge").text, "告知");
        compare(part(page, "partyNameText").text, "张伟");
        const shown = texts(page, []);
        verify(shown.indexOf("110105199003070035") >= 0, "id number not shown");
        verify(shown.indexOf("身份证号") >= 0);
        const power = texts(part(page, "powerItemCard"), []);
        verify(power.indexOf(Cases.detail.legalBasis) >= 0, "legal basis not shown");
        verify(power.indexOf(Cases.detail.discretion) >= 0, "discretion not shown");
        verify(power.indexOf("330217001000") >= 0);
    }

    function test_organisationIdLabel() {
        const page = createPage("c-101");
        verify(texts(page, []).indexOf("统一社会信用代码") >= 0);
    }

    function test_stepperShowsPath() {
        const page = createPage("c-102");
        const stepper = part(page, "stepper");
        compare(stepper.steps.length, 7);
        const filed = stepper.rowAt(0);
        verify(filed.done && !filed.current);
        verify(texts(filed, []).some(t => t.indexOf("11-19 14:05") >= 0), "no time on a done step");
        const notified = stepper.rowAt(2);
        compare(notified.stepKey, "notified");
        verify(notified.current && !notified.done);
        const decided = stepper.rowAt(3);
        verify(!decided.current && !decided.done);
        verify(texts(decided, []).every(t => t.indexOf("执法证号") < 0), "pending step shows an officer");
    }

    function test_coverage_data() {
        return [
            { tag: "gap", caseId: "c-102", warning: true, rows: 3 },
            { tag: "complete", caseId: "c-101", warning: false, rows: 2 }
        ];
    }
    function test_coverage(data) {
        const page = createPage(data.caseId);
        compare(part(page, "coverageWarning").visible, data.warning);
        compare(part(page, "coverageRows").count, data.rows);
        const shown = texts(part(page, "coverageCard"), []);
        compare(shown.some(t => t.startsWith("缺少录像")), data.warning);
    }

    function test_deadline_data() {
        return [
            { tag: "none", caseId: "c-101", visible: false },
            { tag: "预警", caseId: "c-102", visible: true },
            { tag: "报警", caseId: "c-103", visible: true }
        ];
    }
    function test_deadline(data) {
        const page = createPage(data.caseId);
        const banner = part(page, "deadlineBanner");
        compare(banner.visible, data.visible);
        if (data.visible)
            compare(part(page, "deadlineText").text, Cases.detail.deadline.text);
    }

    function test_timeline() {
        const page = createPage("c-102");
        const rows = part(page, "timelineRows");
        compare(rows.count, 5);
        const kinds = Cases.detail.timeline.map(e => e.kind);
        compare(kinds, ["step", "recording", "marker", "photo", "recording"]);
        verify(rows.itemAt(1).hasThumbnail);       // recording with a thumbnail
        verify(rows.itemAt(3).hasThumbnail);       // photo
        verify(!rows.itemAt(4).hasThumbnail);      // audio-only recording: icon only
        verify(texts(rows.itemAt(2), []).indexOf("标记：亮证") >= 0);
    }

    function test_advanceConfirmCallsFacade() {
        const page = createPage("c-102");
        const next = part(page, "next_decided");
        compare(next.text, "进入下一步：决定");
        tap(page, next);
        verify(page.confirmOpen);
        compare(Cases.calls.filter(c => c.startsWith("advance")).length, 0);
        part(page, "noteField").text = "当事人放弃陈述申辩";
        mouseClick(part(page, "confirmAdvanceButton"));
        compare(Cases.calls[Cases.calls.length - 1], "advance:c-102:decided:当事人放弃陈述申辩");
        verify(!page.confirmOpen);
        compare(part(page, "toast").text, "已进入：决定");
        compare(part(page, "statusBadge").text, "决定");
        verify(part(page, "stepper").rowAt(3).current);
    }

    function test_advanceCancel() {
        const page = createPage("c-102");
        tap(page, part(page, "next_decided"));
        verify(page.confirmOpen);
        mouseClick(part(page, "cancelAdvanceButton"));
        verify(!page.confirmOpen);
        compare(Cases.calls.filter(c => c.startsWith("advance")).length, 0);
    }

    function test_advanceErrorStaysOpen() {
        Cases._advanceError = "告知后须等待 3 日陈述申辩期：请在 11-24 后再作出决定";
        const page = createPage("c-102");
        tap(page, part(page, "next_decided"));
        mouseClick(part(page, "confirmAdvanceButton"));
        verify(page.confirmOpen);
        const error = part(page, "advanceError");
        verify(error.visible);
        compare(error.text, Cases._advanceError);
        compare(part(page, "statusBadge").text, "告知");
    }

    function test_activeCase() {
        const page = createPage("c-102");
        const set = part(page, "setActiveButton");
        verify(set.visible && set.enabled);
        verify(set.height >= Theme.touchPrimary);
        tap(page, set);
        compare(Cases.activeCaseId, "c-102");
        verify(!set.visible);
        verify(part(page, "activeState").visible);
        tap(page, part(page, "clearActiveButton"));
        compare(Cases.calls[Cases.calls.length - 1], "clearActiveCase");
        compare(Cases.activeCaseId, "");
        verify(set.visible);
    }

    function test_closedCase() {
        const page = createPage("c-105");
        verify(!part(page, "setActiveButton").enabled);
        verify(!findChild(page, "next_closed"));
        compare(Cases.detail.nextSteps.length, 0);
    }

    // The 文书 block: the case's documents with number or 草稿, and 新建文书 from a template.
    SignalSpy { id: documentSpy; signalName: "documentRequested" }

    function test_documents() {
        const page = createPage("c-101");
        documentSpy.clear();
        documentSpy.target = page;
        verify(documentSpy.valid);
        const section = part(page, "documentSection");
        compare(part(section, "documentRows").count, 2);
        const draft = part(section, "document_doc-1");
        verify(texts(draft, []).indexOf("询问笔录") >= 0);
        compare(part(draft, "documentNumber").text, "草稿");
        compare(part(draft, "documentStatus").text, "草稿");
        const locked = part(section, "document_doc-2");
        compare(part(locked, "documentNumber").text, "东市监简罚〔2024〕15号");
        compare(part(locked, "documentStatus").text, "已锁定");
        verify(locked.height >= Theme.touchPrimary);
        tap(page, locked);
        compare(documentSpy.count, 1);
        compare(documentSpy.signalArguments[0][0], "doc-2");
    }

    function test_newDocumentFromTemplate() {
        const page = createPage("c-102");
        documentSpy.clear();
        documentSpy.target = page;
        const section = part(page, "documentSection");
        verify(part(section, "noDocumentsText").visible);
        compare(part(section, "templateRows").count, 0);
        tap(page, part(section, "newDocumentButton"));
        compare(part(section, "templateRows").count, 5);
        waitForItemPolished(section);           // the new buttons are placed at the next polish
        tap(page, part(section, "template_correction_order"));
        compare(Documents.calls.filter(c => c.startsWith("create:")), ["create:c-102:correction_order"]);
        compare(documentSpy.count, 1);
        const id = documentSpy.signalArguments[0][0];
        verify(id.startsWith("doc-"));
        compare(part(section, "documentRows").count, 1);
        compare(part(section, "templateRows").count, 0);
    }

    function test_closedCaseCannotCreateDocuments() {
        const page = createPage("c-105");
        verify(!part(page, "newDocumentButton").visible);
    }

    function test_noCase() {
        Cases.detail = ({});
        const page = createTemporaryObject(pageComponent, testCase);
        verify(part(page, "noCaseText").visible);
        verify(!part(page, "detailFlick").visible);
    }
}
