import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Fieldterm
import Fieldterm.Core

// PhotoViewerPage (full-screen photo review) bound to the fake Review facade, with a real
// 2400×1800 JPEG: the photo is fitted and decoded no larger than the screen; 放大 / 缩小 / 适应 and
// the mouse wheel zoom within 1×–6× about the pointer; a double tap toggles fit ↔ 2.5× at the tap
// point; a drag pans only when zoomed and stays clamped to the photo's edges; 上一张 / 下一张 ask
// Review.openPhoto for the next photo (one audited showing each); a refusal and an unreadable file
// show Chinese errors; 关闭 pops the page. Pinch is driven by real touch events in
// tests/ui/tst_review_photo_pinch (QtQuickTest has no multi-touch API in Qt 6.4).
TestCase {
    id: testCase
    name: "ReviewPhotoViewer"
    width: 720
    height: 1280
    visible: true
    when: windowShown

    Component {
        id: stackComponent
        StackView { width: 720; height: 1280 }
    }
    Component {
        id: belowComponent
        Item { objectName: "below" }
    }
    Component {
        id: pageComponent
        PhotoViewerPage {}
    }

    function init() {
        Session.reset();
        Review.reset();
    }

    function createPage(ids, index) {
        const stack = createTemporaryObject(stackComponent, testCase);
        verify(stack);
        stack.push(belowComponent, {}, StackView.Immediate);
        stack.push(pageComponent, { photoIds: ids, index: index || 0 }, StackView.Immediate);
        const page = stack.currentItem;
        verify(page);
        return page;
    }
    function readyPage(ids, index) {
        const page = createPage(ids, index);
        tryCompare(page, "imageState", "ready", 5000);
        verify(waitForRendering(page));
        return page;
    }
    function part(item, name) {
        const found = findChild(item, name);
        verify(found, "no " + name);
        return found;
    }
    function views(id) { return Review.calls.filter(c => c === "openPhoto:" + id).length; }
    // The photo's point (fractions of its size) under the viewport point (px, py).
    function photoPointAt(page, px, py) {
        const photo = part(page, "photoItem");
        return Qt.point((px - photo.x) / photo.width, (py - photo.y) / photo.height);
    }

    function test_fitsAndAudits() {
        const page = readyPage(["ph-7"]);
        compare(views("ph-7"), 1);
        compare(Review._photoViews, 1);
        // 4:3 in a 720×1280 portrait screen: full width, centred vertically.
        const photo = part(page, "photoItem");
        compare(page.zoom, 1);
        fuzzyCompare(photo.width, 720, 0.5);
        fuzzyCompare(photo.height, 540, 0.5);
        fuzzyCompare(photo.x, 0, 0.5);
        fuzzyCompare(photo.y, (1280 - 540) / 2, 0.5);
        // Decoded for the screen, not at the file's 2400×1800.
        const fitImage = part(page, "fitImage");
        verify(fitImage.implicitWidth <= 720 * Screen.devicePixelRatio, "decoded " + fitImage.implicitWidth);
        verify(fitImage.implicitWidth > 0);
        compare(part(page, "detailImage").source.toString(), "");
        // Caption: time, officer, case, where it was taken.
        const caption = part(page, "captionText").text;
        verify(caption.indexOf("2026-11-19 14:15:08") >= 0, caption);
        verify(caption.indexOf("张明（31000000001）") >= 0, caption);
        verify(caption.indexOf("东市监立〔2024〕118号") >= 0, caption);
        verify(caption.indexOf("位置 N39.90869 E116.39748 · 单点 · ±5 m") >= 0, caption);
        verify(!part(page, "errorState").visible);
        verify(!part(page, "previousButton").visible);
        verify(!part(page, "nextButton").visible);
        // Every button is glove-sized.
        for (const name of ["closeButton", "zoomInButton", "zoomOutButton", "fitButton"]) {
            verify(part(page, name).height >= Theme.touchMin, name);
            verify(part(page, name).width >= Theme.touchMin, name);
        }
    }

    function test_zoomButtons() {
        const page = readyPage(["ph-7"]);
        const zoomIn = part(page, "zoomInButton");
        const zoomOut = part(page, "zoomOutButton");
        verify(!zoomOut.enabled);
        mouseClick(zoomIn);
        fuzzyCompare(page.zoom, 1.5, 0.001);
        // Zoomed about the centre: the centre of the photo stays in the middle.
        const centre = photoPointAt(page, 360, 640);
        fuzzyCompare(centre.x, 0.5, 0.001);
        fuzzyCompare(centre.y, 0.5, 0.001);
        for (let i = 0; i < 10; ++i)
            if (zoomIn.enabled)
                mouseClick(zoomIn);
        compare(page.zoom, 6);
        verify(!zoomIn.enabled);
        // Decoded once more for the zoom, bounded by the 6× step of the screen.
        const detail = part(page, "detailImage");
        tryCompare(detail, "status", Image.Ready, 5000);
        verify(detail.implicitWidth <= 720 * 6 * Screen.devicePixelRatio);
        mouseClick(zoomOut);
        fuzzyCompare(page.zoom, 4, 0.001);
        mouseClick(part(page, "fitButton"));
        compare(page.zoom, 1);
        compare(page.panX, 0);
        compare(page.panY, 0);
        for (let i = 0; i < 5; ++i)
            if (zoomOut.enabled)
                mouseClick(zoomOut);
        compare(page.zoom, 1);
    }

    function test_wheel() {
        const page = readyPage(["ph-7"]);
        const viewport = part(page, "viewport");
        const before = photoPointAt(page, 200, 500);
        mouseWheel(viewport, 200, 500, 0, 120);
        verify(page.zoom > 1.05, "zoom " + page.zoom);
        // About the pointer: the photo's point under it stays under it (horizontally; while the
        // photo is shorter than the screen it stays centred vertically).
        const after = photoPointAt(page, 200, 500);
        fuzzyCompare(after.x, before.x, 0.002);
        compare(page.panY, 0);
        // Taller than the screen: the point stays in both directions.
        mouseWheel(viewport, 200, 500, 0, 480);
        verify(page.fitHeight * page.zoom > 1280, "zoom " + page.zoom);
        const p1 = photoPointAt(page, 200, 500);
        mouseWheel(viewport, 200, 500, 0, 120);
        const p2 = photoPointAt(page, 200, 500);
        fuzzyCompare(p2.x, p1.x, 0.002);
        fuzzyCompare(p2.y, p1.y, 0.002);
        for (let i = 0; i < 30; ++i)
            mouseWheel(viewport, 200, 500, 0, 240);
        compare(page.zoom, page.maxZoom);
        for (let i = 0; i < 40; ++i)
            mouseWheel(viewport, 500, 900, 0, -240);
        compare(page.zoom, page.minZoom);
        compare(page.panX, 0);
        compare(page.panY, 0);
    }

    function test_doubleTapToggles() {
        const page = readyPage(["ph-7"]);
        const viewport = part(page, "viewport");
        const before = photoPointAt(page, 200, 560);
        mouseClick(viewport, 200, 560);
        mouseClick(viewport, 200, 560);
        tryCompare(page, "zoom", 2.5);
        // At the tap point: horizontally exact; vertically as far as the clamp allows (the
        // 2.5× photo is only 70 px taller than the screen), towards the tap.
        const after = photoPointAt(page, 200, 560);
        fuzzyCompare(after.x, before.x, 0.002);
        fuzzyCompare(page.panY, (540 * 2.5 - 1280) / 2, 0.5);
        wait(Qt.styleHints.mouseDoubleClickInterval + 100);   // not a triple tap
        mouseClick(viewport, 500, 700);
        mouseClick(viewport, 500, 700);
        tryCompare(page, "zoom", 1);
        compare(page.panX, 0);
        compare(page.panY, 0);
    }

    function test_panClamped() {
        const page = readyPage(["ph-7"]);
        const viewport = part(page, "viewport");
        const photo = part(page, "photoItem");
        // Fitted: a drag does not move the photo.
        mouseDrag(viewport, 360, 640, 200, 150);
        compare(page.panX, 0);
        compare(page.panY, 0);

        mouseClick(part(page, "zoomInButton"));
        mouseClick(part(page, "zoomInButton"));   // 2.25×: 1620×1215
        fuzzyCompare(page.zoom, 2.25, 0.001);
        mouseDrag(viewport, 300, 600, 100, 0);
        verify(page.panX > 50, "panX " + page.panX);
        // Far right and down: the left edge stops at the screen's left edge; the photo is
        // shorter than the screen vertically and stays centred.
        mouseDrag(viewport, 100, 300, 600, 700);
        mouseDrag(viewport, 100, 300, 600, 700);
        fuzzyCompare(photo.x, 0, 0.5);
        fuzzyCompare(page.panX, (720 * 2.25 - 720) / 2, 0.5);
        compare(page.panY, 0);
        mouseDrag(viewport, 650, 300, -600, 0);
        mouseDrag(viewport, 650, 300, -600, 0);
        mouseDrag(viewport, 650, 300, -600, 0);
        fuzzyCompare(photo.x + photo.width, 720, 0.5);

        // At 4×+ the photo is taller than the screen: vertical pan clamps too.
        mouseClick(part(page, "zoomInButton"));
        mouseClick(part(page, "zoomInButton"));
        compare(page.zoom, 5.0625);
        mouseDrag(viewport, 360, 200, 0, 900);
        mouseDrag(viewport, 360, 200, 0, 900);
        fuzzyCompare(photo.y, 0, 0.5);
        verify(photo.x <= 0 && photo.x + photo.width >= 720);
    }

    function test_previousNextAudited() {
        const page = readyPage(["ph-31", "ph-32"], 0);
        compare(views("ph-31"), 1);
        compare(views("ph-32"), 0);
        compare(part(page, "counterText").text, "第 1 / 2 张");
        const previous = part(page, "previousButton");
        const next = part(page, "nextButton");
        verify(previous.visible && next.visible);
        verify(!previous.enabled);
        mouseClick(part(page, "zoomInButton"));
        verify(page.zoom > 1);

        mouseClick(next);
        compare(views("ph-32"), 1);
        compare(page.index, 1);
        compare(page.zoom, 1);   // a new photo starts fitted
        compare(part(page, "counterText").text, "第 2 / 2 张");
        verify(!next.enabled);
        tryCompare(page, "imageState", "ready", 5000);
        verify(part(page, "captionText").text.indexOf("14:23:05") >= 0);
        verify(part(page, "captionText").text.indexOf("拍摄时无定位") >= 0);   // no position stored

        mouseClick(previous);
        compare(views("ph-31"), 2);   // shown again: audited again
        compare(Review._photoViews, 3);
        compare(page.index, 0);
    }

    function test_refusalShown() {
        const page = createPage(["ph-denied"]);
        compare(page.imageState, "refused");
        compare(Review._photoViews, 0);
        verify(part(page, "errorState").visible);
        verify(part(page, "errorText").text.indexOf("无权查看") >= 0);
        verify(!part(page, "photoItem").visible);
        verify(!part(page, "captionText").visible);
        verify(!part(page, "zoomInButton").enabled);
        compare(part(page, "fitImage").source.toString(), "");
    }

    function test_unreadableFile() {
        ignoreWarning(new RegExp("Error decoding"));
        const page = createPage(["ph-broken"]);
        tryCompare(page, "imageState", "error", 5000);
        verify(part(page, "errorState").visible);
        compare(part(page, "errorText").text, "照片无法显示：文件已损坏或格式不支持。");
    }

    function test_closePops() {
        const page = readyPage(["ph-7"]);
        const stack = page.StackView.view;
        mouseClick(part(page, "closeButton"));
        tryCompare(stack, "depth", 1);
        compare(stack.currentItem.objectName, "below");
    }
}
