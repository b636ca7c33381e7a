#pragma once
// Writes one sysfs attribute (LED brightness, trigger, vibrator duration): the whole value in
// one write(2), as the kernel expects. Failures are logged under fieldterm.feedback, once per
// file, and reported to the caller; they are never fatal.

#include <QString>

namespace SysfsWrite {

bool write(const QString &dir, const char *name, const QString &value);
bool exists(const QString &dir, const char *name);

} // namespace SysfsWrite
