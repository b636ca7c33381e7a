#pragma once
// CaseDetailMap: a case's detail (CaseQuery::detail) as the map CaseDetailPage reads through
// Cases.detail — fields, the lifecycle path with who did each step, next steps, recording
// coverage, the evidence timeline (with thumbnails as file:// urls) and the deadline.

#include "casetypes.h"

#include <QVariantMap>

namespace CaseDetailMap {

// active: whether this case is the officer's active case.
QVariantMap build(const CaseDetail &detail, bool active);

} // namespace CaseDetailMap
