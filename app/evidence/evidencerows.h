#pragma once
// The evidence table's columns as both sides read them: the writer (ingest, reconciliation)
// and the readers (EvidenceQuery, Verifier) share one column list and one row decoder.

#include "evidencerecord.h"

class Statement;

// Column lists as string literals, so statements stay compile-time constants:
//   "SELECT " EVIDENCE_COLUMNS " FROM evidence WHERE path = ?1"
#define EVIDENCE_COLUMNS                                                                          \
    "id, kind, recording_id, segment_index, path, device_id, officer_no, size_bytes, duration_ms, " \
    "start_wall, end_wall, start_mono_ns, end_mono_ns, hash, hash_alg, status, created_at, note"
#define MARKER_COLUMNS "id, recording_id, type, offset_ms, wall"

namespace EvidenceRows {

// Reads the columns of EVIDENCE_COLUMNS / MARKER_COLUMNS (above) starting at firstColumn.
EvidenceRecord readEvidence(const Statement &st, int firstColumn = 0);
MarkerRecord readMarker(const Statement &st, int firstColumn = 0);

} // namespace EvidenceRows
