import QtQuick
import QtTest
import Fieldterm

// Every icon the components name must load: a missing file or a missing SVG image plugin
// would leave blank squares on the device.
TestCase {
    id: testCase
    name: "Icon"
    width: 400
    height: 400
    visible: true
    when: windowShown

    Component {
        id: iconComponent
        Icon {}
    }

    // Icons are light on transparent: show them on black to see them.
    Rectangle {
        id: stage
        width: 48
        height: 48
        color: "black"
    }

    function test_loads_data() {
        return ["add", "back", "camera", "check", "clock", "close", "contrast", "device", "flag", "gps", "gps-off",
                "mic", "officer", "record", "sdcard", "search", "stop", "video", "warning",
                "case", "lock", "settings", "shield", "sync"]
            .map(name => ({ tag: name, name: name }));
    }

    function test_loads(data) {
        const icon = createTemporaryObject(iconComponent, stage, { name: data.name, size: 48 });
        tryCompare(icon, "status", Image.Ready);
        compare(icon.paintedWidth, 48);
        // Drawn, not empty: some pixels of the stage are lit by the icon.
        const image = grabImage(stage);
        let lit = 0;
        for (let y = 0; y < 48; ++y)
            for (let x = 0; x < 48; ++x)
                if (image.red(x, y) + image.green(x, y) + image.blue(x, y) > 300)
                    ++lit;
        verify(lit > 40, "icon " + data.name + " looks empty (" + lit + " lit pixels)");
    }

    function test_unknownNameFailsVisibly() {
        ignoreWarning(new RegExp(".*nonexistent.svg.*"));
        const icon = createTemporaryObject(iconComponent, testCase, { name: "nonexistent" });
        tryCompare(icon, "status", Image.Error);
    }

    function test_emptyNameLoadsNothing() {
        const icon = createTemporaryObject(iconComponent, testCase, { name: "" });
        compare(icon.status, Image.Null);
    }
}
