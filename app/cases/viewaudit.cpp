#include "viewaudit.h"

#include "auditactions.h"
#include "auditlog.h"
#include "casereview.h"
#include "caseslogging.h"
#include "database.h"
#include "transaction.h"

#include <QJsonArray>

namespace {

QString storeFailure(const char *what, const QString &detail)
{
    qCWarning(lcCases) << "view audit:" << what << "failed:" << detail;
    return QCoreApplication::translate("ViewAudit", "查看记录未能写入审计（%1）。请重试；如仍失败，请联系技术支持。").arg(detail);
}

} // namespace

ViewAudit::ViewAudit(Database &db, AuditLog &audit, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(std::move(clock))
{
}

QString ViewAudit::ownerOfRecording(const Officer &officer, const QString &recordingId, Owner *owner)
{
    QString error;
    Statement st = m_db.prepare("SELECT r.officer_no, (SELECT l.case_id FROM case_links l WHERE l.recording_id = r.id)"
                                " FROM recordings r WHERE r.id = ?1", &error);
    if (!st.isValid())
        return storeFailure("read recording", error);
    st.bind(1, recordingId);
    if (st.step() != Statement::Step::Row)
        return st.error().isEmpty() ? tr("找不到录像 %1，请刷新后重试。").arg(recordingId) : storeFailure("read recording", st.error());
    owner->officerNo = st.text(0);
    owner->recordingId = recordingId;
    owner->caseId = st.isNull(1) ? QString() : st.text(1);
    return visibility(officer, *owner);
}

QString ViewAudit::ownerOfPhoto(const Officer &officer, const QString &evidenceId, Owner *owner)
{
    QString error;
    // A photo taken during a recording may carry no officer of its own: the recording's counts.
    Statement st = m_db.prepare(
        "SELECT e.kind, coalesce(e.officer_no, r.officer_no), e.recording_id,"
        " coalesce((SELECT l.case_id FROM case_links l WHERE l.evidence_id = e.id),"
        "          (SELECT l.case_id FROM case_links l WHERE l.recording_id = e.recording_id))"
        " FROM evidence e LEFT JOIN recordings r ON r.id = e.recording_id WHERE e.id = ?1", &error);
    if (!st.isValid())
        return storeFailure("read photo", error);
    st.bind(1, evidenceId);
    if (st.step() != Statement::Step::Row)
        return st.error().isEmpty() ? tr("找不到照片 %1，请刷新后重试。").arg(evidenceId) : storeFailure("read photo", st.error());
    if (st.text(0) != QLatin1String("photo"))
        return tr("%1 不是照片；录像请通过回放查看。").arg(evidenceId);
    owner->officerNo = st.isNull(1) ? QString() : st.text(1);
    owner->recordingId = st.isNull(2) ? QString() : st.text(2);
    owner->caseId = st.isNull(3) ? QString() : st.text(3);
    return visibility(officer, *owner);
}

QString ViewAudit::visibility(const Officer &officer, const Owner &owner)
{
    QString error;
    if (CaseReview::canSeeRecordingsOf(m_db, officer, owner.officerNo, &error))
        return QString();
    if (!error.isEmpty())
        return storeFailure("read officer", error);
    qCWarning(lcCases) << "view refused:" << officer.officerNo << "may not see evidence of" << owner.officerNo;
    if (!officer.can(Permission::ViewOwnRecordings) && !officer.can(Permission::ViewOthersRecordings))
        return tr("当前账号无权查看录像和照片（管理员不查看证据）。");
    return tr("无权查看执法人员 %1 的录像和照片：执法人员只能查看本人的，中队长可查看本中队的。")
        .arg(owner.officerNo.isEmpty() ? tr("（未知）") : owner.officerNo);
}

QString ViewAudit::write(const Officer &officer, const char *action, const QString &objectType, const QString &objectId,
                         const Owner &owner, QJsonObject details)
{
    details.insert(QStringLiteral("ownerNo"), owner.officerNo.isNull() ? QStringLiteral("") : owner.officerNo);
    if (!owner.caseId.isEmpty())
        details.insert(QStringLiteral("caseId"), owner.caseId);
    AuditEntry entry;
    entry.officerNo = officer.officerNo;
    entry.action = QLatin1String(action);
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.details = details;
    entry.at = (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
    QString error;
    if (!m_audit.append(entry, &error))
        return storeFailure(action, error);
    return QString();
}

QString ViewAudit::playbackStarted(const Officer &officer, const QString &recordingId, qint64 positionMs)
{
    if (positionMs < 0)
        return tr("回放位置无效（%1 毫秒）。").arg(positionMs);
    Owner owner;
    const QString refused = ownerOfRecording(officer, recordingId, &owner);
    if (!refused.isEmpty())
        return refused;
    return write(officer, AuditAction::PlaybackStart, QStringLiteral("recording"), recordingId, owner,
                 {{QStringLiteral("positionMs"), positionMs}});
}

QString ViewAudit::playbackStopped(const Officer &officer, const QString &recordingId, const QList<WatchedRange> &ranges,
                                   qint64 watchedMs, const QList<double> &rates, int previews)
{
    if (watchedMs < 0)
        return tr("观看时长无效（%1 毫秒）。").arg(watchedMs);
    if (previews < 0)
        return tr("预览帧数无效（%1）。").arg(previews);
    QJsonArray rangeArray;
    for (const WatchedRange &r : ranges) {
        if (r.fromMs < 0 || r.toMs < r.fromMs)
            return tr("观看区间无效（%1–%2 毫秒）。").arg(r.fromMs).arg(r.toMs);
        rangeArray.append(QJsonArray{r.fromMs, r.toMs});
    }
    QJsonArray rateArray;
    for (double rate : rates) {
        if (!(rate > 0))
            return tr("回放速度无效（%1）。").arg(rate);
        rateArray.append(rate);
    }
    Owner owner;
    const QString refused = ownerOfRecording(officer, recordingId, &owner);
    if (!refused.isEmpty())
        return refused;
    return write(officer, AuditAction::PlaybackStop, QStringLiteral("recording"), recordingId, owner,
                 {{QStringLiteral("ranges"), rangeArray},
                  {QStringLiteral("watchedMs"), watchedMs},
                  {QStringLiteral("rates"), rateArray},
                  {QStringLiteral("previews"), previews}});
}

QString ViewAudit::thumbnailsShown(const Officer &officer, const QString &recordingId, const QStringList &photoIds)
{
    Owner owner;
    const QString refused = ownerOfRecording(officer, recordingId, &owner);
    if (!refused.isEmpty())
        return refused;
    return write(officer, AuditAction::PhotoThumbnails, QStringLiteral("recording"), recordingId, owner,
                 {{QStringLiteral("photos"), QJsonArray::fromStringList(photoIds)}});
}

QString ViewAudit::recordingThumbnailsShown(const Officer &officer, const QStringList &recordingIds, const QString &list)
{
    if (recordingIds.isEmpty())
        return QString();
    Transaction tx(m_db);
    if (!tx.isActive())
        return storeFailure("begin recording_thumbnail", tx.error());
    for (const QString &recordingId : recordingIds) {
        Owner owner;
        QString refused = ownerOfRecording(officer, recordingId, &owner);
        if (refused.isEmpty())
            refused = write(officer, AuditAction::RecordingThumbnail, QStringLiteral("recording"), recordingId, owner,
                            {{QStringLiteral("list"), list}});
        if (!refused.isEmpty())
            return refused;   // rolled back: no row of this showing stays
    }
    if (!tx.commit())
        return storeFailure("commit recording_thumbnail", tx.error());
    return QString();
}

QString ViewAudit::photoViewed(const Officer &officer, const QString &evidenceId)
{
    Owner owner;
    const QString refused = ownerOfPhoto(officer, evidenceId, &owner);
    if (!refused.isEmpty())
        return refused;
    QJsonObject details;
    if (!owner.recordingId.isEmpty())
        details.insert(QStringLiteral("recordingId"), owner.recordingId);
    return write(officer, AuditAction::PhotoView, QStringLiteral("evidence"), evidenceId, owner, details);
}
