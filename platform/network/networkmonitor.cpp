#include "networkmonitor.h"

#include "sysfsattribute.h"

#include <QDir>
#include <QFile>
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

SysfsNetworkMonitor::SysfsNetworkMonitor(const QString &root, int pollMs, QObject *parent, const QString &procNet)
    : NetworkMonitor(parent), m_root(root), m_procNet(procNet)
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
    setState(read(m_root, m_procNet));
}

bool SysfsNetworkMonitor::defaultRoutes(const QString &procNet, QHash<QString, quint32> *metrics)
{
    if (procNet.isEmpty())
        return false;
    bool readAny = false;
    auto keep = [metrics](const QString &iface, quint32 metric) {
        const auto it = metrics->constFind(iface);
        if (it == metrics->cend() || metric < *it)
            metrics->insert(iface, metric);
    };
    // IPv4, /proc/net/route: "Iface Destination Gateway Flags RefCnt Use Metric Mask …" in hex,
    // one header line. A default route: destination and mask 0, flags with RTF_UP (0x1).
    QFile v4(procNet + QLatin1String("/route"));
    if (v4.open(QIODevice::ReadOnly | QIODevice::Text)) {
        readAny = true;
        v4.readLine();
        while (!v4.atEnd()) {
            const QList<QByteArray> f = v4.readLine().simplified().split(' ');
            bool ok = false;
            if (f.size() < 8 || f[1] != "00000000" || f[7] != "00000000" || !(f[3].toUInt(&ok, 16) & 0x1) || !ok)
                continue;
            keep(QString::fromLatin1(f[0]), f[6].toUInt());
        }
    }
    // IPv6, /proc/net/ipv6_route: "dest plen src plen nexthop metric refcnt use flags iface", hex,
    // no header. A default route: dest ::/0, RTF_UP; the kernel's unreachable entries on lo skipped.
    QFile v6(procNet + QLatin1String("/ipv6_route"));
    if (v6.open(QIODevice::ReadOnly | QIODevice::Text)) {
        readAny = true;
        while (!v6.atEnd()) {
            const QList<QByteArray> f = v6.readLine().simplified().split(' ');
            bool ok = false;
            if (f.size() < 10 || f[0] != QByteArray(32, '0') || f[1] != "00" || !(f[8].toUInt(&ok, 16) & 0x1) || !ok
                || f[9] == "lo")
                continue;
            keep(QString::fromLatin1(f[9]), f[5].toUInt(nullptr, 16));
        }
    }
    return readAny;
}

NetworkState SysfsNetworkMonitor::read(const QString &root, const QString &procNet)
{
    QHash<QString, quint32> routes;
    const bool routed = defaultRoutes(procNet, &routes);
    NetworkState best;
    quint32 bestMetric = 0;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(name);
        const QString medium = mediumOf(path);
        if (medium.isEmpty())
            continue;
        const bool up = SysfsAttribute::read(path, "operstate") == QLatin1String("up") || SysfsAttribute::read(path, "carrier") == QLatin1String("1");
        if (!up)
            continue;
        if (routed) {
            const auto route = routes.constFind(name);
            if (route == routes.cend()) {
                if (!best.reachable && rank(medium) > rank(best.medium))
                    best.medium = medium;   // up but no way out: shown, not reachable
                continue;
            }
            if (!best.reachable || *route < bestMetric) {
                best.medium = medium;
                best.reachable = true;
                bestMetric = *route;
            }
        } else if (rank(medium) > rank(best.medium)) {
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
