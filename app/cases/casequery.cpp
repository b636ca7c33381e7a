#include "casequery.h"

#include "casecoverage.h"
#include "casedeadlines.h"
#include "caseslogging.h"
#include "database.h"
#include "partyid.h"
#include "powercatalogue.h"
#include "storetime.h"

#include <QDir>

#include <algorithm>

namespace {

#define SUMMARY_COLUMNS "id, case_no, type, status, party_name, party_id_no, address, created_at, status_since"

// One constant statement for every filter: an empty/NULL parameter switches its condition off.
// Newest first on the created_at index; the LIKEs scan, which 10,000 rows afford (bench/cases).
#define FILTER_WHERE                                                                                     \
    " WHERE (?1 = '' OR party_name LIKE ?2 ESCAPE '\\' OR case_no LIKE ?2 ESCAPE '\\'"                   \
    "        OR party_id_no LIKE ?2 ESCAPE '\\')"                                                       \
    "   AND (?3 = '' OR status = ?3)"                                                                   \
    "   AND (?4 IS NULL OR created_at >= ?4)"                                                           \
    "   AND (?5 IS NULL OR created_at < ?5)"

void bindFilter(Statement &st, const CaseFilter &f)
{
    const QString text = f.text.trimmed();
    st.bind(1, text.isNull() ? QStringLiteral("") : text);
    st.bind(2, CaseQuery::likePattern(text));
    st.bind(3, f.status.isNull() ? QStringLiteral("") : f.status);
    // Local calendar days → UTC text bounds (stored times are fixed-width UTC, so text order is time order).
    if (f.fromDate.isValid())
        st.bind(4, StoreTime::toText(f.fromDate.startOfDay()));
    else
        st.bindNull(4);
    if (f.toDate.isValid())
        st.bind(5, StoreTime::toText(f.toDate.addDays(1).startOfDay()));
    else
        st.bindNull(5);
}

QString durationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QCoreApplication::translate("CaseQuery", "%1时%2分%3秒").arg(s / 3600).arg((s / 60) % 60).arg(s % 60);
    if (s >= 60)
        return QCoreApplication::translate("CaseQuery", "%1分%2秒").arg(s / 60).arg(s % 60);
    return QCoreApplication::translate("CaseQuery", "%1秒").arg(s);
}

} // namespace

CaseQuery::CaseQuery(Database &reader, const PowerCatalogue &catalogue, const CaseDeadlines &deadlines,
                     const QString &dataRoot, Clock clock, MarkerLabel markerLabel)
    : m_db(reader)
    , m_catalogue(catalogue)
    , m_deadlines(deadlines)
    , m_dataRoot(dataRoot)
    , m_clock(std::move(clock))
    , m_markerLabel(std::move(markerLabel))
{
}

QDateTime CaseQuery::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QString CaseQuery::likePattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QList<CaseSummary> CaseQuery::readSummaries(Statement &st)
{
    QList<CaseSummary> out;
    const QDateTime at = now();
    Statement::Step s;
    while ((s = st.step()) == Statement::Step::Row) {
        CaseSummary c;
        c.id = st.text(0);
        c.caseNo = st.text(1);
        CaseLifecycle::typeFromKey(st.text(2), &c.type);
        CaseLifecycle::stepFromKey(st.text(3), &c.status);
        c.partyName = st.text(4);
        c.partyIdMasked = PartyId::mask(st.text(5));
        c.address = st.text(6);
        c.createdAt = StoreTime::fromText(st.text(7));
        c.statusSince = StoreTime::fromText(st.text(8));
        c.deadline = m_deadlines.evaluate(c.type, c.status, c.statusSince, c.createdAt, at);
        out.append(c);
    }
    if (s == Statement::Step::Error) {
        m_error = st.error();
        qCWarning(lcCases) << "case list failed:" << m_error;
    }
    return out;
}

QList<CaseSummary> CaseQuery::list(const CaseFilter &filter)
{
    Statement st = m_db.prepare("SELECT " SUMMARY_COLUMNS " FROM cases" FILTER_WHERE
                                " ORDER BY created_at DESC, case_no DESC LIMIT ?6 OFFSET ?7", &m_error);
    if (!st.isValid())
        return {};
    bindFilter(st, filter);
    st.bind(6, qMax(0, filter.limit)).bind(7, qMax(0, filter.offset));
    return readSummaries(st);
}

int CaseQuery::count(const CaseFilter &filter)
{
    Statement st = m_db.prepare("SELECT count(*) FROM cases" FILTER_WHERE, &m_error);
    if (!st.isValid())
        return 0;
    bindFilter(st, filter);
    return st.step() == Statement::Step::Row ? int(st.int64(0)) : 0;
}

QList<CaseSummary> CaseQuery::openCases()
{
    Statement st = m_db.prepare("SELECT " SUMMARY_COLUMNS " FROM cases WHERE status <> 'closed' ORDER BY created_at DESC, case_no DESC", &m_error);
    if (!st.isValid())
        return {};
    return readSummaries(st);
}

QList<CaseWarning> CaseQuery::warnings(const QDateTime &at)
{
    QList<CaseWarning> out;
    Statement st = m_db.prepare("SELECT id, case_no, party_name, type, status, status_since, created_at FROM cases WHERE status <> 'closed'", &m_error);
    if (!st.isValid())
        return out;
    while (st.step() == Statement::Step::Row) {
        CaseType type;
        CaseStep status;
        if (!CaseLifecycle::typeFromKey(st.text(3), &type) || !CaseLifecycle::stepFromKey(st.text(4), &status))
            continue;
        const DeadlineState d = m_deadlines.evaluate(type, status, StoreTime::fromText(st.text(5)), StoreTime::fromText(st.text(6)), at);
        if (d.level < 1)
            continue;
        CaseWarning w;
        w.caseId = st.text(0);
        w.caseNo = st.text(1);
        w.partyName = st.text(2);
        w.status = status;
        w.deadline = d;
        out.append(w);
    }
    std::stable_sort(out.begin(), out.end(), [](const CaseWarning &a, const CaseWarning &b) {
        if (a.deadline.level != b.deadline.level)
            return a.deadline.level > b.deadline.level;
        return a.deadline.secondsLeft < b.deadline.secondsLeft;
    });
    return out;
}

bool CaseQuery::detail(const QString &caseId, CaseDetail *out)
{
    *out = CaseDetail();
    CaseRecord &r = out->record;
    {
        Statement st = m_db.prepare(
            "SELECT id, case_no, type, status, status_since, party_kind, party_name, party_id_no, party_phone, address,"
            " latitude, longitude, power_item_code, power_item_name, task_ref, summary, device_id, created_by,"
            " created_at, updated_at FROM cases WHERE id = ?1", &m_error);
        if (!st.isValid())
            return false;
        st.bind(1, caseId);
        if (st.step() != Statement::Step::Row) {
            m_error = st.error().isEmpty() ? tr("找不到案件 %1。").arg(caseId) : st.error();
            return false;
        }
        r.id = st.text(0);
        r.caseNo = st.text(1);
        CaseLifecycle::typeFromKey(st.text(2), &r.type);
        CaseLifecycle::stepFromKey(st.text(3), &r.status);
        r.statusSince = StoreTime::fromText(st.text(4));
        partyKindFromKey(st.text(5), &r.partyKind);
        r.partyName = st.text(6);
        r.partyIdNo = st.text(7);
        r.partyPhone = st.text(8);
        r.address = st.text(9);
        r.hasPosition = !st.isNull(10);
        r.latitude = st.real(10);
        r.longitude = st.real(11);
        r.powerItemCode = st.text(12);
        r.powerItemName = st.text(13);
        r.taskRef = st.text(14);
        r.summary = st.text(15);
        r.deviceId = st.text(16);
        r.createdBy = st.text(17);
        r.createdAt = StoreTime::fromText(st.text(18));
        r.updatedAt = StoreTime::fromText(st.text(19));
    }
    out->powerItemName = r.powerItemName;
    if (const PowerItem *item = m_catalogue.find(r.powerItemCode)) {
        out->powerItemName = item->name;
        out->legalBasis = item->legalBasis;
        out->discretion = item->discretion;
    }

    const QDateTime at = now();
    QList<TimelineEntry> timeline;
    {
        Statement st = m_db.prepare("SELECT step, entered_at, officer_no, note FROM case_steps WHERE case_id = ?1 ORDER BY entered_at, id", &m_error);
        if (!st.isValid())
            return false;
        st.bind(1, caseId);
        while (st.step() == Statement::Step::Row) {
            CaseStepRow row;
            CaseLifecycle::stepFromKey(st.text(0), &row.step);
            row.enteredAt = StoreTime::fromText(st.text(1));
            row.officerNo = st.text(2);
            row.note = st.text(3);
            out->steps.append(row);
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::Step;
            e.at = row.enteredAt;
            e.stepKey = st.text(0);
            e.title = CaseLifecycle::stepLabel(row.step);
            e.subtitle = row.note.isEmpty() ? tr("执法证号 %1").arg(row.officerNo)
                                            : tr("执法证号 %1：%2").arg(row.officerNo, row.note);
            timeline.append(e);
        }
    }
    {
        Statement st = m_db.prepare("SELECT recording_id, evidence_id, linked_at, officer_no FROM case_links WHERE case_id = ?1 ORDER BY linked_at, id", &m_error);
        if (!st.isValid())
            return false;
        st.bind(1, caseId);
        while (st.step() == Statement::Step::Row)
            out->links.append({st.text(0), st.text(1), StoreTime::fromText(st.text(2)), st.text(3)});
    }
    QList<CoverageRecording> spans;
    {
        Statement st = m_db.prepare(
            "SELECT r.id, r.mode, r.press_wall, r.stop_wall, r.thumbnail, r.status,"
            " (SELECT sum(duration_ms) FROM evidence e WHERE e.recording_id = r.id AND e.kind <> 'photo')"
            " FROM recordings r JOIN case_links l ON l.recording_id = r.id WHERE l.case_id = ?1", &m_error);
        if (!st.isValid())
            return false;
        st.bind(1, caseId);
        while (st.step() == Statement::Step::Row) {
            CoverageRecording span{st.text(0), StoreTime::fromText(st.text(2)), StoreTime::fromText(st.text(3))};
            spans.append(span);
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::Recording;
            e.at = span.start;
            e.recordingId = span.id;
            e.title = st.text(1) == QLatin1String("audio") ? tr("录音") : tr("录像");
            if (!st.isNull(4))
                e.thumbnailPath = QDir(m_dataRoot).filePath(st.text(4));
            e.durationMs = st.isNull(6) ? -1 : st.int64(6);
            if (st.text(5) == QLatin1String("recording"))
                e.subtitle = tr("录制中");
            else
                e.subtitle = e.durationMs >= 0 ? tr("时长 %1").arg(durationText(e.durationMs)) : tr("时长未知");
            timeline.append(e);
        }
    }
    {
        // Photos linked on their own, and photos taken during a linked recording.
        Statement st = m_db.prepare(
            "SELECT e.id, coalesce(e.start_wall, e.created_at), e.path, e.recording_id FROM evidence e"
            " WHERE e.kind = 'photo' AND (e.id IN (SELECT evidence_id FROM case_links WHERE case_id = ?1)"
            "  OR e.recording_id IN (SELECT recording_id FROM case_links WHERE case_id = ?1))", &m_error);
        if (!st.isValid())
            return false;
        st.bind(1, caseId);
        while (st.step() == Statement::Step::Row) {
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::Photo;
            e.evidenceId = st.text(0);
            e.at = StoreTime::fromText(st.text(1));
            e.thumbnailPath = QDir(m_dataRoot).filePath(st.text(2));
            e.recordingId = st.text(3);
            e.title = tr("照片");
            e.subtitle = e.recordingId.isEmpty() ? QString() : tr("录像中拍摄");
            timeline.append(e);
        }
    }
    QList<CoverageMarker> markers;
    {
        Statement st = m_db.prepare(
            "SELECT m.recording_id, m.type, m.wall, m.offset_ms FROM markers m"
            " WHERE m.recording_id IN (SELECT recording_id FROM case_links WHERE case_id = ?1) ORDER BY m.wall, m.id", &m_error);
        if (!st.isValid())
            return false;
        st.bind(1, caseId);
        while (st.step() == Statement::Step::Row) {
            CoverageMarker m{st.text(0), StoreTime::fromText(st.text(2))};
            markers.append(m);
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::Marker;
            e.at = m.wall;
            e.recordingId = m.recordingId;
            e.markerType = st.text(1);
            e.title = m_markerLabel ? m_markerLabel(e.markerType) : e.markerType;
            e.subtitle = tr("录像 %1 处").arg(durationText(st.int64(3)));
            timeline.append(e);
        }
    }
    // Merged by time; at equal times steps come first (the order the list above was built in).
    std::stable_sort(timeline.begin(), timeline.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    out->timeline = timeline;
    out->coverage = CaseCoverage::evaluate(r.type, out->steps, spans, markers, at);
    out->coverageComplete = CaseCoverage::complete(out->coverage);
    out->deadline = m_deadlines.evaluate(r.type, r.status, r.statusSince, r.createdAt, at);
    m_error.clear();
    return true;
}
