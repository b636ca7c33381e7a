// Fake Session facade (SessionController, app/ui) for QML tests and screenshots: the API of
// /work/notes/facades.md with the demo officers of the simulation profile behind it. PIN checks
// take a short timer (like the real KDF on a worker thread); invokables record their calls.
// reset() leaves 张明 (inspector) signed in, so pages other than the login page work at once.
pragma Singleton
import QtQuick

QtObject {
    id: session

    property bool signedIn: true
    property bool locked: false
    property bool busy: false
    property string officerNo: "31000000001"
    property string officerName: "张明"
    property string agency: "某市市场监督管理局"
    property string squad: "一中队"
    property var roles: ["inspector"]
    property string roleText: "执法人员"
    property string message
    property int idleLockSeconds: 120
    property bool simulated: true
    property var demoOfficers: _demo()

    signal signInSucceeded()
    signal signInFailed(string message)

    // --- test helpers --------------------------------------------------------------------
    property var calls: []
    property int _delayMs: 100
    property int _failures: 0
    property var _pending: null
    readonly property var _officers: [
        { officerNo: "31000000001", name: "张明", squad: "一中队", roles: ["inspector"], pin: "111111" },
        { officerNo: "31000000002", name: "李娜", squad: "一中队", roles: ["inspector"], pin: "222222" },
        { officerNo: "31000000003", name: "王强", squad: "一中队", roles: ["squad_leader"], pin: "333333" },
        { officerNo: "31000000009", name: "赵敏", squad: "", roles: ["admin"], pin: "999999" }
    ]
    // The role × permission matrix of app/officers (least privilege), for can().
    readonly property var _matrix: ({
        inspector: ["record", "view_own"],
        squad_leader: ["record", "view_own", "view_others", "review", "export", "verify_audit"],
        admin: ["settings", "manage_officers", "verify_audit"]
    })
    readonly property var _roleLabels: ({ inspector: "执法人员", squad_leader: "中队长", admin: "管理员" })

    property Timer _timer: Timer {
        interval: session._delayMs
        onTriggered: session._finish()
    }

    function _demo() {
        return _officers.map(o => ({ officerNo: o.officerNo, name: o.name,
                                    roleText: o.roles.map(r => _roleLabels[r]).join("、"),
                                    pin: o.pin }));
    }
    function _record(call) { calls = calls.concat([call]); }
    function _find(no) { return _officers.find(o => o.officerNo === no); }

    function reset() {
        _timer.stop();
        _pending = null;
        _delayMs = 100;
        _failures = 0;
        calls = [];
        busy = false;
        locked = false;
        message = "";
        idleLockSeconds = 120;
        simulated = true;
        demoOfficers = _demo();
        _signInAs("31000000001");
    }
    // Signs an officer in at once (no PIN, no call recorded).
    function _signInAs(no) {
        const o = _find(no);
        officerNo = o.officerNo;
        officerName = o.name;
        agency = "某市市场监督管理局";
        squad = o.squad;
        roles = o.roles;
        roleText = o.roles.map(r => _roleLabels[r]).join("、");
        locked = false;
        message = "";
        signedIn = true;
    }
    // Back to the login page at once (no call recorded).
    function _setSignedOut() {
        _timer.stop();
        _pending = null;
        busy = false;
        signedIn = false;
        locked = false;
        message = "";
        officerNo = ""; officerName = ""; agency = ""; squad = ""; roles = []; roleText = "";
    }

    function _failureMessage() {
        _failures += 1;
        if (_failures >= 5)
            return "账号已锁定，请在 5 分 0 秒后重试";
        return "执法证号或 PIN 不正确，还可尝试 " + (5 - _failures) + " 次";
    }

    function _finish() {
        const p = _pending;
        _pending = null;
        const o = p.officerNo ? _find(p.officerNo) : null;
        const ok = o !== undefined && o !== null && o.pin === p.pin && _failures < 5;
        if (p.kind === "signIn") {
            if (ok) {
                _failures = 0;
                _signInAs(o.officerNo);
                busy = false;
                signInSucceeded();
            } else {
                message = _failureMessage();
                busy = false;
                signInFailed(message);
            }
        } else {
            if (ok) {
                _failures = 0;
                message = "";
                locked = false;
                busy = false;
                signInSucceeded();
            } else {
                message = _failureMessage();
                busy = false;
                signInFailed(message);          // as the C++ controller does for unlocks too
            }
        }
    }

    // --- the facade -----------------------------------------------------------------------
    function signIn(no, pin) {
        _record("signIn:" + no + ":" + pin);
        if (busy || signedIn)
            return;
        busy = true;
        message = "";
        _pending = { kind: "signIn", officerNo: no, pin: pin };
        _timer.restart();
    }
    function unlock(pin) {
        _record("unlock:" + pin);
        if (busy || !locked)
            return;
        busy = true;
        message = "";
        _pending = { kind: "unlock", officerNo: officerNo, pin: pin };
        _timer.restart();
    }
    function lock() {
        _record("lock");
        if (signedIn)
            locked = true;
    }
    function signOut() {
        _record("signOut");
        _setSignedOut();
    }
    function can(key) {
        for (const r of roles) {
            if ((_matrix[r] || []).indexOf(key) >= 0)
                return true;
        }
        return false;
    }
}
