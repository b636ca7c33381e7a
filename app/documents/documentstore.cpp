#include "documentstore.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"
#include "datapaths.h"
#include "documentnumber.h"
#include "documentpaths.h"
#include "documentslogging.h"
#include "durablefile.h"
#include "hasher.h"
#include "storetime.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

namespace {

// The officer sees what to do; the log keeps SQLite's words.
QString storeFailure(const char *what, const QString &detail)
{
    qCWarning(lcDocuments) << what << "failed:" << detail;
    return QCoreApplication::translate("DocumentStore", "文书保存失败（%1），未写入任何内容。请重试；如仍失败，请联系技术支持。").arg(detail);
}

QString notFound(const QString &id)
{
    return QCoreApplication::translate("DocumentStore", "找不到文书 %1，请刷新文书列表后重试。").arg(id);
}

QString lockedRefusal(const QString &number)
{
    return QCoreApplication::translate("DocumentStore", "文书 %1 已锁定，不能再修改。如需更正，请创建新版本。").arg(number);
}

const char *const selectColumns =
    "SELECT id, case_id, template_id, template_version, version, supersedes_id, status, number, values_json,"
    " pdf_path, pdf_hash, values_hash, hash_alg, created_at, created_by, updated_at, locked_at, locked_by FROM documents";

DocumentRecord readRecord(const Statement &st)
{
    DocumentRecord r;
    r.id = st.text(0);
    r.caseId = st.text(1);
    r.templateId = st.text(2);
    r.templateVersion = int(st.int64(3));
    r.version = int(st.int64(4));
    r.supersedesId = st.text(5);
    r.status = st.text(6);
    r.number = st.text(7);
    r.valuesJson = st.text(8);
    r.values = QJsonDocument::fromJson(r.valuesJson.toUtf8()).object();
    r.pdfPath = st.text(9);
    r.pdfHash = st.text(10);
    r.valuesHash = st.text(11);
    r.hashAlgorithm = st.text(12);
    r.createdAt = StoreTime::fromText(st.text(13));
    r.createdBy = st.text(14);
    r.updatedAt = StoreTime::fromText(st.text(15));
    r.lockedAt = StoreTime::fromText(st.text(16));
    r.lockedBy = st.text(17);
    return r;
}

bool readOne(Database &db, const QString &id, DocumentRecord *out, bool *found, QString *error)
{
    *found = false;
    const QByteArray sql = QByteArray(selectColumns) + " WHERE id = ?1";
    Statement st = db.prepare(sql.constData(), error);
    if (!st.isValid())
        return false;
    st.bind(1, id);
    const Statement::Step step = st.step();
    if (step == Statement::Step::Error) {
        *error = st.error();
        return false;
    }
    if (step == Statement::Step::Row) {
        *out = readRecord(st);
        *found = true;
    }
    return true;
}

QString tooLarge(qint64 bytes)
{
    return QCoreApplication::translate("DocumentStore", "文书内容过大（%1 MB，上限 %2 MB），未保存。请减少签名笔画或附加内容后重试。")
        .arg(double(bytes) / (1024 * 1024), 0, 'f', 1).arg(DocumentStore::MaxValuesBytes / (1024 * 1024));
}

} // namespace

DocumentStore::DocumentStore(Database &db, AuditLog &audit, const DataPaths &paths, const QString &deviceId,
                             const QString &hashAlgorithm, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_paths(paths)
    , m_deviceId(deviceId)
    , m_hashAlgorithm(hashAlgorithm)
    , m_clock(std::move(clock))
{
}

QDateTime DocumentStore::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QByteArray DocumentStore::serialise(const QJsonObject &values)
{
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

QString DocumentStore::createDraft(const QString &caseId, const DocumentTemplate &tpl, const QJsonObject &values,
                                   const QString &actorNo, QString *error)
{
    const QByteArray json = serialise(values);
    if (json.size() > MaxValuesBytes) {
        *error = tooLarge(json.size());
        return QString();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = storeFailure("begin", tx.error());
        return QString();
    }
    QString detail;
    Statement c = m_db.prepare("SELECT case_no FROM cases WHERE id = ?1", &detail);
    if (!c.isValid() || (c.bind(1, caseId), c.step() != Statement::Step::Row)) {
        *error = detail.isEmpty() && c.error().isEmpty() ? QCoreApplication::translate("DocumentStore", "找不到案件 %1，请刷新案件列表后重试。").arg(caseId)
                                                         : storeFailure("read case", detail + c.error());
        return QString();
    }
    const QString caseNo = c.text(0);
    c = Statement();

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime at = now();
    const QString atText = StoreTime::toText(at);
    Statement ins = m_db.prepare("INSERT INTO documents (id, case_id, template_id, template_version, version, status,"
                                 " values_json, created_at, created_by, updated_at)"
                                 " VALUES (?1, ?2, ?3, ?4, 1, 'draft', ?5, ?6, ?7, ?6)", &detail);
    if (!ins.isValid() || !ins.bind(1, id).bind(2, caseId).bind(3, tpl.id).bind(4, tpl.version)
                               .bind(5, QString::fromUtf8(json)).bind(6, atText).bind(7, actorNo).exec()) {
        *error = storeFailure("insert document", detail.isEmpty() ? ins.error() : detail);
        return QString();
    }
    AuditEntry entry;
    entry.officerNo = actorNo;
    entry.action = QLatin1String(AuditAction::DocumentCreate);
    entry.objectType = QStringLiteral("document");
    entry.objectId = id;
    entry.at = at;
    entry.details = QJsonObject{{QStringLiteral("caseId"), caseId},
                                {QStringLiteral("caseNo"), caseNo},
                                {QStringLiteral("template"), tpl.id},
                                {QStringLiteral("templateVersion"), tpl.version}};
    if (!m_audit.append(entry, &detail)) {
        *error = storeFailure("audit document_create", detail);
        return QString();
    }
    if (!tx.commit()) {
        *error = storeFailure("commit document", tx.error());
        return QString();
    }
    qCInfo(lcDocuments) << "document" << id << tpl.id << "created for case" << caseNo << "by" << actorNo;
    return id;
}

QString DocumentStore::saveDraft(const QString &id, const QJsonObject &values)
{
    const QByteArray json = serialise(values);
    if (json.size() > MaxValuesBytes)
        return tooLarge(json.size());
    // One statement in autocommit mode: committed (synchronous=FULL) when it returns.
    QString detail;
    Statement up = m_db.prepare("UPDATE documents SET values_json = ?2, updated_at = ?3 WHERE id = ?1 AND status = 'draft'", &detail);
    if (!up.isValid() || !up.bind(1, id).bind(2, QString::fromUtf8(json)).bind(3, StoreTime::toText(now())).exec())
        return storeFailure("autosave", detail.isEmpty() ? up.error() : detail);
    if (m_db.changes() == 1)
        return QString();
    DocumentRecord r;
    bool found = false;
    if (!readOne(m_db, id, &r, &found, &detail))
        return storeFailure("read document", detail);
    return found ? lockedRefusal(r.number) : notFound(id);
}

LockResult DocumentStore::lock(const QString &id, const DocumentTemplate &tpl, const RenderInfo &info,
                               const QString &actorNo, const QStringList &problems)
{
    LockResult result;
    if (!problems.isEmpty()) {
        result.error = QCoreApplication::translate("DocumentStore", "文书尚未填写完整，不能锁定：%1").arg(problems.join(QStringLiteral("；")));
        return result;
    }
    QString detail;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        result.error = storeFailure("begin", tx.error());
        return result;
    }
    DocumentRecord doc;
    bool found = false;
    if (!readOne(m_db, id, &doc, &found, &detail)) {
        result.error = storeFailure("read document", detail);
        return result;
    }
    if (!found) {
        result.error = notFound(id);
        return result;
    }
    if (doc.isLocked()) {
        result.error = lockedRefusal(doc.number);
        return result;
    }
    if (doc.templateId != tpl.id || doc.templateVersion != tpl.version) {
        result.error = QCoreApplication::translate("DocumentStore", "文书使用的模板（%1 第 %2 版）与当前模板（%3 第 %4 版）不一致，不能锁定。请联系技术支持。")
                           .arg(doc.templateId).arg(doc.templateVersion).arg(tpl.id).arg(tpl.version);
        return result;
    }

    // The number: the counter moves inside this transaction, so a failure below gives it back.
    const QDateTime at = now();
    const int year = at.toLocalTime().date().year();
    const QString counter = DocumentNumber::counterName(tpl.numbering, info.numberingAgency(), tpl.id, year);
    Statement seq = m_db.prepare("INSERT INTO counters (name, value) VALUES (?1, 1)"
                                 " ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value", &detail);
    if (!seq.isValid() || (seq.bind(1, counter), seq.step() != Statement::Step::Row)) {
        result.error = storeFailure("document number", detail.isEmpty() ? seq.error() : detail);
        return result;
    }
    const qint64 n = seq.int64(0);
    seq = Statement();
    const QString number = DocumentNumber::format(tpl.numbering, info.numberingAgency(), year, n);

    RenderInfo ri = info;
    ri.number = number;
    ri.generatedAt = at;
    const QByteArray pdf = PdfRenderer::renderToBytes(tpl, doc.values, ri, &detail, &result.pageCount);
    if (pdf.isEmpty()) {
        result.error = detail;
        return result;
    }

    // Written durably before the row that names it commits; removed again if the row does not.
    const QString relative = DocumentPaths::relativePdfPath(at, number, doc.version);
    const QString absolute = m_paths.absolute(relative);
    if (!DurableFile::ensurePrivateDir(QFileInfo(absolute).absolutePath(), &detail)) {
        result.error = QCoreApplication::translate("DocumentStore", "无法创建文书目录（%1），文书未锁定，文号未占用。请检查存储卡后重试。").arg(detail);
        qCWarning(lcDocuments) << "lock" << id << "mkdir failed:" << detail;
        return result;
    }
    if (QFileInfo::exists(absolute)) {
        // Left by a lock that crashed before its commit: no row names it, the number was given
        // back, so it is not a document. Kept aside (never silently replaced) for inspection.
        const QString aside = absolute + QStringLiteral(".uncommitted-%1").arg(QDateTime::currentMSecsSinceEpoch());
        qCWarning(lcDocuments) << "moving uncommitted PDF aside:" << absolute << "->" << aside;
        QFile::rename(absolute, aside);
    }
    if (!DurableFile::writeAndCommit(absolute, pdf, &detail)) {
        QFile::remove(absolute + QStringLiteral(".part"));
        result.error = QCoreApplication::translate("DocumentStore", "无法写入文书 PDF（%1），文书未锁定，文号未占用。请检查存储卡后重试。").arg(detail);
        qCWarning(lcDocuments) << "lock" << id << "write failed:" << detail;
        return result;
    }
    const auto fail = [&](const QString &error) {
        QFile::remove(absolute);
        result.error = error;
        return result;
    };
    const QString pdfHash = QString::fromLatin1(Hasher::hash(m_hashAlgorithm, pdf).toHex());
    const QString valuesHash = QString::fromLatin1(Hasher::hash(m_hashAlgorithm, doc.valuesJson.toUtf8()).toHex());
    if (pdfHash.size() != 64 || valuesHash.size() != 64)
        return fail(storeFailure("hash", QStringLiteral("unsupported algorithm %1").arg(m_hashAlgorithm)));

    const QString atText = StoreTime::toText(at);
    Statement up = m_db.prepare("UPDATE documents SET status = 'locked', number = ?2, pdf_path = ?3, pdf_hash = ?4,"
                                " values_hash = ?5, hash_alg = ?6, locked_at = ?7, locked_by = ?8, updated_at = ?7"
                                " WHERE id = ?1 AND status = 'draft' AND values_json = ?9", &detail);
    if (!up.isValid() || !up.bind(1, id).bind(2, number).bind(3, relative).bind(4, pdfHash).bind(5, valuesHash)
                              .bind(6, m_hashAlgorithm).bind(7, atText).bind(8, actorNo).bind(9, doc.valuesJson).exec())
        return fail(storeFailure("lock document", detail.isEmpty() ? up.error() : detail));
    if (m_db.changes() != 1)
        return fail(storeFailure("lock document", QStringLiteral("row changed during lock")));

    AuditEntry entry;
    entry.officerNo = actorNo;
    entry.action = QLatin1String(AuditAction::DocumentLock);
    entry.objectType = QStringLiteral("document");
    entry.objectId = id;
    entry.at = at;
    entry.details = QJsonObject{{QStringLiteral("number"), number},
                                {QStringLiteral("pdf_hash"), pdfHash},
                                {QStringLiteral("values_hash"), valuesHash},
                                {QStringLiteral("hash_alg"), m_hashAlgorithm},
                                {QStringLiteral("template"), tpl.id},
                                {QStringLiteral("version"), doc.version}};
    if (!m_audit.append(entry, &detail))
        return fail(storeFailure("audit document_lock", detail));
    if (!tx.commit())
        return fail(storeFailure("commit lock", tx.error()));

    qCInfo(lcDocuments) << "document" << id << "locked as" << number << "by" << actorNo;
    result.ok = true;
    result.number = number;
    result.pdfPath = absolute;
    result.pdfHash = pdfHash;
    result.valuesHash = valuesHash;
    return result;
}

QString DocumentStore::newVersion(const QString &lockedId, const QString &actorNo, QString *error)
{
    QString detail;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = storeFailure("begin", tx.error());
        return QString();
    }
    DocumentRecord old;
    bool found = false;
    if (!readOne(m_db, lockedId, &old, &found, &detail)) {
        *error = storeFailure("read document", detail);
        return QString();
    }
    if (!found) {
        *error = notFound(lockedId);
        return QString();
    }
    if (!old.isLocked()) {
        *error = QCoreApplication::translate("DocumentStore", "文书尚未锁定，可直接修改，无需创建新版本。");
        return QString();
    }
    Statement next = m_db.prepare("SELECT id, version FROM documents WHERE supersedes_id = ?1", &detail);
    Statement::Step step = Statement::Step::Error;
    if (next.isValid()) {
        next.bind(1, lockedId);
        step = next.step();
    }
    if (step == Statement::Step::Error) {
        *error = storeFailure("read versions", detail.isEmpty() ? next.error() : detail);
        return QString();
    }
    if (step == Statement::Step::Row) {
        *error = QCoreApplication::translate("DocumentStore", "文书 %1 已有第 %2 版，请在最新版本上修改。").arg(old.number).arg(next.int64(1));
        return QString();
    }
    next = Statement();

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime at = now();
    const QString atText = StoreTime::toText(at);
    Statement ins = m_db.prepare("INSERT INTO documents (id, case_id, template_id, template_version, version, supersedes_id,"
                                 " status, values_json, created_at, created_by, updated_at)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'draft', ?7, ?8, ?9, ?8)", &detail);
    if (!ins.isValid() || !ins.bind(1, id).bind(2, old.caseId).bind(3, old.templateId).bind(4, old.templateVersion)
                               .bind(5, old.version + 1).bind(6, lockedId).bind(7, old.valuesJson).bind(8, atText)
                               .bind(9, actorNo).exec()) {
        *error = storeFailure("insert version", detail.isEmpty() ? ins.error() : detail);
        return QString();
    }
    AuditEntry entry;
    entry.officerNo = actorNo;
    entry.action = QLatin1String(AuditAction::DocumentVersion);
    entry.objectType = QStringLiteral("document");
    entry.objectId = id;
    entry.at = at;
    entry.details = QJsonObject{{QStringLiteral("supersedes"), lockedId},
                                {QStringLiteral("supersedesNumber"), old.number},
                                {QStringLiteral("version"), old.version + 1},
                                {QStringLiteral("template"), old.templateId}};
    if (!m_audit.append(entry, &detail)) {
        *error = storeFailure("audit document_version", detail);
        return QString();
    }
    if (!tx.commit()) {
        *error = storeFailure("commit version", tx.error());
        return QString();
    }
    qCInfo(lcDocuments) << "document" << old.number << "new version" << old.version + 1 << "as" << id << "by" << actorNo;
    return id;
}

QList<DocumentRecord> DocumentStore::list(const QString &caseId, QString *error) const
{
    QList<DocumentRecord> out;
    QString detail;
    const QByteArray sql = QByteArray(selectColumns) + " WHERE case_id = ?1 ORDER BY created_at, template_id, version";
    Statement st = m_db.prepare(sql.constData(), &detail);
    if (!st.isValid()) {
        if (error)
            *error = storeFailure("list documents", detail);
        return out;
    }
    st.bind(1, caseId);
    Statement::Step step;
    while ((step = st.step()) == Statement::Step::Row)
        out << readRecord(st);
    if (step == Statement::Step::Error && error)
        *error = storeFailure("list documents", st.error());
    return out;
}

bool DocumentStore::get(const QString &id, DocumentRecord *out, QString *error) const
{
    QString detail;
    bool found = false;
    if (!readOne(m_db, id, out, &found, &detail)) {
        *error = storeFailure("read document", detail);
        return false;
    }
    if (!found)
        *error = notFound(id);
    return found;
}
