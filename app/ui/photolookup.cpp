#include "photolookup.h"

#include "evidencepositiontext.h"
#include "storetime.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QDir>

namespace {

// One query for both look-ups, completed by a WHERE clause on ?1.
const char kPhotoColumns[] =
    "SELECT e.id, e.kind, e.path, coalesce(e.start_wall, e.created_at), coalesce(e.officer_no, r.officer_no),"
    " e.recording_id, k.case_id, c.case_no, o.name, e.latitude, e.longitude, e.fix_quality, e.accuracy_m"
    " FROM evidence e"
    " LEFT JOIN recordings r ON r.id = e.recording_id"
    " LEFT JOIN case_links k ON k.id = coalesce((SELECT l.id FROM case_links l WHERE l.evidence_id = e.id),"
    "                                           (SELECT l.id FROM case_links l WHERE l.recording_id = e.recording_id))"
    " LEFT JOIN cases c ON c.id = k.case_id"
    " LEFT JOIN officers o ON o.officer_no = coalesce(e.officer_no, r.officer_no)";

QByteArray photoQuery(const char *where) { return QByteArray(kPhotoColumns) + where; }

QString text(Statement &st, int column) { return st.isNull(column) ? QString() : st.text(column); }

PhotoInfo readRow(Statement &st, const QString &dataRoot)
{
    PhotoInfo p;
    p.evidenceId = st.text(0);
    p.absolutePath = QDir(dataRoot).filePath(st.text(2));
    p.takenAt = StoreTime::fromText(text(st, 3));
    p.officerNo = text(st, 4);
    p.recordingId = text(st, 5);
    p.caseId = text(st, 6);
    p.caseNo = text(st, 7);
    p.officerName = text(st, 8);
    p.positionText = EvidencePositionText::fromRow(st, 9);
    return p;
}

QString storeFailure(const QString &detail)
{
    qCWarning(lcUi).noquote() << "photo lookup failed:" << detail;
    return QCoreApplication::translate("PhotoLookup", "读取照片信息失败，请稍后重试。");
}

} // namespace

bool PhotoLookup::find(Database &db, const QString &dataRoot, const QString &evidenceId, PhotoInfo *out, QString *error)
{
    QString failure;
    Statement st = db.prepare(photoQuery(" WHERE e.id = ?1").constData(), &failure);
    if (!st.isValid()) {
        *error = storeFailure(failure);
        return false;
    }
    st.bind(1, evidenceId);
    if (st.step() != Statement::Step::Row) {
        *error = st.error().isEmpty()
            ? QCoreApplication::translate("PhotoLookup", "找不到这张照片（%1），请刷新后重试。").arg(evidenceId)
            : storeFailure(st.error());
        return false;
    }
    if (st.text(1) != QLatin1String("photo")) {
        *error = QCoreApplication::translate("PhotoLookup", "这条证据不是照片；录像请通过回放查看。");
        return false;
    }
    *out = readRow(st, dataRoot);
    return true;
}

QList<PhotoInfo> PhotoLookup::ofRecording(Database &db, const QString &dataRoot, const QString &recordingId, QString *error)
{
    QList<PhotoInfo> out;
    QString failure;
    Statement st = db.prepare(photoQuery(" WHERE e.recording_id = ?1 AND e.kind = 'photo'"
                                          " ORDER BY coalesce(e.start_wall, e.created_at), e.id").constData(), &failure);
    if (!st.isValid()) {
        *error = storeFailure(failure);
        return out;
    }
    st.bind(1, recordingId);
    for (;;) {
        const Statement::Step step = st.step();
        if (step == Statement::Step::Row) {
            out << readRow(st, dataRoot);
            continue;
        }
        if (!st.error().isEmpty()) {
            *error = storeFailure(st.error());
            out.clear();
        }
        break;
    }
    return out;
}
