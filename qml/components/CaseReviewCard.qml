// CaseReviewCard: the squad leader's review of a case (issue 6) as a card — the review state
// (待审核 / 已通过 / 已退回), the latest return comment prominent for the inspector, 通过 / 退回
// when canReview (decided in C++: role, squad, not one's own case), and every review, oldest
// first. Shows what it is given and asks through its signals; the page does the rest (Cases).
// objectNames are for tests only.
import QtQuick
import QtQuick.Layouts
import Fieldterm

Rectangle {
    id: card

    // "pending" | "approved" | "returned" and its label (Cases.reviewState / reviewStateLabel).
    property string reviewState
    property string stateLabel
    property bool canReview: false
    // The latest return ({comment, reviewerName, reviewerNo, atText}) or null.
    property var latestReturn: null
    // Every review ({decision, decisionLabel, comment, reviewerName, reviewerNo, atText}).
    property var reviews: []

    signal approveRequested()
    signal returnRequested()

    function reviewerText(r) {
        const who = r.reviewerName && r.reviewerName.length > 0 ? qsTr("%1（%2）").arg(r.reviewerName).arg(r.reviewerNo)
                                                                : r.reviewerNo;
        return qsTr("%1 · %2").arg(who).arg(r.atText);
    }

    implicitHeight: body.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    ColumnLayout {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS
        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Icon { name: "shield"; size: Theme.iconSmall }
            UiText {
                text: qsTr("审核")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.fontWeightStrong
                Layout.fillWidth: true
            }
        }
        Flow {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Badge {
                objectName: "reviewBadge"
                text: card.stateLabel
                fontSize: Theme.fontBody
                color: card.reviewState === "approved" ? Theme.success
                     : card.reviewState === "returned" ? Theme.warning : Theme.surfaceRaised
                textColor: card.reviewState === "approved" || card.reviewState === "returned"
                           ? "#000000" : Theme.textPrimary
            }
        }
        // The latest return: what the inspector has to act on.
        Rectangle {
            id: returnNotice
            objectName: "returnNotice"
            visible: card.latestReturn !== null
            Layout.fillWidth: true
            implicitHeight: returnTexts.height + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.surfaceRaised
            border.width: Math.max(3, Theme.borderWidth)
            border.color: Theme.warning
            // A Column, not a layout: Qt 6.4 layouts keep a stale height for wrapped text nested two
            // layouts deep (see CaseDetailPage.InfoLine).
            Column {
                id: returnTexts
                x: Theme.spacingM
                y: Theme.spacingM
                width: returnNotice.width - 2 * Theme.spacingM
                spacing: Theme.spacingXs
                UiText {
                    text: qsTr("退回意见")
                    color: Theme.warning
                    font.pixelSize: Theme.fontLabel
                    font.weight: Theme.fontWeightStrong
                }
                UiText {
                    objectName: "returnCommentText"
                    width: parent.width
                    text: card.latestReturn ? card.latestReturn.comment : ""
                    font.pixelSize: Theme.fontLabel
                    font.weight: Theme.fontWeightStrong
                    wrapMode: Text.Wrap
                }
                UiText {
                    width: parent.width
                    text: card.latestReturn ? card.reviewerText(card.latestReturn) : ""
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }
        }
        UiText {
            visible: card.reviewState === "pending" && !card.canReview
            text: qsTr("尚未经中队长审核")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            objectName: "reviewActions"
            visible: card.canReview
            spacing: Theme.spacingS
            Layout.fillWidth: true
            BigButton {
                objectName: "approveButton"
                primary: true
                stacked: false
                iconName: "check"
                text: qsTr("通过")
                enabled: card.reviewState !== "approved"
                tone: Theme.success
                textColor: "#000000"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: card.approveRequested()
            }
            BigButton {
                objectName: "returnButton"
                primary: true
                stacked: false
                iconName: "back"
                text: qsTr("退回")
                tone: Theme.warning
                textColor: Theme.textOnWarning
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: card.returnRequested()
            }
        }
        // Every review, oldest first.
        Repeater {
            objectName: "reviewRows"
            model: card.reviews
            delegate: Item {
                id: reviewRow
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: reviewTexts.height + Theme.spacingS
                Column {
                    id: reviewTexts
                    width: reviewRow.width
                    UiText {
                        width: parent.width
                        text: qsTr("%1 · %2").arg(reviewRow.modelData.decisionLabel)
                                            .arg(card.reviewerText(reviewRow.modelData))
                        font.weight: Theme.fontWeightStrong
                        color: reviewRow.modelData.decision === "returned" ? Theme.warning : Theme.success
                        wrapMode: Text.Wrap
                    }
                    UiText {
                        width: parent.width
                        text: reviewRow.modelData.comment
                        visible: text.length > 0
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
