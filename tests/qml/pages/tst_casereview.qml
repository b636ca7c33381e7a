import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Fieldterm
import Fieldterm.Core

// The review block of CaseDetailPage over the fake Cases/Session facades: the state badge, the
// latest return comment for the inspector, 通过 / 退回 only for a squad leader who may review
// this case, 退回 asking for the comment in a sheet, and refusals in the error banner.
TestCase {
    id: testCase
    name: "CaseReview"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        CaseDetailPage { width: 720; height: 1280 }
    }

    function init() {
        Session.reset();          // 张明, inspector
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
    function tap(page, item) {
        const flick = part(page, "detailFlick");
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height));
        mouseClick(item);
    }
    function byText(item, text) {
        if (item.text === text && item.clicked !== undefined)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = byText(item.children[i], text);
            if (found)
                return found;
        }
        return null;
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

    function test_badge_data() {
        return [
            { tag: "pending", caseId: "c-102", label: "待审核", notice: false, rows: 0 },
            { tag: "returned", caseId: "c-103", label: "已退回", notice: true, rows: 1 },
            { tag: "returned then approved", caseId: "c-107", label: "已通过", notice: false, rows: 2 }
        ];
    }
    function test_badge(data) {
        const page = createPage(data.caseId);
        compare(part(page, "reviewBadge").text, data.label);
        compare(part(page, "returnNotice").visible, data.notice);
        compare(part(page, "reviewRows").count, data.rows);
    }

    function test_inspectorSeesTheReturnCommentButNoButtons() {
        const page = createPage("c-103");
        const notice = part(page, "returnNotice");
        verify(notice.visible);
        compare(part(page, "returnCommentText").text, "告知环节缺少录像，请补录或在案件中说明原因。");
        verify(texts(notice, []).some(t => t.indexOf("王强") >= 0), "reviewer not shown");
        verify(!part(page, "reviewActions").visible);
        // The notice is near the top: on screen without scrolling.
        const flick = part(page, "detailFlick");
        verify(notice.mapToItem(flick, 0, 0).y + notice.height <= flick.height, "return comment below the fold");
    }

    function test_squadLeaderApproves() {
        Session._signInAs("31000000003");
        const page = createPage("c-102");
        verify(part(page, "reviewActions").visible);
        const approve = part(page, "approveButton");
        verify(approve.height >= Theme.touchPrimary);
        tap(page, approve);
        compare(Cases.calls[Cases.calls.length - 1], "approve:c-102");
        compare(part(page, "reviewBadge").text, "已通过");
        compare(part(page, "toast").text, "已审核通过");
        verify(!approve.enabled);                  // nothing left to approve
        compare(part(page, "reviewRows").count, 1);
    }

    function test_squadLeaderReturnsWithAComment() {
        Session._signInAs("31000000003");
        const page = createPage("c-102");
        tap(page, part(page, "returnButton"));
        verify(page.returnOpen);
        // Empty: refused in the sheet, the facade is not asked.
        mouseClick(part(page, "returnConfirmButton"));
        verify(page.returnOpen);
        verify(part(page, "returnError").text.indexOf("退回意见") >= 0);
        compare(Cases.calls.filter(c => c.startsWith("returnCase")).length, 0);
        part(page, "returnComment").text = "询问笔录缺少当事人签名，请补签";
        mouseClick(part(page, "returnConfirmButton"));
        verify(!page.returnOpen);
        compare(Cases.calls[Cases.calls.length - 1], "returnCase:c-102:询问笔录缺少当事人签名，请补签");
        compare(part(page, "reviewBadge").text, "已退回");
        compare(part(page, "returnCommentText").text, "询问笔录缺少当事人签名，请补签");
    }

    function test_returnCancel() {
        Session._signInAs("31000000003");
        const page = createPage("c-102");
        tap(page, part(page, "returnButton"));
        mouseClick(part(page, "returnCancelButton"));
        verify(!page.returnOpen);
        compare(Cases.calls.filter(c => c.startsWith("returnCase")).length, 0);
        compare(part(page, "reviewBadge").text, "待审核");
    }

    function test_refusalsReachTheBannerOrTheSheet() {
        Session._signInAs("31000000003");
        Cases._reviewError = "案件 东市监立〔2024〕112号 由二中队的执法人员创建，只能由该中队的中队长审核。";
        const page = createPage("c-102");
        const banner = part(page, "reviewErrorBanner");
        verify(!banner.visible);
        tap(page, part(page, "approveButton"));
        verify(banner.visible);
        compare(banner.message, Cases._reviewError);
        compare(part(page, "reviewBadge").text, "待审核");
        mouseClick(byText(banner, "知道了"));
        verify(!banner.visible);
        compare(Cases.reviewError, "");

        tap(page, part(page, "returnButton"));
        part(page, "returnComment").text = "请补充";
        mouseClick(part(page, "returnConfirmButton"));
        verify(page.returnOpen);                   // stays open with the facade's reason
        compare(part(page, "returnError").text, Cases._reviewError);
        verify(!banner.visible);                   // shown once, in the sheet
    }

    function test_noButtonsOnOwnCaseOrForAdmin_data() {
        return [
            { tag: "squad leader, own case", officer: "31000000003", caseId: "c-104" },
            { tag: "admin", officer: "31000000009", caseId: "c-102" },
            { tag: "inspector", officer: "31000000002", caseId: "c-102" }
        ];
    }
    function test_noButtonsOnOwnCaseOrForAdmin(data) {
        Session._signInAs(data.officer);
        const page = createPage(data.caseId);
        verify(!part(page, "reviewActions").visible);
        verify(part(page, "reviewCard").visible);
    }
}
