#include "evidencerows.h"

#include "database.h"
#include "storetime.h"

namespace EvidenceRows {

EvidenceRecord readEvidence(const Statement &st, int c)
{
    EvidenceRecord r;
    r.id = st.text(c + 0);
    evidenceKindFromKey(st.text(c + 1), &r.kind);
    r.recordingId = st.text(c + 2);
    r.segmentIndex = st.isNull(c + 3) ? 0 : int(st.int64(c + 3));
    r.path = st.text(c + 4);
    r.deviceId = st.text(c + 5);
    r.officerNo = st.text(c + 6);
    r.sizeBytes = st.isNull(c + 7) ? -1 : st.int64(c + 7);
    r.durationMs = st.isNull(c + 8) ? -1 : st.int64(c + 8);
    r.startWall = StoreTime::fromText(st.text(c + 9));
    r.endWall = StoreTime::fromText(st.text(c + 10));
    r.startMonoNs = st.isNull(c + 11) ? 0 : st.int64(c + 11);
    r.endMonoNs = st.isNull(c + 12) ? 0 : st.int64(c + 12);
    r.hash = st.text(c + 13);
    r.hashAlgorithm = st.text(c + 14);
    evidenceStatusFromKey(st.text(c + 15), &r.status);
    r.createdAt = StoreTime::fromText(st.text(c + 16));
    r.note = st.text(c + 17);
    return r;
}

MarkerRecord readMarker(const Statement &st, int c)
{
    MarkerRecord m;
    m.id = st.int64(c + 0);
    m.recordingId = st.text(c + 1);
    m.type = st.text(c + 2);
    m.offsetMs = st.int64(c + 3);
    m.wall = StoreTime::fromText(st.text(c + 4));
    return m;
}

} // namespace EvidenceRows
