// Puts the fake Fieldterm.Core into the state each screenshot scene shows.
import QtQuick
import Fieldterm.Core

QtObject {
    readonly property var scenes: ["idle", "recording", "markers", "error", "highcontrast", "audio"]

    function apply(scene) {
        Camera.reset();
        Duty.reset();
        Storage.reset();
        AppSettings.reset();
        TodayRecordings.reset();
        switch (scene) {
        case "idle":
            Camera.photoCount = 3;
            break;
        case "recording":
        case "markers":
            Camera.startRecording(false);
            Camera.elapsedSeconds = 3723;
            Camera.addMarker("show_credentials");
            Camera.addMarker("notify");
            Camera.photoCount = 3;
            break;
        case "error":
            Camera.lastError = "存储空间不足：剩余空间低于保留的 500 MB，录像已停止。请上传或导出已有录像后再试。";
            Storage.minutesLeft = 0;
            Storage.low = true;
            Duty.hasFix = false;
            Duty.positionText = "";
            TodayRecordings.clear();
            break;
        case "highcontrast":
            AppSettings.highContrast = true;
            Camera.startRecording(false);
            Camera.state = 4;                       // PostRecord
            Camera.elapsedSeconds = 754;
            Camera.postrecordRemaining = 12;
            Storage.minutesLeft = 24;
            Storage.low = true;
            break;
        case "audio":
            Camera.startRecording(true);
            Camera.elapsedSeconds = 59;
            break;
        }
    }

    // What happens once the window is on screen (presses whose feedback the scene shows).
    function interact(scene) {
        if (scene === "audio")
            Camera.takePhoto();                     // the "已拍照" toast
    }
}
