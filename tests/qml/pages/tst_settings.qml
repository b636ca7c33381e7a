import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// SettingsPage against the fake Session and Audit: what each role may see and change (decided by
// Session.can), the audit check and its result, the account actions.
TestCase {
    id: testCase
    name: "SettingsPage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        SettingsPage { width: 720; height: 1280 }
    }

    function init() {
        Session.reset();
        Audit.reset();
        AppSettings.reset();
        Duty.reset();
    }

    function createPage(officerNo) {
        Session._signInAs(officerNo);
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page);
        waitForRendering(page);
        return page;
    }

    function part(page, name) {
        const item = findChild(page, name);
        verify(item, "no " + name);
        return item;
    }

    // Shows an item of the scrolled page before a click lands on it.
    function scrollTo(page, item) {
        const flick = part(page, "settingsFlick");
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height));
        waitForRendering(page);
    }

    function test_gating_data() {
        return [
            { tag: "inspector", no: "31000000001", settings: false, audit: false },
            { tag: "squad leader", no: "31000000003", settings: false, audit: true },
            { tag: "admin", no: "31000000009", settings: true, audit: true }
        ];
    }

    function test_gating(data) {
        const page = createPage(data.no);
        compare(Session.can("settings"), data.settings);
        compare(part(page, "highContrastSwitch").enabled, true);   // display preference: everyone
        compare(part(page, "auditSection").visible, data.audit);
        // Only an officer who may see the audit trail makes the page read it.
        compare(Audit.calls, data.audit ? ["refreshRecent"] : []);
    }

    function test_inspectorTogglesHighContrastToo() {
        const page = createPage("31000000001");
        mouseClick(part(page, "highContrastSwitch"));
        verify(AppSettings.highContrast);
        mouseClick(part(page, "highContrastSwitch"));
        verify(!AppSettings.highContrast);
    }

    function test_adminTogglesHighContrast() {
        const page = createPage("31000000009");
        const toggle = part(page, "highContrastSwitch");
        verify(toggle.height >= Theme.touchMin);
        mouseClick(toggle);
        verify(AppSettings.highContrast);
        compare(toggle.text, "已开启");
        mouseClick(toggle);
        verify(!AppSettings.highContrast);
    }

    function test_verifyIntact() {
        const page = createPage("31000000003");
        const button = part(page, "verifyButton");
        verify(!part(page, "auditResult").visible);
        mouseClick(button);
        compare(Audit.calls, ["refreshRecent", "verify"]);
        verify(Audit.verifying);
        compare(button.text, "正在校验…");
        verify(!button.enabled);
        tryCompare(Audit, "hasResult", true);
        const card = part(page, "auditResult");
        verify(card.visible);
        verify(card.intact);
        compare(card.border.color, Theme.success);
        compare(part(page, "auditResultTitle").text, "审计记录完整（1284 条）");
        compare(part(page, "auditResultMessage").text, "审计记录完整：共 1284 条，哈希链校验通过");
        verify(button.enabled);
    }

    function test_verifyBroken() {
        const page = createPage("31000000009");
        Audit._setNextResult(false, 1284, 1282,
                             "第 1282 条记录与哈希不符：该行内容在写入后被修改（关联案件）");
        mouseClick(part(page, "verifyButton"));
        tryCompare(Audit, "hasResult", true);
        const card = part(page, "auditResult");
        verify(!card.intact);
        compare(card.color, Theme.errorSurface);
        compare(part(page, "auditResultTitle").text, "审计记录不完整：第 1282 条起被改动");
        compare(part(page, "auditResultMessage").text,
                "第 1282 条记录与哈希不符：该行内容在写入后被修改（关联案件）");
    }

    function test_recentRows() {
        const page = createPage("31000000009");
        compare(part(page, "auditRecent").count, Audit.recent.length);
        Audit.recent = Audit.recent.slice(0, 2);
        compare(part(page, "auditRecent").count, 2);
    }

    function test_accountShown() {
        const page = createPage("31000000009");
        compare(part(page, "accountOfficer").value, "赵敏  31000000009");
    }

    function test_lockScreen() {
        const page = createPage("31000000001");
        const button = part(page, "lockButton");
        scrollTo(page, button);
        mouseClick(button);
        compare(Session.calls, ["lock"]);
        verify(Session.locked);
    }

    function test_signOutTakesTwoPresses() {
        const page = createPage("31000000001");
        const button = part(page, "signOutButton");
        scrollTo(page, button);
        mouseClick(button);
        compare(Session.calls, []);
        compare(button.text, "再按一次确认");
        mouseClick(button);
        compare(Session.calls, ["signOut"]);
        verify(!Session.signedIn);
    }
}
