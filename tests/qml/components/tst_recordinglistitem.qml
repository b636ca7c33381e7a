import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "RecordingListItem"
    width: 720
    height: 300
    visible: true
    when: windowShown

    readonly property string thumbUrl: Qt.resolvedUrl("../data/thumb1.jpg").toString()

    Component {
        id: itemComponent
        RecordingListItem {
            onThumbnailWanted: testCase.wanted = testCase.wanted.concat([recordingId])
        }
    }

    SignalSpy { id: clickSpy; signalName: "clicked" }
    property var wanted: []

    function make(overrides) {
        const props = { recordingId: "r1", startTime: "09:30:15", durationText: "25:03",
                        thumbnail: thumbUrl, thumbnailPending: false, audioOnly: false, segmentCount: 3,
                        markerCount: 5, status: "closed" };
        for (const k in overrides)
            props[k] = overrides[k];
        return createTemporaryObject(itemComponent, testCase, props);
    }

    function test_videoShowsThumbnail() {
        const item = make({});
        verify(item);
        verify(item.showsThumbnail);
        verify(item.implicitHeight >= Theme.touchPrimary);
        compare(item.Accessible.name, "09:30:15 开始，时长 25:03");
    }

    function test_audioShowsMicrophone() {
        const item = make({ audioOnly: true, thumbnail: "" });
        verify(!item.showsThumbnail);
    }

    function test_videoWithoutThumbnailYet() {
        const item = make({ thumbnail: "" });
        verify(!item.showsThumbnail);
    }

    // A still not audited yet is asked for when the row is made, and again if it is pending anew;
    // a revealed one is not.
    function test_pendingStillIsAskedFor() {
        wanted = [];
        const item = make({ recordingId: "pending", thumbnail: "", thumbnailPending: true });
        verify(!item.showsThumbnail);
        compare(wanted, ["pending"]);
        item.thumbnailPending = false;
        item.thumbnail = thumbUrl;
        verify(item.showsThumbnail);
        item.thumbnailPending = true;
        compare(wanted, ["pending", "pending"]);
        make({ recordingId: "shown" });
        compare(wanted, ["pending", "pending"]);
    }

    function test_statusChip_data() {
        return [
            { tag: "closed", status: "closed", text: "" },
            { tag: "recording", status: "recording", text: "录制中" },
            { tag: "interrupted", status: "interrupted", text: "已中断" }
        ];
    }

    function test_statusChip(data) {
        const item = make({ status: data.status });
        compare(item.statusText, data.text);
    }

    function test_emitsClicked() {
        const item = make({});
        clickSpy.target = item;
        verify(clickSpy.valid);
        mouseClick(item);
        compare(clickSpy.count, 1);
    }
}
