// Fake TodayRecordings model for QML tests and screenshots: the roles of the real list model.
pragma Singleton
import QtQuick

ListModel {
    function reset() {
        clear();
        append({ recordingId: "rec-3", startTime: "14:21:07", durationText: "03:12",
                 thumbnail: Qt.resolvedUrl("../../../data/thumb1.jpg").toString(), audioOnly: false,
                 segmentCount: 1, markerCount: 2, status: "recording" });
        append({ recordingId: "rec-2", startTime: "11:05:42", durationText: "12:47",
                 thumbnail: "", audioOnly: true, segmentCount: 2, markerCount: 0,
                 status: "closed" });
        append({ recordingId: "rec-1", startTime: "09:30:15", durationText: "25:03",
                 thumbnail: Qt.resolvedUrl("../../../data/thumb2.jpg").toString(), audioOnly: false,
                 segmentCount: 3, markerCount: 5, status: "interrupted" });
    }
    Component.onCompleted: reset()
}
