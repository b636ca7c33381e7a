#include "casescontroller.h"

#include "downlink.h"

#include "casedetailmap.h"
#include "casequery.h"
#include "casereview.h"
#include "casestore.h"
#include "casevalidator.h"
#include "domainstore.h"
#include "dutyinfo.h"
#include "markerlabels.h"
#include "recordertypes.h"
#include "store.h"
#include "terminalcore.h"
#include "uilogging.h"
#include "uivalues.h"
#include "viewaudit.h"

#include <QJSEngine>
#include <QJsonArray>

namespace {
CasesController *s_instance = nullptr;
} // namespace

using UiValues::localText;
using UiValues::option;

CasesController::CasesController(DomainStore *store, TerminalCore *core, DutyInfo *duty, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_core(core)
    , m_duty(duty)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CasesController::refresh);
    QString error;
    // The platform's downlink copy when there is a valid one, else the built-in catalogue.
    QString source;
    if (!Downlink::loadCatalogue(m_store->paths().root(), &m_catalogue, &error, &source))
        qCCritical(lcUi).noquote() << "power-item catalogue:" << error;
    else if (!error.isEmpty())
        qCWarning(lcUi).noquote() << "downlink catalogue refused, using the built-in one:" << error;
    error.clear();
    for (const QJsonValue &t : Downlink::tasks(m_store->paths().root())) {
        const QJsonObject task = t.toObject();
        m_tasks << QVariantMap{{QStringLiteral("id"), task.value(QStringLiteral("id")).toString().left(100)},
                               {QStringLiteral("title"), task.value(QStringLiteral("title")).toString()}};
    }
    if (!m_deadlines.loadDefault(m_store->paths().root(), &error) || !error.isEmpty())
        qCWarning(lcUi).noquote() << "case deadlines:" << error;
    connect(m_store, &DomainStore::opened, this, [this] {
        QString openError;
        if (!Store::openReader(&m_reader, m_store->paths().database(), &openError)) {
            qCCritical(lcUi).noquote() << openError;
            return;
        }
        m_query = std::make_unique<CaseQuery>(m_reader, m_catalogue, m_deadlines, m_store->paths().root(),
                                              CaseQuery::Clock(), [](const QString &key) { return MarkerLabels::label(key); });
        m_cases = std::make_unique<CaseStore>(m_store->db(), m_store->audit(), m_catalogue, m_store->profile().deviceId);
        m_review = std::make_unique<CaseReview>(m_store->db(), m_store->audit());
        refresh();
    });
    // A new shift starts without an active case; who may review the open case changes with it.
    connect(m_store, &DomainStore::currentChanged, this, [this] {
        if (!m_store->current())
            clearActiveCase();
        setReviewError(QString());
        if (ensureOpen() && !m_detailCaseId.isEmpty()) {
            reloadReview();
            emit detailChanged();
        }
    });
}

CasesController::~CasesController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

CasesController *CasesController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void CasesController::setInstance(CasesController *instance) { s_instance = instance; }

bool CasesController::ensureOpen() const
{
    return m_query && m_cases;
}

QString CasesController::refusal() const
{
    if (!ensureOpen())
        return tr("证据数据库尚未就绪，请稍候再试。");
    if (!m_store->current())
        return tr("请先登录。");
    // Cases are the work of those who record on site (inspectors, squad leaders).
    if (!m_store->can(Permission::Record))
        return tr("当前账号无权办理案件（需要执法人员或中队长）。");
    return QString();
}

void CasesController::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    emit filterChanged();
    refreshList();
}

void CasesController::setStatusFilter(const QString &status)
{
    if (m_statusFilter == status)
        return;
    m_statusFilter = status;
    emit filterChanged();
    refreshList();
}

void CasesController::setDateFilter(const QString &filter)
{
    if (m_dateFilter == filter)
        return;
    m_dateFilter = filter;
    emit filterChanged();
    refreshList();
}

QVariantList CasesController::statusOptions() const
{
    QVariantList out;
    for (CaseStep step : CaseLifecycle::allSteps())
        out << option(CaseLifecycle::stepKey(step), CaseLifecycle::stepLabel(step));
    return out;
}

QVariantList CasesController::typeOptions() const
{
    QVariantList out;
    for (CaseType type : CaseLifecycle::allTypes())
        out << option(CaseLifecycle::typeKey(type), CaseLifecycle::typeLabel(type));
    return out;
}

QVariantList CasesController::stopReasons() const
{
    // Objective reasons only (PRODUCT.md: stopping is allowed for a stated, objective reason).
    struct Reason {
        const char *key;
        QString label;
        bool needsNote;
    };
    const Reason reasons[] = {
        {"device_fault", tr("设备故障"), false},
        {"low_battery", tr("电量不足"), false},
        {"storage_full", tr("存储空间不足"), false},
        {"privacy", tr("涉及国家秘密、商业秘密或个人隐私"), false},
        {"scene_moved", tr("执法场所转移"), false},
        {"action_paused", tr("执法活动暂停（如等待当事人）"), false},
        {"other", tr("其他（须说明）"), true},
    };
    QVariantList out;
    for (const Reason &r : reasons)
        out << QVariantMap{{QStringLiteral("key"), QLatin1String(r.key)}, {QStringLiteral("label"), r.label},
                           {QStringLiteral("needsNote"), r.needsNote}};
    return out;
}

QVariantList CasesController::searchPowerItems(const QString &query) const
{
    QVariantList out;
    for (const PowerItem &item : m_catalogue.search(query.trimmed(), 50))
        out << QVariantMap{{QStringLiteral("code"), item.code}, {QStringLiteral("name"), item.name},
                           {QStringLiteral("category"), item.category}, {QStringLiteral("legalBasis"), item.legalBasis},
                           {QStringLiteral("discretion"), item.discretion}};
    return out;
}

QString CasesController::validateField(const QString &field, const QString &value, const QString &partyKind) const
{
    return CaseValidator(m_catalogue, QDate::currentDate()).validateField(field, value, partyKind);
}

QVariantMap CasesController::createCase(const QVariantMap &in)
{
    QVariantMap result{{QStringLiteral("ok"), false}};
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        result.insert(QStringLiteral("errors"), QVariantMap{{QStringLiteral("form"), refused}});
        return result;
    }
    CaseInput input;
    input.type = in.value(QStringLiteral("type")).toString();
    input.partyKind = in.value(QStringLiteral("partyKind")).toString();
    input.partyName = in.value(QStringLiteral("partyName")).toString();
    input.partyIdNo = in.value(QStringLiteral("partyIdNo")).toString();
    input.partyPhone = in.value(QStringLiteral("partyPhone")).toString();
    input.address = in.value(QStringLiteral("address")).toString();
    input.powerItemCode = in.value(QStringLiteral("powerItemCode")).toString();
    input.taskRef = in.value(QStringLiteral("taskRef")).toString();
    input.summary = in.value(QStringLiteral("summary")).toString();
    if (m_duty && m_duty->hasFix()) {
        input.hasPosition = true;
        input.latitude = m_duty->fix().latitude;
        input.longitude = m_duty->fix().longitude;
    }
    const CreateResult created = m_cases->create(input, m_store->actorNo());
    QVariantMap errors;
    for (const FieldError &e : created.errors)
        errors.insert(e.field, e.message);
    if (!created.error.isEmpty())
        errors.insert(QStringLiteral("form"), created.error);
    result.insert(QStringLiteral("ok"), created.ok);
    result.insert(QStringLiteral("caseId"), created.caseId);
    result.insert(QStringLiteral("caseNo"), created.caseNo);
    result.insert(QStringLiteral("errors"), errors);
    if (created.ok) {
        refresh();
        emit caseCreated(created.caseId);
    }
    return result;
}

void CasesController::openCase(const QString &caseId)
{
    if (!ensureOpen() || caseId.isEmpty())
        return;
    m_detailCaseId = caseId;
    m_viewAudited = false;   // reloadDetail writes case_view with the photos it shows
    m_thumbnailsAudited.clear();
    setReviewError(QString());
    reloadDetail();
}

void CasesController::auditView(const QString &caseId, QVariantList *timeline)
{
    const QStringList shown = unauditedStills(*timeline, QLatin1String("photo"), QStringLiteral("evidenceId"));
    if (!m_viewAudited || !shown.isEmpty()) {
        const QString error = m_cases->recordView(caseId, m_store->actorNo(), shown, !m_viewAudited);
        m_viewAudited = true;
        if (error.isEmpty()) {
            m_thumbnailsAudited.unite(QSet<QString>(shown.cbegin(), shown.cend()));
        } else {
            // A photo is shown only once its showing is in the audit trail.
            qCWarning(lcUi).noquote() << "case view not audited:" << error;
            hideThumbnails(timeline, QStringLiteral("evidenceId"), shown);
        }
    }
    auditRecordingStills(timeline);
}

void CasesController::auditRecordingStills(QVariantList *timeline)
{
    const QStringList shown = unauditedStills(*timeline, QLatin1String("recording"), QStringLiteral("recordingId"));
    if (shown.isEmpty())
        return;
    // The same rule as the lists: a recording's still only after a recording_thumbnail row, and
    // only for a viewer who may see that officer's recordings.
    const QString error = m_store->current()
        ? ViewAudit(m_store->db(), m_store->audit()).recordingThumbnailsShown(m_store->current()->officer(), shown,
                                                                               QStringLiteral("case"))
        : tr("请先登录。");
    if (error.isEmpty()) {
        m_thumbnailsAudited.unite(QSet<QString>(shown.cbegin(), shown.cend()));
        return;
    }
    qCWarning(lcUi).noquote() << "case recording stills not shown:" << error;
    hideThumbnails(timeline, QStringLiteral("recordingId"), shown);
}

QStringList CasesController::unauditedStills(const QVariantList &timeline, QLatin1String kind, const QString &key) const
{
    QStringList ids;
    for (const QVariant &v : timeline) {
        const QVariantMap t = v.toMap();
        const QString id = t.value(key).toString();
        if (t.value(QStringLiteral("kind")).toString() == kind && !id.isEmpty()
            && !t.value(QStringLiteral("thumbnail")).toString().isEmpty() && !m_thumbnailsAudited.contains(id))
            ids << id;
    }
    return ids;
}

void CasesController::hideThumbnails(QVariantList *timeline, const QString &key, const QStringList &ids)
{
    for (QVariant &v : *timeline) {
        QVariantMap t = v.toMap();
        if (ids.contains(t.value(key).toString()) && !t.value(QStringLiteral("thumbnail")).toString().isEmpty()) {
            t.insert(QStringLiteral("thumbnail"), QString());
            v = t;
        }
    }
}

QString CasesController::advance(const QString &caseId, const QString &stepKey, const QString &note)
{
    const QString refused = refusal();
    if (!refused.isEmpty())
        return refused;
    const QString error = m_cases->advance(caseId, stepKey, m_store->actorNo(), note);
    if (error.isEmpty())
        refresh();
    return error;
}

void CasesController::setActiveCase(const QString &caseId)
{
    if (!refusal().isEmpty())
        return;
    m_activeCaseId = caseId;
    if (m_core)
        m_core->setActiveCase(caseId);
    refreshActive();
    m_model.setActiveCaseId(caseId);
    emit activeCaseChanged();
}

void CasesController::clearActiveCase()
{
    if (m_activeCaseId.isEmpty())
        return;
    m_activeCaseId.clear();
    if (m_core)
        m_core->setActiveCase(QString());
    refreshActive();
    m_model.setActiveCaseId(QString());
    emit activeCaseChanged();
}

QString CasesController::linkRecording(const QString &recordingId, const QString &caseId)
{
    const QString refused = refusal();
    if (!refused.isEmpty())
        return refused;
    const QString error = m_cases->linkRecording(caseId, recordingId, m_store->actorNo());
    if (error.isEmpty())
        refresh();
    return error;
}

QVariantList CasesController::openCasesForLink() const
{
    QVariantList out;
    if (!ensureOpen())
        return out;
    for (const CaseSummary &c : m_query->openCases())
        out << QVariantMap{{QStringLiteral("caseId"), c.id}, {QStringLiteral("caseNo"), c.caseNo},
                           {QStringLiteral("partyName"), c.partyName},
                           {QStringLiteral("statusLabel"), CaseLifecycle::stepLabel(c.status)}};
    return out;
}

QJsonObject CasesController::documentContext(const QString &caseId) const
{
    CaseDetail d;
    if (!ensureOpen() || !m_query->detail(caseId, &d))
        return {};
    const CaseRecord &r = d.record;
    const QJsonObject powerItem{{QStringLiteral("code"), r.powerItemCode}, {QStringLiteral("name"), d.powerItemName},
                                {QStringLiteral("legalBasis"), d.legalBasis}, {QStringLiteral("discretion"), d.discretion}};
    const QJsonObject kase{{QStringLiteral("caseNo"), r.caseNo},
                           {QStringLiteral("type"), CaseLifecycle::typeKey(r.type)},
                           {QStringLiteral("partyKind"), partyKindKey(r.partyKind)},
                           {QStringLiteral("partyName"), r.partyName},
                           {QStringLiteral("partyIdNo"), r.partyIdNo},
                           {QStringLiteral("partyPhone"), r.partyPhone},
                           {QStringLiteral("address"), r.address},
                           {QStringLiteral("powerItem"), powerItem}};
    QJsonArray officers;
    if (m_store->current())
        officers.append(QJsonObject{{QStringLiteral("officerNo"), m_store->actorNo()},
                                    {QStringLiteral("name"), m_store->current()->officer().name}});
    return {{QStringLiteral("case"), kase},
            {QStringLiteral("officers"), officers},
            {QStringLiteral("agency"), m_store->current() ? m_store->current()->officer().agency : m_store->profile().agency},
            {QStringLiteral("deviceId"), m_store->profile().deviceId}};
}

void CasesController::onRecordingStopped(const RecordingStopped &info)
{
    if (!ensureOpen() || !m_store->current() || info.recordingId.isEmpty())
        return;
    Statement st = m_reader.prepare("SELECT count(*) FROM case_links WHERE recording_id = ?1");
    st.bind(1, info.recordingId);
    if (st.step() == Statement::Step::Row && st.int64(0) == 0)
        emit linkRequested(info.recordingId);
    refresh();
}

QString CasesController::reviewStateLabel() const
{
    return m_reviewState.isEmpty() ? QString() : CaseReview::stateLabel(m_reviewState);
}

QString CasesController::approve()
{
    return review(QLatin1String(ReviewState::Approved), QString());
}

QString CasesController::returnCase(const QString &comment)
{
    return review(QLatin1String(ReviewState::Returned), comment);
}

QString CasesController::review(const QString &decision, const QString &comment)
{
    QString error;
    if (!ensureOpen() || !m_review)
        error = tr("证据数据库尚未就绪，请稍候再试。");
    else if (!m_store->current())
        error = tr("请先登录。");
    else if (m_detailCaseId.isEmpty() || m_detail.isEmpty())
        error = tr("请先打开要审核的案件。");
    else
        error = m_review->review(m_detailCaseId, decision, comment, m_store->current()->officer());
    setReviewError(error);
    if (error.isEmpty())
        refresh();
    return error;
}

void CasesController::dismissReviewError()
{
    setReviewError(QString());
}

void CasesController::setReviewError(const QString &error)
{
    if (m_reviewError == error)
        return;
    m_reviewError = error;
    emit reviewErrorChanged();
}

void CasesController::reloadReview()
{
    m_reviewState.clear();
    m_reviews.clear();
    m_latestReturn.clear();
    m_canReview = false;
    if (m_detail.isEmpty())
        return;
    QString error;
    const QList<CaseReviewRow> rows = CaseReview::reviewsOf(m_reader, m_detailCaseId, &error);
    if (!error.isEmpty())
        qCWarning(lcUi).noquote() << "case reviews:" << error;
    for (const CaseReviewRow &r : rows) {
        m_reviews << QVariantMap{{QStringLiteral("decision"), r.decision},
                                 {QStringLiteral("decisionLabel"), CaseReview::decisionLabel(r.decision)},
                                 {QStringLiteral("comment"), r.comment},
                                 {QStringLiteral("reviewerNo"), r.reviewerNo},
                                 {QStringLiteral("reviewerName"), r.reviewerName},
                                 {QStringLiteral("atText"), localText(r.at)}};
    }
    m_reviewState = CaseReview::stateOf(rows);
    if (m_reviewState == QLatin1String(ReviewState::Returned))
        m_latestReturn = m_reviews.constLast().toMap();
    // Offered only to those review() would accept (role, squad, not their own case).
    m_canReview = m_store->current() && CaseReview::refusal(m_reader, m_detailCaseId, m_store->current()->officer()).isEmpty();
}

void CasesController::refresh()
{
    if (!ensureOpen())
        return;
    refreshList();
    refreshWarnings();
    refreshActive();
    if (!m_detailCaseId.isEmpty())
        reloadDetail();
}

void CasesController::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void CasesController::refreshList()
{
    if (!ensureOpen())
        return;
    CaseFilter filter;
    filter.text = m_searchText.trimmed();
    filter.status = m_statusFilter;
    const QDate today = QDate::currentDate();
    if (m_dateFilter == QLatin1String("today"))
        filter.fromDate = today;
    else if (m_dateFilter == QLatin1String("7d"))
        filter.fromDate = today.addDays(-6);
    else if (m_dateFilter == QLatin1String("30d"))
        filter.fromDate = today.addDays(-29);
    m_model.setRows(m_query->list(filter));
    m_totalCount = m_query->count(filter);
    emit listChanged();
}

void CasesController::refreshWarnings()
{
    QVariantList out;
    int warn = 0;
    int alarm = 0;
    for (const CaseWarning &w : m_query->warnings(QDateTime::currentDateTimeUtc())) {
        const bool isAlarm = w.deadline.level >= 2;
        (isAlarm ? alarm : warn)++;
        out << QVariantMap{{QStringLiteral("caseId"), w.caseId}, {QStringLiteral("caseNo"), w.caseNo},
                           {QStringLiteral("partyName"), w.partyName},
                           {QStringLiteral("stepLabel"), CaseLifecycle::stepLabel(w.status)},
                           {QStringLiteral("level"), isAlarm ? QStringLiteral("alarm") : QStringLiteral("warn")},
                           {QStringLiteral("text"), w.deadline.text}};
    }
    m_warnings = out;
    m_warningCount = warn;
    m_alarmCount = alarm;
    emit warningsChanged();
}

void CasesController::refreshActive()
{
    const QString no = m_activeCaseNo, title = m_activeCaseTitle;
    const bool closed = m_activeCaseClosed;
    m_activeCaseNo.clear();
    m_activeCaseTitle.clear();
    m_activeCaseClosed = false;
    CaseDetail d;
    if (!m_activeCaseId.isEmpty() && ensureOpen() && m_query->detail(m_activeCaseId, &d)) {
        m_activeCaseNo = d.record.caseNo;
        m_activeCaseTitle = tr("%1 · %2").arg(d.record.partyName, CaseLifecycle::stepLabel(d.record.status));
        m_activeCaseClosed = d.record.status == CaseStep::Closed;
    }
    if (no != m_activeCaseNo || title != m_activeCaseTitle || closed != m_activeCaseClosed)
        emit activeCaseChanged();
}

void CasesController::reloadDetail()
{
    CaseDetail d;
    if (!m_query->detail(m_detailCaseId, &d)) {
        m_detail.clear();
        reloadReview();
        emit detailChanged();
        return;
    }
    m_detail = CaseDetailMap::build(d, d.record.id == m_activeCaseId);
    QVariantList timeline = m_detail.value(QStringLiteral("timeline")).toList();
    auditView(d.record.id, &timeline);
    m_detail.insert(QStringLiteral("timeline"), timeline);
    reloadReview();
    emit detailChanged();
}
