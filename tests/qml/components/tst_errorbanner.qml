import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "ErrorBanner"
    width: 720
    height: 300
    visible: true
    when: windowShown

    readonly property string storageError: "存储空间不足：请上传或导出已有录像后再试。"

    Component {
        id: bannerComponent
        ErrorBanner { width: 720 }
    }

    SignalSpy { id: dismissSpy; signalName: "dismissed" }

    function cleanup() { dismissSpy.clear(); }

    // The dismiss button sits at the banner's right end, vertically centred.
    function clickDismiss(banner) {
        mouseClick(banner, banner.width - Theme.spacingM - 30, banner.height / 2);
    }

    function test_hiddenWithoutMessage() {
        const banner = createTemporaryObject(bannerComponent, testCase);
        verify(!banner.visible);
        compare(banner.implicitHeight, 0);
    }

    function test_showsMessage() {
        const banner = createTemporaryObject(bannerComponent, testCase, { message: storageError });
        verify(banner.visible);
        verify(banner.implicitHeight >= Theme.touchPrimary);
        compare(banner.Accessible.name, storageError);
    }

    function test_hidesOnDismiss() {
        const banner = createTemporaryObject(bannerComponent, testCase, { message: storageError });
        dismissSpy.target = banner;
        verify(dismissSpy.valid);
        waitForRendering(banner);
        clickDismiss(banner);
        compare(dismissSpy.count, 1);
        verify(!banner.visible);
        compare(banner.implicitHeight, 0);
    }

    function test_newMessageShowsAgain() {
        const banner = createTemporaryObject(bannerComponent, testCase, { message: storageError });
        waitForRendering(banner);
        clickDismiss(banner);
        verify(!banner.visible);
        banner.message = "";              // the facade clears the error it was told about
        verify(!banner.visible);
        banner.message = "没有检测到摄像头：请检查连接后重启设备。";
        verify(banner.visible);
    }

    function test_clickOnMessageDoesNotDismiss() {
        const banner = createTemporaryObject(bannerComponent, testCase, { message: storageError });
        dismissSpy.target = banner;
        waitForRendering(banner);
        mouseClick(banner, banner.width / 3, banner.height / 2);
        compare(dismissSpy.count, 0);
        verify(banner.visible);
    }
}
