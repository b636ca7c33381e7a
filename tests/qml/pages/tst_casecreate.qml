import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Fieldterm
import Fieldterm.Core

// CaseCreatePage bound to the fake Cases facade: fields are checked while typing, createCase's
// errors land under their fields, and a created case replaces the form with its detail.
TestCase {
    id: testCase
    name: "CaseCreatePage"
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
        CaseCreatePage {}
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
    // Scrolls the form so `item` is on screen, then taps it.
    function tap(page, item) {
        // Positions are final once the layouts have run.
        for (const layout of [part(page, "formColumn"), part(page, "powerPicker")])
            tryVerify(() => !isPolishScheduled(layout));
        const flick = part(page, "form");
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height));
        mouseClick(item);
    }
    function typeText(text) {
        for (const c of text)
            keyClick(c);
    }
    function errorShown(page, fieldName) {
        const label = part(part(page, fieldName), "errorText");
        return label.visible ? label.text : "";
    }
    function fillValid(page) {
        part(page, "partyNameInput").text = "张伟";
        part(page, "partyIdNoInput").text = "11010519900307003X";
        part(page, "partyPhoneInput").text = "13911112222";
        part(page, "addressInput").text = "东城区北新桥三条 8 号";
        part(page, "summaryInput").text = "现场发现过期食品 3 件。";
        const picker = part(page, "powerPicker");
        tap(page, picker.resultAt(0));
        verify(picker.selected !== null);
    }

    function test_downlinkTaskFillsTaskNumber() {
        const stack = createStack();
        const page = stack.currentItem;
        verify(part(page, "downlinkTasks").visible);
        const task = part(page, "task_SSJ-2026-017");
        verify(task.height >= Theme.touchMin);
        tap(page, task);
        compare(part(page, "taskRefInput").text, "SSJ-2026-017");
        verify(task.checked);
        // No tasks sent down: nothing extra on the form.
        Cases.tasks = [];
        verify(!part(page, "downlinkTasks").visible);
    }

    function test_kindSwitchChangesIdLabel() {
        const page = createStack().currentItem;
        compare(page.partyKind, "person");
        compare(part(page, "partyIdNoField").label, "身份证号");
        compare(part(page, "partyNameField").label, "姓名");
        mouseClick(part(page, "kind_organisation"));
        compare(page.partyKind, "organisation");
        compare(part(page, "partyIdNoField").label, "统一社会信用代码");
        compare(part(page, "partyNameField").label, "单位名称");
        verify(part(page, "kind_organisation").checked);
        mouseClick(part(page, "kind_person"));
        compare(part(page, "partyIdNoField").label, "身份证号");
    }

    function test_typeSegments() {
        const page = createStack().currentItem;
        compare(page.caseType, "inspection");
        const general = part(page, "type_general");
        verify(general.height >= Theme.touchMin);
        mouseClick(general);
        compare(page.caseType, "general");
        verify(general.checked);
        verify(!part(page, "type_inspection").checked);
    }

    function test_idValidatedWhileTyping() {
        const page = createStack().currentItem;
        const input = part(page, "partyIdNoInput");
        tap(page, input);
        verify(input.activeFocus);
        typeText("1101");
        compare(input.text, "1101");
        compare(errorShown(page, "partyIdNoField"), "身份证号应为 18 位，现在是 4 位");
        verify(input.hasError);
        typeText("0519900307003x");                 // lower-case x becomes the X check digit
        compare(input.text, "11010519900307003X");
        compare(errorShown(page, "partyIdNoField"), "");
        verify(!input.hasError);
        typeText("9");                              // no 19th character
        compare(input.text.length, 18);
    }

    function test_kindSwitchRevalidatesId() {
        const page = createStack().currentItem;
        const input = part(page, "partyIdNoInput");
        tap(page, input);
        typeText("9111");
        compare(errorShown(page, "partyIdNoField"), "身份证号应为 18 位，现在是 4 位");
        // The rules of the new kind apply to what is already typed.
        tap(page, part(page, "kind_organisation"));
        compare(errorShown(page, "partyIdNoField"), "统一社会信用代码应为 18 位，现在是 4 位");
        input.text = "";
        tap(page, part(page, "kind_person"));
        compare(errorShown(page, "partyIdNoField"), "");     // nothing typed, nothing to flag
    }

    function test_phoneValidatedWhileTyping() {
        const page = createStack().currentItem;
        const input = part(page, "partyPhoneInput");
        tap(page, input);
        typeText("139");
        verify(errorShown(page, "partyPhoneField").startsWith("电话号码格式不对"));
        typeText("11112222");
        compare(errorShown(page, "partyPhoneField"), "");
    }

    function test_createShowsErrorsFromFacade() {
        const stack = createStack();
        const page = stack.currentItem;
        mouseClick(part(page, "createButton"));
        const call = Cases.calls[Cases.calls.length - 1];
        verify(call.startsWith("createCase:"), call);
        const input = JSON.parse(call.slice("createCase:".length));
        compare(input.type, "inspection");
        compare(input.partyKind, "person");
        compare(errorShown(page, "partyNameField"), "请填写当事人姓名");
        compare(errorShown(page, "partyIdNoField"), "请填写身份证号");
        compare(errorShown(page, "addressField"), "请填写地址");
        compare(errorShown(page, "powerItemField"), "请选择权力事项");
        compare(errorShown(page, "summaryField"), "请填写简要案情");
        compare(errorShown(page, "partyPhoneField"), "");     // optional
        compare(errorShown(page, "taskRefField"), "");
        compare(page.firstErrorField, "partyName");
        verify(part(page, "partyNameInput").activeFocus);
        const toast = part(page, "toast");
        verify(toast.shown);
        compare(toast.iconName, "warning");
        compare(stack.depth, 1);
        compare(stack.currentItem, page);
    }

    function test_scrollsToFirstError() {
        const page = createStack().currentItem;
        fillValid(page);
        part(page, "summaryInput").text = "";
        part(page, "form").contentY = 0;
        mouseClick(part(page, "createButton"));
        compare(page.firstErrorField, "summary");
        compare(errorShown(page, "summaryField"), "请填写简要案情");
        compare(errorShown(page, "partyNameField"), "");
        const flick = part(page, "form");
        verify(flick.contentY > 0);
        const section = part(page, "summaryField");
        const y = section.mapToItem(flick, 0, 0).y;
        verify(y >= 0 && y < flick.height, "first error not on screen: " + y);
    }

    function test_powerPicker() {
        const page = createStack().currentItem;
        const picker = part(page, "powerPicker");
        verify(picker.results.length > 0);
        part(page, "powerSearchField").text = "药品";
        compare(Cases.calls[Cases.calls.length - 1], "searchPowerItems:药品");
        compare(picker.results.length, 1);
        const row = picker.resultAt(0);
        verify(row.height >= Theme.touchPrimary);
        tap(page, row);
        compare(page.powerItem.code, "330219004000");
        const chosen = part(page, "selectedItem");
        verify(chosen.visible);
        verify(!part(page, "powerSearchField").visible);
        compare(errorShown(page, "powerItemField"), "");
        tap(page, part(page, "changeButton"));
        compare(page.powerItem, null);
        verify(!chosen.visible);
        verify(part(page, "powerSearchField").visible);
    }

    function test_positionLine_data() {
        return [
            { tag: "fix", hasFix: true, text: "定位：N39.90869 E116.39748" },
            { tag: "no fix", hasFix: false, text: "无定位" }
        ];
    }
    function test_positionLine(data) {
        Duty.hasFix = data.hasFix;
        const page = createStack().currentItem;
        compare(part(page, "positionText").text, data.text);
    }

    function test_createdCaseReplacesForm() {
        const stack = createStack();
        const page = stack.currentItem;
        mouseClick(part(page, "type_general"));
        fillValid(page);
        const spy = createTemporaryObject(signalSpyComponent, testCase, { target: Cases, signalName: "caseCreated" });
        verify(spy.valid);
        mouseClick(part(page, "createButton"));
        compare(spy.count, 1);
        const input = JSON.parse(Cases.calls.find(c => c.startsWith("createCase:")).slice("createCase:".length));
        compare(input.type, "general");
        compare(input.partyIdNo, "11010519900307003X");
        compare(input.powerItemCode, "330217001000");
        verify(Cases.calls.indexOf("openCase:c-201") >= 0);
        tryCompare(stack, "busy", false);
        compare(stack.depth, 1);
        const detail = stack.currentItem;
        verify(detail.justCreated);
        compare(detail.d.caseId, "c-201");
        const offer = part(detail, "createdOffer");
        verify(offer.visible);
        compare(part(detail, "toast").text, "案件已创建：东市监立〔2024〕201号");
        mouseClick(part(detail, "offerSetActiveButton"));
        compare(Cases.activeCaseId, "c-201");
        verify(!offer.visible);
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
