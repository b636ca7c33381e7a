import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Fieldterm
import Fieldterm.Core

// ReviewPage bound to the fake Review facade: the list follows who is signed in (inspector: own
// recordings, squad leader: the squad's, admin: none), the chips set the facade's filters, a tap
// opens the recording and pushes the player page; a refusal shows the error and stays.
TestCase {
    id: testCase
    name: "ReviewPage"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: stackComponent
        StackView { width: 720; height: 1280 }
    }
    Component {
        id: pageComponent
        ReviewPage {}
    }
    Component {
        id: homeComponent
        HomePage { width: 720; height: 1280 }
    }
    SignalSpy {
        id: reviewRequestedSpy
        signalName: "reviewRequested"
    }

    function init() {
        Camera.reset();
        Duty.reset();
        Storage.reset();
        AppSettings.reset();
        TodayRecordings.reset();
        Session.reset();
        Cases.reset();
        Documents.reset();
        Review.reset();
    }
    function cleanup() {
        Review.close();
    }

    function createStack() {
        const stack = createTemporaryObject(stackComponent, testCase);
        verify(stack);
        stack.push(pageComponent, {}, StackView.Immediate);
        verify(waitForRendering(stack));
        return stack;
    }
    function part(item, name) {
        const found = findChild(item, name);
        verify(found, "no " + name);
        return found;
    }
    function chip(page, row, name) {
        const list = part(page, row);
        list.forceLayout();
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            const item = list.itemAtIndex(i);
            if (item && item.objectName === name)
                return item;
        }
        fail("no chip " + name + " in " + row);
    }
    function rowAt(page, index) {
        const list = part(page, "recordingList");
        list.positionViewAtIndex(index, ListView.Contain);
        list.forceLayout();
        const item = list.itemAtIndex(index);
        verify(item, "no row " + index);
        return item;
    }

    function test_inspectorSeesOwnRecordings() {
        const page = createStack().currentItem;
        const list = part(page, "recordingList");
        compare(list.count, 2);
        compare(part(page, "countText").text, "共 2 段录像");
        const first = rowAt(page, 0);
        compare(first.officerName, "张明");
        compare(first.caseNo, "东市监立〔2024〕118号");
        compare(first.markerCount, 3);
        // The still was asked for by its row and given out by the (fake) gate.
        verify(Review.calls.indexOf("revealThumbnail:r-3") >= 0, Review.calls.join(","));
        tryVerify(() => first.thumbnail.length > 0);
        verify(!first.thumbnailPending);
        verify(first.height >= Theme.touchMin);
        // Only oneself: no officer chips.
        verify(!part(page, "officerChips").visible);
        verify(!part(page, "emptyText").visible);
    }

    function test_squadLeaderSeesTheSquadAndFilters() {
        Session._signInAs("31000000003");
        Review.refresh();
        const page = createStack().currentItem;
        const list = part(page, "recordingList");
        compare(list.count, 3);
        verify(part(page, "officerChips").visible);

        mouseClick(chip(page, "officerChips", "officerChip_31000000002"));
        compare(Review.officerFilter, "31000000002");
        compare(list.count, 1);
        compare(rowAt(page, 0).officerName, "李娜");
        verify(chip(page, "officerChips", "officerChip_31000000002").checked);
        mouseClick(chip(page, "officerChips", "officerChip_all"));
        compare(Review.officerFilter, "");

        mouseClick(chip(page, "dateChips", "dateChip_today"));
        compare(Review.dateFilter, "today");
        compare(list.count, 2);
        mouseClick(chip(page, "dateChips", "dateChip_all"));

        mouseClick(chip(page, "caseChips", "caseChip_unlinked"));
        compare(Review.caseFilter, "unlinked");
        compare(list.count, 1);
        mouseClick(chip(page, "caseChips", "caseChip_c-104"));
        compare(Review.caseFilter, "c-104");
        compare(list.count, 1);
        mouseClick(chip(page, "caseChips", "caseChip_all"));

        mouseClick(chip(page, "markerChips", "markerChip_sign"));
        compare(Review.markerFilter, "sign");
        compare(list.count, 1);
        mouseClick(chip(page, "markerChips", "markerChip_statement"));
        compare(list.count, 0);
        verify(part(page, "emptyText").visible);
        compare(part(page, "emptyText").text, "没有符合条件的录像");
    }

    function test_adminSeesNothing() {
        Session._signInAs("31000000009");
        Review.refresh();
        const page = createStack().currentItem;
        compare(part(page, "recordingList").count, 0);
        compare(part(page, "emptyText").text, "当前账号无权查看录像");
    }

    function test_tapOpensThePlayer() {
        const stack = createStack();
        const page = stack.currentItem;
        mouseClick(rowAt(page, 0));
        verify(Review.calls.indexOf("openRecording:r-3") >= 0);
        tryCompare(stack, "depth", 2);
        compare(stack.currentItem.objectName, "playerPage");
        compare(Review.recordingId, "r-3");
    }

    function test_refusalShowsTheErrorAndStays() {
        Review._openError = "您无权查看这段录像";
        const stack = createStack();
        const page = stack.currentItem;
        mouseClick(rowAt(page, 0));
        compare(stack.depth, 1);
        const banner = part(page, "errorBanner");
        verify(banner.visible);
        compare(banner.message, "您无权查看这段录像");
        compare(Review.state, "closed");
    }

    // The home page offers 录像回看 to whoever may view recordings (not the admin).
    function test_homeOffersReview_data() {
        return [
            { tag: "inspector", officerNo: "31000000001", shown: true },
            { tag: "squad leader", officerNo: "31000000003", shown: true },
            { tag: "admin", officerNo: "31000000009", shown: false }
        ];
    }
    function test_homeOffersReview(data) {
        Session._signInAs(data.officerNo);
        const home = createTemporaryObject(homeComponent, testCase);
        verify(waitForRendering(home));
        const button = part(home, "reviewButton");
        compare(button.visible, data.shown);
        if (!data.shown)
            return;
        reviewRequestedSpy.target = home;
        reviewRequestedSpy.clear();
        mouseClick(button);
        compare(reviewRequestedSpy.count, 1);
    }
}
