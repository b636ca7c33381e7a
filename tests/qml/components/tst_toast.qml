import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "Toast"
    width: 720
    height: 300
    visible: true
    when: windowShown

    Component {
        id: toastComponent
        Toast {}
    }

    function test_showsThenHidesByItself() {
        const toast = createTemporaryObject(toastComponent, testCase, { duration: 150 });
        verify(!toast.visible);
        toast.show("已拍照");
        compare(toast.text, "已拍照");
        compare(toast.iconName, "check");
        verify(toast.shown);
        tryCompare(toast, "visible", true);
        tryCompare(toast, "shown", false, 3000);
        tryCompare(toast, "visible", false, 3000);
    }

    function test_newMessageRestarts() {
        const toast = createTemporaryObject(toastComponent, testCase, { duration: 150 });
        toast.show("已拍照");
        toast.show("已标记：告知", "warning");
        compare(toast.text, "已标记：告知");
        compare(toast.iconName, "warning");
        toast.show("已拍照");
        compare(toast.iconName, "check");
    }

    function test_isReadableSize() {
        const toast = createTemporaryObject(toastComponent, testCase);
        toast.show("已标记：陈述申辩");
        verify(toast.implicitHeight >= Theme.touchMin);
        verify(toast.implicitWidth <= 640);
    }
}
