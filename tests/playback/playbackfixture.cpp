#include "playbackfixture.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

bool recordRecording(const QString &evidenceRoot, RecordingMode mode, int prerecordSeconds, int segmentSeconds,
                     int recordMs, const QList<int> &markerDelaysMs, RecordedRecording *out)
{
    RecorderConfig config;
    config.profile = smallProfile();
    config.profile.policy.prerecordSeconds = prerecordSeconds;
    config.profile.policy.segmentSeconds = segmentSeconds;
    config.evidenceRoot = evidenceRoot;
    RecorderHarness h(config);
    SignalCollector &c = h.signals_();
    h.start();
    if (!h.waitReady()) {
        qWarning("recorder not ready");
        return false;
    }
    QTest::qWait(prerecordSeconds * 1000 + 300);
    h.startRecording(mode, monotonicNowNs());
    QElapsedTimer since;
    since.start();
    for (int delay : markerDelaysMs) {
        QTest::qWait(qMax<qint64>(0, delay - since.elapsed()));
        h.addMarker(MarkerType::Notify);
    }
    QTest::qWait(qMax<qint64>(0, recordMs - since.elapsed()));
    h.stopRecording();
    if (!h.waitStopped(1) || c.started.isEmpty() || !c.errors.isEmpty()) {
        qWarning("recording failed: %s", c.errors.isEmpty() ? "" : qPrintable(c.errors.first().detail));
        return false;
    }
    out->recordingId = c.started.first().recordingId;
    out->prerecordMs = c.started.first().prerecordMs;
    out->segments = c.closedFor(out->recordingId);
    std::sort(out->segments.begin(), out->segments.end(), [](const SegmentClosed &a, const SegmentClosed &b) { return a.index < b.index; });
    out->markers = c.markers;
    return !out->segments.isEmpty();
}

QList<PlaybackSegmentSource> sourcesOf(const QList<SegmentClosed> &segments)
{
    QList<PlaybackSegmentSource> out;
    for (const SegmentClosed &s : segments)
        out.append(PlaybackSegmentSource{s.finalPath, s.index, s.durationNs / 1000000, QStringLiteral("ok"), s.startMonoNs, s.sizeBytes});
    return out;
}

QMap<QString, FileFingerprint> fingerprints(const QString &dir)
{
    QMap<QString, FileFingerprint> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QProcess p;
        p.start(QStringLiteral("sha256sum"), {path});
        p.waitForFinished(30000);
        out.insert(QDir(dir).relativeFilePath(path),
                   FileFingerprint{p.readAllStandardOutput().left(64), info.lastModified(), info.size()});
    }
    return out;
}

PlayerSignals::PlayerSignals(Player *player)
{
    clock.start();
    connect(player, &Player::positionChanged, this, [this, player](qint64 ms) {
        positions.append(Position{ms, clock.elapsed(), player->state()});
    });
    connect(player, &Player::stateChanged, this, [this](Player::State s) { states.append(s); });
    connect(player, &Player::seeked, this, [this](qint64 ms) { seeks.append(ms); });
    connect(player, &Player::segmentSkipped, this, [this](int index, const QString &reason, const QString &detail) {
        QVERIFY(!reason.isEmpty());
        skipped.append(qMakePair(index, detail));
    });
    connect(player, &Player::error, this, [this](const QString &message, const QString &detail) {
        qWarning("player error: %s (%s)", qPrintable(message), qPrintable(detail));
        errors.append(detail);
    });
    connect(player, &Player::ready, this, [this] { ++ready; });
    connect(player, &Player::endOfStream, this, [this] {
        ++eos;
        eosAt = clock.elapsed();
    });
    connect(player, &Player::closed, this, [this](const WatchLog &log) { closed.append(log); });
}
