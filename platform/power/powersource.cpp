#include "powersource.h"

#include "sysfsattribute.h"

#include <QDir>
#include <QFileInfo>

Q_LOGGING_CATEGORY(lcPower, "fieldterm.power")

void PowerSource::setState(const PowerState &state)
{
    if (state == m_state)
        return;
    qCInfo(lcPower).noquote() << "battery" << (state.present ? QString::number(state.levelPercent) + QLatin1Char('%') : QStringLiteral("absent"))
                    << (state.charging ? "charging" : "on battery");
    m_state = state;
    emit changed();
}

SysfsPowerSource::SysfsPowerSource(const QString &root, int pollMs, QObject *parent)
    : PowerSource(parent), m_root(root)
{
    refresh();
    if (pollMs > 0) {
        m_timer.setInterval(pollMs);
        connect(&m_timer, &QTimer::timeout, this, &SysfsPowerSource::refresh);
        m_timer.start();
    }
}

void SysfsPowerSource::refresh()
{
    setState(read(m_root));
}

PowerState SysfsPowerSource::read(const QString &root)
{
    PowerState state;
    int batteries = 0;
    int levelSum = 0;
    int levels = 0;
    const QDir dir(root);
    // Entries are symlinks into /sys/devices; QDir follows them.
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(name);
        const QString type = SysfsAttribute::read(path, "type");
        if (type == QLatin1String("Battery")) {
            // Peripherals (a Bluetooth headset, a mouse) report scope "Device": not ours.
            if (SysfsAttribute::read(path, "scope") == QLatin1String("Device"))
                continue;
            if (SysfsAttribute::read(path, "present") == QLatin1String("0"))
                continue;
            ++batteries;
            bool ok = false;
            const int capacity = SysfsAttribute::read(path, "capacity").toInt(&ok);
            if (ok) {
                levelSum += qBound(0, capacity, 100);
                ++levels;
            }
            const QString status = SysfsAttribute::read(path, "status");
            if (status == QLatin1String("Charging") || status == QLatin1String("Full"))
                state.charging = true;
        } else if (type == QLatin1String("Mains") || type.startsWith(QLatin1String("USB"))) {
            if (SysfsAttribute::read(path, "online") == QLatin1String("1"))
                state.charging = true;
        }
    }
    state.present = batteries > 0;
    state.levelPercent = levels > 0 ? (levelSum + levels / 2) / levels : -1;
    return state;
}

SimulatedPowerSource::SimulatedPowerSource(const PowerState &initial, QObject *parent)
    : PowerSource(parent)
{
    setState(initial);
}

void SimulatedPowerSource::setLevel(int percent)
{
    PowerState s = state();
    s.levelPercent = percent;
    s.present = percent >= 0;
    setState(s);
}

void SimulatedPowerSource::setCharging(bool charging)
{
    PowerState s = state();
    s.charging = charging;
    setState(s);
}
