#include "casereview.h"

#include "auditactions.h"
#include "auditlog.h"
#include "caseslogging.h"
#include "casevalidator.h"
#include "database.h"
#include "storetime.h"
#include "transaction.h"

#include <QJsonObject>

namespace {

QString storeFailure(const char *what, const QString &detail)
{
    qCWarning(lcCases) << "review:" << what << "failed:" << detail;
    return QCoreApplication::translate("CaseReview", "审核未保存（%1），未写入任何内容。请重试；如仍失败，请联系技术支持。").arg(detail);
}

struct CaseFacts {
    bool found = false;
    QString caseNo;
    QString createdBy;
};

CaseFacts readCase(Database &db, const QString &caseId, QString *error)
{
    CaseFacts f;
    Statement st = db.prepare("SELECT case_no, created_by FROM cases WHERE id = ?1", error);
    if (!st.isValid())
        return f;
    st.bind(1, caseId);
    if (st.step() != Statement::Step::Row) {
        if (!st.error().isEmpty())
            *error = st.error();
        return f;
    }
    f.found = true;
    f.caseNo = st.text(0);
    f.createdBy = st.text(1);
    return f;
}

bool isDecision(const QString &decision)
{
    return decision == QLatin1String(ReviewState::Approved) || decision == QLatin1String(ReviewState::Returned);
}

// The permission, own-case and squad rules for a case already read. "" = may review.
QString refusalFor(Database &db, const CaseFacts &c, const Officer &actor, QString *readError)
{
    if (!actor.can(Permission::ReviewApprove))
        return QCoreApplication::translate("CaseReview", "当前账号无权审核案件（需要中队长）。");
    if (c.createdBy == actor.officerNo)
        return QCoreApplication::translate("CaseReview", "案件 %1 是您本人创建的，不能自己审核，请由本中队其他中队长审核。").arg(c.caseNo);
    if (actor.squad.isEmpty())
        return QCoreApplication::translate("CaseReview", "您的账号没有设置所属中队，不能审核案件。请联系管理员设置中队。");
    const QString squad = CaseReview::squadOf(db, c.createdBy, readError);
    if (!readError->isEmpty())
        return QString();
    if (squad.isEmpty())
        return QCoreApplication::translate("CaseReview", "案件 %1 的创建人 %2 不在本机执法人员名单中或未设置中队，无法确认属于本中队，不能审核。")
            .arg(c.caseNo, c.createdBy);
    if (squad != actor.squad)
        return QCoreApplication::translate("CaseReview", "案件 %1 由%2的执法人员创建，只能由该中队的中队长审核。").arg(c.caseNo, squad);
    return QString();
}

} // namespace

CaseReview::CaseReview(Database &db, AuditLog &audit, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(std::move(clock))
{
}

QDateTime CaseReview::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QString CaseReview::validateComment(const QString &decision, const QString &comment)
{
    const bool returned = decision == QLatin1String(ReviewState::Returned);
    const int length = CaseValidator::characters(comment);
    if (length > maxComment)
        return returned ? tr("退回意见最多 %1 个字，现为 %2 个字，请精简后再提交。").arg(maxComment).arg(length)
                        : tr("审核意见最多 %1 个字，现为 %2 个字，请精简后再提交。").arg(maxComment).arg(length);
    if (returned && comment.trimmed().isEmpty())
        return tr("请填写退回意见：写明需要补正的内容，执法人员会在案件中看到。");
    return QString();
}

QString CaseReview::review(const QString &caseId, const QString &decision, const QString &comment, const Officer &actor)
{
    if (!actor.can(Permission::ReviewApprove))
        return tr("当前账号无权审核案件（需要中队长）。");
    if (!isDecision(decision))
        return tr("未知的审核结论“%1”，只能是通过或退回。").arg(decision);
    const QString text = comment.trimmed();
    const QString commentError = validateComment(decision, text);
    if (!commentError.isEmpty())
        return commentError;

    QString error;
    Transaction tx(m_db);
    if (!tx.isActive())
        return storeFailure("begin", tx.error());
    const CaseFacts c = readCase(m_db, caseId, &error);
    if (!c.found)
        return error.isEmpty() ? tr("找不到案件 %1，请刷新案件列表后重试。").arg(caseId) : storeFailure("read case", error);
    const QString refused = refusalFor(m_db, c, actor, &error);
    if (!error.isEmpty())
        return storeFailure("read officer", error);
    if (!refused.isEmpty())
        return refused;
    const QList<CaseReviewRow> before = reviewsOf(m_db, caseId, &error);
    if (!error.isEmpty())
        return storeFailure("read reviews", error);
    if (decision == QLatin1String(ReviewState::Approved) && stateOf(before) == QLatin1String(ReviewState::Approved))
        return tr("案件 %1 已审核通过，无需重复审核。").arg(c.caseNo);

    const QString atText = StoreTime::toText(now());
    Statement ins = m_db.prepare("INSERT INTO case_reviews (case_id, decision, comment, reviewer_no, reviewed_at)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)", &error);
    if (!ins.isValid() || !ins.bind(1, caseId).bind(2, decision).bind(3, text.isNull() ? QStringLiteral("") : text)
                               .bind(4, actor.officerNo).bind(5, atText).exec())
        return storeFailure("insert review", error.isEmpty() ? ins.error() : error);
    const qint64 reviewId = m_db.lastInsertRowId();

    AuditEntry entry;
    entry.officerNo = actor.officerNo;
    entry.action = QLatin1String(AuditAction::CaseReview);
    entry.objectType = QStringLiteral("case");
    entry.objectId = caseId;
    entry.at = StoreTime::fromText(atText);
    entry.details = QJsonObject{{QStringLiteral("caseNo"), c.caseNo},
                                {QStringLiteral("reviewId"), reviewId},
                                {QStringLiteral("decision"), decision},
                                {QStringLiteral("comment"), text.isNull() ? QStringLiteral("") : text},
                                {QStringLiteral("createdBy"), c.createdBy}};
    if (!m_audit.append(entry, &error))
        return storeFailure("audit case_review", error);
    if (!tx.commit())
        return storeFailure("commit review", tx.error());
    qCInfo(lcCases) << "case" << c.caseNo << decision << "by" << actor.officerNo;
    return QString();
}

QString CaseReview::refusal(Database &db, const QString &caseId, const Officer &actor)
{
    if (!actor.can(Permission::ReviewApprove))
        return tr("当前账号无权审核案件（需要中队长）。");
    QString error;
    const CaseFacts c = readCase(db, caseId, &error);
    if (!c.found)
        return error.isEmpty() ? tr("找不到案件 %1，请刷新案件列表后重试。").arg(caseId) : storeFailure("read case", error);
    const QString refused = refusalFor(db, c, actor, &error);
    return error.isEmpty() ? refused : storeFailure("read officer", error);
}

QList<CaseReviewRow> CaseReview::reviewsOf(Database &db, const QString &caseId, QString *error)
{
    QList<CaseReviewRow> out;
    Statement st = db.prepare("SELECT r.id, r.decision, r.comment, r.reviewer_no, o.name, r.reviewed_at"
                              " FROM case_reviews r LEFT JOIN officers o ON o.officer_no = r.reviewer_no"
                              " WHERE r.case_id = ?1 ORDER BY r.id", error);
    if (!st.isValid())
        return out;
    st.bind(1, caseId);
    for (;;) {
        const Statement::Step step = st.step();
        if (step == Statement::Step::Error) {
            *error = st.error();
            return out;
        }
        if (step == Statement::Step::Done)
            return out;
        CaseReviewRow r;
        r.id = st.int64(0);
        r.decision = st.text(1);
        r.comment = st.text(2);
        r.reviewerNo = st.text(3);
        r.reviewerName = st.isNull(4) ? QString() : st.text(4);
        r.atText = st.text(5);
        r.at = StoreTime::fromText(r.atText);
        out << r;
    }
}

QString CaseReview::stateOf(const QList<CaseReviewRow> &reviews)
{
    return reviews.isEmpty() ? QLatin1String(ReviewState::Pending) : reviews.constLast().decision;
}

QString CaseReview::stateLabel(const QString &state)
{
    if (state == QLatin1String(ReviewState::Approved))
        return tr("已通过");
    if (state == QLatin1String(ReviewState::Returned))
        return tr("已退回");
    return tr("待审核");
}

QString CaseReview::decisionLabel(const QString &decision)
{
    return decision == QLatin1String(ReviewState::Returned) ? tr("退回") : tr("通过");
}

bool CaseReview::canSeeRecordingsOf(const Officer &viewer, const QString &ownerOfficerNo, const QString &ownerSquad)
{
    if (viewer.officerNo.isEmpty() || ownerOfficerNo.isEmpty())
        return false;
    if (ownerOfficerNo == viewer.officerNo)
        return viewer.can(Permission::ViewOwnRecordings);
    return viewer.can(Permission::ViewOthersRecordings) && !viewer.squad.isEmpty() && ownerSquad == viewer.squad;
}

bool CaseReview::canSeeRecordingsOf(Database &db, const Officer &viewer, const QString &ownerOfficerNo, QString *error)
{
    if (ownerOfficerNo == viewer.officerNo || !viewer.can(Permission::ViewOthersRecordings))
        return canSeeRecordingsOf(viewer, ownerOfficerNo, QString());   // the squad cannot change the answer
    QString readError;
    const QString squad = squadOf(db, ownerOfficerNo, &readError);
    if (!readError.isEmpty()) {
        qCWarning(lcCases) << "visibility: reading the squad of" << ownerOfficerNo << "failed:" << readError;
        if (error)
            *error = readError;
        return false;
    }
    return canSeeRecordingsOf(viewer, ownerOfficerNo, squad);
}

bool CaseReview::canSeeRecordingsOf(const Officer &viewer, const QString &ownerOfficerNo) const
{
    return canSeeRecordingsOf(m_db, viewer, ownerOfficerNo);
}

QString CaseReview::squadOf(Database &db, const QString &officerNo, QString *error)
{
    Statement st = db.prepare("SELECT squad FROM officers WHERE officer_no = ?1", error);
    if (!st.isValid())
        return QString();
    st.bind(1, officerNo);
    if (st.step() == Statement::Step::Row)
        return st.text(0);
    if (!st.error().isEmpty())
        *error = st.error();
    return QString();
}
