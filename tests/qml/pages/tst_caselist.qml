import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Fieldterm
import Fieldterm.Core

// CaseListPage bound to the fake Cases facade: search and chips set the facade's filters, rows
// show what the model says, taps open a case or the create form on Main's stack.
TestCase {
    id: testCase
    name: "CaseListPage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: stackComponent
        StackView { width: 720; height: 1280 }
    }
    Component {
        id: pageComponent
        CaseListPage {}
    }

    function init() {
        Cases.reset();
        Duty.reset();
    }

    function createStack() {
        const stack = createTemporaryObject(stackComponent, testCase);
        verify(stack);
        stack.push(pageComponent, {}, StackView.Immediate);
        verify(waitForRendering(stack));
        return stack;
    }
    function part(item, name) {
        const found = findChild(item, name);
        verify(found, "no " + name);
        return found;
    }
    // The visible delegate showing case `caseId` (the list is scrolled to it first).
    function rowFor(list, caseId) {
        for (let i = 0; i < Cases.model.count; ++i) {
            if (Cases.model.get(i).caseId === caseId) {
                list.positionViewAtIndex(i, ListView.Contain);
                list.forceLayout();
                const item = list.itemAtIndex(i);
                verify(item, "no delegate for " + caseId);
                return item;
            }
        }
        fail("case " + caseId + " not in the model");
    }

    function test_listsTheModel() {
        const page = createStack().currentItem;
        const list = part(page, "caseList");
        compare(list.count, 7);
        compare(part(page, "countText").text, "共 7 件");
        verify(!part(page, "emptyText").visible);
        const first = rowFor(list, "c-101");
        compare(first.partyName, "北京鑫源餐饮管理有限公司");
        verify(first.height >= Theme.touchPrimary);
        verify(first.width <= page.width);
    }

    function test_rowBadges_data() {
        return [
            { tag: "active", caseId: "c-101", active: true, warning: "" },
            { tag: "预警", caseId: "c-102", active: false, warning: "预警" },
            { tag: "报警", caseId: "c-103", active: false, warning: "报警" },
            { tag: "plain", caseId: "c-104", active: false, warning: "" }
        ];
    }
    function test_rowBadges(data) {
        const page = createStack().currentItem;
        const row = rowFor(part(page, "caseList"), data.caseId);
        compare(part(row, "activeBadge").visible, data.active);
        const warning = part(row, "warningBadge");
        compare(warning.visible, data.warning.length > 0);
        if (data.warning.length > 0)
            compare(warning.text, data.warning);
        verify(part(row, "statusBadge").text.length > 0);
    }

    function test_typingSearchSetsFacade() {
        const page = createStack().currentItem;
        const field = part(page, "searchField");
        mouseClick(field);
        verify(field.activeFocus);
        for (const c of "0035")
            keyClick(c);
        compare(Cases.searchText, "0035");
        compare(part(page, "caseList").count, 1);
        compare(part(page, "countText").text, "共 1 件");
        // Chinese arrives through the input method: the committed text is what counts.
        field.text = "康宁";
        compare(Cases.searchText, "康宁");
        compare(part(page, "caseList").count, 1);
        mouseClick(part(page, "clearSearchButton"));
        compare(Cases.searchText, "");
        compare(part(page, "caseList").count, 7);
    }

    function test_statusChips_data() {
        return [
            { tag: "告知", chip: "statusChip_notified", key: "notified", rows: 1 },
            { tag: "调查取证", chip: "statusChip_investigating", key: "investigating", rows: 2 },
            { tag: "结案", chip: "statusChip_closed", key: "closed", rows: 1 },
            { tag: "全部", chip: "statusChip_all", key: "", rows: 7 }
        ];
    }
    function test_statusChips(data) {
        const page = createStack().currentItem;
        const chips = part(page, "statusChips");
        compare(chips.count, 8);                      // 全部 + seven statuses
        Cases.statusFilter = "filed";
        const index = data.key.length === 0 ? 0 : 1 + Cases.statusOptions.findIndex(o => o.key === data.key);
        chips.positionViewAtIndex(index, ListView.Contain);
        const chip = chips.itemAtIndex(index);
        compare(chip.objectName, data.chip);
        verify(chip.height >= Theme.touchMin);
        mouseClick(chip);
        compare(Cases.statusFilter, data.key);
        verify(chip.checked);
        compare(part(page, "caseList").count, data.rows);
    }

    function test_dateChips_data() {
        return [
            { tag: "今天", chip: "dateChip_today", key: "today", rows: 2 },
            { tag: "7天", chip: "dateChip_7d", key: "7d", rows: 4 },
            { tag: "30天", chip: "dateChip_30d", key: "30d", rows: 6 },
            { tag: "全部", chip: "dateChip_all", key: "", rows: 7 }
        ];
    }
    function test_dateChips(data) {
        const page = createStack().currentItem;
        Cases.dateFilter = "today";
        const chip = part(page, data.chip);
        mouseClick(chip);
        compare(Cases.dateFilter, data.key);
        verify(chip.checked);
        compare(part(page, "caseList").count, data.rows);
    }

    function test_emptyState() {
        const page = createStack().currentItem;
        part(page, "searchField").text = "没有这个人";
        compare(part(page, "caseList").count, 0);
        const empty = part(page, "emptyText");
        tryVerify(() => empty.visible);       // ListView settles its count on the next frame
        compare(empty.text, "没有符合条件的案件");
    }

    function test_tapOpensDetail() {
        const stack = createStack();
        const page = stack.currentItem;
        const row = rowFor(part(page, "caseList"), "c-103");
        mouseClick(row);
        verify(Cases.calls.indexOf("openCase:c-103") >= 0);
        compare(stack.depth, 2);
        tryCompare(stack, "busy", false);
        const detail = stack.currentItem;
        verify(detail.hasCase);
        compare(detail.d.caseId, "c-103");
        mouseClick(part(detail, "backButton"));
        tryCompare(stack, "busy", false);
        compare(stack.depth, 1);
        compare(stack.currentItem, page);
    }

    function test_newCaseOpensForm() {
        const stack = createStack();
        mouseClick(part(stack.currentItem, "newCaseButton"));
        compare(stack.depth, 2);
        tryCompare(stack, "busy", false);
        compare(stack.currentItem.idLabel, "身份证号");       // the create form
    }

    function test_manyRows() {
        Cases._fillMany(200);
        const page = createStack().currentItem;
        const list = part(page, "caseList");
        compare(list.count, 207);
        list.positionViewAtEnd();
        verify(waitForRendering(list));
        const last = list.itemAtIndex(206);
        verify(last);
        compare(last.caseId, "m-199");
        list.positionViewAtBeginning();
        verify(waitForRendering(list));
        compare(list.itemAtIndex(0).caseId, "c-101");
    }
}
