#pragma once
// TodayRecordingsModel: the signed-in officer's own recordings of today for the home page
// (singleton `TodayRecordings`), newest first, read from the store's reader connection and
// refreshed whenever the ingest commits something about a recording. Nobody signed in: no rows
// (a shared device shows no one another's recordings here; review is where that is allowed).
// A row's thumbnail is given out once its showing is audited (ThumbnailGate, list "home").

#include "evidencequery.h"
#include "thumbnailgate.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class DomainStore;

class TodayRecordingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TodayRecordings)
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The viewer's photos taken today, from the store (so it survives a restart).
    Q_PROPERTY(int photoCount READ photoCount NOTIFY photoCountChanged)

public:
    enum Roles {
        RecordingIdRole = Qt::UserRole + 1,
        StartTimeRole,
        DurationTextRole,
        ThumbnailRole,          // file URL, or "" when none or not revealed yet
        ThumbnailPendingRole,   // a still exists but its showing is not audited yet
        AudioOnlyRole,
        SegmentCountRole,
        MarkerCountRole,
        StatusRole,
    };
    Q_ENUM(Roles)

    explicit TodayRecordingsModel(const DataPaths &paths, QObject *parent = nullptr);
    ~TodayRecordingsModel() override;
    static TodayRecordingsModel *create(QQmlEngine *, QJSEngine *);
    static void setInstance(TodayRecordingsModel *instance);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return m_rows.size(); }
    int photoCount() const { return m_photoCount; }

    static QString formatDuration(qint64 ms);   // "mm:ss", or "h:mm:ss" past an hour

    // Whose recordings to list ("" = nobody); a change re-reads and forgets what was revealed.
    void setViewer(const QString &officerNo);
    // Follows store's signed-in officer and audits thumbnails as them.
    void followSession(DomainStore *store);
    ThumbnailGate &gate() { return m_gate; }
    Q_INVOKABLE void revealThumbnail(const QString &recordingId) { m_gate.request(recordingId); }

public slots:
    // Re-reads today's recordings. Coalesced: many commits in a burst cause one read.
    void scheduleRefresh();
    void refresh();

signals:
    void countChanged();
    void photoCountChanged();

private:
    void thumbnailsRevealed(const QStringList &recordingIds);

    EvidenceQuery m_query;
    QString m_viewer;
    int m_photoCount = 0;
    ThumbnailGate m_gate;
    QList<RecordingSummary> m_rows;
    QTimer m_coalesce;
};
