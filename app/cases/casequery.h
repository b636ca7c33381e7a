#pragma once
// CaseQuery: the read side of cases on a reader connection (Store::openReader), for the thread
// that owns it. The list and search for the case list page, a case's detail with its evidence
// timeline, recording coverage and deadline state, the home page's deadline warnings, and the
// open cases a recording may be linked to. Sees committed rows only.
//
// Search text matches party name, case number or party id as a substring (LIKE with ESCAPE,
// bound — the text is never part of the SQL). Dates filter by the local calendar day of filing.

#include "casetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class CaseDeadlines;
class Database;
class Statement;
class PowerCatalogue;

class CaseQuery
{
    Q_DECLARE_TR_FUNCTIONS(CaseQuery)
public:
    using Clock = std::function<QDateTime()>;
    using MarkerLabel = std::function<QString(const QString &key)>;

    // dataRoot resolves the stored relative thumbnail/photo paths. markerLabel turns a marker
    // key into its Chinese label for the timeline (MarkerLabels::label in the app; the key
    // itself when not given — cases does not depend on the evidence library).
    CaseQuery(Database &reader, const PowerCatalogue &catalogue, const CaseDeadlines &deadlines,
              const QString &dataRoot, Clock clock = {}, MarkerLabel markerLabel = {});

    // Newest first. Each row carries its deadline state at now.
    QList<CaseSummary> list(const CaseFilter &filter);
    int count(const CaseFilter &filter);   // rows matching, ignoring limit/offset

    // false when the case does not exist or cannot be read (lastError()).
    bool detail(const QString &caseId, CaseDetail *out);

    // Not-closed cases at level ≥ 1 at now, alarms first, then the least time left.
    QList<CaseWarning> warnings(const QDateTime &now);
    // Not-closed cases, newest first (what a recording may be linked to).
    QList<CaseSummary> openCases();

    QString lastError() const { return m_error; }

    // "%" "_" "\" escaped for LIKE … ESCAPE '\', wrapped in %…%.
    static QString likePattern(const QString &text);

private:
    QDateTime now() const;
    QList<CaseSummary> readSummaries(Statement &st);

    Database &m_db;
    const PowerCatalogue &m_catalogue;
    const CaseDeadlines &m_deadlines;
    QString m_dataRoot;
    Clock m_clock;
    MarkerLabel m_markerLabel;
    QString m_error;
};
