// Fake AppSettings (app/ui/dutyinfo.h) for QML tests and screenshots; not persisted.
pragma Singleton
import QtQuick

QtObject {
    property bool highContrast: false
    function reset() { highContrast = false; }
}
