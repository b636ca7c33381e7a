#include "documentscontroller.h"

#include "downlink.h"

#include "auditactions.h"
#include "casescontroller.h"
#include "documentform.h"
#include "documentstore.h"
#include "domainstore.h"
#include "pdfrenderer.h"
#include "storetime.h"
#include "uilogging.h"

#include <QJSEngine>
#include <QJSValue>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
DocumentsController *s_instance = nullptr;

// A JS object or array from QML arrives as a QJSValue inside the QVariant; QJsonValue cannot
// read that, so unwrap it first (strings and numbers pass through).
QJsonValue jsonFromQml(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        return QJsonValue::fromVariant(value.value<QJSValue>().toVariant());
    return QJsonValue::fromVariant(value);
}
} // namespace

// The open document: its stored row, its template and the live form over its values.
struct DocumentsController::Open {
    DocumentRecord record;
    const DocumentTemplate *tpl = nullptr;
    std::unique_ptr<DocumentForm> form;
};

DocumentsController::DocumentsController(DomainStore *store, CasesController *cases,
                                         std::function<QJsonObject()> recordingMoment, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_cases(cases)
    , m_recordingMoment(std::move(recordingMoment))
    , m_loaded(Downlink::loadTemplates(store->paths().root()))   // built-in, updated by the platform's downlink
{
    for (const TemplateLoadError &e : std::as_const(m_loaded.errors))
        qCCritical(lcUi).noquote() << "document template refused:" << e.toString();
    connect(m_store, &DomainStore::opened, this, [this] {
        m_documents = std::make_unique<DocumentStore>(m_store->db(), m_store->audit(), m_store->paths(),
                                                      m_store->profile().deviceId, m_store->profile().hashAlgorithm());
    });
    connect(m_store, &DomainStore::currentChanged, this, [this] {
        if (!m_store->current())
            close();
    });
}

DocumentsController::~DocumentsController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

DocumentsController *DocumentsController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void DocumentsController::setInstance(DocumentsController *instance) { s_instance = instance; }

QVariantList DocumentsController::templates() const
{
    QVariantList out;
    for (const DocumentTemplate &t : m_loaded.templates)
        out << QVariantMap{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}, {QStringLiteral("version"), t.version}};
    return out;
}

QString DocumentsController::documentId() const { return m_open ? m_open->record.id : QString(); }
QString DocumentsController::title() const { return m_open && m_open->tpl ? m_open->tpl->title : QString(); }
QString DocumentsController::number() const { return m_open ? m_open->record.number : QString(); }
QString DocumentsController::status() const { return m_open ? m_open->record.status : QString(); }
bool DocumentsController::locked() const { return m_open && m_open->record.isLocked(); }
int DocumentsController::version() const { return m_open ? m_open->record.version : 0; }
QString DocumentsController::pdfPath() const
{
    return m_open && !m_open->record.pdfPath.isEmpty() ? m_store->paths().absolute(m_open->record.pdfPath) : QString();
}

bool DocumentsController::canLock() const
{
    return m_open && !locked() && m_open->form && m_open->form->isComplete() && m_open->form->missingSignatures().isEmpty();
}

int DocumentsController::errorCount() const
{
    return m_open && m_open->form ? int(m_open->form->issues().size()) : 0;
}

QStringList DocumentsController::missingItems() const
{
    QStringList out;
    if (!m_open || !m_open->form || locked())
        return out;
    for (const FormIssue &i : m_open->form->issues())
        out << i.message;
    return out;
}

QString DocumentsController::refusal() const
{
    if (!m_documents)
        return tr("证据数据库尚未就绪，请稍候再试。");
    if (!m_store->current())
        return tr("请先登录。");
    if (!m_store->can(Permission::Record))
        return tr("当前账号无权制作文书（需要执法人员或中队长）。");
    return QString();
}

const DocumentTemplate *DocumentsController::templateFor(const QString &id) const
{
    for (const DocumentTemplate &t : m_loaded.templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QVariantList DocumentsController::documentsFor(const QString &caseId) const
{
    QVariantList out;
    if (!m_documents)
        return out;
    for (const DocumentRecord &d : m_documents->list(caseId)) {
        const DocumentTemplate *t = templateFor(d.templateId);
        out << QVariantMap{{QStringLiteral("documentId"), d.id},
                           {QStringLiteral("templateId"), d.templateId},
                           {QStringLiteral("title"), t ? t->title : d.templateId},
                           {QStringLiteral("status"), d.status},
                           {QStringLiteral("statusLabel"), d.isLocked() ? tr("已锁定") : tr("草稿")},
                           {QStringLiteral("number"), d.number},
                           {QStringLiteral("version"), d.version},
                           {QStringLiteral("updatedText"), d.updatedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))}};
    }
    return out;
}

QString DocumentsController::create(const QString &caseId, const QString &templateId)
{
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        setError(refused);
        return QString();
    }
    const DocumentTemplate *tpl = templateFor(templateId);
    const QJsonObject ctx = m_cases ? m_cases->documentContext(caseId) : QJsonObject();
    if (!tpl || ctx.isEmpty()) {
        setError(tpl ? tr("找不到案件，无法制作文书。") : tr("找不到文书模板 %1。").arg(templateId));
        return QString();
    }
    DocumentForm form(*tpl, ctx);
    QString error;
    const QString id = m_documents->createDraft(caseId, *tpl, form.initialValues(), m_store->actorNo(), &error);
    if (id.isEmpty()) {
        setError(error);
        return QString();
    }
    open(id);
    return id;
}

void DocumentsController::open(const QString &documentId)
{
    if (!m_documents)
        return;
    auto next = std::make_unique<Open>();
    QString error;
    if (!m_documents->get(documentId, &next->record, &error)) {
        setError(error.isEmpty() ? tr("找不到文书 %1。").arg(documentId) : error);
        return;
    }
    next->tpl = templateFor(next->record.templateId);
    if (!next->tpl) {
        setError(tr("文书模板 %1 不可用，无法打开该文书。").arg(next->record.templateId));
        return;
    }
    if (next->tpl->version != next->record.templateVersion)
        qCWarning(lcUi) << "document" << documentId << "was made with template version" << next->record.templateVersion
                        << "; showing it with version" << next->tpl->version;
    const QJsonObject ctx = m_cases ? m_cases->documentContext(next->record.caseId) : QJsonObject();
    next->form = std::make_unique<DocumentForm>(*next->tpl, ctx);
    next->form->setValues(next->record.values);
    m_open = std::move(next);
    m_savedText.clear();
    m_lastError.clear();
    m_model.clear();
    refreshRows();
    emit documentChanged();
    emit lockedChanged();
    emit formChanged();
    emit opened();
}

void DocumentsController::close()
{
    if (!m_open)
        return;
    m_open.reset();
    m_model.clear();
    m_savedText.clear();
    emit documentChanged();
    emit formChanged();
}

bool DocumentsController::applyValue(const QString &path, const QJsonValue &value)
{
    if (!m_open || !m_open->form)
        return false;
    if (locked()) {
        setError(tr("文书已锁定，不能修改。如需更正请生成新版本。"));
        return false;
    }
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        setError(refused);
        return false;
    }
    QString error;
    if (!m_open->form->setValue(path, value, &error)) {
        setError(error);
        return false;
    }
    save();
    return true;
}

void DocumentsController::setValue(const QString &path, const QVariant &value)
{
    applyValue(path, jsonFromQml(value));
}

void DocumentsController::addItem(const QString &groupPath)
{
    if (!m_open || locked() || !refusal().isEmpty())
        return;
    QString error;
    if (m_open->form->addItem(groupPath, &error) < 0) {
        setError(error);
        return;
    }
    save();
}

void DocumentsController::removeItem(const QString &itemPath)
{
    if (!m_open || locked() || !refusal().isEmpty())
        return;
    static const QRegularExpression itemPattern(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    const QRegularExpressionMatch m = itemPattern.match(itemPath);
    QString error;
    if (!m.hasMatch() || !m_open->form->removeItem(m.captured(1), m.captured(2).toInt(), &error)) {
        setError(error.isEmpty() ? tr("无法删除 %1。").arg(itemPath) : error);
        return;
    }
    save();
}

void DocumentsController::sign(const QString &path, const QVariant &strokes, double width, double height)
{
    QJsonObject signature{{QStringLiteral("strokes"), jsonFromQml(strokes)},
                          {QStringLiteral("width"), width},
                          {QStringLiteral("height"), height},
                          {QStringLiteral("signedAt"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                          {QStringLiteral("refused"), false}};
    applyValue(path, signature);
}

void DocumentsController::refuseSignature(const QString &path, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setError(tr("请填写拒绝签名的理由。"));
        return;
    }
    QJsonObject signature{{QStringLiteral("strokes"), QJsonArray()},
                          {QStringLiteral("refused"), true},
                          {QStringLiteral("refusalReason"), reason.trimmed()},
                          {QStringLiteral("signedAt"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))}};
    // Tied to the moment on the recording when one is running: the refusal is on video.
    const QJsonObject moment = m_recordingMoment ? m_recordingMoment() : QJsonObject();
    for (auto it = moment.begin(); it != moment.end(); ++it)
        signature.insert(it.key(), it.value());
    applyValue(path, signature);
}

void DocumentsController::save()
{
    const QString error = m_documents->saveDraft(m_open->record.id, m_open->form->values());
    if (error.isEmpty()) {
        m_savedText = tr("已自动保存 %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
        m_lastError.clear();
    } else {
        m_lastError = error;   // the change stays on screen; the next change retries the save
    }
    refreshRows();
    emit formChanged();
}

QString DocumentsController::lock()
{
    if (!m_open)
        return tr("没有打开的文书。");
    const QString refused = refusal();
    if (!refused.isEmpty())
        return refused;
    QStringList problems = missingItems();
    for (const QString &path : m_open->form->missingSignatures())
        problems << tr("缺少签名：%1").arg(path);
    RenderInfo info;
    info.agency = m_store->current() ? m_store->current()->officer().agency : m_store->profile().agency;
    info.agencyShort = m_store->profile().agencyShort;
    info.caseNo = m_cases ? m_cases->documentContext(m_open->record.caseId).value(QStringLiteral("case")).toObject()
                                .value(QStringLiteral("caseNo")).toString()
                          : QString();
    const DocumentForm *form = m_open->form.get();
    info.isRelevant = [form](const QString &path) { return form->isRelevant(path); };
    const LockResult r = m_documents->lock(m_open->record.id, *m_open->tpl, info, m_store->actorNo(), problems);
    if (!r.ok) {
        setError(r.error);
        return r.error;
    }
    qCInfo(lcUi) << "document locked" << r.number << r.pdfPath << r.pageCount << "pages";
    open(m_open->record.id);
    emit lockedChanged();
    return QString();
}

QString DocumentsController::newVersion()
{
    if (!m_open || !locked())
        return QString();
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        setError(refused);
        return QString();
    }
    QString error;
    const QString id = m_documents->newVersion(m_open->record.id, m_store->actorNo(), &error);
    if (id.isEmpty()) {
        setError(error);
        return QString();
    }
    open(id);
    return id;
}

void DocumentsController::refreshRows()
{
    if (m_open && m_open->form)
        m_model.setRows(m_open->form->rows(), locked());
}

void DocumentsController::setError(const QString &message)
{
    m_lastError = message;
    emit formChanged();
}
