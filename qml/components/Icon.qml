// Icon: one of the module's monochrome SVG icons (qml/icons/<name>.svg), rasterised at the
// size it is shown so it stays sharp.
import QtQuick
import Fieldterm

Image {
    id: icon
    property string name
    property int size: Theme.iconMedium

    width: size
    height: size
    source: name.length > 0 ? Qt.resolvedUrl("../icons/" + name + ".svg") : ""
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    smooth: true
}
