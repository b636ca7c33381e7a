#pragma once
// SyncLabels: the words people see for an outbox item's kind and state — one list for the
// terminal's sync page and fieldterm-cli sync.

#include <QString>

namespace SyncLabels {
QString kind(const QString &kind);       // manifest → 案件清单, marked_video → 录像（有标记）, …
QString status(const QString &status);   // sending → 正在上传, receipted → 平台已确认, …
QString size(qint64 bytes);
QString downlink(const QString &name);   // tasks → 任务, catalogue → 权力事项清单, templates → 文书模板              // "820 KB", "12.3 MB"
} // namespace SyncLabels
