import QtQuick
import QtTest
import Fieldterm
import Fieldterm.Core

// HomePage bound to the fake Fieldterm.Core: keys and buttons reach the facades, facade state
// reaches the screen.
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

    function test_f1TogglesRecording() {
        createPage();
        keyClick(Qt.Key_F1);
        compare(Camera.calls, ["toggleRecording", "startRecording:false"]);
        verify(Camera.recording);
        keyClick(Qt.Key_F1);
        verify(!Camera.recording);
    }

    function test_recordButtonReflectsCamera() {
        const page = createPage();
        const button = part(page, "recordButton");
        compare(button.recording, false);
        Camera.startRecording(false);
        compare(button.recording, true);
        mouseClick(button);
        compare(Camera.calls[Camera.calls.length - 2], "toggleRecording");
        verify(!Camera.recording);
    }

    function test_f2TakesPhotoAndConfirms() {
        const page = createPage();
        const toast = part(page, "toast");
        keyClick(Qt.Key_F2);
        compare(Camera.calls, ["takePhoto"]);
        compare(Camera.photoCount, 1);
        verify(toast.shown);
        compare(toast.text, "已拍照");
    }

    function test_f3NeedsRecording() {
        const page = createPage();
        keyClick(Qt.Key_F3);
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
        keyClick(Qt.Key_F3);
        verify(page.markerPickerOpen);
        keyClick(data.key);
        compare(Camera.calls[Camera.calls.length - 1], data.call);
        verify(!page.markerPickerOpen);
        compare(part(page, "toast").text, "已标记：" + data.label);
        compare(part(page, "markerButton").badgeText, "1");
    }

    function test_f3ClosesPicker() {
        const page = createPage();
        Camera.startRecording(false);
        keyClick(Qt.Key_F3);
        verify(page.markerPickerOpen);
        keyClick(Qt.Key_F3);
        verify(!page.markerPickerOpen);
    }

    function test_pickerClosesWhenRecordingStops() {
        const page = createPage();
        Camera.startRecording(false);
        keyClick(Qt.Key_F3);
        verify(page.markerPickerOpen);
        keyClick(Qt.Key_F1);          // shortcuts still work with the picker open
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
        TodayRecordings.clear();
        compare(list.count, 0);
    }

    function test_dutyAndStorageShown() {
        const page = createPage();
        const bar = part(page, "statusBar");
        compare(bar.officerName, "王建国");
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
}
