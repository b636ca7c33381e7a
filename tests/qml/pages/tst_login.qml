import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// LoginPage against the fake Session: what is typed reaches Session.signIn, the check in progress
// and its failure show, and the PIN never stays on screen after a failure.
TestCase {
    id: testCase
    name: "LoginPage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        LoginPage { width: 720; height: 1280 }
    }

    function init() {
        Session.reset();
        Session._setSignedOut();
        Duty.reset();
        AppSettings.reset();
    }

    function createPage() {
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

    function test_fieldsAndHeader() {
        const page = createPage();
        compare(part(page, "deviceLabel").text, "FT-SIM-0001");
        compare(part(page, "agencyLabel").text, "北京市东城区市场监督管理局");
        const pin = part(page, "pinField");
        compare(pin.echoMode, TextInput.Password);
        compare(pin.maximumLength, 12);
        verify(pin.height >= Theme.touchMin);
        verify(part(page, "officerField").height >= Theme.touchMin);
        const button = part(page, "loginButton");
        verify(button.height >= Theme.touchPrimary);
        compare(button.text, "登录");
        verify(!part(page, "loginError").visible);
    }

    function test_pinTakesDigitsOnly() {
        const page = createPage();
        const pin = part(page, "pinField");
        pin.forceActiveFocus();
        keyClick(Qt.Key_1);
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_2);
        compare(pin.text, "12");
        verify(!pin.complete);
        for (let i = 0; i < 20; ++i)
            keyClick(Qt.Key_9);
        compare(pin.text.length, 12);
        verify(pin.complete);
    }

    function test_missingInputIsNotSent_data() {
        return [
            { tag: "no officer number", no: "", pin: "111111", error: "请输入执法证号" },
            { tag: "short PIN", no: "31000000001", pin: "123", error: "PIN 为 6–12 位数字，请重新输入" }
        ];
    }

    function test_missingInputIsNotSent(data) {
        const page = createPage();
        part(page, "officerField").text = data.no;
        part(page, "pinField").text = data.pin;
        mouseClick(part(page, "loginButton"));
        compare(Session.calls, []);
        verify(part(page, "loginError").visible);
        compare(part(page, "loginErrorText").text, data.error);
    }

    function test_signInShowsBusyThenSucceeds() {
        const page = createPage();
        part(page, "officerField").text = "31000000001";
        part(page, "pinField").text = "111111";
        const button = part(page, "loginButton");
        mouseClick(button);
        compare(Session.calls, ["signIn:31000000001:111111"]);
        verify(Session.busy);
        compare(button.text, "正在验证…");
        verify(!button.enabled);
        verify(!part(page, "pinField").enabled);
        verify(part(page, "loginBusy").running);
        tryCompare(Session, "signedIn", true);
        verify(!Session.busy);
        compare(Session.officerName, "张明");
    }

    function test_failureShowsMessageAndClearsPin() {
        const page = createPage();
        part(page, "officerField").text = "31000000001";
        const pin = part(page, "pinField");
        pin.text = "123456";
        mouseClick(part(page, "loginButton"));
        tryCompare(Session, "busy", false);
        verify(!Session.signedIn);
        compare(pin.text, "");
        verify(part(page, "loginError").visible);
        compare(part(page, "loginErrorText").text, "执法证号或 PIN 不正确，还可尝试 4 次");
        compare(part(page, "officerField").text, "31000000001");   // only the PIN goes
        verify(pin.activeFocus);
    }

    function test_lockoutMessageShown() {
        const page = createPage();
        Session._failures = 4;                      // the fifth wrong PIN locks the officer
        part(page, "officerField").text = "31000000001";
        part(page, "pinField").text = "000000";
        mouseClick(part(page, "loginButton"));
        tryCompare(part(page, "loginErrorText"), "text", "账号已锁定，请在 5 分 0 秒后重试");
    }

    function test_enterSubmits() {
        const page = createPage();
        part(page, "officerField").text = "31000000001";
        const pin = part(page, "pinField");
        pin.forceActiveFocus();
        for (const key of [Qt.Key_1, Qt.Key_1, Qt.Key_1, Qt.Key_1, Qt.Key_1, Qt.Key_1])
            keyClick(key);
        keyClick(Qt.Key_Return);
        compare(Session.calls, ["signIn:31000000001:111111"]);
        tryCompare(Session, "signedIn", true);
    }

    function test_enterInNumberMovesToPin() {
        const page = createPage();
        const field = part(page, "officerField");
        field.forceActiveFocus();
        keyClick(Qt.Key_3);
        keyClick(Qt.Key_Return);
        compare(Session.calls, []);
        verify(part(page, "pinField").activeFocus);
    }

    function test_demoOfficersFillNumber() {
        const page = createPage();
        verify(part(page, "demoOfficers").visible);
        compare(part(page, "demoRepeater").count, 4);
        const row = part(page, "demo_31000000003");
        verify(row.height >= Theme.touchMin);
        part(page, "pinField").text = "999";
        mouseClick(row);
        compare(part(page, "officerField").text, "31000000003");
        compare(part(page, "pinField").text, "");
        verify(part(page, "pinField").activeFocus);
        compare(Session.calls, []);
    }

    function test_noDemoOfficersOnRealDevice() {
        Session.simulated = false;
        Session.demoOfficers = [];
        const page = createPage();
        verify(!part(page, "demoOfficers").visible);
    }
}
