#include "kernelclock.h"

#include "sysfsattribute.h"

#include <sys/timex.h>

namespace KernelClock {

KernelClockState read(const QString &clocksourceDir)
{
    KernelClockState s;
    s.source = SysfsAttribute::read(clocksourceDir, "current_clocksource");
    struct timex tx = {};
    tx.modes = 0;   // read only
    const int state = ::adjtimex(&tx);
    if (state >= 0) {
        s.readable = true;
        s.synchronized = state != TIME_ERROR && !(tx.status & STA_UNSYNC);
        s.maxErrorUs = tx.maxerror;
        s.estErrorUs = tx.esterror;
    }
    return s;
}

} // namespace KernelClock
