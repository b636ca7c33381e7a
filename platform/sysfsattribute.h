#pragma once
// SysfsAttribute: one attribute file of a sysfs device folder (/sys/class/power_supply/BAT0/
// capacity, /sys/class/net/eth0/operstate, …), read whole and trimmed — shared by the power
// and network providers.

#include <QString>

namespace SysfsAttribute {

// Empty when the file is missing or unreadable (e.g. `carrier` of an interface that is
// administratively down answers EINVAL).
QString read(const QString &dir, const char *name);

} // namespace SysfsAttribute
