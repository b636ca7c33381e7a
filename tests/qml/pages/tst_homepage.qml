import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// HomePage bound to the fake Fieldterm.Core: buttons reach the facades, facade state reaches the
// screen. The F1/F2/F3 keys and the stop-reason rule live in Main.qml (tst_main_session.qml).
TestCase {
    id: testCase
    name: "HomePage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        HomePage { width: 720; height: 1280 }
    }

    function init() {
        Camera.reset();
        Duty.reset();
        Storage.reset();
        AppSettings.reset();
        TodayRecordings.reset();
        Session.reset();
        Cases.reset();
        Cases.clearActiveCase();
    }

    function createPage() {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page);
        waitForRendering(page);
        return page;
    }

    // Items of the page by their objectName (test lookup only; nothing in the app does this).
    function part(page, name) {
        const item = findChild(page, name);
        verify(item, "no " + name);
        return item;
    }

    function test_recordButtonStarts() {
        const page = createPage();
        mouseClick(part(page, "recordButton"));
        compare(Camera.calls, ["toggleRecording", "startRecording:false"]);
        verify(Camera.recording);
    }

    // Stopping is Main's decision (a reason may be needed), so the page only asks.
    function test_recordButtonReflectsCameraAndAsksToStop() {
        const page = createPage();
        const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "stopRequested" });
        verify(spy.valid);
        const button = part(page, "recordButton");
        compare(button.recording, false);
        Camera.startRecording(false);
        compare(button.recording, true);
        mouseClick(button);
        compare(spy.count, 1);
        compare(Camera.calls, ["startRecording:false"]);
        verify(Camera.recording);
    }

    function test_photoButtonTakesPhotoAndConfirms() {
        const page = createPage();
        const toast = part(page, "toast");
        mouseClick(part(page, "photoButton"));
        compare(Camera.calls, ["takePhoto"]);
        compare(TodayRecordings.photoCount, 1);
        compare(part(page, "photoButton").badgeText, "1");
        verify(toast.shown);
        compare(toast.text, "已拍照");
    }

    function test_markerNeedsRecording() {
        const page = createPage();
        page.toggleMarkerPicker();
        verify(!page.markerPickerOpen);
        compare(part(page, "toast").iconName, "warning");
        compare(Camera.calls, []);
    }

    function test_markerByKeys_data() {
        return [
            { tag: "1 亮证", key: Qt.Key_1, call: "addMarker:show_credentials", label: "亮证" },
            { tag: "2 告知", key: Qt.Key_2, call: "addMarker:notify", label: "告知" },
            { tag: "7 其他", key: Qt.Key_7, call: "addMarker:other", label: "其他" }
        ];
    }

    function test_markerByKeys(data) {
        const page = createPage();
        Camera.startRecording(false);
        mouseClick(part(page, "markerButton"));
        verify(page.markerPickerOpen);
        keyClick(data.key);
        compare(Camera.calls[Camera.calls.length - 1], data.call);
        verify(!page.markerPickerOpen);
        compare(part(page, "toast").text, "已标记：" + data.label);
        compare(part(page, "markerButton").badgeText, "1");
    }

    function test_toggleClosesPicker() {
        const page = createPage();
        Camera.startRecording(false);
        page.toggleMarkerPicker();
        verify(page.markerPickerOpen);
        page.toggleMarkerPicker();
        verify(!page.markerPickerOpen);
    }

    function test_pickerClosesWhenRecordingStops() {
        const page = createPage();
        Camera.startRecording(false);
        page.toggleMarkerPicker();
        verify(page.markerPickerOpen);
        Camera.stopRecording();
        verify(!Camera.recording);
        verify(!page.markerPickerOpen);
    }

    function test_errorBannerDismissReachesCamera() {
        const page = createPage();
        const banner = part(page, "errorBanner");
        verify(!banner.visible);
        Camera.lastError = "没有检测到摄像头：请检查连接后重启设备。";
        verify(banner.visible);
        waitForRendering(page);
        mouseClick(banner, banner.width - Theme.spacingM - 30, banner.height / 2);
        compare(Camera.calls, ["dismissError"]);
        compare(Camera.lastError, "");
        verify(!banner.visible);
    }

    function test_audioOnlyButton() {
        const page = createPage();
        const button = part(page, "audioButton");
        verify(button.enabled);
        mouseClick(button);
        compare(Camera.calls, ["startRecording:true"]);
        verify(Camera.audioOnly);
        verify(!button.enabled);       // not while a recording runs
    }

    function test_highContrastSwitch() {
        const page = createPage();
        const button = part(page, "contrastButton");
        verify(button.height >= Theme.touchMin);
        mouseClick(button);
        verify(AppSettings.highContrast);
        verify(button.checked);
        mouseClick(button);
        verify(!AppSettings.highContrast);
        verify(!button.checked);
    }

    function test_cameraStateMessages_data() {
        return [
            { tag: "Stopped", state: 0, text: "相机未启动" },
            { tag: "Starting", state: 1, text: "正在启动相机…" },
            { tag: "Idle", state: 2, text: "" },
            { tag: "Recording", state: 3, text: "" },
            { tag: "Stopping", state: 5, text: "正在保存录像…" },
            { tag: "Failed", state: 6, text: "相机不可用" }
        ];
    }

    function test_cameraStateMessages(data) {
        const page = createPage();
        Camera.state = data.state;
        compare(page.cameraMessage, data.text);
    }

    function test_buttonsFollowReadiness() {
        const page = createPage();
        Camera.state = 1;                       // Starting
        verify(!part(page, "photoButton").enabled);
        verify(!part(page, "markerButton").enabled);
        Camera.state = 2;                       // Idle
        verify(part(page, "photoButton").enabled);
        verify(!part(page, "markerButton").enabled);
        Camera.state = 3;                       // Recording
        verify(part(page, "markerButton").enabled);
    }

    function test_todayRecordingsListed() {
        const page = createPage();
        const list = part(page, "recordingList");
        compare(list.count, 3);
        // Video rows ask for their stills (audited by the real model); the audio-only row does not.
        tryCompare(TodayRecordings, "revealed", ["rec-3"]);   // the rows made so far
        tryVerify(() => list.itemAtIndex(0).showsThumbnail);
        list.positionViewAtEnd();
        tryVerify(() => TodayRecordings.revealed.indexOf("rec-1") >= 0);
        verify(TodayRecordings.revealed.indexOf("rec-2") < 0);   // audio-only: no still
        TodayRecordings.clear();
        compare(list.count, 0);
    }

    function test_dutyAndStorageShown() {
        const page = createPage();
        const bar = part(page, "statusBar");
        compare(bar.officerName, "张明");           // the signed-in officer, not a fixed duty
        compare(bar.officerNo, "31000000001");
        compare(bar.agency, "某市市场监督管理局");
        compare(bar.deviceId, "FT-SIM-0001");
        compare(bar.positionLabel, "N39.90869 E116.39748");
        Duty.hasFix = false;
        compare(bar.positionLabel, "无定位");
        Storage.low = true;
        verify(bar.storageLow);
    }

    function test_noPreviewNoAttach() {
        createPage();
        verify(Camera.calls.indexOf("attachPreview") < 0);
    }

    // --- case context ----------------------------------------------------------------------

    Component {
        id: spyComponent
        SignalSpy {}
    }

    function test_noActiveCase() {
        const page = createPage();
        compare(part(page, "activeCaseText").text, "未选择案件");
        const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "caseListRequested" });
        verify(spy.valid);
        mouseClick(part(page, "activeCaseChip"));
        compare(spy.count, 1);
    }

    function test_activeCaseChipOpensDetail() {
        const page = createPage();
        Cases.setActiveCase("c-102");
        compare(part(page, "activeCaseText").text, Cases.activeCaseNo);
        const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "caseRequested" });
        verify(spy.valid);
        const chip = part(page, "activeCaseChip");
        verify(chip.height >= Theme.touchMin);
        mouseClick(chip);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "c-102");
    }

    // The fake derives its counts from its sample cases (_all): one 预警, one 报警.
    function test_deadlineBannerLevels() {
        const page = createPage();
        const banner = part(page, "deadlineBanner");
        Cases._all = Cases._all.filter(c => c.warningLevel !== 2);
        compare(Cases.alarmCount, 0);
        verify(banner.visible);
        verify(!banner.alarm);
        compare(part(page, "deadlineText").text, "1 个案件即将超期");
        Cases._all = [];
        verify(!banner.visible);
    }

    function test_deadlineBannerText() {
        const page = createPage();
        // Sample data: one case 预警, one 报警.
        compare(Cases.warningCount, 1);
        compare(Cases.alarmCount, 1);
        const banner = part(page, "deadlineBanner");
        verify(banner.visible);
        verify(banner.alarm);                      // alarm colour when any alarm
        compare(part(page, "deadlineText").text, "1 个案件即将超期，1 个已超期");
        const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "caseListRequested" });
        verify(spy.valid);
        mouseClick(banner);
        compare(spy.count, 1);
    }

    function test_navigationButtons_data() {
        return [
            { tag: "案件", name: "casesButton", signal: "caseListRequested" },
            { tag: "设置", name: "settingsButton", signal: "settingsRequested" }
        ];
    }

    function test_navigationButtons(data) {
        const page = createPage();
        const button = part(page, data.name);
        verify(button.height >= Theme.touchMin);
        const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: data.signal });
        verify(spy.valid);
        mouseClick(button);
        compare(spy.count, 1);
    }
}
