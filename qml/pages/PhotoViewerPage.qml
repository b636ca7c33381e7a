// PhotoViewerPage: one photo full screen for review (issue 6) — black background, the photo
// fitted; pinch (PinchHandler) and the mouse wheel (WheelHandler) zoom 1×–6× about the fingers /
// the pointer, a drag pans when zoomed (clamped: the photo's edges never come inside the
// screen), a double tap toggles fit ↔ 2.5× at the tap point, and 放大 / 缩小 / 适应 / 关闭 plus
// 上一张 / 下一张 when opened from a list. Every photo shown goes through Review.openPhoto,
// which checks the officer may see it and writes the photo_view audit row before it returns the
// file's url; a refusal is shown in Chinese instead of the photo. Memory: the photo is decoded
// at the screen's size (fit layer) and, when zoomed, once more at the zoom step's size (detail
// layer, 2× / 4× / 6× of the screen), asynchronously, with a loading indicator.
// objectNames exist only so tests/qml can find the parts.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page
    objectName: "photoViewerPage"

    // Main's page stack (null when the page is shown on its own, as in tests).
    readonly property var stack: StackView.view
    // The photos to step through (evidence ids) and the one shown first.
    property var photoIds: []
    property int index: 0
    // What Review.openPhoto returned for the photo shown: {url, takenAt, officerNo, officerName,
    // caseId, caseNo, positionText, error}.
    property var photo: ({})
    readonly property string refusal: photo && photo.error ? photo.error : ""
    readonly property url source: photo && photo.url && refusal.length === 0 ? photo.url : ""
    readonly property bool hasPrevious: index > 0
    readonly property bool hasNext: index + 1 < photoIds.length

    // Zoom relative to the fitted photo, and the pan of the photo's centre from the screen's.
    readonly property real minZoom: 1
    readonly property real maxZoom: 6
    readonly property real doubleTapZoom: 2.5
    property real zoom: 1
    property real panX: 0
    property real panY: 0
    // The fitted photo's size on screen (from the decoded image's aspect ratio).
    readonly property real aspect: fitImage.implicitHeight > 0 ? fitImage.implicitWidth / fitImage.implicitHeight : 4 / 3
    readonly property real fitWidth: Math.min(viewport.width, viewport.height * aspect)
    readonly property real fitHeight: fitWidth / aspect
    // "loading" | "ready" | "error" | "refused" | "none"
    readonly property string imageState: refusal.length > 0 ? "refused"
                                       : source.toString().length === 0 ? "none"
                                       : fitImage.status === Image.Error ? "error"
                                       : fitImage.status === Image.Ready ? "ready" : "loading"

    signal closeRequested()

    function close() {
        closeRequested();
        if (stack)
            stack.pop();
    }
    // Shows photoIds[i]: a new showing, hence a new audit row (written by Review.openPhoto).
    function showAt(i) {
        if (i < 0 || i >= photoIds.length)
            return;
        index = i;
        fit();
        photo = Review.openPhoto(photoIds[i]);
    }
    function previous() { if (hasPrevious) showAt(index - 1); }
    function next() { if (hasNext) showAt(index + 1); }

    function fit() {
        zoom = 1;
        panX = 0;
        panY = 0;
    }
    function clampPan() {
        const maxX = Math.max(0, (fitWidth * zoom - viewport.width) / 2);
        const maxY = Math.max(0, (fitHeight * zoom - viewport.height) / 2);
        panX = Math.max(-maxX, Math.min(maxX, panX));
        panY = Math.max(-maxY, Math.min(maxY, panY));
    }
    function setPan(x, y) {
        panX = x;
        panY = y;
        clampPan();
    }
    // Zooms to z (clamped) keeping the photo's point under (px, py) — viewport coordinates — in place.
    function zoomAt(z, px, py) {
        const target = Math.max(minZoom, Math.min(maxZoom, z));
        const k = target / zoom;
        const dx = px - (viewport.width / 2 + panX);
        const dy = py - (viewport.height / 2 + panY);
        zoom = target;
        setPan(px - viewport.width / 2 - dx * k, py - viewport.height / 2 - dy * k);
    }
    function zoomBy(factor) { zoomAt(zoom * factor, viewport.width / 2, viewport.height / 2); }
    function toggleZoomAt(px, py) {
        if (zoom > minZoom + 0.01)
            fit();
        else
            zoomAt(doubleTapZoom, px, py);
    }

    color: "#000000"
    Component.onCompleted: showAt(index)

    // --- the photo --------------------------------------------------------------------------------
    Item {
        id: viewport
        objectName: "viewport"
        anchors.fill: parent
        clip: true
        onWidthChanged: page.clampPan()
        onHeightChanged: page.clampPan()

        Item {
            id: photoItem
            objectName: "photoItem"
            width: page.fitWidth * page.zoom
            height: page.fitHeight * page.zoom
            x: (viewport.width - width) / 2 + page.panX
            y: (viewport.height - height) / 2 + page.panY
            visible: page.imageState === "ready"

            // Decoded at the screen's size: what the fitted photo needs.
            Image {
                id: fitImage
                objectName: "fitImage"
                anchors.fill: parent
                source: page.source
                asynchronous: true
                cache: false
                smooth: true
                fillMode: Image.Stretch
                sourceSize.width: Math.ceil(viewport.width * Screen.devicePixelRatio)
                sourceSize.height: Math.ceil(viewport.height * Screen.devicePixelRatio)
            }
            // When zoomed: decoded at the next zoom step's size, over the fit layer once ready.
            Image {
                id: detailImage
                objectName: "detailImage"
                readonly property int step: page.zoom <= 1.01 ? 0 : page.zoom <= 2 ? 2 : page.zoom <= 4 ? 4 : 6
                anchors.fill: parent
                source: step > 0 ? page.source : ""
                asynchronous: true
                cache: false
                smooth: true
                fillMode: Image.Stretch
                visible: status === Image.Ready
                sourceSize.width: Math.ceil(viewport.width * Screen.devicePixelRatio * Math.max(1, step))
                sourceSize.height: Math.ceil(viewport.height * Screen.devicePixelRatio * Math.max(1, step))
            }
        }

        PinchHandler {
            id: pinch
            objectName: "pinchHandler"
            target: null
            minimumPointCount: 2
            maximumPointCount: 2
            // scale grows through the gesture; each step zooms by its ratio to the last one.
            property real lastScale: 1
            onActiveChanged: lastScale = scale
            onScaleChanged: {
                if (!active || lastScale <= 0)
                    return;
                const factor = scale / lastScale;
                lastScale = scale;
                page.zoomAt(page.zoom * factor, centroid.position.x, centroid.position.y);
            }
        }
        DragHandler {
            id: drag
            objectName: "dragHandler"
            target: null
            minimumPointCount: 1
            maximumPointCount: 1
            enabled: page.zoom > page.minZoom + 0.01
            property real startX: 0
            property real startY: 0
            onActiveChanged: {
                startX = page.panX;
                startY = page.panY;
            }
            onTranslationChanged: if (active) page.setPan(startX + translation.x, startY + translation.y)
        }
        // Double tap, timed here on the wall clock: TapHandler's own count trusts event
        // timestamps, which synthesized input (and some touch drivers) do not keep realistic.
        TapHandler {
            objectName: "tapHandler"
            property real lastTapMs: 0
            property point lastTapAt
            onTapped: eventPoint => {
                const now = Date.now();
                const at = eventPoint.position;
                if (now - lastTapMs < Qt.styleHints.mouseDoubleClickInterval
                        && Math.abs(at.x - lastTapAt.x) < Theme.touchMin && Math.abs(at.y - lastTapAt.y) < Theme.touchMin) {
                    lastTapMs = 0;
                    page.toggleZoomAt(at.x, at.y);
                } else {
                    lastTapMs = now;
                    lastTapAt = at;
                }
            }
        }
        WheelHandler {
            objectName: "wheelHandler"
            target: null
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            onWheel: event => page.zoomAt(page.zoom * Math.pow(1.0015, event.angleDelta.y), event.x, event.y)
        }
    }

    // --- loading, errors --------------------------------------------------------------------------
    BusyIndicator {
        objectName: "loadingIndicator"
        anchors.centerIn: parent
        running: page.imageState === "loading"
        visible: running
    }
    Column {
        objectName: "errorState"
        visible: page.imageState === "refused" || page.imageState === "error"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingM
        Icon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: "warning"
            size: Theme.iconLarge
        }
        UiText {
            objectName: "errorText"
            width: parent.width
            text: page.imageState === "refused" ? page.refusal
                                                : qsTr("照片无法显示：文件已损坏或格式不支持。")
            color: "#FFFFFF"
            font.pixelSize: Theme.fontLabel
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }

    // --- top bar: close and position in the list ---------------------------------------------------
    Rectangle {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        implicitHeight: topRow.implicitHeight + 2 * Theme.spacingS
        color: "#99000000"
        RowLayout {
            id: topRow
            anchors.fill: parent
            anchors.margins: Theme.spacingS
            spacing: Theme.spacingS
            BigButton {
                objectName: "closeButton"
                stacked: false
                iconName: "close"
                text: qsTr("关闭")
                onClicked: page.close()
            }
            UiText {
                objectName: "counterText"
                visible: page.photoIds.length > 1
                text: qsTr("第 %1 / %2 张").arg(page.index + 1).arg(page.photoIds.length)
                color: "#FFFFFF"
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
            Item { visible: page.photoIds.length <= 1; Layout.fillWidth: true }
        }
    }

    // --- bottom bar: caption, zoom, previous / next ----------------------------------------------------
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        implicitHeight: bottomColumn.implicitHeight + 2 * Theme.spacingS
        color: "#99000000"
        ColumnLayout {
            id: bottomColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingS
            spacing: Theme.spacingS
            UiText {
                objectName: "captionText"
                visible: page.refusal.length === 0 && text.length > 0
                text: {
                    if (!page.photo || !page.photo.url)
                        return "";
                    const who = page.photo.officerName && page.photo.officerName.length > 0
                              ? qsTr("%1（%2）").arg(page.photo.officerName).arg(page.photo.officerNo)
                              : page.photo.officerNo;
                    const lines = [[page.photo.takenAt, who].filter(p => p && p.length > 0).join(" · ")];
                    if (page.photo.caseNo && page.photo.caseNo.length > 0)
                        lines.push(qsTr("案件 %1").arg(page.photo.caseNo));
                    lines.push(page.photo.positionText && page.photo.positionText.length > 0
                               ? qsTr("位置 %1").arg(page.photo.positionText) : qsTr("拍摄时无定位"));
                    return lines.join("\n");
                }
                color: "#FFFFFF"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacingS
                Layout.fillWidth: true
                BigButton {
                    objectName: "previousButton"
                    visible: page.photoIds.length > 1
                    enabled: page.hasPrevious
                    stacked: false
                    text: qsTr("上一张")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: page.previous()
                }
                BigButton {
                    objectName: "zoomInButton"
                    stacked: false
                    text: qsTr("放大")
                    enabled: page.imageState === "ready" && page.zoom < page.maxZoom - 0.01
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: page.zoomBy(1.5)
                }
                BigButton {
                    objectName: "zoomOutButton"
                    stacked: false
                    text: qsTr("缩小")
                    enabled: page.imageState === "ready" && page.zoom > page.minZoom + 0.01
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: page.zoomBy(1 / 1.5)
                }
                BigButton {
                    objectName: "fitButton"
                    stacked: false
                    text: qsTr("适应")
                    enabled: page.imageState === "ready" && page.zoom > page.minZoom + 0.01
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: page.fit()
                }
                BigButton {
                    objectName: "nextButton"
                    visible: page.photoIds.length > 1
                    enabled: page.hasNext
                    stacked: false
                    text: qsTr("下一张")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: page.next()
                }
            }
        }
    }
}
