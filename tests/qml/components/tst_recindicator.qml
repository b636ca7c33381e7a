import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "RecIndicator"
    width: 600
    height: 200
    visible: true
    when: windowShown

    Component {
        id: indicatorComponent
        RecIndicator {}
    }

    function test_formatsElapsed_data() {
        return [
            { tag: "0", seconds: 0, text: "00:00:00" },
            { tag: "59", seconds: 59, text: "00:00:59" },
            { tag: "60", seconds: 60, text: "00:01:00" },
            { tag: "61", seconds: 61, text: "00:01:01" },
            { tag: "3599", seconds: 3599, text: "00:59:59" },
            { tag: "3600", seconds: 3600, text: "01:00:00" },
            { tag: "3661", seconds: 3661, text: "01:01:01" },
            { tag: "36000", seconds: 36000, text: "10:00:00" },
            { tag: "negative", seconds: -5, text: "00:00:00" }
        ];
    }

    function test_formatsElapsed(data) {
        const indicator = createTemporaryObject(indicatorComponent, testCase,
                                                { recording: true, elapsedSeconds: data.seconds });
        compare(indicator.elapsedText, data.text);
        compare(indicator.displayedTime, data.text);
        verify(indicator.timeShown);
    }

    function test_modes_data() {
        return [
            { tag: "off", recording: false, ready: false, pre: 30, post: 0, mode: "off", status: "", visible: false, time: false },
            { tag: "prerecord armed", recording: false, ready: true, pre: 30, post: 0, mode: "prerecord", status: "预录 30 秒", visible: true, time: false },
            { tag: "no prerecord", recording: false, ready: true, pre: 0, post: 0, mode: "off", status: "", visible: false, time: false },
            { tag: "recording", recording: true, ready: true, pre: 30, post: 0, mode: "recording", status: "录像中", visible: true, time: true },
            { tag: "postrecord", recording: true, ready: true, pre: 30, post: 12, mode: "postrecord", status: "后录 12 秒", visible: true, time: true }
        ];
    }

    function test_modes(data) {
        const indicator = createTemporaryObject(indicatorComponent, testCase, {
            recording: data.recording, ready: data.ready, prerecordSeconds: data.pre,
            postrecordRemaining: data.post, elapsedSeconds: 75 });
        compare(indicator.mode, data.mode);
        compare(indicator.statusText, data.status);
        compare(indicator.visible, data.visible);
        compare(indicator.timeShown, data.time);
    }

    function test_followsElapsedUpdates() {
        const indicator = createTemporaryObject(indicatorComponent, testCase, { recording: true });
        compare(indicator.displayedTime, "00:00:00");
        indicator.elapsedSeconds = 61;
        compare(indicator.displayedTime, "00:01:01");
    }
}
