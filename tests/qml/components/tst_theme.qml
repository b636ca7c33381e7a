import QtQuick
import QtTest
import Fieldterm

// Readability in sunlight is a requirement, so contrast is measured (WCAG 2 ratios), not
// eyeballed: body text ≥ 7:1 (AAA) in the outdoor variant, ≥ 4.5:1 (AA) otherwise.
TestCase {
    id: testCase
    name: "Theme"

    function luminance(c) {
        const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function cleanup() { Theme.highContrast = false; }

    function test_contrast_data() {
        const pairs = [
            ["textPrimary", "background", 7, 15],
            ["textPrimary", "surface", 7, 15],
            ["textPrimary", "surfaceRaised", 7, 15],
            ["textSecondary", "background", 4.5, 15],
            ["textSecondary", "surfaceRaised", 4.5, 15],
            ["warning", "background", 4.5, 12],
            ["accent", "background", 4.5, 12],
            ["textOnWarning", "warning", 4.5, 12],
            ["textOnAccent", "accent", 4.5, 12],
            ["textOnRecord", "record", 3, 3],            // large text / icons on the record button
            ["record", "background", 3, 4.5],
            ["textPrimary", "errorSurface", 4.5, 15]
        ];
        const rows = [];
        for (const p of pairs) {
            rows.push({ tag: p[0] + " on " + p[1], fg: p[0], bg: p[1], hc: false, min: p[2] });
            rows.push({ tag: p[0] + " on " + p[1] + " (outdoor)", fg: p[0], bg: p[1], hc: true, min: p[3] });
        }
        return rows;
    }

    function test_contrast(data) {
        Theme.highContrast = data.hc;
        const ratio = contrast(Theme[data.fg], Theme[data.bg]);
        verify(ratio >= data.min, data.fg + " on " + data.bg + ": " + ratio.toFixed(2) + " < " + data.min);
    }

    function test_outdoorVariantIsStronger() {
        const normalBorder = Theme.borderWidth;
        const normalText = contrast(Theme.textPrimary, Theme.background);
        Theme.highContrast = true;
        verify(Theme.borderWidth > normalBorder);
        verify(contrast(Theme.textPrimary, Theme.background) > normalText);
        verify(Theme.fontWeightBody > Font.Normal);
    }

    function test_typeScaleIsOrdered() {
        verify(Theme.fontCaption >= 20);
        verify(Theme.fontCaption < Theme.fontBody);
        verify(Theme.fontBody < Theme.fontLabel);
        verify(Theme.fontLabel < Theme.fontTitle);
        verify(Theme.fontTitle < Theme.fontHeadline);
        verify(Theme.fontHeadline < Theme.fontDisplay);
    }
}
