import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "BigButton"
    width: 720
    height: 400
    visible: true
    when: windowShown

    Component {
        id: buttonComponent
        BigButton {}
    }

    SignalSpy {
        id: clickSpy
        signalName: "clicked"
    }

    function cleanup() {
        Theme.highContrast = false;
        clickSpy.clear();
    }

    function test_touchTargetsAreGloveSized() {
        verify(Theme.touchMin >= 64);
        verify(Theme.touchPrimary >= 96);
        verify(Theme.recordButtonSize >= Theme.touchPrimary);
    }

    function test_minimumSize_data() {
        return [
            { tag: "label", primary: false, text: "拍照", icon: "", hc: false },
            { tag: "icon only", primary: false, text: "", icon: "close", hc: false },
            { tag: "empty", primary: false, text: "", icon: "", hc: false },
            { tag: "primary", primary: true, text: "拍照", icon: "camera", hc: false },
            { tag: "primary, no label", primary: true, text: "", icon: "camera", hc: false },
            { tag: "high contrast", primary: false, text: "知", icon: "", hc: true },
            { tag: "high contrast primary", primary: true, text: "标记", icon: "flag", hc: true }
        ];
    }

    function test_minimumSize(data) {
        Theme.highContrast = data.hc;
        const button = createTemporaryObject(buttonComponent, testCase,
                                             { primary: data.primary, text: data.text, iconName: data.icon });
        verify(button);
        const minimum = data.primary ? Theme.touchPrimary : Theme.touchMin;
        verify(button.implicitWidth >= minimum, "width " + button.implicitWidth + " < " + minimum);
        verify(button.implicitHeight >= minimum, "height " + button.implicitHeight + " < " + minimum);
        compare(button.width, button.implicitWidth);
    }

    function test_longLabelGrowsButton() {
        const narrow = createTemporaryObject(buttonComponent, testCase, { text: "拍" });
        const wide = createTemporaryObject(buttonComponent, testCase, { text: "开始录音并上传到平台" });
        verify(wide.implicitWidth > narrow.implicitWidth);
    }

    function test_emitsClicked() {
        const button = createTemporaryObject(buttonComponent, testCase, { text: "拍照", iconName: "camera" });
        clickSpy.target = button;
        verify(clickSpy.valid);
        mouseClick(button);
        compare(clickSpy.count, 1);
    }

    function test_disabledDoesNotClick() {
        const button = createTemporaryObject(buttonComponent, testCase, { text: "标记", enabled: false });
        clickSpy.target = button;
        verify(clickSpy.valid);
        mouseClick(button);
        compare(clickSpy.count, 0);
    }

    function test_hintAndBadgeDoNotChangeSize() {
        const plain = createTemporaryObject(buttonComponent, testCase, { text: "拍照", primary: true });
        const decorated = createTemporaryObject(buttonComponent, testCase,
                                                { text: "拍照", primary: true, hint: "F2", badgeText: "12" });
        compare(decorated.implicitWidth, plain.implicitWidth);
        compare(decorated.implicitHeight, plain.implicitHeight);
    }
}
