#pragma once
// ThumbnailGate: a recording's thumbnail is shown in a list only once its showing is in the
// audit trail (recording_thumbnail rows, ViewAudit::recordingThumbnailsShown). A list's delegate
// asks for its recording's still when it is created (request); the requests of one event-loop
// turn (a page of delegates) are audited together in one transaction, and only then revealed.
// A refusal reveals nothing; the still stays a placeholder and the next request tries again.
// Each viewer starts from nothing revealed (reset on sign-in / sign-out).

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <utility>

class DomainStore;

class ThumbnailGate : public QObject
{
    Q_OBJECT
public:
    // Writes the rows for these recordings as whoever is viewing; "" or why not (Chinese).
    using Audit = std::function<QString(const QStringList &recordingIds)>;

    explicit ThumbnailGate(QObject *parent = nullptr);

    // Without an audit nothing is ever revealed.
    void setAudit(Audit audit) { m_audit = std::move(audit); }
    // The audit as the officer signed in to store, naming the list ("review", "home").
    static Audit signedInAudit(DomainStore *store, const QString &list);

    void request(const QString &recordingId);
    bool isRevealed(const QString &recordingId) const { return m_revealed.contains(recordingId); }
    // For a list row whose still is at path (absolute; "" = none): its file URL once revealed,
    // else ""; and whether the row's delegate should still ask for it.
    QString url(const QString &recordingId, const QString &path) const;
    bool isPending(const QString &recordingId, const QString &path, bool audioOnly) const;
    void reset();

signals:
    void revealed(const QStringList &recordingIds);
    void refused(const QString &reason);

private:
    void flush();

    Audit m_audit;
    QSet<QString> m_revealed;
    QStringList m_pending;
    QTimer m_flush;
};
