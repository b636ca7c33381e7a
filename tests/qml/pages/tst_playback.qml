import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Fieldterm
import Fieldterm.Core

// PlayerPage (playback of one recording) bound to the fake Review facade: play/pause, ±10 s,
// 0.5×/1×/2×, the scrubber previews while dragged and seeks on release, markers jump (chips and
// ticks), skipped segments are shown, the linked case's card offers the review to a squad leader,
// and leaving the page closes the playback.
TestCase {
    id: testCase
    name: "PlaybackPlayerPage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: stackComponent
        StackView { width: 720; height: 1280 }
    }
    Component {
        id: listComponent
        Item { objectName: "below" }
    }
    Component {
        id: pageComponent
        PlayerPage {}
    }

    function init() {
        Session.reset();
        Cases.reset();
        Documents.reset();
        Review.reset();
    }
    function cleanup() {
        Review.close();
    }

    function createPage(recordingId) {
        verify(Review.openRecording(recordingId));
        const stack = createTemporaryObject(stackComponent, testCase);
        verify(stack);
        stack.push(listComponent, {}, StackView.Immediate);
        stack.push(pageComponent, {}, StackView.Immediate);
        verify(waitForRendering(stack));
        return stack;
    }
    function part(item, name) {
        const found = findChild(item, name);
        verify(found, "no " + name);
        return found;
    }

    function test_transport() {
        const page = createPage("r-3").currentItem;
        compare(part(page, "recordingInfo").text, "张明 · 2026-11-23 14:21:00");
        compare(part(page, "recordingPosition").text, "位置 N39.90869 E116.39748 · 差分 · ±3 m");
        verify(part(page, "recordingPosition").visible);
        compare(part(page, "durationText").text, "3:12");
        const play = part(page, "playButton");
        compare(play.text, "播放");
        mouseClick(play);
        compare(Review.state, "playing");
        compare(play.text, "暂停");
        tryVerify(() => Review.positionMs > 0);
        mouseClick(play);
        compare(Review.state, "paused");

        Review.seek(30000);
        mouseClick(part(page, "forwardButton10"));
        compare(Review.positionMs, 40000);
        mouseClick(part(page, "backButton10"));
        compare(Review.positionMs, 30000);
        compare(part(page, "positionText").text, "0:30");
        verify(Review.calls.indexOf("skip:10000") >= 0);
        verify(Review.calls.indexOf("skip:-10000") >= 0);
    }

    function test_rates() {
        const page = createPage("r-3").currentItem;
        verify(part(page, "rate_1").checked);
        mouseClick(part(page, "rate_2"));
        compare(Review.rate, 2);
        verify(part(page, "rate_2").checked);
        verify(!part(page, "rate_1").checked);
        mouseClick(part(page, "rate_0.5"));
        compare(Review.rate, 0.5);
    }

    function test_scrubberPreviewsWhileDraggingAndSeeksOnRelease() {
        const page = createPage("r-3").currentItem;
        const scrubber = part(page, "scrubber");
        const y = scrubber.height / 2;
        const x0 = scrubber.leftPadding + scrubber.handle.width / 2 + 1;
        mousePress(scrubber, x0, y);
        mouseMove(scrubber, scrubber.width / 4, y);
        mouseMove(scrubber, scrubber.width / 2, y);
        const previews = Review.calls.filter(c => c.startsWith("seekPreview:"));
        verify(previews.length >= 1, JSON.stringify(Review.calls));
        compare(Review.calls.filter(c => c.startsWith("seek:")).length, 0);
        mouseRelease(scrubber, scrubber.width / 2, y);
        const seeks = Review.calls.filter(c => c.startsWith("seek:"));
        compare(seeks.length, 1);
        const ms = Number(seeks[0].split(":")[1]);
        verify(ms > 192000 * 0.35 && ms < 192000 * 0.65, "seek to " + ms);
        // The scrubber follows playback again.
        Review.seek(10000);
        compare(scrubber.value, 10000);
    }

    function test_markersJump() {
        const page = createPage("r-3").currentItem;
        compare(Review.markers.length, 3);
        const chip = part(page, "markerChip_40000");
        compare(chip.text, "告知 0:40");
        mouseClick(chip);
        verify(Review.calls.indexOf("jumpToMarker:40000") >= 0);
        compare(Review.positionMs, 40000);
        const tick = part(page, "markerTick_60000");
        verify(tick.x > 0);
        verify(tick.x < part(page, "scrubber").width / 2);   // 60 s of 192 s
        mouseClick(tick);
        compare(Review.positionMs, 60000);
    }

    function test_skippedSegmentsAreShown() {
        const page = createPage("r-1").currentItem;
        compare(Review.notices.length, 1);
        verify(findChild(testCase, "notices"));
        verify(!part(page, "recordingPosition").visible);   // recorded without a fix: no position line
    }

    function test_caseCardForTheSquadLeader() {
        Session._signInAs("31000000003");
        const page = createPage("r-3").currentItem;
        const card = part(page, "caseCard");
        verify(card.visible);
        compare(Cases.detail.caseId, "c-101");
        compare(part(page, "caseNoText").text, "案件 东市监立〔2024〕118号");
        compare(part(page, "reviewBadge").text, "待审核");
        verify(part(page, "reviewActions").visible);
        // The case card sits below the markers: scroll it into view as a finger would.
        const lower = part(page, "lower");
        lower.contentY = Math.max(0, lower.contentHeight - lower.height);
        verify(waitForRendering(page));
        const approve = part(page, "approveButton");
        verify(approve.mapToItem(page, 0, 0).y + approve.height <= page.height);
        mouseClick(approve);
        compare(Cases.reviewState, "approved");
        compare(part(page, "reviewBadge").text, "已通过");
    }

    function test_inspectorSeesTheCaseWithoutReviewActions() {
        const page = createPage("r-3").currentItem;
        verify(part(page, "caseCard").visible);
        verify(!part(page, "reviewActions").visible);
    }

    function test_unlinkedRecordingHasNoCaseCard() {
        Session._signInAs("31000000003");
        const page = createPage("r-2").currentItem;
        verify(!part(page, "caseCard").visible);
    }

    function test_leavingThePageCloses() {
        const stack = createPage("r-3");
        mouseClick(part(stack.currentItem, "playButton"));
        compare(Review.state, "playing");
        stack.pop(StackView.Immediate);
        tryCompare(Review, "state", "closed");
        verify(Review.calls.indexOf("close") >= 0);
    }

    function test_lockPauses() {
        createPage("r-3");
        Review.play();
        compare(Review.state, "playing");
        Session.lock();
        compare(Review.state, "paused");
    }
}
