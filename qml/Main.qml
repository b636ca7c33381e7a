// Main: the terminal's window — portrait 720×1280, Chinese first. Gated on Session: the login
// page until an officer signs in, then the page stack (home first), with the lock screen over
// everything while Session.locked. Owns what must work on every page and while locked: the
// F1 / F2 / F3 / F4 (audio only) keys and the device's hardware keys (app/ui/hardwarekeys.h calls recordKey,
// recordAudioKey, photoKey, markKey, sosKey), the stop-reason sheet (Cases.stopNeedsReason),
// the marker picker and the SOS banner, plus the case-link sheet offered when an unlinked
// recording stops.
// The app loads it as qrc:/Fieldterm/Main.qml.
import QtQuick
import QtQuick.Controls.Basic
import Fieldterm
import Fieldterm.Core

ApplicationWindow {
    id: window

    readonly property bool started: _started
    property bool _started: false
    // A recording waiting to be linked to a case; the sheet waits while the screen is locked
    // (it lists case parties, which a locked screen must not show).
    property string pendingLinkRecordingId
    readonly property bool linkSheetWanted: pendingLinkRecordingId.length > 0 && Session.signedIn
                                            && !Session.locked
    // Mirrors of facade state, so their changes can be handled here whatever the C++ NOTIFY
    // signal is called (Session.signedIn notifies through officerChanged).
    readonly property bool signedIn: Session.signedIn
    readonly property bool recording: Camera.recording
    readonly property bool stopSheetOpen: stopSheet.visible
    readonly property bool markerSheetOpen: markerSheet.visible
    readonly property bool homeShown: Session.signedIn && !Session.locked
                                      && stack.currentItem !== null
                                      && stack.currentItem.objectName === "homePage"

    width: 720
    height: 1280
    visible: true
    title: qsTr("执法终端")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    onSignedInChanged: {
        if (!_started)
            return;
        if (signedIn) {
            showHome();
        } else {
            // Shift over: nothing of the previous officer stays on screen.
            stack.clear();
            markerSheet.close();
            stopSheet.close();
            pendingLinkRecordingId = "";
        }
    }
    onRecordingChanged: {
        if (!recording) {
            markerSheet.close();
            stopSheet.close();
        }
    }

    // --- actions every page shares ---------------------------------------------------------------
    function recordKey() {
        if (!Session.signedIn) {
            toast.show(qsTr("请先登录"), "warning");
            return;
        }
        if (stopSheet.visible)
            return;                     // a reason is being chosen; the sheet decides
        if (Camera.recording)
            requestStop();
        else
            Camera.toggleRecording();
    }
    // Stopping while the active case is open needs an objective reason (audited in C++).
    function requestStop() {
        if (!Camera.recording)
            return;
        if (Cases.stopNeedsReason) {
            markerSheet.close();
            stopSheet.open();
        } else {
            Camera.stopRecording();
        }
    }
    function photoKey() {
        if (!Session.signedIn) {
            toast.show(qsTr("请先登录"), "warning");
            return;
        }
        Camera.takePhoto();
    }
    function markKey() {
        if (!Session.signedIn) {
            toast.show(qsTr("请先登录"), "warning");
            return;
        }
        if (stopSheet.visible)
            return;
        // The home page has its own picker (its marker button shows it); elsewhere and while
        // locked the window's picker is used.
        if (homeShown) {
            stack.currentItem.toggleMarkerPicker();
        } else if (markerSheet.visible) {
            markerSheet.close();
        } else if (!Camera.recording) {
            toast.show(qsTr("开始录像后才能添加标记"), "warning");
        } else {
            markerSheet.open();
        }
    }

    // Long REC on a hardware key (issue 7): an audio-only recording, where filming is not
    // wanted. Nothing when a recording runs already.
    function recordAudioKey() {
        if (!Session.signedIn) {
            toast.show(qsTr("请先登录"), "warning");
            return;
        }
        if (stopSheet.visible)
            return;
        if (Camera.recording) {
            toast.show(qsTr("正在录制中"), "warning");
            return;
        }
        Camera.startRecording(true);
    }
    // SOS on a hardware key: video recording starts if none runs (it never stops one) and a red
    // banner stays until tapped. The `sos` audit row with the position is written in C++
    // (HardwareKeys, app/main.cpp); it reaches the back office with the next sync — there is
    // no live alarm channel.
    function sosKey() {
        sosBanner.visible = true;
        if (!Session.signedIn) {
            toast.show(qsTr("请先登录"), "warning");
            return;
        }
        if (!Camera.recording)
            Camera.startRecording(false);
    }

    function showHome() {
        stack.clear();
        stack.push(homePage);
    }
    function showCaseList() { stack.push(caseListPage); }
    function showCase(caseId) {
        Cases.openCase(caseId);
        stack.push(caseDetailPage);
    }
    function showSettings() { stack.push(settingsPage); }
    function showSync() { stack.push(syncPage); }
    function showReview() { stack.push(reviewPage); }
    // The recording must have been opened (Review.openRecording) first.
    function showPlayer() { stack.push(playerPage); }
    // Full-screen photos: evidenceIds to step through, index the one shown first (each showing
    // is audited by Review.openPhoto).
    function showPhoto(evidenceIds, index) {
        stack.push(photoViewerPage, { photoIds: evidenceIds, index: index || 0 });
    }
    function showDocument(documentId) {
        Documents.open(documentId);
        stack.push(documentFormPage);
    }

    // The outdoor variant is a persisted device setting; the theme just follows it.
    Binding {
        target: Theme
        property: "highContrast"
        value: AppSettings.highContrast
    }

    Shortcut {
        sequence: "F1"
        // The terminal has one window; application-wide also covers the login and lock layers.
        context: Qt.ApplicationShortcut
        onActivated: window.recordKey()
    }
    Shortcut {
        sequence: "F2"
        context: Qt.ApplicationShortcut
        onActivated: window.photoKey()
    }
    Shortcut {
        sequence: "F3"
        context: Qt.ApplicationShortcut
        onActivated: window.markKey()
    }
    // Desktop fallback for long REC on a hardware key: F4 records audio only. (SOS has no
    // keyboard fallback: its audit row is written where the hardware key arrives.)
    Shortcut {
        sequence: "F4"
        context: Qt.ApplicationShortcut
        onActivated: window.recordAudioKey()
    }

    Connections {
        target: Cases
        function onLinkRequested(recordingId) { window.pendingLinkRecordingId = recordingId; }
    }
    // Feedback for the keys when the home page (which confirms them itself) is not showing.
    Connections {
        target: Camera
        enabled: !window.homeShown
        function onPhotoTaken(path) { toast.show(qsTr("已拍照")); }
        function onMarkerAdded(label) { toast.show(qsTr("已标记：%1").arg(label)); }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        visible: Session.signedIn
    }

    Loader {
        id: login
        objectName: "loginLoader"
        anchors.fill: parent
        active: window._started && !Session.signedIn
        sourceComponent: LoginPage { objectName: "loginPage" }
    }

    // Offered after an unlinked recording stops; loaded only while needed.
    Loader {
        id: linkSheet
        objectName: "caseLinkLoader"
        anchors.fill: parent
        z: 20
        active: window.linkSheetWanted
        sourceComponent: CaseLinkSheet {
            recordingId: window.pendingLinkRecordingId
            onDone: window.pendingLinkRecordingId = ""
        }
        onLoaded: item.open()
    }

    Loader {
        id: lock
        objectName: "lockLoader"
        anchors.fill: parent
        z: 30
        active: Session.signedIn && Session.locked
        sourceComponent: LockScreen { objectName: "lockScreen" }
    }

    // Over the lock screen too: the keys work while locked.
    Rectangle {
        id: markerSheet
        objectName: "markerSheet"
        anchors.fill: parent
        z: 40
        color: Theme.scrim
        visible: false

        function open() {
            visible = true;
            picker.forceActiveFocus();
        }
        function close() { visible = false; }

        MouseArea {
            anchors.fill: parent
            onClicked: markerSheet.close()
        }
        MouseArea { anchors.fill: picker }     // taps on the picker's background stay there
        MarkerPicker {
            id: picker
            objectName: "windowMarkerPicker"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingM
            markerTypes: Camera.markerTypes
            onPicked: key => {
                Camera.addMarker(key);
                markerSheet.close();
            }
            onCloseRequested: markerSheet.close()
        }
    }

    StopReasonSheet {
        id: stopSheet
        objectName: "stopReasonSheet"
        anchors.fill: parent
        z: 50
        reasons: Cases.stopReasons
        onStopConfirmed: (key, note) => Camera.stopRecordingWithReason(key, note)
    }

    // Shown by sosKey until the officer taps it, over every page and the lock screen.
    Rectangle {
        id: sosBanner
        objectName: "sosBanner"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Math.max(sosText.implicitHeight + 2 * Theme.spacingM, Theme.touchMin)
        z: 90
        visible: false
        color: Theme.danger
        Text {
            id: sosText
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textOnRecord
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            text: Camera.recording ? qsTr("SOS 已记录，正在录像 · 点击确认") : qsTr("SOS 已记录 · 点击确认")
        }
        MouseArea {
            anchors.fill: parent
            onClicked: sosBanner.visible = false
        }
    }

    Toast {
        id: toast
        objectName: "windowToast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 120
        z: 100
    }

    // The first page is shown only once the window is complete, i.e. after the Binding above
    // has set the theme: a theme switch while the page is still being built leaves Qt Quick
    // Layouts with stale text widths (seen with Qt 6.4: overlapping status-bar items).
    Component.onCompleted: {
        _started = true;
        if (Session.signedIn)
            showHome();
    }

    Component {
        id: homePage
        HomePage {
            onStopRequested: window.requestStop()
            onCaseListRequested: window.showCaseList()
            onCaseRequested: caseId => window.showCase(caseId)
            onSettingsRequested: window.showSettings()
            onSyncRequested: window.showSync()
            onReviewRequested: window.showReview()
        }
    }
    Component {
        id: reviewPage
        ReviewPage {}
    }
    Component {
        id: playerPage
        PlayerPage {
            onPhotoRequested: (evidenceIds, index) => window.showPhoto(evidenceIds, index)
        }
    }
    Component {
        id: photoViewerPage
        PhotoViewerPage {}
    }
    Component {
        id: settingsPage
        SettingsPage { objectName: "settingsPage" }
    }
    Component {
        id: syncPage
        SyncPage { objectName: "syncPage" }
    }
    Component {
        id: caseListPage
        CaseListPage {}
    }
    Component {
        id: caseDetailPage
        CaseDetailPage {
            onDocumentRequested: documentId => window.showDocument(documentId)
            onPhotoRequested: (evidenceIds, index) => window.showPhoto(evidenceIds, index)
        }
    }
    Component {
        id: documentFormPage
        DocumentFormPage { objectName: "documentFormPage" }
    }
}
