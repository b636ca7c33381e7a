// Fake Duty facade (app/ui/dutyinfo.h) for QML tests and screenshots.
pragma Singleton
import QtQuick

QtObject {
    property string officerNo: "11010120230017"
    property string officerName: "王建国"
    property string agency: "北京市东城区市场监督管理局"
    property string deviceId: "FT-SIM-0001"
    property bool simulated: true
    property string positionText: "N39.90869 E116.39748"
    property bool hasFix: true
    property string fixState: "fix"
    property bool fixStale: false
    property int satellitesInUse: -1
    property string fixDetail: ""

    function reset() {
        officerNo = "11010120230017"; officerName = "王建国";
        agency = "北京市东城区市场监督管理局"; deviceId = "FT-SIM-0001"; simulated = true;
        positionText = "N39.90869 E116.39748"; hasFix = true;
        fixState = "fix"; fixStale = false; satellitesInUse = -1; fixDetail = "";
    }
}
