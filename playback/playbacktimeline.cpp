#include "playbacktimeline.h"

#include "mediaprobe.h"
#include "playbacklog.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdlib>

PlaybackTimeline PlaybackTimeline::build(QList<PlaybackSegmentSource> sources)
{
    std::stable_sort(sources.begin(), sources.end(),
                     [](const PlaybackSegmentSource &a, const PlaybackSegmentSource &b) { return a.index < b.index; });
    QList<PlaybackSegment> checked;
    checked.reserve(sources.size());
    for (const PlaybackSegmentSource &s : sources) {
        checked.append(check(s));
        const PlaybackSegment &c = checked.constLast();
        if (!c.usable())
            qCWarning(lcPlayback).noquote() << "segment" << c.index << "dropped:" << problemKey(c.problem) << c.detail;
    }
    return assemble(checked);
}

PlaybackSegment PlaybackTimeline::check(const PlaybackSegmentSource &source)
{
    PlaybackSegment s;
    s.index = source.index;
    s.path = source.path;
    s.status = source.status;
    s.expectedMs = source.expectedMs;
    s.startMonoNs = source.startMonoNs;
    s.expectedBytes = source.expectedBytes;
    if (source.status == QLatin1String("missing")) {
        s.problem = SegmentProblem::MarkedMissing;
        s.detail = QStringLiteral("the store flags %1 as missing").arg(source.path);
        return s;
    }
    if (source.status == QLatin1String("open")) {
        s.problem = SegmentProblem::StillOpen;
        s.detail = QStringLiteral("%1 is still being written (status open)").arg(source.path);
        return s;
    }
    const QFileInfo info(source.path);
    if (!info.exists()) {
        s.problem = SegmentProblem::FileMissing;
        s.detail = QStringLiteral("no file at %1").arg(source.path);
        return s;
    }
    QFile probe(source.path);
    if (!info.isFile() || !probe.open(QIODevice::ReadOnly)) {
        s.problem = SegmentProblem::NotReadable;
        s.detail = QStringLiteral("cannot read %1: %2").arg(source.path, info.isFile() ? probe.errorString() : QStringLiteral("not a regular file"));
        return s;
    }
    probe.close();
    if (source.expectedMs > 0 && source.expectedBytes > 0 && info.size() == source.expectedBytes) {
        s.realMs = source.expectedMs;   // as registered (see the header)
        return s;
    }
    // Fragment tables first (our segments), GstDiscoverer for anything else (mediaprobe.h).
    const qint64 ns = MediaProbe::durationNs(source.path);
    if (ns <= 0) {
        s.problem = SegmentProblem::NotMedia;
        s.detail = QStringLiteral("%1 (%2 bytes) has no playable audio/video").arg(source.path).arg(info.size());
        return s;
    }
    s.realMs = ns / 1000000;
    if (source.expectedMs > 0 && std::llabs(s.realMs - source.expectedMs) > kDurationToleranceMs) {
        s.problem = SegmentProblem::DurationMismatch;
        s.detail = QStringLiteral("%1 plays %2 ms, the store recorded %3 ms (%4 of %5 bytes)")
                       .arg(source.path)
                       .arg(s.realMs)
                       .arg(source.expectedMs)
                       .arg(info.size())
                       .arg(source.expectedBytes);
    }
    return s;
}

PlaybackSegmentSource PlaybackTimeline::sourceOf(const PlaybackSegment &segment)
{
    return PlaybackSegmentSource{segment.path, segment.index, segment.expectedMs, segment.status, segment.startMonoNs,
                                 segment.expectedBytes};
}

PlaybackTimeline PlaybackTimeline::assemble(QList<PlaybackSegment> segments)
{
    std::stable_sort(segments.begin(), segments.end(),
                     [](const PlaybackSegment &a, const PlaybackSegment &b) { return a.index < b.index; });
    PlaybackTimeline t;
    qint64 global = 0;
    qint64 stream = 0;
    for (int i = 0; i < segments.size(); ++i) {
        PlaybackSegment &s = segments[i];
        qint64 length = 0;
        if (s.usable()) {
            length = qMax<qint64>(0, s.realMs);
            s.streamStartMs = stream;
            stream += length;
        } else {
            s.streamStartMs = -1;
            // A dropped segment keeps its place so later markers stay where they were
            // recorded: the store's length, else the distance to the next segment's start on
            // the monotonic clock, else whatever the file itself still says.
            const qint64 nextMono = i + 1 < segments.size() ? segments[i + 1].startMonoNs : 0;
            if (s.expectedMs > 0)
                length = s.expectedMs;
            else if (s.startMonoNs > 0 && nextMono > s.startMonoNs)
                length = (nextMono - s.startMonoNs) / 1000000;
            else if (s.realMs > 0)
                length = s.realMs;
        }
        s.globalStartMs = global;
        s.globalEndMs = global + length;
        global += length;
    }
    t.m_segments = segments;
    t.m_durationMs = global;
    t.m_streamDurationMs = stream;
    return t;
}

PlaybackTimeline PlaybackTimeline::withDropped(int pos, SegmentProblem problem, const QString &detail) const
{
    QList<PlaybackSegment> segments = m_segments;
    if (pos >= 0 && pos < segments.size()) {
        segments[pos].problem = problem;
        segments[pos].detail = detail;
        // Keep its measured length on the global clock even when the store had none.
        if (segments[pos].expectedMs <= 0)
            segments[pos].expectedMs = segments[pos].realMs;
    }
    return assemble(segments);
}

QString PlaybackTimeline::problemText(SegmentProblem problem)
{
    switch (problem) {
    case SegmentProblem::None:
        return QString();
    case SegmentProblem::MarkedMissing:
        return tr("文件已登记为缺失");
    case SegmentProblem::StillOpen:
        return tr("文件仍在写入，尚未完成");
    case SegmentProblem::FileMissing:
        return tr("文件不存在");
    case SegmentProblem::NotReadable:
        return tr("文件无法读取");
    case SegmentProblem::NotMedia:
        return tr("文件已损坏，无法识别为音视频");
    case SegmentProblem::DurationMismatch:
        return tr("文件不完整，时长与登记不符");
    case SegmentProblem::DecodeFailed:
        return tr("文件无法解码");
    }
    return QString();
}

QString PlaybackTimeline::problemKey(SegmentProblem problem)
{
    switch (problem) {
    case SegmentProblem::None:
        return QStringLiteral("none");
    case SegmentProblem::MarkedMissing:
        return QStringLiteral("marked_missing");
    case SegmentProblem::StillOpen:
        return QStringLiteral("still_open");
    case SegmentProblem::FileMissing:
        return QStringLiteral("file_missing");
    case SegmentProblem::NotReadable:
        return QStringLiteral("not_readable");
    case SegmentProblem::NotMedia:
        return QStringLiteral("not_media");
    case SegmentProblem::DurationMismatch:
        return QStringLiteral("duration_mismatch");
    case SegmentProblem::DecodeFailed:
        return QStringLiteral("decode_failed");
    }
    return QString();
}

QList<PlaybackSegment> PlaybackTimeline::dropped() const
{
    QList<PlaybackSegment> out;
    for (const PlaybackSegment &s : m_segments) {
        if (!s.usable())
            out.append(s);
    }
    return out;
}

QStringList PlaybackTimeline::playablePaths() const
{
    QStringList out;
    for (const PlaybackSegment &s : m_segments) {
        if (s.usable())
            out.append(s.path);
    }
    return out;
}

int PlaybackTimeline::findPath(const QString &path) const
{
    for (int i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].path == path)
            return i;
    }
    return -1;
}

qint64 PlaybackTimeline::playableEndMs() const
{
    for (int i = m_segments.size() - 1; i >= 0; --i) {
        if (m_segments[i].usable())
            return m_segments[i].globalEndMs;
    }
    return 0;
}

qint64 PlaybackTimeline::streamToGlobal(qint64 streamMs) const
{
    if (streamMs < 0)
        streamMs = 0;
    for (const PlaybackSegment &s : m_segments) {
        if (s.usable() && streamMs < s.streamStartMs + s.realMs)
            return s.globalStartMs + qMax<qint64>(0, streamMs - s.streamStartMs);
    }
    return playableEndMs();
}

qint64 PlaybackTimeline::globalToStream(qint64 globalMs) const
{
    if (globalMs < 0)
        globalMs = 0;
    bool passed = false;   // globalMs lies before the segment being looked at
    for (const PlaybackSegment &s : m_segments) {
        if (!passed && globalMs < s.globalEndMs)
            passed = true;
        if (!passed || !s.usable())
            continue;
        return s.streamStartMs + qMax<qint64>(0, globalMs - s.globalStartMs);
    }
    return m_streamDurationMs;
}

int PlaybackTimeline::segmentAt(qint64 globalMs) const
{
    for (int i = 0; i < m_segments.size(); ++i) {
        const PlaybackSegment &s = m_segments[i];
        if (globalMs >= s.globalStartMs && globalMs < s.globalEndMs)
            return i;
    }
    return -1;
}
