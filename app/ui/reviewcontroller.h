#pragma once
// ReviewController: what QML sees of reviewing recordings on the device (singleton `Review`,
// issue 6) — the browse list of the recordings the signed-in officer may see (filters: officer,
// date, case, marker type) and one player at a time over a recording's segment files.
//
//   openRecording(id)   visibility checked (CaseReview::canSeeRecordingsOf), ViewAudit::
//                       playbackStarted written (the first frame is a look at the evidence; a
//                       refusal opens nothing), the timeline built from the store's segment
//                       rows (PlaybackTimeline), markers read; the Player prerolls the first
//                       frame (paused). With a qml6glsink the page hands its video item over
//                       first (attachVideo), RECIPES.md.
//                       Photos taken during it fill the strip once a photo_thumbnails row
//                       names them (ViewAudit::thumbnailsShown).
//   close()             the Player's WatchLog goes into ViewAudit::playbackStopped, with the
//                       number of frames shown by seeking while paused or dragging (previews).
//                       Called when the page is left, another recording is opened, or the
//                       signed-in officer changes (sign-out).
//   openPhoto(id)       a photo for the full-screen viewer: visibility checked, the file found,
//                       the photo_view row written (ViewAudit::photoViewed) and only then its
//                       file:// url returned; a refusal returns only `error` and writes nothing.
//
//   revealThumbnail(id) a browse-list delegate asks for its recording's still; it is given
//                       out once a recording_thumbnail row names it (ThumbnailGate).
//
// Rules live in app/cases (CaseReview, ViewAudit) and playback/ (Player, PlaybackTimeline);
// this facade only wires them for the pages.

#include "reviewrecordingsmodel.h"
#include "thumbnailgate.h"

#include "database.h"
#include "officer.h"
#include "player.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class DomainStore;
class QQuickItem;
class QQmlEngine;
class QJSEngine;
class ViewAudit;

class ReviewController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Review)
    QML_SINGLETON
    // Browse
    Q_PROPERTY(QAbstractListModel *model READ model CONSTANT)
    Q_PROPERTY(bool canBrowse READ canBrowse NOTIFY listChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY listChanged)
    Q_PROPERTY(QString officerFilter READ officerFilter WRITE setOfficerFilter NOTIFY filterChanged)
    Q_PROPERTY(QString dateFilter READ dateFilter WRITE setDateFilter NOTIFY filterChanged)
    Q_PROPERTY(QString caseFilter READ caseFilter WRITE setCaseFilter NOTIFY filterChanged)
    Q_PROPERTY(QString markerFilter READ markerFilter WRITE setMarkerFilter NOTIFY filterChanged)
    // Options for the filter chips: [{key, label}], "" = all (first).
    Q_PROPERTY(QVariantList officerOptions READ officerOptions NOTIFY listChanged)
    Q_PROPERTY(QVariantList dateOptions READ dateOptions CONSTANT)
    Q_PROPERTY(QVariantList caseOptions READ caseOptions NOTIFY listChanged)
    Q_PROPERTY(QVariantList markerOptions READ markerOptions CONSTANT)
    Q_PROPERTY(QString listError READ listError NOTIFY listChanged)
    // The open recording
    Q_PROPERTY(QString recordingId READ recordingId NOTIFY recordingChanged)
    Q_PROPERTY(QString officerName READ officerName NOTIFY recordingChanged)
    Q_PROPERTY(QString startText READ startText NOTIFY recordingChanged)
    Q_PROPERTY(QString caseId READ caseId NOTIFY recordingChanged)
    Q_PROPERTY(QString caseNo READ caseNo NOTIFY recordingChanged)
    // Where the recording started (its first segment with a fix); "" when it had none.
    Q_PROPERTY(QString positionText READ positionText NOTIFY recordingChanged)
    // [{offsetMs, type, label, timeText}] ordered by offset
    Q_PROPERTY(QVariantList markers READ markers NOTIFY recordingChanged)
    // Photos taken during the open recording, oldest first: [{evidenceId, thumbnail, atText}].
    Q_PROPERTY(QVariantList photos READ photos NOTIFY recordingChanged)
    // Player: "closed" | "opening" | "paused" | "playing" | "ended" | "failed"
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY stateChanged)
    Q_PROPERTY(qint64 positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(qint64 durationMs READ durationMs NOTIFY recordingChanged)
    Q_PROPERTY(double rate READ rate NOTIFY rateChanged)
    // Segments left out, in Chinese ("第 2 段：文件缺失，已跳过").
    Q_PROPERTY(QStringList notices READ notices NOTIFY noticesChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // Whether a video sink renders into the page (qml6glsink); false offscreen and in tests.
    Q_PROPERTY(bool videoAvailable READ videoAvailable CONSTANT)

public:
    // videoSink / audioSink: handed to the Player (null = fakesink / autoaudiosink). When
    // videoNeedsItem, the sink is a qml6glsink that renders only after attachVideo().
    ReviewController(DomainStore *store, GstElement *videoSink, GstElement *audioSink, bool videoNeedsItem,
                     QObject *parent = nullptr);
    ~ReviewController() override;
    static ReviewController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(ReviewController *instance);

    QAbstractListModel *model() { return &m_model; }
    bool canBrowse() const;
    int totalCount() const { return int(m_model.rows().size()); }
    QString officerFilter() const { return m_filter.officerNo; }
    void setOfficerFilter(const QString &v);
    QString dateFilter() const { return m_filter.date; }
    void setDateFilter(const QString &v);
    QString caseFilter() const { return m_filter.caseFilter; }
    void setCaseFilter(const QString &v);
    QString markerFilter() const { return m_filter.markerType; }
    void setMarkerFilter(const QString &v);
    QVariantList officerOptions() const { return m_officerOptions; }
    QVariantList dateOptions() const;
    QVariantList caseOptions() const { return m_caseOptions; }
    QVariantList markerOptions() const;
    QString listError() const { return m_listError; }

    QString recordingId() const { return m_current.recordingId; }
    QString officerName() const;
    QString startText() const;
    QString caseId() const { return m_current.caseId; }
    QString caseNo() const { return m_current.caseNo; }
    QString positionText() const { return m_positionText; }
    QVariantList markers() const { return m_markers; }
    QVariantList photos() const { return m_photos; }
    QString state() const;
    bool playing() const { return m_player->state() == Player::State::Playing; }
    qint64 positionMs() const { return m_player->position(); }
    qint64 durationMs() const { return m_player->duration(); }
    double rate() const { return m_player->rate(); }
    QStringList notices() const { return m_notices; }
    QString errorText() const { return m_errorText; }
    bool videoAvailable() const { return m_videoNeedsItem; }

    Player *player() const { return m_player.get(); }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void revealThumbnail(const QString &recordingId) { m_gate.request(recordingId); }
    // True when the recording is being opened; false with errorText set otherwise.
    Q_INVOKABLE bool openRecording(const QString &recordingId);
    Q_INVOKABLE void attachVideo(QQuickItem *videoItem);
    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void togglePlay();
    Q_INVOKABLE void seek(qint64 ms);
    Q_INVOKABLE void seekPreview(qint64 ms);
    Q_INVOKABLE void skip(qint64 deltaMs);
    Q_INVOKABLE bool setRate(double rate);
    Q_INVOKABLE void jumpToMarker(qint64 offsetMs);
    Q_INVOKABLE void close();
    Q_INVOKABLE void dismissError();
    Q_INVOKABLE QString timeText(qint64 ms) const;
    // {evidenceId, url (file://), takenAt (local "yyyy-MM-dd HH:mm:ss"), officerNo, officerName,
    //  caseId, caseNo, recordingId, error ""} once the view is audited; {evidenceId, error} when
    //  refused (not signed in, not visible, not a photo, file missing, audit not written).
    Q_INVOKABLE QVariantMap openPhoto(const QString &evidenceId);

signals:
    void listChanged();
    void filterChanged();
    void recordingChanged();
    void stateChanged();
    void positionChanged();
    void rateChanged();
    void noticesChanged();
    void errorTextChanged();

private:
    bool ensureOpen();
    void applyFilter();
    void setErrorText(const QString &text);
    void onClosed(const WatchLog &log);
    void startPending();
    std::optional<Officer> viewer() const;
    void countPausedFrame();

    DomainStore *m_store;
    bool m_videoNeedsItem = false;
    GstElement *m_videoSink = nullptr;   // our reference, to hand the video item over
    std::unique_ptr<Player> m_player;
    std::unique_ptr<ViewAudit> m_audit;
    Database m_reader;
    ThumbnailGate m_gate;   // before m_model, which reads it
    ReviewRecordingsModel m_model;
    QList<ReviewRecordingRow> m_all;
    ReviewRecordingsModel::Filter m_filter;
    QVariantList m_officerOptions;
    QVariantList m_caseOptions;
    QString m_listError;

    ReviewRecordingRow m_current;
    QVariantList m_markers;
    QVariantList m_photos;
    QString m_positionText;
    QStringList m_notices;
    QString m_errorText;
    std::optional<PlaybackTimeline> m_pending;   // waits for the video item
    bool m_videoItemReady = false;
    std::optional<Officer> m_auditedBy;          // playback_start written by this officer
    QString m_auditedRecording;
    int m_previews = 0;                          // frames shown without playing, this playback
    QString m_signedInNo;
};
