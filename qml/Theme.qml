// Theme: the design tokens every page and component uses — colours (a dark default and a
// high-contrast variant for direct sunlight), type scale, spacing and glove-sized touch targets.
// Main.qml binds highContrast to the persisted AppSettings; components only read tokens.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    // Outdoor variant: pure black and white, saturated accents, thick outlines, bolder type.
    property bool highContrast: false

    // --- colours -------------------------------------------------------------------------
    readonly property color background:     highContrast ? "#000000" : "#0B0E12"
    readonly property color surface:        highContrast ? "#000000" : "#151A21"
    readonly property color surfaceRaised:  highContrast ? "#111111" : "#1E252E"
    readonly property color surfacePressed: highContrast ? "#3A3A3A" : "#2B3440"
    readonly property color border:         highContrast ? "#FFFFFF" : "#2F3946"
    readonly property color textPrimary:    highContrast ? "#FFFFFF" : "#F2F4F7"
    readonly property color textSecondary:  highContrast ? "#FFFFFF" : "#A3AEBD"
    readonly property color textDisabled:   highContrast ? "#9A9A9A" : "#5B6674"
    readonly property color accent:         highContrast ? "#FFE500" : "#4C9AFF"
    readonly property color textOnAccent:       "#000000"
    readonly property color record:         highContrast ? "#FF1F1F" : "#E53935"
    readonly property color recordPressed:  highContrast ? "#B80000" : "#B3261E"
    readonly property color textOnRecord:       "#FFFFFF"
    readonly property color warning:        highContrast ? "#FFE500" : "#FFB020"
    readonly property color textOnWarning:      "#000000"
    readonly property color danger:         highContrast ? "#FF1F1F" : "#D93A32"
    // Error banners: white text must stay readable, so the fill is darker than `danger`.
    readonly property color errorSurface:   highContrast ? "#000000" : "#9E1C16"
    readonly property color errorBorder:    highContrast ? "#FF1F1F" : "#9E1C16"
    readonly property color success:        highContrast ? "#00FF6A" : "#34C759"
    // Behind text drawn over live video, so it stays legible on any picture.
    readonly property color scrim:          highContrast ? "#E6000000" : "#A6000000"
    readonly property color previewPlaceholder: highContrast ? "#000000" : "#06080A"

    // --- outlines and shape ------------------------------------------------------------------
    readonly property int borderWidth: highContrast ? 3 : 1
    readonly property int focusWidth: 4
    readonly property int radiusSmall: 6
    readonly property int radius: 12
    readonly property int radiusLarge: 20

    // --- type scale (pixels; the screen is 720 px wide and read at arm's length) -------------
    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int fontCaption: 20
    readonly property int fontBody: 24
    readonly property int fontLabel: 26
    readonly property int fontTitle: 30
    readonly property int fontHeadline: 38
    readonly property int fontDisplay: 48
    // Noto Sans CJK ships Regular and Bold only; other weights are approximated and mis-measured.
    readonly property int fontWeightBody: highContrast ? Font.Bold : Font.Normal
    readonly property int fontWeightStrong: Font.Bold

    // --- spacing (4 px grid) -----------------------------------------------------------------
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 16
    readonly property int spacingL: 24
    readonly property int spacingXl: 32

    // --- touch targets: usable with work gloves ------------------------------------------------
    readonly property int touchMin: 64          // any tappable thing
    readonly property int touchPrimary: 96      // the main actions of a page
    readonly property int recordButtonSize: 176 // the one button that must never be missed
    readonly property int iconSmall: 28
    readonly property int iconMedium: 40
    readonly property int iconLarge: 56

    // --- motion --------------------------------------------------------------------------------
    readonly property int blinkMs: 600
    readonly property int toastMs: 2200
    readonly property int animationMs: 150
}
