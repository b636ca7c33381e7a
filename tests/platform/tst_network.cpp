// The network monitor over fake /sys/class/net trees in a temporary folder: Ethernet, Wi-Fi
// (wireless/ folder or DEVTYPE=wlan), cellular (wwan*, usb*, rmnet*, DEVTYPE=wwan), everything
// down, lo and virtual interfaces ignored, Ethernet/Wi-Fi preferred over cellular, polling; with
// a routing table (fake /proc/net route and ipv6_route) the default route's link decides; the
// simulated monitor.
#include "fakesysfs.h"
#include "networkmonitor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using FakeSysfs::writeAttribute;
using FakeSysfs::writeEntry;

class TestNetwork : public QObject
{
    Q_OBJECT

    // A physical interface: it has a `device` link (a folder here).
    static bool addInterface(const QString &root, const QString &name, const QString &operstate,
                             const QString &devtype = QString(), bool wireless = false)
    {
        QMap<QString, QString> attrs{{QStringLiteral("operstate"), operstate}};
        attrs[QStringLiteral("uevent")] = QStringLiteral("INTERFACE=%1\nIFINDEX=3").arg(name)
                                          + (devtype.isEmpty() ? QString() : QStringLiteral("\nDEVTYPE=") + devtype);
        if (operstate == QLatin1String("up"))
            attrs[QStringLiteral("carrier")] = QStringLiteral("1");
        const QString dir = root + QLatin1Char('/') + name;
        return writeEntry(root, name, attrs) && QDir().mkpath(dir + QStringLiteral("/device"))
               && (!wireless || QDir().mkpath(dir + QStringLiteral("/wireless")));
    }

private slots:
    void mediumOfEachInterface_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("devtype");
        QTest::addColumn<bool>("wireless");
        QTest::addColumn<QString>("medium");
        QTest::newRow("eth0") << "eth0" << "" << false << "ethernet";
        QTest::newRow("enp3s0") << "enp3s0" << "" << false << "ethernet";
        QTest::newRow("wlan0 wireless/") << "wlan0" << "" << true << "wifi";
        QTest::newRow("wlp2s0 DEVTYPE=wlan") << "wlp2s0" << "wlan" << false << "wifi";
        QTest::newRow("wwan0") << "wwan0" << "" << false << "cellular";
        QTest::newRow("mbim DEVTYPE=wwan") << "mbim0" << "wwan" << false << "cellular";
        QTest::newRow("usb0") << "usb0" << "" << false << "cellular";
        QTest::newRow("rmnet_data0") << "rmnet_data0" << "" << false << "cellular";
    }
    void mediumOfEachInterface()
    {
        QFETCH(QString, name);
        QFETCH(QString, devtype);
        QFETCH(bool, wireless);
        QFETCH(QString, medium);
        QTemporaryDir dir;
        QVERIFY(addInterface(dir.path(), name, QStringLiteral("up"), devtype, wireless));
        QCOMPARE(SysfsNetworkMonitor::mediumOf(dir.filePath(name)), medium);
        SysfsNetworkMonitor monitor(dir.path(), 0);
        QCOMPARE(monitor.medium(), medium);
        QVERIFY(monitor.reachable());
    }

    void allDownIsNone()
    {
        QTemporaryDir dir;
        QVERIFY(addInterface(dir.path(), QStringLiteral("eth0"), QStringLiteral("down")));
        QVERIFY(addInterface(dir.path(), QStringLiteral("wlan0"), QStringLiteral("dormant"), QString(), true));
        QVERIFY(addInterface(dir.path(), QStringLiteral("wwan0"), QStringLiteral("lowerlayerdown")));
        // lo and a bridge are up, but neither has a device behind it.
        QVERIFY(writeEntry(dir.path(), QStringLiteral("lo"), {{QStringLiteral("operstate"), QStringLiteral("unknown")},
                                                              {QStringLiteral("carrier"), QStringLiteral("1")}}));
        QVERIFY(writeEntry(dir.path(), QStringLiteral("br0"), {{QStringLiteral("operstate"), QStringLiteral("up")},
                                                               {QStringLiteral("carrier"), QStringLiteral("1")}}));
        const NetworkState s = SysfsNetworkMonitor::read(dir.path());
        QCOMPARE(s.medium, QStringLiteral("none"));
        QVERIFY(!s.reachable);
        QVERIFY(!SysfsNetworkMonitor::read(dir.filePath(QStringLiteral("missing"))).reachable);
    }

    void carrierWithUnknownOperstateCountsAsUp()
    {
        // Some drivers never report operstate; carrier says the link is there.
        QTemporaryDir dir;
        QVERIFY(addInterface(dir.path(), QStringLiteral("eth0"), QStringLiteral("unknown")));
        QVERIFY(writeAttribute(dir.filePath(QStringLiteral("eth0")), QStringLiteral("carrier"), QStringLiteral("1")));
        QCOMPARE(SysfsNetworkMonitor::read(dir.path()).medium, QStringLiteral("ethernet"));
    }

    void wifiAndEthernetArePreferredOverCellular()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(addInterface(root, QStringLiteral("wwan0"), QStringLiteral("up")));
        QCOMPARE(SysfsNetworkMonitor::read(root).medium, QStringLiteral("cellular"));
        QVERIFY(addInterface(root, QStringLiteral("wlan0"), QStringLiteral("up"), QString(), true));
        QCOMPARE(SysfsNetworkMonitor::read(root).medium, QStringLiteral("wifi"));
        QVERIFY(addInterface(root, QStringLiteral("eth0"), QStringLiteral("up")));
        QCOMPARE(SysfsNetworkMonitor::read(root).medium, QStringLiteral("ethernet"));
    }

    // /proc/net/route and ipv6_route as the kernel writes them (header, tabs, hex; metric decimal in IPv4).
    static bool writeRoutes(const QString &procNet, const QStringList &v4, const QStringList &v6 = {})
    {
        QByteArray route = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
        for (const QString &line : v4)
            route += line.toLatin1() + '\n';
        QByteArray route6;
        for (const QString &line : v6)
            route6 += line.toLatin1() + '\n';
        QDir().mkpath(procNet);
        QFile a(procNet + QStringLiteral("/route")), b(procNet + QStringLiteral("/ipv6_route"));
        return a.open(QIODevice::WriteOnly | QIODevice::Truncate) && a.write(route) == route.size()
               && b.open(QIODevice::WriteOnly | QIODevice::Truncate) && b.write(route6) == route6.size();
    }
    static QString v4Default(const QString &iface, int metric)
    {
        return QStringLiteral("%1\t00000000\t0101A8C0\t0003\t0\t0\t%2\t00000000\t0\t0\t0").arg(iface).arg(metric);
    }

    void defaultRouteDecidesTheMedium()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("net"));
        const QString proc = dir.filePath(QStringLiteral("proc"));
        QVERIFY(addInterface(root, QStringLiteral("wlan0"), QStringLiteral("up"), QString(), true));
        QVERIFY(addInterface(root, QStringLiteral("wwan0"), QStringLiteral("up")));

        // Wi-Fi associated, but the default route goes over the modem: cellular (video waits).
        QVERIFY(writeRoutes(proc, {v4Default(QStringLiteral("wwan0"), 100),
                                   QStringLiteral("wlan0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0")}));
        NetworkState s = SysfsNetworkMonitor::read(root, proc);
        QCOMPARE(s.medium, QStringLiteral("cellular"));
        QVERIFY(s.reachable);
        // Without the routing table the same links read as Wi-Fi (the best link up).
        QCOMPARE(SysfsNetworkMonitor::read(root).medium, QStringLiteral("wifi"));

        // Both carry a default route: the lower metric wins, whichever is listed first.
        QVERIFY(writeRoutes(proc, {v4Default(QStringLiteral("wwan0"), 700), v4Default(QStringLiteral("wlan0"), 600)}));
        QCOMPARE(SysfsNetworkMonitor::read(root, proc).medium, QStringLiteral("wifi"));
        QVERIFY(writeRoutes(proc, {v4Default(QStringLiteral("wwan0"), 50), v4Default(QStringLiteral("wlan0"), 600)}));
        QCOMPARE(SysfsNetworkMonitor::read(root, proc).medium, QStringLiteral("cellular"));

        // A route that is not up (flags without RTF_UP) does not count; links up with no default
        // route: the link is named, but nothing is reachable.
        QVERIFY(writeRoutes(proc, {QStringLiteral("wlan0\t00000000\t0101A8C0\t0002\t0\t0\t0\t00000000\t0\t0\t0")}));
        s = SysfsNetworkMonitor::read(root, proc);
        QCOMPARE(s.medium, QStringLiteral("wifi"));
        QVERIFY(!s.reachable);

        // IPv6 only: the ::/0 route's interface (the kernel's unreachable default on lo ignored).
        QVERIFY(addInterface(root, QStringLiteral("eth0"), QStringLiteral("up")));
        const QString zero(32, QLatin1Char('0'));
        QVERIFY(writeRoutes(proc, {}, {QStringLiteral("%1 00 %1 00 %1 ffffffff 00000001 00000000 00200200       lo").arg(zero),
                                       QStringLiteral("%1 00 %1 00 fe800000000000000000000000000001 00000400 00000003 00000000 00000003     eth0").arg(zero)}));
        s = SysfsNetworkMonitor::read(root, proc);
        QCOMPARE(s.medium, QStringLiteral("ethernet"));
        QVERIFY(s.reachable);

        // The default route's interface is down: not reachable over it.
        QVERIFY(writeAttribute(root + QStringLiteral("/eth0"), QStringLiteral("operstate"), QStringLiteral("down")));
        QVERIFY(writeAttribute(root + QStringLiteral("/eth0"), QStringLiteral("carrier"), QStringLiteral("0")));
        QVERIFY(!SysfsNetworkMonitor::read(root, proc).reachable);

        // This machine's own tables parse (whatever they say).
        QHash<QString, quint32> real;
        QVERIFY(SysfsNetworkMonitor::defaultRoutes(QStringLiteral("/proc/net"), &real));
        QVERIFY(!SysfsNetworkMonitor::defaultRoutes(dir.filePath(QStringLiteral("missing")), &real));
    }

    void refreshAndPollingFollowTheLink()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(addInterface(root, QStringLiteral("wlan0"), QStringLiteral("up"), QString(), true));
        QVERIFY(addInterface(root, QStringLiteral("wwan0"), QStringLiteral("up")));
        SysfsNetworkMonitor monitor(root, 50);
        QCOMPARE(monitor.medium(), QStringLiteral("wifi"));
        QSignalSpy changed(&monitor, &NetworkMonitor::changed);

        // Wi-Fi drops: cellular remains.
        QVERIFY(writeAttribute(dir.filePath(QStringLiteral("wlan0")), QStringLiteral("operstate"), QStringLiteral("down")));
        QVERIFY(writeAttribute(dir.filePath(QStringLiteral("wlan0")), QStringLiteral("carrier"), QStringLiteral("0")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.medium(), QStringLiteral("cellular"), 5000);
        QVERIFY(monitor.reachable());
        // Cellular drops too: nothing.
        QVERIFY(writeAttribute(dir.filePath(QStringLiteral("wwan0")), QStringLiteral("operstate"), QStringLiteral("down")));
        QVERIFY(writeAttribute(dir.filePath(QStringLiteral("wwan0")), QStringLiteral("carrier"), QStringLiteral("0")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.medium(), QStringLiteral("none"), 5000);
        QVERIFY(!monitor.reachable());
        QCOMPARE(changed.count(), 2);
    }

    void simulatedMonitor()
    {
        SimulatedNetworkMonitor monitor;
        QCOMPARE(monitor.medium(), QStringLiteral("ethernet"));
        QVERIFY(monitor.reachable());
        QSignalSpy changed(&monitor, &NetworkMonitor::changed);
        monitor.set({QStringLiteral("cellular"), true});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(monitor.medium(), QStringLiteral("cellular"));
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
