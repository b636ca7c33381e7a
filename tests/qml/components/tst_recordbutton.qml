import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "RecordButton"
    width: 400
    height: 400
    visible: true
    when: windowShown

    Component {
        id: buttonComponent
        RecordButton {}
    }

    SignalSpy {
        id: clickSpy
        signalName: "clicked"
    }

    function cleanup() { clickSpy.clear(); }

    // The rendered pixel at (x, y) is `colour`, within rounding.
    function shows(item, x, y, colour) {
        const image = grabImage(item);
        return Math.abs(image.red(x, y) - Math.round(colour.r * 255)) <= 3
            && Math.abs(image.green(x, y) - Math.round(colour.g * 255)) <= 3
            && Math.abs(image.blue(x, y) - Math.round(colour.b * 255)) <= 3;
    }

    function test_reflectsRecordingState() {
        const button = createTemporaryObject(buttonComponent, testCase);
        compare(button.recording, false);
        compare(button.shape, "record");
        compare(button.text, "开始录像");

        button.recording = true;
        compare(button.shape, "stop");
        compare(button.text, "停止录像");
        compare(button.Accessible.name, "停止录像");

        button.recording = false;
        compare(button.shape, "record");
        compare(button.text, "开始录像");
    }

    // What the eye sees: idle is a big red disc; recording leaves a small stop square, so a
    // point between the square and the ring shows the background instead of red.
    function test_drawsStateVisibly() {
        const button = createTemporaryObject(buttonComponent, testCase);
        const c = button.width / 2;
        const probe = Math.round(c + button.width * 0.28);
        tryVerify(() => shows(button, c, c, Theme.record));
        tryVerify(() => shows(button, probe, c, Theme.record));

        button.recording = true;
        tryVerify(() => shows(button, probe, c, Theme.background));
        verify(shows(button, c, c, Theme.record));
    }

    function test_emitsClicked_data() {
        return [ { tag: "idle", recording: false }, { tag: "recording", recording: true } ];
    }

    function test_emitsClicked(data) {
        const button = createTemporaryObject(buttonComponent, testCase, { recording: data.recording });
        clickSpy.target = button;
        verify(clickSpy.valid);
        mouseClick(button);
        compare(clickSpy.count, 1);
        // The button does not flip itself: the recorder's state drives it.
        compare(button.recording, data.recording);
    }

    function test_isThePrimaryTarget() {
        const button = createTemporaryObject(buttonComponent, testCase);
        verify(button.width >= Theme.touchPrimary);
        compare(button.width, button.height);
    }

    function test_disabledDoesNotClick() {
        const button = createTemporaryObject(buttonComponent, testCase, { enabled: false });
        clickSpy.target = button;
        verify(clickSpy.valid);
        mouseClick(button);
        compare(clickSpy.count, 0);
    }
}
