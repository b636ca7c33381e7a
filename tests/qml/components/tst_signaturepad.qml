import QtQuick
import QtTest
import Fieldterm

// SignaturePad on its own: simulated drags become vector strokes in the pad's pixels, 清除
// empties them, 确定 emits the strokes with the pad size, 取消 emits cancelled.
TestCase {
    id: testCase
    name: "SignaturePad"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: padComponent
        SignaturePad { width: 720; height: 1280 }
    }
    SignalSpy { id: acceptedSpy; signalName: "accepted" }
    SignalSpy { id: cancelledSpy; signalName: "cancelled" }

    function createPad() {
        const pad = createTemporaryObject(padComponent, testCase);
        verify(pad);
        acceptedSpy.clear();
        cancelledSpy.clear();
        acceptedSpy.target = pad;
        cancelledSpy.target = pad;
        verify(acceptedSpy.valid && cancelledSpy.valid);
        pad.open("当事人");
        verify(waitForRendering(pad));
        return pad;
    }
    function part(item, name) {
        const found = findChild(item, name);
        verify(found, "no " + name);
        return found;
    }
    // A drag through `points` ([[x, y], …]) as a finger would make it.
    function drag(area, points) {
        mousePress(area, points[0][0], points[0][1]);
        for (let i = 1; i < points.length; ++i)
            mouseMove(area, points[i][0], points[i][1], -1, Qt.LeftButton);
        mouseRelease(area, points[points.length - 1][0], points[points.length - 1][1]);
    }
    function wave(x0, y0) {
        const points = [];
        for (let i = 0; i <= 12; ++i)
            points.push([x0 + i * 20, y0 + Math.round(Math.sin(i / 2) * 40)]);
        return points;
    }

    function test_opensEmptyWithSigner() {
        const pad = createPad();
        verify(pad.visible);
        compare(pad.strokeCount, 0);
        verify(part(pad, "padTitle").text.indexOf("当事人") >= 0);
        verify(!part(pad, "padConfirmButton").enabled, "确定 without a signature");
        verify(part(pad, "padConfirmButton").height >= Theme.touchPrimary);
    }

    function test_dragsBecomeStrokes() {
        const pad = createPad();
        const area = part(pad, "padInput");
        drag(area, wave(60, 200));
        compare(pad.strokeCount, 1);
        const first = pad.strokes[0];
        verify(first.length >= 10, "stroke has " + first.length + " points");
        compare(first[0][0], 60);
        compare(first[0][1], 200);
        verify(first.every(p => p.length === 2 && p[0] >= 0 && p[0] <= pad.padWidth
                                && p[1] >= 0 && p[1] <= pad.padHeight));
        drag(area, wave(100, 500));
        compare(pad.strokeCount, 2);
        verify(part(pad, "padConfirmButton").enabled);
    }

    function test_tapIsADot() {
        const pad = createPad();
        mouseClick(part(pad, "padInput"), 300, 300);
        compare(pad.strokeCount, 1);
        compare(pad.strokes[0].length, 1);
    }

    function test_clear() {
        const pad = createPad();
        drag(part(pad, "padInput"), wave(60, 200));
        compare(pad.strokeCount, 1);
        mouseClick(part(pad, "padClearButton"));
        compare(pad.strokeCount, 0);
        verify(!part(pad, "padConfirmButton").enabled);
    }

    function test_confirmEmitsStrokesAndSize() {
        const pad = createPad();
        drag(part(pad, "padInput"), wave(60, 200));
        drag(part(pad, "padInput"), wave(80, 400));
        mouseClick(part(pad, "padConfirmButton"));
        compare(acceptedSpy.count, 1);
        const args = acceptedSpy.signalArguments[0];
        compare(args[0].length, 2);
        compare(JSON.stringify(args[0]), JSON.stringify(pad.strokes));
        compare(args[1], pad.padWidth);
        compare(args[2], pad.padHeight);
        verify(args[1] > 600 && args[2] > 600, "pad is " + args[1] + "x" + args[2]);
        verify(!pad.visible);
    }

    function test_cancel() {
        const pad = createPad();
        drag(part(pad, "padInput"), wave(60, 200));
        mouseClick(part(pad, "padCancelButton"));
        compare(cancelledSpy.count, 1);
        compare(acceptedSpy.count, 0);
        verify(!pad.visible);
    }

    function test_reopenStartsEmpty() {
        const pad = createPad();
        drag(part(pad, "padInput"), wave(60, 200));
        pad.open("执法人员");
        compare(pad.strokeCount, 0);
        verify(part(pad, "padTitle").text.indexOf("执法人员") >= 0);
    }
}
