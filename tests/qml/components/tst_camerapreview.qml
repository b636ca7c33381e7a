import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "CameraPreview"
    width: 720
    height: 405
    visible: true
    when: windowShown

    Component {
        id: previewComponent
        CameraPreview { width: 720; height: 405 }
    }

    SignalSpy { id: videoSpy; signalName: "videoItemCreated" }

    function cleanup() { videoSpy.clear(); }

    function test_placeholderWithoutSink() {
        const preview = createTemporaryObject(previewComponent, testCase, { previewAvailable: false });
        videoSpy.target = preview;
        verify(videoSpy.valid);
        verify(!preview.showingVideo);
        compare(videoSpy.count, 0);
    }

    // The video item's type exists only after GStreamer's qml6glsink was created. Without it
    // the preview must degrade to the placeholder, not break the page.
    function test_missingVideoTypeFallsBackToPlaceholder() {
        ignoreWarning(new RegExp(".*GstVideoSurface.qml.*"));
        const preview = createTemporaryObject(previewComponent, testCase, { previewAvailable: true });
        videoSpy.target = preview;
        verify(videoSpy.valid);
        verify(!preview.showingVideo);
        compare(videoSpy.count, 0);
    }

    function test_overlays_data() {
        return [
            { tag: "idle", recording: false, ready: true, post: 0, mode: "prerecord" },
            { tag: "recording", recording: true, ready: true, post: 0, mode: "recording" },
            { tag: "postrecord", recording: true, ready: true, post: 5, mode: "postrecord" },
            { tag: "not ready", recording: false, ready: false, post: 0, mode: "off" }
        ];
    }

    function test_overlays(data) {
        const preview = createTemporaryObject(previewComponent, testCase, {
            recording: data.recording, ready: data.ready, postrecordRemaining: data.post,
            prerecordSeconds: 30, elapsedSeconds: 61 });
        compare(preview.recIndicator.mode, data.mode);
        if (data.recording)
            compare(preview.recIndicator.displayedTime, "00:01:01");
    }
}
