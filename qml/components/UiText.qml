// UiText: a Text with the theme's font, size and colour, so pages never repeat them.
import QtQuick
import Fieldterm

Text {
    color: Theme.textPrimary
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.weight: Theme.fontWeightBody
    verticalAlignment: Text.AlignVCenter
}
