#pragma once
// TodayRecordingsModel: today's recordings for the home page (singleton `TodayRecordings`),
// newest first, read from the store's reader connection and refreshed whenever the ingest
// commits something about a recording.

#include "evidencequery.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class TodayRecordingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TodayRecordings)
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        RecordingIdRole = Qt::UserRole + 1,
        StartTimeRole,
        DurationTextRole,
        ThumbnailRole,
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

    static QString formatDuration(qint64 ms);   // "mm:ss", or "h:mm:ss" past an hour

public slots:
    // Re-reads today's recordings. Coalesced: many commits in a burst cause one read.
    void scheduleRefresh();
    void refresh();

signals:
    void countChanged();

private:
    EvidenceQuery m_query;
    QList<RecordingSummary> m_rows;
    QTimer m_coalesce;
};
