// Fake TodayRecordings model for QML tests and screenshots: the roles of the real list model.
// Like the real gate, a still is given out only once revealThumbnail was asked for it.
pragma Singleton
import QtQuick

ListModel {
    id: today
    property var revealed: []
    property int photoCount: 0
    readonly property var _stills: ({
        "rec-3": Qt.resolvedUrl("../../../data/thumb1.jpg").toString(),
        "rec-1": Qt.resolvedUrl("../../../data/thumb2.jpg").toString()
    })

    property var _asked: []
    property Timer _gate: Timer {
        interval: 0
        onTriggered: {
            const ids = today._asked;
            today._asked = [];
            for (const id of ids)
                today._reveal(id);
        }
    }
    // Asynchronous like the real gate (its audit runs on the next turn).
    function revealThumbnail(id) {
        _asked = _asked.concat([id]);
        _gate.restart();
    }
    function _reveal(id) {
        if (revealed.indexOf(id) < 0)
            revealed = revealed.concat([id]);
        for (let i = 0; i < count; ++i) {
            if (get(i).recordingId === id && _stills[id] !== undefined) {
                setProperty(i, "thumbnail", _stills[id]);
                setProperty(i, "thumbnailPending", false);
            }
        }
    }

    function reset() {
        revealed = [];
        _asked = [];
        photoCount = 0;
        clear();
        append({ recordingId: "rec-3", startTime: "14:21:07", durationText: "03:12",
                 thumbnail: "", thumbnailPending: true, audioOnly: false,
                 segmentCount: 1, markerCount: 2, status: "recording" });
        append({ recordingId: "rec-2", startTime: "11:05:42", durationText: "12:47",
                 thumbnail: "", thumbnailPending: false, audioOnly: true, segmentCount: 2, markerCount: 0,
                 status: "closed" });
        append({ recordingId: "rec-1", startTime: "09:30:15", durationText: "25:03",
                 thumbnail: "", thumbnailPending: true, audioOnly: false,
                 segmentCount: 3, markerCount: 5, status: "interrupted" });
    }
    Component.onCompleted: reset()
}
