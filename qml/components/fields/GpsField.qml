// GpsField: coordinates {latitude, longitude} shown as N/E text; "使用当前位置" asks the page to
// fill them from the device's fix (enabled only while there is one).
import QtQuick
import QtQuick.Layouts
import Fieldterm

FieldShell {
    id: root

    // Set by the page from Duty.hasFix.
    property bool fixAvailable: false
    readonly property bool hasValue: value !== null && value !== undefined
                                     && typeof value.latitude === "number" && typeof value.longitude === "number"

    signal locateRequested()

    function coordinateText(v) {
        const lat = v.latitude, lon = v.longitude;
        return (lat < 0 ? "S" : "N") + Math.abs(lat).toFixed(5) + " " + (lon < 0 ? "W" : "E") + Math.abs(lon).toFixed(5);
    }

    RowLayout {
        width: root.width
        spacing: Theme.spacingM
        Icon { name: root.hasValue ? "gps" : "gps-off"; size: Theme.iconMedium }
        UiText {
            objectName: "coordinates"
            text: root.hasValue ? root.coordinateText(root.value) : qsTr("未记录位置")
            color: root.hasValue ? Theme.textPrimary : Theme.textSecondary
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    BigButton {
        objectName: "locateButton"
        visible: !root.readOnly
        enabled: root.fixAvailable
        width: root.width
        iconName: "gps"
        stacked: false
        text: root.fixAvailable ? qsTr("使用当前位置") : qsTr("无定位：到开阔处后再试")
        onClicked: root.locateRequested()
    }
}
