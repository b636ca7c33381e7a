// Fake Camera facade for QML tests and screenshots: the API of app/ui/cameracontroller.h with
// no recorder behind it. Invokables record the calls so tests can assert what a press did.
pragma Singleton
import QtQuick

QtObject {
    enum State { Stopped, Starting, Idle, Recording, PostRecord, Stopping, Failed }

    // Numbers rather than Camera.Idle etc.: the fake must not depend on resolving itself.
    property int state: 2                       // Idle
    readonly property bool recording: state === 3 || state === 4 || state === 5
    readonly property bool ready: state === 2 || recording
    property int elapsedSeconds: 0
    property bool audioOnly: false
    property bool previewAvailable: false
    property int prerecordSeconds: 30
    property int postrecordRemaining: 0
    property string lastError
    property int _photos: 0
    property int markerCount: 0
    property string lastMarkerLabel
    readonly property var markerTypes: [
        { key: "show_credentials", label: "亮证" },
        { key: "notify", label: "告知" },
        { key: "question", label: "询问" },
        { key: "statement", label: "陈述申辩" },
        { key: "sign", label: "签字" },
        { key: "serve", label: "送达" },
        { key: "other", label: "其他" }
    ]

    signal photoTaken(string path)
    signal markerAdded(string label)

    // What the page asked for.
    property var calls: []
    property var attachedItem: null

    function reset() {
        state = 2; elapsedSeconds = 0; audioOnly = false; previewAvailable = false;
        prerecordSeconds = 30; postrecordRemaining = 0; lastError = ""; _photos = 0;
        markerCount = 0; lastMarkerLabel = ""; calls = []; attachedItem = null;
    }
    function _record(call) { calls = calls.concat([call]); }

    function toggleRecording() {
        _record("toggleRecording");
        if (recording) stopRecording(); else startRecording(false);
    }
    function startRecording(audio) {
        _record("startRecording:" + audio);
        audioOnly = audio; markerCount = 0; lastMarkerLabel = ""; state = 3;
    }
    function stopRecording() {
        _record("stopRecording");
        state = 2; audioOnly = false; elapsedSeconds = 0;
    }
    function stopRecordingWithReason(reasonKey, note) {
        _record("stopRecordingWithReason:" + reasonKey + ":" + note);
        state = 2; audioOnly = false; elapsedSeconds = 0;
    }
    function takePhoto() {
        _record("takePhoto");
        _photos += 1;
        TodayRecordings.photoCount += 1;   // the store's count, as the real model re-reads it
        photoTaken("/tmp/fake_photo_" + _photos + ".jpg");
    }
    function addMarker(key) {
        _record("addMarker:" + key);
        const type = markerTypes.find(t => t.key === key);
        markerCount += 1;
        lastMarkerLabel = type ? type.label : key;
        markerAdded(lastMarkerLabel);
    }
    function dismissError() { _record("dismissError"); lastError = ""; }
    function attachPreview(item) { _record("attachPreview"); attachedItem = item; }
}
