// CaseDetailPage: one case as Cases.detail describes it — number, type and status, the party,
// the power item with its legal basis and discretion standard, where the case stands on its
// path (CaseStepper) with the allowed next steps, the step deadline, whether each required
// step has recording coverage, the evidence timeline, and the case's documents (文书; Main opens
// one on documentRequested). The officer can make it the active case (new recordings link to
// it). The review block (CaseReviewCard) shows the squad leader's verdict (待审核 / 已通过 /
// 已退回) with the latest return comment prominent for the inspector, and — when Cases.canReview,
// decided in C++ (role, squad, not one's own case) — 通过 and 退回 (the comment asked in
// ReviewReturnSheet); refusals come back through Cases.reviewError into the error banner. Rules stay in the facade.
// objectNames are for tests only.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import Fieldterm
import Fieldterm.Core

Rectangle {
    id: page

    // Main's page stack (null when the page is shown on its own, as in tests).
    readonly property var stack: StackView.view
    // Set by CaseCreatePage: confirm the creation and offer to make the case the active one.
    property bool justCreated: false
    property bool _offerDismissed: false

    readonly property var d: Cases.detail
    readonly property bool hasCase: d !== undefined && d !== null && typeof d.caseId === "string"
                                    && d.caseId.length > 0
    readonly property bool isActive: hasCase && Cases.activeCaseId === d.caseId
    readonly property bool closed: hasCase && d.status === "closed"
    readonly property var steps: hasCase && d.steps ? d.steps : []
    readonly property var nextSteps: hasCase && d.nextSteps ? d.nextSteps : []
    readonly property var coverage: hasCase && d.coverage ? d.coverage : []
    readonly property bool coverageComplete: !hasCase || d.coverageComplete === true
    readonly property var timeline: hasCase && d.timeline ? d.timeline : []
    readonly property int deadlineLevel: hasCase && d.deadline ? d.deadline.level : 0
    readonly property bool confirmOpen: confirmSheet.visible
    readonly property bool returnOpen: returnSheet.visible
    readonly property string reviewState: hasCase ? Cases.reviewState : ""
    readonly property var reviews: hasCase && Cases.reviews ? Cases.reviews : []
    readonly property var latestReturn: hasCase && Cases.latestReturn && Cases.latestReturn.comment !== undefined
                                        ? Cases.latestReturn : null

    function requestAdvance(step) { confirmSheet.openFor(step); }
    function confirmAdvance() {
        const error = Cases.advance(d.caseId, confirmSheet.stepKey, confirmSheet.note);
        if (error.length > 0) {
            confirmSheet.error = error;
            return false;
        }
        const label = confirmSheet.stepLabel;
        confirmSheet.close();
        toast.show(qsTr("已进入：%1").arg(label));
        return true;
    }
    function approve() {
        if (Cases.approve().length === 0)
            toast.show(qsTr("已审核通过"));
    }
    function requestReturn() { returnSheet.open(d.caseNo); }
    function confirmReturn(comment) {
        const error = Cases.returnCase(comment);
        if (error.length > 0) {
            returnSheet.error = error;       // shown in the sheet, not twice
            Cases.dismissReviewError();
            return false;
        }
        returnSheet.close();
        toast.show(qsTr("已退回，执法人员会在案件中看到退回意见"));
        return true;
    }
    function setActive() {
        Cases.setActiveCase(d.caseId);
        toast.show(qsTr("已设为当前案件，新录像自动关联本案"));
    }
    function clearActive() {
        Cases.clearActiveCase();
        toast.show(qsTr("已取消当前案件"));
    }
    // Documents (文书) of the case: refreshed when the case changes and when the page shows again
    // (a document may have been locked or versioned on the form page).
    property var documents: []
    signal documentRequested(string documentId)
    function refreshDocuments() {
        documents = hasCase ? Documents.documentsFor(d.caseId) : [];
    }
    function createDocument(templateId) {
        const id = Documents.create(d.caseId, templateId);
        if (id.length === 0) {
            toast.show(Documents.lastError.length > 0 ? Documents.lastError
                                                      : qsTr("未能新建文书，请重试"), "warning");
            return;
        }
        refreshDocuments();
        documentRequested(id);
    }
    onDChanged: refreshDocuments()
    StackView.onActivated: refreshDocuments()

    // Photos of the evidence timeline, in its order: a tap opens the full-screen viewer (Main's
    // showPhoto) on that one, with the others a swipe of 上一张 / 下一张 away.
    readonly property var photoIds: timeline.filter(t => t.kind === "photo" && t.evidenceId.length > 0)
                                            .map(t => t.evidenceId)
    signal photoRequested(var evidenceIds, int index)
    function openPhoto(evidenceId) {
        const i = photoIds.indexOf(evidenceId);
        if (i >= 0)
            photoRequested(photoIds, i);
    }

    function kindIcon(kind) {
        return { step: "check", recording: "video", photo: "camera", marker: "flag" }[kind] || "clock";
    }

    color: Theme.background
    Component.onCompleted: {
        refreshDocuments();
        if (justCreated && hasCase)
            toast.show(qsTr("案件已创建：%1").arg(d.caseNo));
    }

    // A titled block of the page.
    component Card: Rectangle {
        id: card
        property string title
        property string iconName
        default property alias content: body.data

        Layout.fillWidth: true
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
                visible: card.title.length > 0
                spacing: Theme.spacingS
                Layout.fillWidth: true
                Icon { name: card.iconName; size: Theme.iconSmall; visible: card.iconName.length > 0 }
                UiText {
                    text: card.title
                    font.pixelSize: Theme.fontTitle
                    font.weight: Theme.fontWeightStrong
                    Layout.fillWidth: true
                }
            }
        }
    }

    // A label over its value; hidden when there is no value. A Column, not a layout: Qt 6.4
    // layouts keep a stale height for wrapped text nested two layouts deep (overlapping lines).
    component InfoLine: Column {
        property alias label: labelText.text
        property alias value: valueText.text
        visible: valueText.text.length > 0
        Layout.fillWidth: true
        UiText { id: labelText; color: Theme.textSecondary; font.pixelSize: Theme.fontCaption }
        UiText { id: valueText; width: parent.width; wrapMode: Text.Wrap }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PageHeader {
            objectName: "header"
            title: qsTr("案件详情")
            Layout.fillWidth: true
            onBackClicked: if (page.stack) page.stack.pop()
        }

        ErrorBanner {
            objectName: "reviewErrorBanner"
            Layout.fillWidth: true
            Layout.margins: shown ? Theme.spacingS : 0
            message: Cases.reviewError
            onDismissed: Cases.dismissReviewError()
        }

        UiText {
            objectName: "noCaseText"
            visible: !page.hasCase
            text: qsTr("找不到这个案件：请返回案件列表重新打开")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacingL
        }

        Flickable {
            id: flick
            objectName: "detailFlick"
            visible: page.hasCase
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: content.implicitHeight + 2 * Theme.spacingM
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}

            ColumnLayout {
                id: content
                x: Theme.spacingM
                y: Theme.spacingM
                width: page.width - 2 * Theme.spacingM
                spacing: Theme.spacingM

                // --- number, type, status ---------------------------------------------------
                ColumnLayout {
                    spacing: Theme.spacingS
                    Layout.fillWidth: true
                    UiText {
                        objectName: "caseNoText"
                        text: page.hasCase ? page.d.caseNo : ""
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Theme.fontWeightStrong
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Flow {
                        spacing: Theme.spacingS
                        Layout.fillWidth: true
                        Badge { text: page.hasCase ? page.d.typeLabel : ""; fontSize: Theme.fontBody }
                        Badge {
                            objectName: "statusBadge"
                            text: page.hasCase ? page.d.statusLabel : ""
                            fontSize: Theme.fontBody
                            color: page.closed ? Theme.surfaceRaised : Theme.accent
                            textColor: page.closed ? Theme.textSecondary : Theme.textOnAccent
                        }
                        Badge {
                            text: qsTr("当前案件")
                            visible: page.isActive
                            fontSize: Theme.fontBody
                            color: Theme.success
                            textColor: "#000000"
                        }
                    }
                    UiText {
                        text: page.hasCase ? qsTr("%1 由 %2 创建").arg(page.d.createdText).arg(page.d.createdBy) : ""
                        color: Theme.textSecondary
                        Layout.fillWidth: true
                    }
                }

                // --- just created: offer to make it the active case -------------------------
                Rectangle {
                    objectName: "createdOffer"
                    visible: page.justCreated && !page.isActive && !page._offerDismissed
                    Layout.fillWidth: true
                    implicitHeight: offer.implicitHeight + 2 * Theme.spacingM
                    radius: Theme.radius
                    color: Theme.surfaceRaised
                    border.width: Math.max(2, Theme.borderWidth)
                    border.color: Theme.success
                    ColumnLayout {
                        id: offer
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingS
                        UiText {
                            text: qsTr("案件已创建。设为当前案件后，接下来的录像和照片会自动关联到本案。")
                            wrapMode: Text.Wrap
                            font.weight: Theme.fontWeightStrong
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: Theme.spacingS
                            Layout.fillWidth: true
                            BigButton {
                                objectName: "offerSetActiveButton"
                                text: qsTr("设为当前案件")
                                tone: Theme.accent
                                textColor: Theme.textOnAccent
                                Layout.fillWidth: true
                                Layout.preferredWidth: 2
                                onClicked: page.setActive()
                            }
                            BigButton {
                                text: qsTr("以后再说")
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                onClicked: page._offerDismissed = true
                            }
                        }
                    }
                }

                // --- deadline --------------------------------------------------------------
                Rectangle {
                    objectName: "deadlineBanner"
                    visible: page.deadlineLevel > 0
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchMin, deadlineRow.implicitHeight + 2 * Theme.spacingM)
                    radius: Theme.radius
                    color: page.deadlineLevel === 2 ? Theme.errorSurface : Theme.warning
                    border.width: Theme.highContrast ? 3 : 0
                    border.color: page.deadlineLevel === 2 ? Theme.danger : Theme.warning
                    RowLayout {
                        id: deadlineRow
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingM
                        Badge {
                            text: page.deadlineLevel === 2 ? qsTr("报警") : qsTr("预警")
                            color: page.deadlineLevel === 2 ? Theme.danger : "#000000"
                            textColor: page.deadlineLevel === 2 ? "#FFFFFF" : Theme.warning
                            border.width: 0
                        }
                        UiText {
                            objectName: "deadlineText"
                            text: page.deadlineLevel > 0 ? page.d.deadline.text : ""
                            color: page.deadlineLevel === 2 ? "#FFFFFF" : Theme.textOnWarning
                            font.weight: Theme.fontWeightStrong
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                // --- review by the squad leader -------------------------------------------------
                CaseReviewCard {
                    objectName: "reviewCard"
                    Layout.fillWidth: true
                    reviewState: page.reviewState
                    stateLabel: Cases.reviewStateLabel
                    canReview: Cases.canReview
                    latestReturn: page.latestReturn
                    reviews: page.reviews
                    onApproveRequested: page.approve()
                    onReturnRequested: page.requestReturn()
                }

                // --- active case ----------------------------------------------------------------
                BigButton {
                    objectName: "setActiveButton"
                    visible: !page.isActive
                    enabled: !page.closed
                    primary: true
                    stacked: false
                    iconName: "video"
                    text: page.closed ? qsTr("已结案，不能设为当前案件") : qsTr("设为当前案件（录像自动关联）")
                    Layout.fillWidth: true
                    onClicked: page.setActive()
                }
                Rectangle {
                    objectName: "activeState"
                    visible: page.isActive
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchPrimary, activeRow.implicitHeight + 2 * Theme.spacingS)
                    radius: Theme.radius
                    color: Theme.surfaceRaised
                    border.width: Math.max(2, Theme.borderWidth)
                    border.color: Theme.success
                    RowLayout {
                        id: activeRow
                        anchors.fill: parent
                        anchors.margins: Theme.spacingS
                        anchors.leftMargin: Theme.spacingM
                        spacing: Theme.spacingM
                        Icon { name: "video"; size: Theme.iconMedium }
                        UiText {
                            text: qsTr("当前案件：新录像自动关联本案")
                            font.weight: Theme.fontWeightStrong
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        BigButton {
                            objectName: "clearActiveButton"
                            text: qsTr("取消")
                            onClicked: page.clearActive()
                        }
                    }
                }

                // --- progress -----------------------------------------------------------------------
                Card {
                    objectName: "progressCard"
                    title: qsTr("办理进度")
                    iconName: "clock"
                    CaseStepper {
                        id: stepper
                        objectName: "stepper"
                        steps: page.steps
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: page.nextSteps
                        delegate: BigButton {
                            required property var modelData
                            objectName: "next_" + modelData.key
                            primary: true
                            stacked: false
                            text: qsTr("进入下一步：%1").arg(modelData.label)
                            Layout.fillWidth: true
                            onClicked: page.requestAdvance(modelData)
                        }
                    }
                    UiText {
                        visible: page.closed
                        text: qsTr("本案已结案")
                        color: Theme.success
                        font.weight: Theme.fontWeightStrong
                    }
                }

                // --- documents (文书) --------------------------------------------------------------
                Card {
                    objectName: "documentsCard"
                    title: qsTr("文书")
                    iconName: "case"
                    DocumentListSection {
                        objectName: "documentSection"
                        Layout.fillWidth: true
                        documents: page.documents
                        templates: Documents.templates
                        canCreate: !page.closed
                        onOpenRequested: documentId => page.documentRequested(documentId)
                        onCreateRequested: templateId => page.createDocument(templateId)
                    }
                }

                // --- whole-process recording ----------------------------------------------------
                Card {
                    objectName: "coverageCard"
                    title: qsTr("全过程记录")
                    iconName: "video"
                    Rectangle {
                        objectName: "coverageWarning"
                        visible: !page.coverageComplete
                        Layout.fillWidth: true
                        implicitHeight: gapRow.implicitHeight + 2 * Theme.spacingS
                        radius: Theme.radiusSmall
                        color: Theme.warning
                        RowLayout {
                            id: gapRow
                            anchors.fill: parent
                            anchors.margins: Theme.spacingS
                            spacing: Theme.spacingS
                            UiText {
                                text: qsTr("记录不完整：有环节缺少录像，请补录或说明原因")
                                color: Theme.textOnWarning
                                font.weight: Theme.fontWeightStrong
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                    Repeater {
                        id: coverageRepeater
                        objectName: "coverageRows"
                        model: page.coverage
                        // Items placed by hand, not nested layouts: see InfoLine.
                        delegate: Item {
                            id: gap
                            required property var modelData
                            readonly property bool covered: modelData.covered
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touchMin, gapTexts.height + Theme.spacingS)
                            Rectangle {
                                id: gapMark
                                width: Theme.iconMedium
                                height: Theme.iconMedium
                                radius: width / 2
                                color: gap.covered ? Theme.success : "transparent"
                                Icon {
                                    anchors.centerIn: parent
                                    name: gap.covered ? "check" : "warning"
                                    size: gap.covered ? Theme.iconSmall : Theme.iconMedium
                                }
                            }
                            Column {
                                id: gapTexts
                                x: gapMark.width + Theme.spacingM
                                width: gap.width - x
                                UiText {
                                    text: gap.modelData.label
                                    font.pixelSize: Theme.fontLabel
                                    font.weight: Theme.fontWeightStrong
                                }
                                UiText {
                                    width: parent.width
                                    text: gap.modelData.text
                                    color: gap.covered ? Theme.textSecondary : Theme.warning
                                    font.weight: gap.covered ? Theme.fontWeightBody : Theme.fontWeightStrong
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                }

                // --- evidence timeline -----------------------------------------------------------
                Card {
                    objectName: "timelineCard"
                    title: qsTr("证据时间线")
                    iconName: "camera"
                    UiText {
                        visible: page.timeline.length === 0
                        text: qsTr("还没有录像、照片或标记")
                        color: Theme.textSecondary
                    }
                    Repeater {
                        id: timelineRepeater
                        objectName: "timelineRows"
                        model: page.timeline
                        delegate: EvidenceTimelineRow {
                            Layout.fillWidth: true
                            iconName: page.kindIcon(modelData.kind)
                            onPhotoClicked: evidenceId => page.openPhoto(evidenceId)
                        }
                    }
                }
                // --- party -----------------------------------------------------------------------
                Card {
                    title: page.hasCase ? qsTr("当事人（%1）").arg(page.d.partyKindLabel) : ""
                    iconName: "officer"
                    UiText {
                        objectName: "partyNameText"
                        text: page.hasCase ? page.d.partyName : ""
                        font.pixelSize: Theme.fontTitle
                        font.weight: Theme.fontWeightStrong
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    InfoLine {
                        label: page.hasCase && page.d.partyKind === "organisation" ? qsTr("统一社会信用代码")
                                                                                   : qsTr("身份证号")
                        value: page.hasCase ? page.d.partyIdNo : ""
                    }
                    InfoLine { label: qsTr("联系电话"); value: page.hasCase ? page.d.partyPhone : "" }
                    InfoLine { label: qsTr("地址"); value: page.hasCase ? page.d.address : "" }
                    InfoLine {
                        label: qsTr("立案位置")
                        value: page.hasCase ? (page.d.positionText.length > 0 ? page.d.positionText : qsTr("无定位")) : ""
                    }
                }

                // --- power item -----------------------------------------------------------------
                Card {
                    objectName: "powerItemCard"
                    title: qsTr("权力事项")
                    iconName: "flag"
                    UiText {
                        text: page.hasCase ? page.d.powerItemName : ""
                        font.pixelSize: Theme.fontLabel
                        font.weight: Theme.fontWeightStrong
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    InfoLine { label: qsTr("编码"); value: page.hasCase ? page.d.powerItemCode : "" }
                    InfoLine { label: qsTr("法律依据"); value: page.hasCase ? page.d.legalBasis : "" }
                    InfoLine { label: qsTr("裁量基准"); value: page.hasCase ? page.d.discretion : "" }
                    InfoLine { label: qsTr("检查任务"); value: page.hasCase ? page.d.taskRef : "" }
                    InfoLine { label: qsTr("简要案情"); value: page.hasCase ? page.d.summary : "" }
                }

            }
        }
    }

    // Confirming the next step, with an optional note; modal.
    StepConfirmSheet {
        id: confirmSheet
        objectName: "confirmSheet"
        onConfirmed: page.confirmAdvance()
    }

    // Returning the case asks for the comment; modal.
    ReviewReturnSheet {
        id: returnSheet
        objectName: "returnSheet"
        anchors.fill: parent
        onConfirmed: comment => page.confirmReturn(comment)
    }

    Toast {
        id: toast
        objectName: "toast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 120
        z: 30
    }
}
