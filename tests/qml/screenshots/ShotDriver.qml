// Puts the fake Fieldterm.Core into the state each screenshot scene shows.
import QtQuick
import QtQuick.Controls.Basic
import Fieldterm.Core

QtObject {
    readonly property var scenes: ["idle", "recording", "markers", "error", "highcontrast", "audio",
                                    "caselist", "casecreate", "casecreate_power", "casedetail", "casedetail_progress",
                                    "casedetail_evidence", "caselink", "casedetail_hc",
                                    "login", "lock", "settings", "stopreason",
                                    "casedetail_documents", "document_form", "document_fields", "document_party",
                                    "document_qa",
                                    "document_signature", "document_refusal", "document_locked",
                                    "sync", "sync_unenrolled", "sync_hc", "review", "review_player",
                                    "review_photo", "review_photo_zoomed"]

    function apply(scene) {
        Camera.reset();
        Duty.reset();
        Storage.reset();
        AppSettings.reset();
        TodayRecordings.reset();
        Session.reset();                            // 张明 signed in
        Cases.reset();                              // an active open case, one 预警, one 报警
        Audit.reset();
        Documents.reset();                          // c-101: a 询问笔录 draft, a locked 决定书
        Sync.reset();                               // enrolled, 2 of 5 confirmed, one failed item
        Review.reset();                             // sample recordings, filtered for the fake Session
        switch (scene) {
        case "idle":
            TodayRecordings.photoCount = 3;
            break;
        case "recording":
        case "markers":
            Camera.startRecording(false);
            Camera.elapsedSeconds = 3723;
            Camera.addMarker("show_credentials");
            Camera.addMarker("notify");
            TodayRecordings.photoCount = 3;
            break;
        case "error":
            Camera.lastError = "存储空间不足：剩余空间低于保留的 500 MB，录像已停止。请上传或导出已有录像后再试。";
            Storage.minutesLeft = 0;
            Storage.low = true;
            Duty.hasFix = false;
            Duty.positionText = "";
            TodayRecordings.clear();
            break;
        case "highcontrast":
            AppSettings.highContrast = true;
            Camera.startRecording(false);
            Camera.state = 4;                       // PostRecord
            Camera.elapsedSeconds = 754;
            Camera.postrecordRemaining = 12;
            Storage.minutesLeft = 24;
            Storage.low = true;
            break;
        case "audio":
            Camera.startRecording(true);
            Camera.elapsedSeconds = 59;
            break;
        default:
            _applySession(scene);
        }
    }

    // --- session scenes (H3) -------------------------------------------------------------------
    function _applySession(scene) {
        switch (scene) {
        case "login":
            Session._setSignedOut();
            Session.message = "执法证号或 PIN 不正确，还可尝试 3 次";
            break;
        case "lock":
            Camera.startRecording(false);
            Camera.elapsedSeconds = 1834;
            Session.lock();
            break;
        case "settings":
            Session._signInAs("31000000009");
            Audit._setResult({ intact: false, rows: 1284, brokenSeq: 1282,
                               message: "第 1282 条记录的内容与其哈希不符：该行在写入后被修改。之后的 2 条记录无法验证。" });
            break;
        case "stopreason":
            Camera.startRecording(false);
            Camera.elapsedSeconds = 421;
            break;
        case "sync":
            Sync.lastError = "无法连接监督平台：请检查网络，稍后会自动重试";
            Sync.indicator = "error";
            break;
        case "sync_unenrolled":
            Sync._setUnenrolled();
            break;
        case "review":
        case "review_player":
        case "review_photo":
        case "review_photo_zoomed":
            Session._signInAs("31000000003");       // the squad leader sees the squad's
            Review.refresh();
            break;
        case "sync_hc":
            AppSettings.highContrast = true;
            Sync.syncing = true;
            Sync.indicator = "syncing";
            break;
        }
    }
    // Needs the window: fill the login form, open the settings page, ask to stop.
    function _showSession(scene, window) {
        switch (scene) {
        case "login":
            _findChild(window.contentItem, "officerField").text = "31000000001";
            break;
        case "settings":
            _findChild(window.contentItem, "stack").push(
                        Qt.resolvedUrl("qrc:/Fieldterm/pages/SettingsPage.qml"), {}, StackView.Immediate);
            break;
        case "sync":
        case "sync_unenrolled":
        case "sync_hc":
            _findChild(window.contentItem, "stack").push(
                        Qt.resolvedUrl("qrc:/Fieldterm/pages/SyncPage.qml"), {}, StackView.Immediate);
            break;
        case "review":
            _findChild(window.contentItem, "stack").push(
                        Qt.resolvedUrl("qrc:/Fieldterm/pages/ReviewPage.qml"), {}, StackView.Immediate);
            break;
        case "review_player":
            Review.openRecording("r-3");
            Review.seek(41000);
            _findChild(window.contentItem, "stack").push(
                        Qt.resolvedUrl("qrc:/Fieldterm/pages/PlayerPage.qml"), {}, StackView.Immediate);
            break;
        case "review_photo":
        case "review_photo_zoomed": {
            // The recording's photo strip → the full-screen viewer, as a tap on a thumbnail does.
            Review.openRecording("r-3");
            const stack = _findChild(window.contentItem, "stack");
            stack.push(Qt.resolvedUrl("qrc:/Fieldterm/pages/PlayerPage.qml"), {}, StackView.Immediate);
            window.showPhoto(Review.photos.map(p => p.evidenceId), 0);
            if (scene === "review_photo_zoomed")
                stack.currentItem.zoomAt(2.5, 260, 560);
            break;
        }
        case "stopreason": {
            window.recordKey();                     // F1 while the active case is open
            const sheet = _findChild(window.contentItem, "stopReasonSheet");
            sheet.select("other");
            sheet.confirm();                        // no note yet: the 必填 error shows
            break;
        }
        }
    }

    // What happens once the window is on screen (presses whose feedback the scene shows).
    function interact(scene) {
        if (scene === "audio")
            Camera.takePhoto();                     // the "已拍照" toast
    }

    // --- case scenes (pages pushed on Main's stack) ----------------------------------------------
    // Called by screenshots_main.cpp with the window once it is shown. Pages are pushed without
    // the slide transition so the picture shows the page, not the slide.
    function navigate(scene, window) {
        _showSession(scene, window);
        if (scene.startsWith("document"))
            _showDocument(scene, window);
        if (!scene.startsWith("case"))
            return;
        Cases.reset();
        const stack = _findChild(window.contentItem, "stack");
        if (!stack)
            return;
        switch (scene) {
        case "caselist":
            stack.push(Qt.resolvedUrl("qrc:/Fieldterm/pages/CaseListPage.qml"), {}, StackView.Immediate);
            break;
        case "casedetail_hc":                      // outdoor variant
            AppSettings.highContrast = true;
            Cases.openCase("c-103");
            stack.push(Qt.resolvedUrl("qrc:/Fieldterm/pages/CaseDetailPage.qml"), {}, StackView.Immediate);
            break;
        case "casedetail":
        case "casedetail_progress":
        case "casedetail_evidence": {
            Cases.openCase("c-102");
            const page = stack.push(Qt.resolvedUrl("qrc:/Fieldterm/pages/CaseDetailPage.qml"), {},
                                    StackView.Immediate);
            // The lower parts of the page, scrolled to as the officer would.
            const target = { casedetail_progress: "progressCard", casedetail_evidence: "coverageCard" }[scene];
            if (target) {
                // Once the page's layouts have run (the next frames), not before.
                _later.run = () => {
                    const flick = _findChild(page, "detailFlick");
                    const y = _findChild(page, target).mapToItem(flick.contentItem, 0, 0).y;
                    flick.contentY = Math.min(y - 16, flick.contentHeight - flick.height);
                };
                _later.restart();
            }
            break;
        }
        case "casecreate": {
            const page = stack.push(Qt.resolvedUrl("qrc:/Fieldterm/pages/CaseCreatePage.qml"), {},
                                    StackView.Immediate);
            page.caseType = "general";
            page.partyKind = "organisation";
            _findChild(page, "partyNameInput").text = "北京鑫源餐饮管理有限公司";
            _findChild(page, "partyIdNoInput").text = "91110101MA01XK3T3I";   // I is not allowed
            _findChild(page, "addressInput").text = "东城区东直门内大街 23 号";
            page.submit();                          // createCase's errors under their fields
            break;
        }
        case "casedetail_documents": {
            Cases.openCase("c-101");
            const page = stack.push(Qt.resolvedUrl("qrc:/Fieldterm/pages/CaseDetailPage.qml"), {},
                                    StackView.Immediate);
            _findChild(page, "newDocumentButton").clicked();     // the template list open
            _later.run = () => {
                const flick = _findChild(page, "detailFlick");
                const y = _findChild(page, "documentsCard").mapToItem(flick.contentItem, 0, 0).y;
                flick.contentY = Math.min(y - 16, flick.contentHeight - flick.height);
            };
            _later.restart();
            break;
        }
        case "caselink":
            Cases.linkRequested("rec-3");          // an unlinked recording just stopped
            break;
        case "casecreate_power": {
            const page = stack.push(Qt.resolvedUrl("qrc:/Fieldterm/pages/CaseCreatePage.qml"), {},
                                    StackView.Immediate);
            const picker = _findChild(page, "powerPicker");
            picker.pick(picker.results[0]);
            _later.run = () => {
                const flick = _findChild(page, "form");
                const y = _findChild(page, "addressField").mapToItem(flick.contentItem, 0, 0).y;
                flick.contentY = Math.min(y, flick.contentHeight - flick.height);
            };
            _later.restart();
            break;
        }
        }
    }

    // --- document scenes (issue 4): the form page as Main.showDocument opens it -----------------
    function _showDocument(scene, window) {
        const docId = scene === "document_locked" ? "doc-2" : "doc-1";
        window.showDocument(docId);
        const page = _findChild(window.contentItem, "stack").currentItem;
        const list = _findChild(page, "formList");
        switch (scene) {
        case "document_fields":                     // choice, number, date, 身份证号 with its error
        case "document_party":                      // organisation, person, multichoice, money, evidence
        case "document_qa": {                       // the last Q/A pairs, one with an error
            const target = { document_fields: "recorder", document_party: "employer",
                             document_qa: "qa[8]" }[scene];
            _later.run = () => {
                for (let i = 0; i < Documents.form.count; ++i) {
                    if (Documents.form.get(i).path === target) {
                        list.positionViewAtIndex(i, ListView.Beginning);
                        break;
                    }
                }
            };
            _later.restart();
            break;
        }
        case "document_locked":                     // the signatures at the end, read-only
            _later.run = () => list.positionViewAtIndex(Documents.form.count - 3, ListView.Beginning);
            _later.restart();
            break;
        case "document_signature": {
            const pad = _findChild(page, "signaturePad");
            page.requestSign("personSignature", "被询问人签名", "party");
            // A name-like scrawl, as the party would write it.
            const strokes = [
                [[120, 380], [150, 300], [180, 260], [200, 330], [230, 420], [250, 360]],
                [[260, 300], [330, 290], [360, 310]],
                [[300, 240], [310, 330], [300, 430], [280, 470]],
                [[400, 280], [420, 360], [440, 300], [470, 380], [500, 290], [520, 400]],
                [[100, 520], [300, 500], [560, 510]]
            ];
            for (const stroke of strokes) {
                pad._begin(stroke[0][0], stroke[0][1]);
                for (let i = 1; i < stroke.length; ++i)
                    pad._extend(stroke[i][0], stroke[i][1]);
                pad._current = null;
            }
            break;
        }
        case "document_refusal":
            page.requestRefusal("personSignature", "party");
            break;
        }
    }

    property Timer _later: Timer {
        property var run: null
        interval: 150
        onTriggered: run()
    }

    function _findChild(item, name) {
        if (!item)
            return null;
        if (item.objectName === name)
            return item;
        const children = item.children || [];
        for (let i = 0; i < children.length; ++i) {
            const found = _findChild(children[i], name);
            if (found)
                return found;
        }
        return null;
    }
}
