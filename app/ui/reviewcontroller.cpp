#include "reviewcontroller.h"

#include "casereview.h"
#include "domainstore.h"
#include "evidencepositiontext.h"
#include "evidencequery.h"
#include "markerlabels.h"
#include "photolookup.h"
#include "store.h"
#include "uilogging.h"
#include "uivalues.h"
#include "viewaudit.h"

#include <QFileInfo>
#include <QUrl>
#include <QJSEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRunnable>

#include <algorithm>

namespace {
ReviewController *s_instance = nullptr;

} // namespace

using UiValues::localText;
using UiValues::option;

ReviewController::ReviewController(DomainStore *store, GstElement *videoSink, GstElement *audioSink, bool videoNeedsItem,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_videoNeedsItem(videoNeedsItem && videoSink)
    , m_videoSink(videoSink ? GST_ELEMENT(gst_object_ref(videoSink)) : nullptr)
    , m_player(std::make_unique<Player>(videoSink, audioSink))
    , m_model(&m_gate)
{
    m_gate.setAudit(ThumbnailGate::signedInAudit(store, QStringLiteral("review")));
    connect(&m_gate, &ThumbnailGate::refused, this, [this](const QString &reason) {
        setErrorText(tr("录像缩略图暂不显示（未能记入审计日志：%1）").arg(reason));
    });
    connect(m_player.get(), &Player::stateChanged, this, &ReviewController::stateChanged);
    connect(m_player.get(), &Player::positionChanged, this, &ReviewController::positionChanged);
    connect(m_player.get(), &Player::seeked, this, &ReviewController::positionChanged);
    connect(m_player.get(), &Player::rateChanged, this, &ReviewController::rateChanged);
    connect(m_player.get(), &Player::ready, this, [this] {
        emit recordingChanged();   // the duration is known now
        emit positionChanged();
    });
    connect(m_player.get(), &Player::segmentSkipped, this, [this](int index, const QString &reason, const QString &detail) {
        qCWarning(lcUi).noquote() << "playback: segment" << index << "skipped:" << detail;
        m_notices << tr("第 %1 段：%2，已跳过").arg(index).arg(reason);
        emit noticesChanged();
    });
    connect(m_player.get(), &Player::error, this, [this](const QString &message, const QString &detail) {
        qCWarning(lcUi).noquote() << "playback error:" << detail;
        setErrorText(message);
    });
    connect(m_player.get(), &Player::closed, this, &ReviewController::onClosed);

    connect(m_store, &DomainStore::opened, this, [this] {
        m_audit = std::make_unique<ViewAudit>(m_store->db(), m_store->audit());
        refresh();
    });
    // Another officer (or nobody) signed in: the playback ends — and is audited as the
    // officer who watched it — and the list is re-filtered for whoever is on duty now.
    connect(m_store, &DomainStore::currentChanged, this, [this] {
        const QString now = m_store->current() ? m_store->current()->officerNo() : QString();
        if (now != m_signedInNo) {
            close();
            m_gate.reset();   // what the last officer was shown is not this one's
            m_signedInNo = now;
            m_filter = {};
            emit filterChanged();
        }
        refresh();
    });
}

ReviewController::~ReviewController()
{
    close();
    m_player.reset();
    if (m_videoSink)
        gst_object_unref(m_videoSink);
    if (s_instance == this)
        s_instance = nullptr;
}

ReviewController *ReviewController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ReviewController::setInstance(ReviewController *instance) { s_instance = instance; }

bool ReviewController::ensureOpen()
{
    if (m_reader.isOpen())
        return true;
    if (!m_store->isOpen())
        return false;
    QString error;
    if (!Store::openReader(&m_reader, m_store->paths().database(), &error)) {
        qCCritical(lcUi).noquote() << "review:" << error;
        return false;
    }
    return true;
}

std::optional<Officer> ReviewController::viewer() const
{
    if (!m_store->current())
        return std::nullopt;
    return m_store->current()->officer();
}

bool ReviewController::canBrowse() const
{
    return m_store->can(Permission::ViewOwnRecordings) || m_store->can(Permission::ViewOthersRecordings);
}

// ─── browse ─────────────────────────────────────────────────────────────────────────────────

void ReviewController::refresh()
{
    m_listError.clear();
    m_all.clear();
    if (!ensureOpen()) {
        m_listError = tr("证据数据库尚未就绪，请稍候再试。");
    } else if (canBrowse()) {
        QString error;
        if (!ReviewRecordingsModel::readAll(m_reader, m_store->paths().root(), &m_all, &error)) {
            qCCritical(lcUi).noquote() << "review list:" << error;
            m_listError = tr("读取录像列表失败，请稍后重试。");
            m_all.clear();
        }
    }
    applyFilter();
}

void ReviewController::applyFilter()
{
    const std::optional<Officer> who = viewer();
    QList<ReviewRecordingRow> rows;
    m_officerOptions = {option(QString(), tr("全部人员"))};
    m_caseOptions = {option(QString(), tr("全部")), option(QStringLiteral("linked"), tr("已关联案件")),
                     option(QStringLiteral("unlinked"), tr("未关联"))};
    if (who && canBrowse()) {
        // Options come from everything this officer may see, whatever the other filters say.
        const QList<ReviewRecordingRow> all = ReviewRecordingsModel::visible(m_all, *who, {}, QDateTime::currentDateTimeUtc());
        QStringList officers;
        QStringList cases;
        for (const ReviewRecordingRow &r : all) {
            if (!officers.contains(r.officerNo)) {
                officers << r.officerNo;
                m_officerOptions << option(r.officerNo, r.officerName.isEmpty() ? r.officerNo : r.officerName);
            }
            if (!r.caseId.isEmpty() && !cases.contains(r.caseId)) {
                cases << r.caseId;
                m_caseOptions << option(r.caseId, r.caseNo);
            }
        }
        rows = ReviewRecordingsModel::visible(m_all, *who, m_filter, QDateTime::currentDateTimeUtc());
    }
    m_model.setRows(rows);
    emit listChanged();
}

void ReviewController::setOfficerFilter(const QString &v)
{
    if (m_filter.officerNo == v)
        return;
    m_filter.officerNo = v;
    emit filterChanged();
    applyFilter();
}

void ReviewController::setDateFilter(const QString &v)
{
    if (m_filter.date == v)
        return;
    m_filter.date = v;
    emit filterChanged();
    applyFilter();
}

void ReviewController::setCaseFilter(const QString &v)
{
    if (m_filter.caseFilter == v)
        return;
    m_filter.caseFilter = v;
    emit filterChanged();
    applyFilter();
}

void ReviewController::setMarkerFilter(const QString &v)
{
    if (m_filter.markerType == v)
        return;
    m_filter.markerType = v;
    emit filterChanged();
    applyFilter();
}

QVariantList ReviewController::dateOptions() const
{
    return {option(QString(), tr("全部日期")), option(QStringLiteral("today"), tr("今天")),
            option(QStringLiteral("7d"), tr("近 7 天")), option(QStringLiteral("30d"), tr("近 30 天"))};
}

QVariantList ReviewController::markerOptions() const
{
    QVariantList out{option(QString(), tr("全部标记"))};
    for (const auto &pair : MarkerLabels::all())
        out << option(pair.first, pair.second);
    return out;
}

// ─── the open recording ─────────────────────────────────────────────────────────────────────

QString ReviewController::officerName() const
{
    return m_current.officerName.isEmpty() ? m_current.officerNo : m_current.officerName;
}

QString ReviewController::startText() const
{
    return m_current.startWall.isValid() ? m_current.startWall.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                         : QString();
}

QString ReviewController::state() const
{
    switch (m_player->state()) {
    case Player::State::Closed: return m_pending ? QStringLiteral("opening") : QStringLiteral("closed");
    case Player::State::Opening: return QStringLiteral("opening");
    case Player::State::Paused: return QStringLiteral("paused");
    case Player::State::Playing: return QStringLiteral("playing");
    case Player::State::Ended: return QStringLiteral("ended");
    case Player::State::Failed: return QStringLiteral("failed");
    }
    return QString();
}

QString ReviewController::timeText(qint64 ms) const
{
    return ReviewRecordingsModel::durationText(ms);
}

void ReviewController::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void ReviewController::dismissError() { setErrorText(QString()); }

bool ReviewController::openRecording(const QString &recordingId)
{
    close();
    setErrorText(QString());
    m_current = {};
    m_positionText.clear();
    m_markers.clear();
    m_photos.clear();
    m_notices.clear();
    emit noticesChanged();
    emit recordingChanged();

    const std::optional<Officer> who = viewer();
    if (!who) {
        setErrorText(tr("请先登录。"));
        return false;
    }
    if (!ensureOpen()) {
        setErrorText(tr("证据数据库尚未就绪，请稍候再试。"));
        return false;
    }
    QString error;
    QList<ReviewRecordingRow> all;
    if (!ReviewRecordingsModel::readAll(m_reader, m_store->paths().root(), &all, &error)) {
        qCCritical(lcUi).noquote() << "review open:" << error;
        setErrorText(tr("读取录像失败，请稍后重试。"));
        return false;
    }
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const ReviewRecordingRow &r) { return r.recordingId == recordingId; });
    if (it == all.cend()) {
        setErrorText(tr("找不到这段录像（可能仍在录制中）。"));
        return false;
    }
    if (!CaseReview::canSeeRecordingsOf(m_reader, *who, it->officerNo, &error)) {
        qCWarning(lcUi).noquote() << "review: refused" << who->officerNo << "for" << recordingId << error;
        setErrorText(tr("您无权查看这段录像（执法人员只能查看本人录像，中队长可查看本中队录像）。"));
        return false;
    }

    EvidenceQuery query(m_store->paths());
    if (!query.open(&error)) {
        setErrorText(error);
        return false;
    }
    // The player shows the first frame as soon as it opens, and any frame a paused seek lands
    // on: opening is already a look at the evidence, so the playback's start row comes first.
    const QString refusal = m_audit ? m_audit->playbackStarted(*who, recordingId, 0) : tr("证据数据库尚未就绪，请稍候再试。");
    if (!refusal.isEmpty()) {
        qCWarning(lcUi).noquote() << "review: playback refused:" << refusal;
        setErrorText(refusal);
        return false;
    }
    m_auditedBy = who;
    m_auditedRecording = recordingId;
    m_previews = 0;
    QList<PlaybackSegmentSource> sources;
    for (const EvidenceRecord &e : query.evidenceOfRecording(recordingId)) {
        if (e.kind == EvidenceKind::Photo || e.segmentIndex <= 0)
            continue;
        sources.append(PlaybackSegmentSource{e.absolutePath, e.segmentIndex, e.durationMs, evidenceStatusKey(e.status),
                                             e.startMonoNs, e.sizeBytes});
    }
    for (const MarkerRecord &m : query.markers(recordingId)) {
        m_markers << QVariantMap{{QStringLiteral("offsetMs"), m.offsetMs},
                                 {QStringLiteral("type"), m.type},
                                 {QStringLiteral("label"), MarkerLabels::label(m.type)},
                                 {QStringLiteral("timeText"), timeText(m.offsetMs)}};
    }
    QString photoError;
    QStringList photoIds;
    for (const PhotoInfo &p : PhotoLookup::ofRecording(m_reader, m_store->paths().root(), recordingId, &photoError)) {
        m_photos << QVariantMap{{QStringLiteral("evidenceId"), p.evidenceId},
                                {QStringLiteral("thumbnail"), QUrl::fromLocalFile(p.absolutePath).toString()},
                                {QStringLiteral("atText"), localText(p.takenAt, QStringLiteral("HH:mm:ss"))}};
        photoIds << p.evidenceId;
    }
    if (!photoError.isEmpty())
        m_notices << photoError;
    if (!photoIds.isEmpty()) {
        // The strip shows the photos small: that showing goes into the audit trail first.
        const QString refusal = m_audit ? m_audit->thumbnailsShown(*who, recordingId, photoIds)
                                        : tr("证据数据库尚未就绪，请稍候再试。");
        if (!refusal.isEmpty()) {
            qCWarning(lcUi).noquote() << "review: photo strip not shown:" << refusal;
            m_photos.clear();
            m_notices << tr("本段录像的照片暂不显示（未能记入审计日志：%1）").arg(refusal);
        }
    }
    m_current = *it;
    m_positionText = EvidencePositionText::ofRecording(m_reader, recordingId);
    qCInfo(lcUi).noquote() << "review: opening" << recordingId << "with" << sources.size() << "segments";
    m_pending = PlaybackTimeline::build(sources);
    emit recordingChanged();
    emit stateChanged();
    startPending();
    return true;
}

void ReviewController::attachVideo(QQuickItem *videoItem)
{
    if (!m_videoNeedsItem || !videoItem)
        return;
    g_object_set(m_videoSink, "widget", videoItem, nullptr);
    QQuickWindow *window = videoItem->window();
    if (!window) {
        m_videoItemReady = true;
        startPending();
        return;
    }
    // RECIPES.md: qml6glsink renders only when the first state change comes after a render job
    // in the BeforeSynchronizing stage has run, once the item has its GL context.
    QPointer<ReviewController> self(this);
    window->scheduleRenderJob(QRunnable::create([self] {
        QMetaObject::invokeMethod(self, [self] {
            if (!self)
                return;
            self->m_videoItemReady = true;
            self->startPending();
        }, Qt::QueuedConnection);
    }), QQuickWindow::BeforeSynchronizingStage);
    window->update();
}

void ReviewController::startPending()
{
    if (!m_pending)
        return;
    if (m_videoNeedsItem && !m_videoItemReady)
        return;   // attachVideo() calls again
    const PlaybackTimeline timeline = *m_pending;
    m_pending.reset();
    m_player->open(timeline);
}

void ReviewController::play()
{
    // Only a recording whose playback_start was written when it opened plays.
    if (m_current.recordingId.isEmpty() || m_auditedRecording != m_current.recordingId)
        return;
    m_player->play();
}

void ReviewController::pause() { m_player->pause(); }

void ReviewController::togglePlay()
{
    if (playing())
        pause();
    else
        play();
}

// A seek while paused shows one frame without playing it: counted for the stop row.
void ReviewController::countPausedFrame()
{
    if (!playing())
        ++m_previews;
}

void ReviewController::seek(qint64 ms)
{
    countPausedFrame();
    m_player->seek(ms);
}

void ReviewController::seekPreview(qint64 ms)
{
    ++m_previews;   // a frame shown while dragging, playing or not
    m_player->seekPreview(ms);
}

void ReviewController::skip(qint64 deltaMs)
{
    countPausedFrame();
    m_player->skip(deltaMs);
}

bool ReviewController::setRate(double rate) { return m_player->setRate(rate); }

void ReviewController::jumpToMarker(qint64 offsetMs)
{
    countPausedFrame();
    m_player->jumpToMarker(offsetMs);
}

void ReviewController::close()
{
    m_pending.reset();
    m_videoItemReady = false;
    m_player->close();   // emits closed() → onClosed() when a playback was open
    if (m_auditedBy) {
        // Nothing was open (closed before the pipeline existed): the start still needs its stop.
        onClosed(m_player->watchLog());
    }
    emit stateChanged();
}

void ReviewController::onClosed(const WatchLog &log)
{
    if (!m_auditedBy || m_auditedRecording.isEmpty())
        return;
    const Officer who = *m_auditedBy;
    const QString recordingId = m_auditedRecording;
    m_auditedBy.reset();
    m_auditedRecording.clear();
    QList<WatchedRange> ranges;
    for (const WatchInterval &i : log.intervals())
        ranges.append({i.startMs, i.endMs});
    QList<double> rates;
    const QMap<double, qint64> byRate = log.playingMsByRate();
    for (auto it = byRate.cbegin(); it != byRate.cend(); ++it) {
        if (it.value() > 0)
            rates << it.key();
    }
    if (!m_audit)
        return;
    const QString refusal = m_audit->playbackStopped(who, recordingId, ranges, log.watchedMs(), rates, m_previews);
    if (!refusal.isEmpty())
        qCCritical(lcUi).noquote() << "review: playback_stop not written:" << refusal;
    else
        qCInfo(lcUi).noquote() << "review: playback of" << recordingId << "closed, watched" << log.watchedMs() << "ms";
}

// ─── photos ─────────────────────────────────────────────────────────────────────────────────

QVariantMap ReviewController::openPhoto(const QString &evidenceId)
{
    const auto refused = [&evidenceId](const QString &error) {
        return QVariantMap{{QStringLiteral("evidenceId"), evidenceId}, {QStringLiteral("error"), error}};
    };
    const std::optional<Officer> who = viewer();
    if (!who)
        return refused(tr("请先登录。"));
    if (!ensureOpen() || !m_audit)
        return refused(tr("证据数据库尚未就绪，请稍候再试。"));
    PhotoInfo photo;
    QString error;
    if (!PhotoLookup::find(m_reader, m_store->paths().root(), evidenceId, &photo, &error))
        return refused(error);
    // Visibility before anything about the file is said.
    if (!CaseReview::canSeeRecordingsOf(m_reader, *who, photo.officerNo, &error)) {
        qCWarning(lcUi).noquote() << "review: photo" << evidenceId << "refused for" << who->officerNo << error;
        return refused(error.isEmpty() ? tr("您无权查看这张照片（执法人员只能查看本人照片，中队长可查看本中队照片）。")
                                       : tr("读取照片信息失败，请稍后重试。"));
    }
    const QFileInfo file(photo.absolutePath);
    if (!file.isFile() || !file.isReadable()) {
        qCWarning(lcUi).noquote() << "review: photo file missing:" << photo.absolutePath;
        return refused(tr("照片文件缺失或无法读取，无法显示。"));
    }
    // The view is audited before the page gets anything to show.
    const QString notAudited = m_audit->photoViewed(*who, evidenceId);
    if (!notAudited.isEmpty())
        return refused(notAudited);
    qCInfo(lcUi).noquote() << "review: photo" << evidenceId << "viewed by" << who->officerNo;
    return {{QStringLiteral("evidenceId"), evidenceId},
            {QStringLiteral("url"), QUrl::fromLocalFile(photo.absolutePath).toString()},
            {QStringLiteral("takenAt"), localText(photo.takenAt, QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
            {QStringLiteral("officerNo"), photo.officerNo},
            {QStringLiteral("officerName"), photo.officerName},
            {QStringLiteral("caseId"), photo.caseId},
            {QStringLiteral("caseNo"), photo.caseNo},
            {QStringLiteral("recordingId"), photo.recordingId},
            {QStringLiteral("positionText"), photo.positionText},
            {QStringLiteral("error"), QString()}};
}
