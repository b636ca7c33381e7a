// StrokeCanvas: draws signature strokes ([[[x, y], …], …] in a source area of sourceWidth ×
// sourceHeight) scaled to fit, as smooth lines (quadratic curves through the midpoints).
// SignaturePad draws the live strokes with it; previews draw stored ones.
import QtQuick
import Fieldterm

Canvas {
    id: canvas

    property var strokes: []
    property real sourceWidth: width        // 0 or less: the canvas's own size
    property real sourceHeight: height
    property color ink: "#101418"
    property real lineWidth: 4

    onStrokesChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d");
        ctx.reset();
        const sw = sourceWidth > 0 ? sourceWidth : width;
        const sh = sourceHeight > 0 ? sourceHeight : height;
        const scale = Math.min(width / sw, height / sh);
        // Centred when the aspect ratio differs (a pad signature in a small preview box).
        ctx.translate((width - sw * scale) / 2, (height - sh * scale) / 2);
        ctx.scale(scale, scale);
        ctx.strokeStyle = ink;
        ctx.fillStyle = ink;
        ctx.lineWidth = lineWidth / Math.min(1, scale);
        ctx.lineCap = "round";
        ctx.lineJoin = "round";
        for (const stroke of strokes || []) {
            if (!stroke || stroke.length === 0)
                continue;
            ctx.beginPath();
            ctx.moveTo(stroke[0][0], stroke[0][1]);
            if (stroke.length === 1) {
                // A dot: a tap with no movement.
                ctx.arc(stroke[0][0], stroke[0][1], ctx.lineWidth / 2, 0, 2 * Math.PI);
                ctx.fill();
                continue;
            }
            for (let i = 1; i < stroke.length - 1; ++i) {
                const mx = (stroke[i][0] + stroke[i + 1][0]) / 2;
                const my = (stroke[i][1] + stroke[i + 1][1]) / 2;
                ctx.quadraticCurveTo(stroke[i][0], stroke[i][1], mx, my);
            }
            const last = stroke[stroke.length - 1];
            ctx.lineTo(last[0], last[1]);
            ctx.stroke();
        }
    }
}
