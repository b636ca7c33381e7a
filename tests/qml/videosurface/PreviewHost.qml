// A CameraPreview with a video sink available, recording, as the home page shows it; remembers
// the video item it hands out so the test can give it to qml6glsink.
import QtQuick
import Fieldterm

CameraPreview {
    property Item videoItem: null
    property int videoItemCount: 0

    width: 640
    height: 360
    previewAvailable: true
    recording: true
    ready: true
    elapsedSeconds: 5
    onVideoItemCreated: item => { videoItem = item; videoItemCount += 1; }
}
