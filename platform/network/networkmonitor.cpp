#include "networkmonitor.h"

#include "sysfsattribute.h"

#include <QDir>
#include <QFileInfo>

Q_LOGGING_CATEGORY(lcNetwork, "fieldterm.network")

void NetworkMonitor::setState(const NetworkState &state)
{
    if (state == m_state)
        return;
    qCInfo(lcNetwork) << "network:" << state.medium << (state.reachable ? "up" : "down");
    m_state = state;
    emit changed();
}

namespace {

QString devType(const QString &dir)
{
    const QString uevent = SysfsAttribute::read(dir, "uevent");
    for (const QStringView line : QStringView(uevent).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("DEVTYPE=")))
            return line.mid(8).trimmed().toString();
    }
    return QString();
}

int rank(const QString &medium)
{
    if (medium == QLatin1String("ethernet"))
        return 3;
    if (medium == QLatin1String("wifi"))
        return 2;
    if (medium == QLatin1String("cellular"))
        return 1;
    return 0;
}

} // namespace

QString SysfsNetworkMonitor::mediumOf(const QString &interfaceDir)
{
    const QString name = QFileInfo(interfaceDir).fileName();
    if (name == QLatin1String("lo") || !QFileInfo::exists(interfaceDir + QLatin1String("/device")))
        return QString();
    const QString type = devType(interfaceDir);
    if (QFileInfo(interfaceDir + QLatin1String("/wireless")).isDir() || type == QLatin1String("wlan"))
        return QStringLiteral("wifi");
    if (type == QLatin1String("wwan") || name.startsWith(QLatin1String("wwan")) || name.startsWith(QLatin1String("usb"))
        || name.startsWith(QLatin1String("rmnet")))
        return QStringLiteral("cellular");
    return QStringLiteral("ethernet");
}

SysfsNetworkMonitor::SysfsNetworkMonitor(const QString &root, int pollMs, QObject *parent)
    : NetworkMonitor(parent), m_root(root)
{
    refresh();
    if (pollMs > 0) {
        m_timer.setInterval(pollMs);
        connect(&m_timer, &QTimer::timeout, this, &SysfsNetworkMonitor::refresh);
        m_timer.start();
    }
}

void SysfsNetworkMonitor::refresh()
{
    setState(read(m_root));
}

NetworkState SysfsNetworkMonitor::read(const QString &root)
{
    NetworkState best;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(name);
        const QString medium = mediumOf(path);
        if (medium.isEmpty())
            continue;
        const bool up = SysfsAttribute::read(path, "operstate") == QLatin1String("up") || SysfsAttribute::read(path, "carrier") == QLatin1String("1");
        if (!up)
            continue;
        if (rank(medium) > rank(best.medium)) {
            best.medium = medium;
            best.reachable = true;
        }
    }
    return best;
}

SimulatedNetworkMonitor::SimulatedNetworkMonitor(const NetworkState &initial, QObject *parent)
    : NetworkMonitor(parent)
{
    setState(initial);
}
