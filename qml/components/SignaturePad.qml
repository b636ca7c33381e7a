// SignaturePad: a full-screen signing sheet. Captures finger or stylus strokes as vectors
// [[[x, y], …], …] in the pad's own pixels, drawn live as smooth ink on paper white; 清除 starts
// over, 取消 leaves, 确定 emits the strokes with the pad size (the facade stores both, the PDF
// scales them into its box). Who signs is named at the top.
import QtQuick
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: root

    property string signerLabel
    property string title: qsTr("签名")
    readonly property var strokes: _strokes
    readonly property int strokeCount: _strokes.length
    readonly property alias padWidth: pad.width
    readonly property alias padHeight: pad.height
    property var _strokes: []
    property var _current: null

    signal accepted(var strokes, real width, real height)
    signal cancelled()

    function open(signer) {
        if (signer !== undefined)
            signerLabel = signer;
        clear();
        visible = true;
    }
    function close() { visible = false; }
    function clear() {
        _strokes = [];
        _current = null;
        ink.strokes = _strokes;
    }
    function confirm() {
        if (_strokes.length === 0)
            return;
        const result = _strokes;
        close();
        accepted(result, pad.width, pad.height);
    }
    function cancel() {
        close();
        cancelled();
    }

    // Points at 0.1 px: plenty for a signature, small in JSON.
    function _point(x, y) {
        return [Math.round(Math.max(0, Math.min(pad.width, x)) * 10) / 10,
                Math.round(Math.max(0, Math.min(pad.height, y)) * 10) / 10];
    }
    function _begin(x, y) {
        _current = [_point(x, y)];
        _strokes = _strokes.concat([_current]);
        ink.strokes = _strokes;
    }
    function _extend(x, y) {
        if (_current === null)
            return;
        const p = _point(x, y);
        const last = _current[_current.length - 1];
        // Skip jitter below a pixel: it adds points, not shape.
        if (Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) < 1)
            return;
        _current.push(p);
        ink.requestPaint();
    }

    color: Theme.background
    visible: false

    // Nothing under the pad reacts while it is open.
    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Icon { name: "check"; size: Theme.iconMedium }
            UiText {
                objectName: "padTitle"
                text: root.signerLabel.length > 0 ? qsTr("%1：%2").arg(root.title).arg(root.signerLabel) : root.title
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        UiText {
            text: qsTr("请在白色区域内书写全名")
            color: Theme.textSecondary
            Layout.fillWidth: true
        }

        Rectangle {
            id: paper
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: "#FFFFFF"                 // paper: the ink reads as it will be printed
            border.width: Math.max(2, Theme.borderWidth)
            border.color: Theme.accent

            // Baseline to sign on.
            Rectangle {
                x: Theme.spacingXl
                width: parent.width - 2 * Theme.spacingXl
                y: parent.height * 0.7
                height: 2
                color: "#C9D1DB"
            }
            UiText {
                anchors.centerIn: parent
                visible: root.strokeCount === 0
                text: qsTr("在此签名")
                color: "#A3AEBD"
                font.pixelSize: Theme.fontDisplay
            }
            Item {
                id: pad
                objectName: "signatureArea"
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                StrokeCanvas {
                    id: ink
                    anchors.fill: parent
                    lineWidth: 5
                }
                MouseArea {
                    objectName: "padInput"
                    anchors.fill: parent
                    preventStealing: true
                    onPressed: mouse => root._begin(mouse.x, mouse.y)
                    onPositionChanged: mouse => root._extend(mouse.x, mouse.y)
                    onReleased: mouse => {
                        root._extend(mouse.x, mouse.y);
                        root._current = null;
                    }
                    onCanceled: root._current = null
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            BigButton {
                objectName: "padCancelButton"
                primary: true
                stacked: false
                text: qsTr("取消")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: root.cancel()
            }
            BigButton {
                objectName: "padClearButton"
                primary: true
                stacked: false
                iconName: "close"
                text: qsTr("清除")
                enabled: root.strokeCount > 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: root.clear()
            }
            BigButton {
                objectName: "padConfirmButton"
                primary: true
                stacked: false
                iconName: "check"
                text: qsTr("确定")
                enabled: root.strokeCount > 0
                tone: Theme.accent
                textColor: Theme.textOnAccent
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: root.confirm()
            }
        }
    }
}
