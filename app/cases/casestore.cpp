#include "casestore.h"

#include "auditactions.h"
#include "auditlog.h"
#include "caseslogging.h"
#include "casevalidator.h"
#include "database.h"
#include "powercatalogue.h"
#include "storetime.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <sqlite3.h>

namespace {

// The officer sees what to do; the log keeps SQLite's words.
QString storeFailure(const char *what, const QString &detail)
{
    qCWarning(lcCases) << what << "failed:" << detail;
    return QCoreApplication::translate("CaseStore", "保存失败（%1），未写入任何内容。请重试；如仍失败，请联系技术支持。").arg(detail);
}

struct CaseState {
    bool found = false;
    QString caseNo;
    CaseType type = CaseType::General;
    CaseStep status = CaseStep::Filed;
};

CaseState readCase(Database &db, const QString &caseId, QString *error)
{
    CaseState s;
    Statement st = db.prepare("SELECT case_no, type, status FROM cases WHERE id = ?1", error);
    if (!st.isValid())
        return s;
    st.bind(1, caseId);
    if (st.step() != Statement::Step::Row) {
        if (!st.error().isEmpty())
            *error = st.error();
        return s;
    }
    s.caseNo = st.text(0);
    s.found = CaseLifecycle::typeFromKey(st.text(1), &s.type) && CaseLifecycle::stepFromKey(st.text(2), &s.status);
    return s;
}

QString notFound(const QString &caseId)
{
    return QCoreApplication::translate("CaseStore", "找不到案件 %1，请刷新案件列表后重试。").arg(caseId);
}

} // namespace

CaseStore::CaseStore(Database &db, AuditLog &audit, const PowerCatalogue &catalogue, const QString &deviceId, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_catalogue(catalogue)
    , m_deviceId(deviceId)
    , m_clock(std::move(clock))
{
}

QDateTime CaseStore::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QString CaseStore::formatCaseNo(const QString &deviceId, int year, qint64 sequence)
{
    return QStringLiteral("%1-%2-%3").arg(deviceId).arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 5, 10, QLatin1Char('0'));
}

CreateResult CaseStore::create(const CaseInput &input, const QString &actorNo)
{
    CreateResult result;
    const QDateTime at = now();
    CaseInput in;
    result.errors = CaseValidator(m_catalogue, at.toLocalTime().date()).validate(input, &in);
    if (!result.errors.isEmpty())
        return result;
    const PowerItem *item = m_catalogue.find(in.powerItemCode);

    QString error;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        result.error = storeFailure("begin", tx.error());
        return result;
    }
    const int year = at.toLocalTime().date().year();
    const QString counter = QStringLiteral("case_no/%1/%2").arg(m_deviceId).arg(year);
    Statement seq = m_db.prepare("INSERT INTO counters (name, value) VALUES (?1, 1)"
                                 " ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value", &error);
    if (!seq.isValid() || (seq.bind(1, counter), seq.step() != Statement::Step::Row)) {
        result.error = storeFailure("case number", error.isEmpty() ? seq.error() : error);
        return result;
    }
    const qint64 number = seq.int64(0);
    seq = Statement();   // finish the RETURNING statement before the next one

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString caseNo = formatCaseNo(m_deviceId, year, number);
    const QString atText = StoreTime::toText(at);
    Statement ins = m_db.prepare(
        "INSERT INTO cases (id, case_no, type, status, status_since, party_kind, party_name, party_id_no,"
        " party_phone, address, latitude, longitude, power_item_code, power_item_name, task_ref, summary,"
        " device_id, created_by, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, 'filed', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?4, ?4)",
        &error);
    if (!ins.isValid()) {
        result.error = storeFailure("insert case", error);
        return result;
    }
    ins.bind(1, id).bind(2, caseNo).bind(3, in.type).bind(4, atText).bind(5, in.partyKind).bind(6, in.partyName)
        .bind(7, in.partyIdNo).bind(8, in.partyPhone).bind(9, in.address);
    if (in.hasPosition)
        ins.bind(10, in.latitude).bind(11, in.longitude);
    else
        ins.bindNull(10).bindNull(11);
    ins.bind(12, in.powerItemCode).bind(13, item->name).bind(14, in.taskRef).bind(15, in.summary)
        .bind(16, m_deviceId).bind(17, actorNo);
    if (!ins.exec()) {
        result.error = storeFailure("insert case", ins.error());
        return result;
    }
    Statement step = m_db.prepare("INSERT INTO case_steps (case_id, step, entered_at, officer_no) VALUES (?1, 'filed', ?2, ?3)", &error);
    if (!step.isValid() || !step.bind(1, id).bind(2, atText).bind(3, actorNo).exec()) {
        result.error = storeFailure("insert step", error.isEmpty() ? step.error() : error);
        return result;
    }
    AuditEntry entry;
    entry.officerNo = actorNo;
    entry.action = QLatin1String(AuditAction::CaseCreate);
    entry.objectType = QStringLiteral("case");
    entry.objectId = id;
    entry.at = at;
    entry.details = QJsonObject{{QStringLiteral("caseNo"), caseNo},
                                {QStringLiteral("type"), in.type},
                                {QStringLiteral("partyKind"), in.partyKind},
                                {QStringLiteral("powerItemCode"), in.powerItemCode}};
    if (!m_audit.append(entry, &error)) {
        result.error = storeFailure("audit case_create", error);
        return result;
    }
    if (!tx.commit()) {
        result.error = storeFailure("commit case", tx.error());
        return result;
    }
    qCInfo(lcCases) << "case" << caseNo << "created by" << actorNo;
    result.ok = true;
    result.caseId = id;
    result.caseNo = caseNo;
    return result;
}

QString CaseStore::advance(const QString &caseId, const QString &stepKey, const QString &actorNo, const QString &note)
{
    CaseStep to;
    if (!CaseLifecycle::stepFromKey(stepKey, &to))
        return tr("未知的办案环节“%1”。").arg(stepKey);
    const QString noteError = CaseValidator::validateNote(note);
    if (!noteError.isEmpty())
        return noteError;

    QString error;
    Transaction tx(m_db);
    if (!tx.isActive())
        return storeFailure("begin", tx.error());
    const CaseState c = readCase(m_db, caseId, &error);
    if (!c.found)
        return error.isEmpty() ? notFound(caseId) : storeFailure("read case", error);
    const QString refused = CaseLifecycle::refusal(c.type, c.status, to);
    if (!refused.isEmpty())
        return refused;

    const QString atText = StoreTime::toText(now());
    Statement step = m_db.prepare("INSERT INTO case_steps (case_id, step, entered_at, officer_no, note) VALUES (?1, ?2, ?3, ?4, ?5)", &error);
    if (!step.isValid() || !step.bind(1, caseId).bind(2, stepKey).bind(3, atText).bind(4, actorNo).bind(5, note.isNull() ? QStringLiteral("") : note).exec())
        return storeFailure("insert step", error.isEmpty() ? step.error() : error);
    Statement upd = m_db.prepare("UPDATE cases SET status = ?2, status_since = ?3, updated_at = ?3 WHERE id = ?1", &error);
    if (!upd.isValid() || !upd.bind(1, caseId).bind(2, stepKey).bind(3, atText).exec())
        return storeFailure("update case", error.isEmpty() ? upd.error() : error);

    AuditEntry entry;
    entry.officerNo = actorNo;
    entry.action = QLatin1String(AuditAction::CaseStep);
    entry.objectType = QStringLiteral("case");
    entry.objectId = caseId;
    entry.at = StoreTime::fromText(atText);
    entry.details = QJsonObject{{QStringLiteral("caseNo"), c.caseNo},
                                {QStringLiteral("from"), CaseLifecycle::stepKey(c.status)},
                                {QStringLiteral("to"), stepKey},
                                {QStringLiteral("note"), note.isNull() ? QStringLiteral("") : note}};
    if (!m_audit.append(entry, &error))
        return storeFailure("audit case_step", error);
    if (!tx.commit())
        return storeFailure("commit step", tx.error());
    qCInfo(lcCases) << "case" << c.caseNo << CaseLifecycle::stepKey(c.status) << "->" << stepKey << "by" << actorNo;
    return QString();
}

QString CaseStore::linkRecording(const QString &caseId, const QString &recordingId, const QString &actorNo)
{
    return link(caseId, Target::Recording, recordingId, actorNo);
}

QString CaseStore::linkEvidence(const QString &caseId, const QString &evidenceId, const QString &actorNo)
{
    return link(caseId, Target::Evidence, evidenceId, actorNo);
}

QString CaseStore::link(const QString &caseId, Target target, const QString &id, const QString &actorNo)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return storeFailure("begin", tx.error());
    QString error;
    if (!linkLocked(m_db, m_audit, caseId, target, id, actorNo, now(), &error))
        return error;
    if (!tx.commit())
        return storeFailure("commit link", tx.error());
    return QString();
}

bool CaseStore::linkRecordingInTx(Database &db, AuditLog &audit, const QString &caseId, const QString &recordingId,
                                  const QString &actorNo, const QDateTime &at, QString *error)
{
    return linkInTx(db, audit, caseId, Target::Recording, recordingId, actorNo, at, error);
}

bool CaseStore::linkEvidenceInTx(Database &db, AuditLog &audit, const QString &caseId, const QString &evidenceId,
                                 const QString &actorNo, const QDateTime &at, QString *error)
{
    return linkInTx(db, audit, caseId, Target::Evidence, evidenceId, actorNo, at, error);
}

bool CaseStore::linkInTx(Database &db, AuditLog &audit, const QString &caseId, Target target, const QString &id,
                         const QString &actorNo, const QDateTime &at, QString *error)
{
    if (sqlite3_get_autocommit(db.handle())) {
        *error = QStringLiteral("a case link was asked for outside a transaction");
        qCWarning(lcCases) << *error;
        return false;
    }
    QString detail;
    if (!db.exec("SAVEPOINT case_link", &detail)) {
        *error = storeFailure("savepoint", detail);
        return false;
    }
    const bool ok = linkLocked(db, audit, caseId, target, id, actorNo,
                               at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc(), error);
    if (!ok)
        db.exec("ROLLBACK TO case_link", &detail);
    db.exec("RELEASE case_link", &detail);
    return ok;
}

bool CaseStore::linkLocked(Database &db, AuditLog &audit, const QString &caseId, Target target, const QString &id,
                           const QString &actorNo, const QDateTime &at, QString *error)
{
    QString detail;
    const CaseState c = readCase(db, caseId, &detail);
    if (!c.found) {
        *error = detail.isEmpty() ? notFound(caseId) : storeFailure("read case", detail);
        return false;
    }
    if (c.status == CaseStep::Closed) {
        *error = tr("案件 %1 已结案，不能再关联新的录像或照片。").arg(c.caseNo);
        return false;
    }
    const bool recording = target == Target::Recording;
    // The object must exist; a photo is linked on its own, a recording's video/audio segments
    // only through their recording.
    QString photoRecording;
    if (recording) {
        Statement st = db.prepare("SELECT 1 FROM recordings WHERE id = ?1", &detail);
        if (!st.isValid() || st.bind(1, id).step() != Statement::Step::Row) {
            *error = detail.isEmpty() && st.error().isEmpty() ? tr("找不到录像 %1，无法关联。").arg(id)
                                                               : storeFailure("read recording", detail + st.error());
            return false;
        }
    } else {
        Statement st = db.prepare("SELECT kind, recording_id FROM evidence WHERE id = ?1", &detail);
        if (!st.isValid() || st.bind(1, id).step() != Statement::Step::Row) {
            *error = detail.isEmpty() && st.error().isEmpty() ? tr("找不到照片 %1，无法关联。").arg(id)
                                                               : storeFailure("read evidence", detail + st.error());
            return false;
        }
        if (st.text(0) != QLatin1String("photo")) {
            *error = tr("只能单独关联照片；视频和录音请通过所属录像关联到案件。");
            return false;
        }
        photoRecording = st.text(1);
    }

    // Already linked? To this case it is a no-op; to another case it is refused.
    Statement existing = db.prepare(recording
        ? "SELECT l.case_id, c.case_no FROM case_links l JOIN cases c ON c.id = l.case_id WHERE l.recording_id = ?1"
        : "SELECT l.case_id, c.case_no FROM case_links l JOIN cases c ON c.id = l.case_id WHERE l.evidence_id = ?1", &detail);
    if (!existing.isValid()) {
        *error = storeFailure("read links", detail);
        return false;
    }
    if (existing.bind(1, id).step() == Statement::Step::Row) {
        if (existing.text(0) == caseId)
            return true;
        *error = recording ? tr("该录像已关联到案件 %1，一份录像只能属于一个案件。").arg(existing.text(1))
                           : tr("该照片已关联到案件 %1，一张照片只能属于一个案件。").arg(existing.text(1));
        return false;
    }
    if (!photoRecording.isEmpty()) {
        Statement parent = db.prepare("SELECT l.case_id, c.case_no FROM case_links l JOIN cases c ON c.id = l.case_id WHERE l.recording_id = ?1", &detail);
        if (parent.isValid() && parent.bind(1, photoRecording).step() == Statement::Step::Row && parent.text(0) != caseId) {
            *error = tr("该照片拍摄于已关联到案件 %1 的录像中，不能再关联到其他案件。").arg(parent.text(1));
            return false;
        }
    }

    const QString atText = StoreTime::toText(at);
    Statement ins = db.prepare(recording
        ? "INSERT INTO case_links (case_id, recording_id, linked_at, officer_no) VALUES (?1, ?2, ?3, ?4)"
        : "INSERT INTO case_links (case_id, evidence_id, linked_at, officer_no) VALUES (?1, ?2, ?3, ?4)", &detail);
    if (!ins.isValid() || !ins.bind(1, caseId).bind(2, id).bind(3, atText).bind(4, actorNo).exec()) {
        *error = storeFailure("insert link", detail.isEmpty() ? ins.error() : detail);
        return false;
    }
    AuditEntry entry;
    entry.officerNo = actorNo;
    entry.action = QLatin1String(AuditAction::CaseLink);
    entry.objectType = QStringLiteral("case");
    entry.objectId = caseId;
    entry.at = StoreTime::fromText(atText);
    entry.details = QJsonObject{{QStringLiteral("caseNo"), c.caseNo},
                                {recording ? QStringLiteral("recordingId") : QStringLiteral("evidenceId"), id}};
    if (!audit.append(entry, &detail)) {
        *error = storeFailure("audit case_link", detail);
        return false;
    }
    qCInfo(lcCases) << "case" << c.caseNo << "linked" << (recording ? "recording" : "photo") << id;
    return true;
}

QString CaseStore::recordView(const QString &caseId, const QString &actorNo, const QStringList &photosShown, bool opened)
{
    QString error;
    Transaction tx(m_db);
    if (!tx.isActive())
        return storeFailure("begin", tx.error());
    AuditEntry entry;
    entry.officerNo = actorNo;
    entry.action = QLatin1String(AuditAction::CaseView);
    entry.objectType = QStringLiteral("case");
    entry.objectId = caseId;
    entry.at = now();
    if (opened && !m_audit.append(entry, &error))
        return storeFailure("audit case_view", error);
    if (!photosShown.isEmpty()) {
        entry.action = QLatin1String(AuditAction::PhotoThumbnails);
        entry.details = QJsonObject{{QStringLiteral("photos"), QJsonArray::fromStringList(photosShown)}};
        if (!m_audit.append(entry, &error))
            return storeFailure("audit photo_thumbnails", error);
    }
    if (!tx.commit())
        return storeFailure("commit case_view", tx.error());
    return QString();
}
