#include "fmp4.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QVector>

#include <algorithm>

namespace {

quint32 be32(const uchar *p) { return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3]; }
quint64 be64(const uchar *p) { return (quint64(be32(p)) << 32) | be32(p + 4); }
void put32(uchar *p, quint32 v) { p[0] = uchar(v >> 24); p[1] = uchar(v >> 16); p[2] = uchar(v >> 8); p[3] = uchar(v); }
void put64(uchar *p, quint64 v) { put32(p, quint32(v >> 32)); put32(p + 4, quint32(v)); }

// A box inside an in-memory buffer.
struct Box {
    quint32 type = 0;
    qint64 offset = 0;      // of the header, relative to the buffer
    qint64 bodyOffset = 0;  // relative to the buffer
    qint64 size = 0;        // whole box
};

constexpr quint32 fourcc(const char (&s)[5])
{
    return (quint32(uchar(s[0])) << 24) | (quint32(uchar(s[1])) << 16) | (quint32(uchar(s[2])) << 8) | uchar(s[3]);
}

// Children of [begin, end) in buf; stops at the first malformed header.
QVector<Box> children(const QByteArray &buf, qint64 begin, qint64 end)
{
    QVector<Box> out;
    const uchar *d = reinterpret_cast<const uchar *>(buf.constData());
    qint64 off = begin;
    while (off + 8 <= end) {
        Box b;
        b.offset = off;
        qint64 size = be32(d + off);
        b.type = be32(d + off + 4);
        qint64 header = 8;
        if (size == 1) {
            if (off + 16 > end)
                break;
            size = qint64(be64(d + off + 8));
            header = 16;
        } else if (size == 0) {
            size = end - off;
        }
        if (size < header || off + size > end)
            break;
        b.bodyOffset = off + header;
        b.size = size;
        out.append(b);
        off += size;
    }
    return out;
}

const Box *find(const QVector<Box> &boxes, quint32 type)
{
    for (const Box &b : boxes) {
        if (b.type == type)
            return &b;
    }
    return nullptr;
}

struct Track {
    quint32 timescale = 0;
    quint32 defaultDuration = 0;   // trex
    bool seen = false;
    quint64 firstDecodeTime = 0;
    quint64 end = 0;               // decode time after the last sample of complete fragments
};

struct FragmentTimes {              // per moof: track id → tfdt
    qint64 fileOffset = 0;
    QHash<quint32, quint64> decodeTime;
    QHash<quint32, quint64> end;
};

struct Parsed {
    quint32 movieTimescale = 0;
    qint64 mehdOffset = -1;        // file offset of the mehd body (version byte)
    int mehdVersion = 0;
    QMap<quint32, Track> tracks;
    QVector<FragmentTimes> fragments;   // complete ones only
    qint64 mfraOffset = -1;
    qint64 mfraSize = 0;
};

bool readAt(QFile &f, qint64 offset, qint64 size, QByteArray *out)
{
    if (!f.seek(offset))
        return false;
    *out = f.read(size);
    return out->size() == size;
}

void parseMoov(const QByteArray &moov, qint64 fileOffset, Parsed *p)
{
    const uchar *d = reinterpret_cast<const uchar *>(moov.constData());
    const QVector<Box> top = children(moov, 0, moov.size());
    if (const Box *mvhd = find(top, fourcc("mvhd"))) {
        const qint64 o = mvhd->bodyOffset;
        if (mvhd->size >= 8 + 24)
            p->movieTimescale = be32(d + o + (d[o] == 1 ? 20 : 12));
    }
    for (const Box &trak : top) {
        if (trak.type != fourcc("trak"))
            continue;
        const QVector<Box> tk = children(moov, trak.bodyOffset, trak.offset + trak.size);
        const Box *tkhd = find(tk, fourcc("tkhd"));
        const Box *mdia = find(tk, fourcc("mdia"));
        if (!tkhd || !mdia)
            continue;
        const qint64 t = tkhd->bodyOffset;
        const quint32 id = be32(d + t + (d[t] == 1 ? 20 : 12));
        const QVector<Box> md = children(moov, mdia->bodyOffset, mdia->offset + mdia->size);
        if (const Box *mdhd = find(md, fourcc("mdhd"))) {
            const qint64 o = mdhd->bodyOffset;
            p->tracks[id].timescale = be32(d + o + (d[o] == 1 ? 20 : 12));
        }
    }
    if (const Box *mvex = find(top, fourcc("mvex"))) {
        const QVector<Box> mv = children(moov, mvex->bodyOffset, mvex->offset + mvex->size);
        for (const Box &b : mv) {
            if (b.type == fourcc("mehd")) {
                p->mehdOffset = fileOffset + b.bodyOffset;
                p->mehdVersion = d[b.bodyOffset];
            } else if (b.type == fourcc("trex") && b.size >= 8 + 24) {
                const quint32 id = be32(d + b.bodyOffset + 4);
                p->tracks[id].defaultDuration = be32(d + b.bodyOffset + 12);
            }
        }
    }
}

// Decode time span of each track fragment in one moof.
bool parseMoof(const QByteArray &moof, Parsed *p, FragmentTimes *frag)
{
    const uchar *d = reinterpret_cast<const uchar *>(moof.constData());
    for (const Box &traf : children(moof, 0, moof.size())) {
        if (traf.type != fourcc("traf"))
            continue;
        const QVector<Box> tb = children(moof, traf.bodyOffset, traf.offset + traf.size);
        const Box *tfhd = find(tb, fourcc("tfhd"));
        if (!tfhd || tfhd->size < 16)
            return false;
        qint64 o = tfhd->bodyOffset;
        const quint32 flags = be32(d + o) & 0xffffff;
        const quint32 id = be32(d + o + 4);
        o += 8;
        if (flags & 0x01) o += 8;      // base-data-offset
        if (flags & 0x02) o += 4;      // sample-description-index
        quint32 defaultDuration = p->tracks.value(id).defaultDuration;
        if (flags & 0x08)
            defaultDuration = be32(d + o);
        quint64 decodeTime = 0;
        if (const Box *tfdt = find(tb, fourcc("tfdt"))) {
            const qint64 t = tfdt->bodyOffset;
            decodeTime = d[t] == 1 ? be64(d + t + 4) : be32(d + t + 4);
        }
        quint64 span = 0;
        for (const Box &trun : tb) {
            if (trun.type != fourcc("trun"))
                continue;
            qint64 r = trun.bodyOffset;
            const quint32 rflags = be32(d + r) & 0xffffff;
            const quint32 count = be32(d + r + 4);
            r += 8;
            if (rflags & 0x001) r += 4;   // data-offset
            if (rflags & 0x004) r += 4;   // first-sample-flags
            const int perSample = ((rflags & 0x100) ? 4 : 0) + ((rflags & 0x200) ? 4 : 0) +
                                  ((rflags & 0x400) ? 4 : 0) + ((rflags & 0x800) ? 4 : 0);
            if (r + qint64(count) * perSample > trun.offset + trun.size)
                return false;
            for (quint32 i = 0; i < count; ++i) {
                span += (rflags & 0x100) ? be32(d + r) : defaultDuration;
                r += perSample;
            }
        }
        frag->decodeTime.insert(id, decodeTime);
        frag->end.insert(id, decodeTime + span);
    }
    return true;
}

bool parse(QFile &f, Parsed *p, QString *error)
{
    const qint64 fileSize = f.size();
    qint64 off = 0;
    bool pendingMoof = false;
    FragmentTimes pending;
    while (off + 8 <= fileSize) {
        QByteArray hdr;
        if (!readAt(f, off, 16 <= fileSize - off ? 16 : 8, &hdr))
            break;
        const uchar *h = reinterpret_cast<const uchar *>(hdr.constData());
        qint64 size = be32(h);
        const quint32 type = be32(h + 4);
        qint64 header = 8;
        if (size == 1) {
            if (hdr.size() < 16)
                break;
            size = qint64(be64(h + 8));
            header = 16;
        } else if (size == 0) {
            size = fileSize - off;
        }
        if (size < header) {
            *error = QStringLiteral("bad box size at %1").arg(off);
            return false;
        }
        if (off + size > fileSize)
            break;   // truncated tail (killed writer): ignore
        if (type == fourcc("moov")) {
            QByteArray moov;
            if (!readAt(f, off + header, size - header, &moov))
                break;
            parseMoov(moov, off + header, p);
        } else if (type == fourcc("moof")) {
            QByteArray moof;
            if (size > 64 * 1024 * 1024 || !readAt(f, off + header, size - header, &moof))
                break;
            pending = FragmentTimes{};
            pending.fileOffset = off;
            pendingMoof = parseMoof(moof, p, &pending);
        } else if (type == fourcc("mdat")) {
            if (pendingMoof)   // the fragment's samples are all on disk
                p->fragments.append(pending);
            pendingMoof = false;
        } else if (type == fourcc("mfra")) {
            p->mfraOffset = off + header;
            p->mfraSize = size - header;
        }
        off += size;
    }
    for (const FragmentTimes &fr : std::as_const(p->fragments)) {
        for (auto it = fr.decodeTime.cbegin(); it != fr.decodeTime.cend(); ++it) {
            Track &t = p->tracks[it.key()];
            if (!t.seen) {
                t.seen = true;
                t.firstDecodeTime = it.value();
            }
            t.firstDecodeTime = std::min(t.firstDecodeTime, it.value());
            t.end = std::max(t.end, fr.end.value(it.key()));
        }
    }
    return true;
}

qint64 durationNs(const Parsed &p)
{
    qint64 best = -1;
    for (const Track &t : p.tracks) {
        if (!t.seen || t.timescale == 0)
            continue;
        const qint64 ns = qint64((t.end - t.firstDecodeTime) * 1000000000.0 / t.timescale + 0.5);
        best = std::max(best, ns);
    }
    return best;
}

} // namespace

bool Fmp4::readTiming(const QString &path, Timing *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    Parsed p;
    if (!parse(f, &p, error))
        return false;
    *out = Timing{};
    out->fragments = int(p.fragments.size());
    out->fragmented = out->fragments > 0;
    out->tracks = int(p.tracks.size());
    out->durationNs = out->fragmented ? durationNs(p) : -1;
    return true;
}

bool Fmp4::fixHeader(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite)) {
        *error = f.errorString();
        return false;
    }
    Parsed p;
    if (!parse(f, &p, error))
        return false;
    if (p.fragments.isEmpty())
        return true;

    // mehd: duration of the longest track in the movie timescale.
    if (p.mehdOffset >= 0 && p.movieTimescale > 0) {
        const qint64 ns = durationNs(p);
        const quint64 value = quint64((ns * double(p.movieTimescale)) / 1e9 + 0.5);
        uchar buf[8];
        qint64 at = p.mehdOffset + 4;
        if (p.mehdVersion == 1) {
            put64(buf, value);
        } else {
            put32(buf, quint32(std::min<quint64>(value, 0xffffffffu)));
        }
        if (!f.seek(at) || f.write(reinterpret_cast<const char *>(buf), p.mehdVersion == 1 ? 8 : 4) < 0) {
            *error = f.errorString();
            return false;
        }
    }

    // tfra: each entry's time becomes the decode time of the fragment it points at.
    if (p.mfraOffset >= 0) {
        QByteArray mfra;
        if (!readAt(f, p.mfraOffset, p.mfraSize, &mfra)) {
            *error = QStringLiteral("cannot read mfra");
            return false;
        }
        QHash<qint64, const FragmentTimes *> byOffset;
        for (const FragmentTimes &fr : std::as_const(p.fragments))
            byOffset.insert(fr.fileOffset, &fr);
        uchar *d = reinterpret_cast<uchar *>(mfra.data());
        bool changed = false;
        for (const Box &tfra : children(mfra, 0, mfra.size())) {
            if (tfra.type != fourcc("tfra") || tfra.size < 8 + 16)
                continue;
            qint64 o = tfra.bodyOffset;
            const int version = d[o];
            const quint32 id = be32(d + o + 4);
            const quint32 sizes = be32(d + o + 8);
            const quint32 count = be32(d + o + 12);
            const int entrySize = (version == 1 ? 16 : 8) + int((sizes >> 4) & 3) + 1 + int((sizes >> 2) & 3) + 1 +
                                  int(sizes & 3) + 1;
            o += 16;
            if (o + qint64(count) * entrySize > tfra.offset + tfra.size)
                continue;
            for (quint32 i = 0; i < count; ++i, o += entrySize) {
                const qint64 moofOffset = version == 1 ? qint64(be64(d + o + 8)) : qint64(be32(d + o + 4));
                const FragmentTimes *fr = byOffset.value(moofOffset, nullptr);
                quint64 t = 0;
                if (fr && fr->decodeTime.contains(id)) {
                    t = fr->decodeTime.value(id);
                } else if (p.tracks.value(id).seen) {
                    // mp4mux appends an entry that points at no fragment (offset 0) and
                    // carries the track's end time; qtdemux takes the duration from it.
                    t = p.tracks.value(id).end;
                } else {
                    continue;
                }
                if (version == 1)
                    put64(d + o, t);
                else
                    put32(d + o, quint32(t));
                changed = true;
            }
        }
        if (changed && (!f.seek(p.mfraOffset) || f.write(mfra) != mfra.size())) {
            *error = f.errorString();
            return false;
        }
    }
    if (!f.flush()) {
        *error = f.errorString();
        return false;
    }
    return true;
}
