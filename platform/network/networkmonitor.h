#pragma once
// NetworkMonitor: which link the terminal would sync over, for the sync policy (video waits for
// Wi-Fi/Ethernet): medium "wifi" | "ethernet" | "cellular" | "none", and whether traffic can
// leave the device (`reachable`: a link is up and, where the routing table is read, a default
// route goes over it; whether the receiver answers is the sync pass's business). `changed` when
// either moves. SysfsNetworkMonitor reads /sys/class/net (or a fake tree in tests);
// SimulatedNetworkMonitor reports fixed or settable values.

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcNetwork)   // fieldterm.network

struct NetworkState {
    QString medium = QStringLiteral("none");   // wifi | ethernet | cellular | none
    bool reachable = false;
    bool operator==(const NetworkState &o) const { return medium == o.medium && reachable == o.reachable; }
    bool operator!=(const NetworkState &o) const { return !(*this == o); }
};

class NetworkMonitor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    NetworkState state() const { return m_state; }
    QString medium() const { return m_state.medium; }
    bool reachable() const { return m_state.reachable; }

signals:
    void changed();

protected:
    void setState(const NetworkState &state);   // emits changed() when different

private:
    NetworkState m_state;
};

// Interfaces under <root> that are up (operstate "up", or carrier "1"), skipping lo and virtual
// ones (no `device` link: bridges, tunnels, veth). A `wireless/` folder or DEVTYPE=wlan in
// uevent → wifi; DEVTYPE=wwan or a name wwan*/usb*/rmnet* → cellular; else ethernet.
//
// With a routing table (procNet: the folder holding the kernel's `route` and `ipv6_route`,
// /proc/net on a device) the medium is the one the kernel would use: the up interface carrying
// the default route with the lowest metric (IPv4 or IPv6) — a handset with Wi-Fi associated but
// its default route over the modem syncs over cellular, and its video waits. Links up without a
// default route are not reachable. Without a table (procNet empty or unreadable) Ethernet is
// preferred over Wi-Fi, both over cellular, and any link up counts as reachable.
// Polls every pollMs (0 = only on refresh()).
class SysfsNetworkMonitor final : public NetworkMonitor
{
    Q_OBJECT
public:
    explicit SysfsNetworkMonitor(const QString &root = QStringLiteral("/sys/class/net"), int pollMs = 3000,
                                 QObject *parent = nullptr, const QString &procNet = QString());

    QString root() const { return m_root; }
    void refresh();
    static NetworkState read(const QString &root, const QString &procNet = QString());
    // The medium of one interface folder (whether or not it is up); empty for lo/virtual ones.
    static QString mediumOf(const QString &interfaceDir);
    // Interface → lowest metric of its default routes, from procNet's route and ipv6_route;
    // false when neither file can be read.
    static bool defaultRoutes(const QString &procNet, QHash<QString, quint32> *metrics);

private:
    QString m_root;
    QString m_procNet;
    QTimer m_timer;
};

// The simulated terminal: Ethernet, reachable, unless a test says otherwise.
class SimulatedNetworkMonitor final : public NetworkMonitor
{
    Q_OBJECT
public:
    explicit SimulatedNetworkMonitor(const NetworkState &initial = {QStringLiteral("ethernet"), true}, QObject *parent = nullptr);
    void set(const NetworkState &state) { setState(state); }
};
