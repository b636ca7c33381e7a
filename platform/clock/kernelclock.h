#pragma once
// KernelClock: what the kernel says about the wall clock — which clock source drives it
// (/sys/devices/system/clocksource/clocksource0/current_clocksource) and whether an NTP
// discipline (ntpd, chrony, systemd-timesyncd, a GPS PPS daemon) has marked it synchronised
// (adjtimex: STA_UNSYNC clear), with the kernel's own error estimates. Read-only: adjtimex with
// modes 0 needs no privilege.

#include <QString>
#include <QtGlobal>

struct KernelClockState {
    QString source;              // e.g. "tsc", "arch_sys_counter", "kvm-clock"; "" unreadable
    bool readable = false;       // adjtimex answered
    bool synchronized = false;   // STA_UNSYNC clear and the kernel not in TIME_ERROR
    qint64 maxErrorUs = -1;      // the kernel's maximum error estimate (µs), -1 unknown
    qint64 estErrorUs = -1;      // … and its estimated error
};

namespace KernelClock {
// clocksourceDir: the sysfs folder holding current_clocksource (a fake tree in tests).
KernelClockState read(const QString &clocksourceDir = QStringLiteral("/sys/devices/system/clocksource/clocksource0"));
}
