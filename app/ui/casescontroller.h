#pragma once
// CasesController: what QML sees of cases (singleton `Cases`) — the filtered list, the open
// case's detail, create/advance/link, the active case new recordings link to, deadline
// warnings for the home page, the interruption reasons for stopping, and the open case's review
// by a squad leader (state, history, approve / return). Rules live in app/cases (CaseStore,
// CaseValidator, CaseLifecycle, CaseDeadlines, CaseReview); permissions are checked here
// against the signed-in officer before anything is written.

#include "caselistmodel.h"
#include "casedeadlines.h"
#include "powercatalogue.h"

#include "database.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class CaseQuery;
class CaseReview;
class CaseStore;
class DomainStore;
class DutyInfo;
class TerminalCore;
class QQmlEngine;
class QJSEngine;
struct RecordingStopped;

class CasesController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Cases)
    QML_SINGLETON
    Q_PROPERTY(QAbstractListModel *model READ model CONSTANT)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QString dateFilter READ dateFilter WRITE setDateFilter NOTIFY filterChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY listChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions CONSTANT)
    Q_PROPERTY(QVariantList typeOptions READ typeOptions CONSTANT)
    Q_PROPERTY(QString activeCaseId READ activeCaseId NOTIFY activeCaseChanged)
    Q_PROPERTY(QString activeCaseNo READ activeCaseNo NOTIFY activeCaseChanged)
    Q_PROPERTY(QString activeCaseTitle READ activeCaseTitle NOTIFY activeCaseChanged)
    Q_PROPERTY(bool stopNeedsReason READ stopNeedsReason NOTIFY activeCaseChanged)
    Q_PROPERTY(QVariantList stopReasons READ stopReasons CONSTANT)
    Q_PROPERTY(QVariantList warnings READ warnings NOTIFY warningsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY warningsChanged)
    Q_PROPERTY(int alarmCount READ alarmCount NOTIFY warningsChanged)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    // The open case's review: "pending" | "approved" | "returned" and its label (待审核 / 已通过 /
    // 已退回); every review oldest first ({decision, decisionLabel, comment, reviewerNo,
    // reviewerName, atText}); the latest review when it is a return (what the inspector must
    // act on; empty otherwise); whether the signed-in officer may approve / return it; and the
    // last refusal of approve() / returnCase() for the error banner.
    Q_PROPERTY(QString reviewState READ reviewState NOTIFY detailChanged)
    Q_PROPERTY(QString reviewStateLabel READ reviewStateLabel NOTIFY detailChanged)
    Q_PROPERTY(QVariantList reviews READ reviews NOTIFY detailChanged)
    Q_PROPERTY(QVariantMap latestReturn READ latestReturn NOTIFY detailChanged)
    Q_PROPERTY(bool canReview READ canReview NOTIFY detailChanged)
    Q_PROPERTY(QString reviewError READ reviewError NOTIFY reviewErrorChanged)
    // Inspection tasks the platform sent down ({id, title}), offered when a case is created.
    Q_PROPERTY(QVariantList tasks READ tasks CONSTANT)

public:
    CasesController(DomainStore *store, TerminalCore *core, DutyInfo *duty, QObject *parent = nullptr);
    ~CasesController() override;
    static CasesController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CasesController *instance);

    QAbstractListModel *model() { return &m_model; }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &status);
    QString dateFilter() const { return m_dateFilter; }
    void setDateFilter(const QString &filter);
    int totalCount() const { return m_totalCount; }
    QVariantList statusOptions() const;
    QVariantList typeOptions() const;
    QString activeCaseId() const { return m_activeCaseId; }
    QString activeCaseNo() const { return m_activeCaseNo; }
    QString activeCaseTitle() const { return m_activeCaseTitle; }
    bool stopNeedsReason() const { return !m_activeCaseId.isEmpty() && !m_activeCaseClosed; }
    QVariantList stopReasons() const;
    QVariantList warnings() const { return m_warnings; }
    int warningCount() const { return m_warningCount; }
    int alarmCount() const { return m_alarmCount; }
    QVariantMap detail() const { return m_detail; }
    QString reviewState() const { return m_reviewState; }
    QString reviewStateLabel() const;
    QVariantList reviews() const { return m_reviews; }
    QVariantMap latestReturn() const { return m_latestReturn; }
    bool canReview() const { return m_canReview; }
    QString reviewError() const { return m_reviewError; }

    QVariantList tasks() const { return m_tasks; }
    Q_INVOKABLE QVariantList searchPowerItems(const QString &query) const;
    Q_INVOKABLE QString validateField(const QString &field, const QString &value, const QString &partyKind) const;
    Q_INVOKABLE QVariantMap createCase(const QVariantMap &input);
    Q_INVOKABLE void openCase(const QString &caseId);
    Q_INVOKABLE QString advance(const QString &caseId, const QString &stepKey, const QString &note);
    Q_INVOKABLE void setActiveCase(const QString &caseId);
    Q_INVOKABLE void clearActiveCase();
    Q_INVOKABLE QString linkRecording(const QString &recordingId, const QString &caseId);
    Q_INVOKABLE QVariantList openCasesForLink() const;
    // Review of the open case by the signed-in officer: "" when stored, else the refusal (also
    // in reviewError). A return needs a comment.
    Q_INVOKABLE QString approve();
    Q_INVOKABLE QString returnCase(const QString &comment);
    Q_INVOKABLE void dismissReviewError();
    Q_INVOKABLE void refresh();
    // Coalesced refresh for bursts of store commits (segments, markers): one read per 300 ms.
    void scheduleRefresh();

    // What document templates' defaults see as `ctx` for this case (docspec): the case with its
    // party and power item, the signed-in officer, agency, device. Empty when the case is unknown.
    QJsonObject documentContext(const QString &caseId) const;

    // Called when a recording has stopped: offers to link it when it has no case.
    void onRecordingStopped(const RecordingStopped &info);

signals:
    void filterChanged();
    void listChanged();
    void activeCaseChanged();
    void warningsChanged();
    void detailChanged();
    void reviewErrorChanged();
    void linkRequested(const QString &recordingId);
    void caseCreated(const QString &caseId);

private:
    bool ensureOpen() const;
    QString refusal() const;   // why the signed-in officer may not change cases ("" = may)
    void refreshList();
    void refreshWarnings();
    void refreshActive();
    void reloadDetail();
    // case_view on opening, photo_thumbnails for photos the timeline shows for the first time,
    // recording_thumbnail rows for its recordings' stills (list "case"); a photo or still whose
    // showing could not be audited loses its thumbnail.
    void auditView(const QString &caseId, QVariantList *timeline);
    void auditRecordingStills(QVariantList *timeline);
    // Ids (under key) of the timeline's entries of this kind with a still not yet audited.
    QStringList unauditedStills(const QVariantList &timeline, QLatin1String kind, const QString &key) const;
    static void hideThumbnails(QVariantList *timeline, const QString &key, const QStringList &ids);
    void reloadReview();
    QString review(const QString &decision, const QString &comment);
    void setReviewError(const QString &error);

    DomainStore *m_store;
    TerminalCore *m_core;
    DutyInfo *m_duty;
    PowerCatalogue m_catalogue;
    QVariantList m_tasks;
    CaseDeadlines m_deadlines;
    mutable Database m_reader;
    std::unique_ptr<CaseQuery> m_query;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<CaseReview> m_review;
    CaseListModel m_model;
    QString m_searchText;
    QString m_statusFilter;
    QString m_dateFilter;
    int m_totalCount = 0;
    QString m_activeCaseId;
    QString m_activeCaseNo;
    QString m_activeCaseTitle;
    bool m_activeCaseClosed = false;
    QVariantList m_warnings;
    int m_warningCount = 0;
    int m_alarmCount = 0;
    QString m_detailCaseId;
    QVariantMap m_detail;
    bool m_viewAudited = true;
    QSet<QString> m_thumbnailsAudited;   // photos and recordings of the open case whose stills are audited
    QString m_reviewState;
    QVariantList m_reviews;
    QVariantMap m_latestReturn;
    bool m_canReview = false;
    QString m_reviewError;
    QTimer m_refreshTimer;
};
