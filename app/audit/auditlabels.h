#pragma once
// Chinese labels for audit actions (settings page, case detail); keys stay in the log.

#include <QString>

namespace AuditLabels {
QString action(const QString &key);   // unknown keys are shown as they are
}
