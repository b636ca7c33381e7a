#include "todayrecordingsmodel.h"

#include "domainstore.h"
#include "uilogging.h"

#include <QJSEngine>

namespace {
TodayRecordingsModel *s_instance = nullptr;
} // namespace

TodayRecordingsModel::TodayRecordingsModel(const DataPaths &paths, QObject *parent)
    : QAbstractListModel(parent)
    , m_query(paths)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &TodayRecordingsModel::refresh);
    connect(&m_gate, &ThumbnailGate::revealed, this, &TodayRecordingsModel::thumbnailsRevealed);
}

void TodayRecordingsModel::setViewer(const QString &officerNo)
{
    if (officerNo == m_viewer)
        return;
    m_viewer = officerNo;
    m_gate.reset();
    refresh();
}

void TodayRecordingsModel::followSession(DomainStore *store)
{
    m_gate.setAudit(ThumbnailGate::signedInAudit(store, QStringLiteral("home")));
    connect(store, &DomainStore::currentChanged, this, [this, store] {
        setViewer(store->current() ? store->current()->officerNo() : QString());
    });
    setViewer(store->current() ? store->current()->officerNo() : QString());
}

void TodayRecordingsModel::thumbnailsRevealed(const QStringList &recordingIds)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (recordingIds.contains(m_rows.at(i).recordingId))
            emit dataChanged(index(i), index(i), {ThumbnailRole, ThumbnailPendingRole});
    }
}

TodayRecordingsModel::~TodayRecordingsModel()
{
    if (s_instance == this)
        s_instance = nullptr;
}

TodayRecordingsModel *TodayRecordingsModel::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void TodayRecordingsModel::setInstance(TodayRecordingsModel *instance) { s_instance = instance; }

int TodayRecordingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString TodayRecordingsModel::formatDuration(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariant TodayRecordingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RecordingSummary &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RecordingIdRole: return r.recordingId;
    case StartTimeRole: return r.startWall.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case DurationTextRole: return formatDuration(r.totalDurationMs);
    case ThumbnailRole: return m_gate.url(r.recordingId, r.thumbnailPath);
    case ThumbnailPendingRole: return m_gate.isPending(r.recordingId, r.thumbnailPath, r.audioOnly);
    case AudioOnlyRole: return r.audioOnly;
    case SegmentCountRole: return r.segmentCount;
    case MarkerCountRole: return r.markerCount;
    case StatusRole: return recordingStatusKey(r.status);
    }
    return QVariant();
}

QHash<int, QByteArray> TodayRecordingsModel::roleNames() const
{
    return {{RecordingIdRole, "recordingId"}, {StartTimeRole, "startTime"}, {DurationTextRole, "durationText"},
            {ThumbnailRole, "thumbnail"}, {ThumbnailPendingRole, "thumbnailPending"}, {AudioOnlyRole, "audioOnly"},
            {SegmentCountRole, "segmentCount"}, {MarkerCountRole, "markerCount"}, {StatusRole, "status"}};
}

void TodayRecordingsModel::scheduleRefresh()
{
    m_coalesce.start();
}

void TodayRecordingsModel::refresh()
{
    if (!m_viewer.isEmpty() && !m_query.isOpen()) {
        QString error;
        if (!m_query.open(&error)) {
            qCWarning(lcUi) << "today's recordings unavailable:" << error;
            return;
        }
    }
    const QList<RecordingSummary> rows = m_viewer.isEmpty() ? QList<RecordingSummary>() : m_query.todayRecordings(m_viewer);
    const int photos = m_viewer.isEmpty() ? 0 : m_query.photosOn(QDate::currentDate(), m_viewer);
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (oldCount != m_rows.size())
        emit countChanged();
    if (photos != m_photoCount) {
        m_photoCount = photos;
        emit photoCountChanged();
    }
}
