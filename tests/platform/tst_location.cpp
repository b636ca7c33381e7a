// Location (issue 7): NMEA through Qt Positioning from a replayed log, gpsd over TCP and a
// tty-like FIFO, on real files and sockets. Fixes arrive in order with their coordinates,
// quality and satellites; a line failing its checksum is ignored; silence turns the fix stale;
// a lost fix (GGA quality 0) is reported at once; the profile's section is validated by field.
#include "deviceprofile.h"
#include "gpsdclient.h"
#include "locationfactory.h"
#include "nmeafilereplay.h"
#include "nmealocationsource.h"
#include "nmeasentence.h"
#include "nmeaserialport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// One epoch: GGA, GSA, GSV (in view) and RMC at hh:mm:ss, degrees converted to NMEA ddmm.mmmm.
QByteArray epoch(int second, double lat, double lon, int quality, int satellites, double hdop, int inView = 9)
{
    const QByteArray time = QByteArray("0830") + QByteArray::number(second).rightJustified(2, '0') + ".00";
    auto dm = [](double v, int degDigits) {
        const int deg = int(v);
        return QByteArray::number(deg).rightJustified(degDigits, '0')
            + QByteArray::number((v - deg) * 60, 'f', 4).rightJustified(7, '0');
    };
    const QByteArray la = dm(lat, 2), lo = dm(lon, 3);
    QByteArray out;
    out += Nmea::withChecksum("GPGGA," + time + "," + la + ",N," + lo + ",E," + QByteArray::number(quality) + ","
                              + QByteArray::number(satellites).rightJustified(2, '0') + "," + QByteArray::number(hdop, 'f', 1)
                              + ",6.0,M,8.6,M,,");
    out += Nmea::withChecksum("GPGSA,A,3,03,06,09,12,14,17,,,,,,,2.0," + QByteArray::number(hdop, 'f', 1) + ",1.5");
    QList<QByteArray> sats;
    for (int i = 0; i < inView; ++i)
        sats << QByteArray::number(i + 1).rightJustified(2, '0') + ",40,100,40";
    const int messages = (inView + 3) / 4;
    for (int m = 0; m < messages; ++m)
        out += Nmea::withChecksum("GPGSV," + QByteArray::number(messages) + "," + QByteArray::number(m + 1) + ","
                                  + QByteArray::number(inView).rightJustified(2, '0') + "," + sats.mid(m * 4, 4).join(','));
    out += Nmea::withChecksum("GPRMC," + time + ",A," + la + ",N," + lo + ",E,2.7,63.8,180526,,,A");
    return out;
}

QByteArray noFixEpoch(int second)
{
    const QByteArray time = QByteArray("0830") + QByteArray::number(second).rightJustified(2, '0') + ".00";
    return Nmea::withChecksum("GPGGA," + time + ",,,,,0,00,99.9,,M,,M,,")
        + Nmea::withChecksum("GPRMC," + time + ",V,,,,,,,180526,,,N");
}

// The same sentence with its checksum broken (last digit changed).
QByteArray corrupt(QByteArray sentence)
{
    sentence.chop(2);   // CR LF
    sentence[sentence.size() - 1] = sentence.at(sentence.size() - 1) == '0' ? '1' : '0';
    return sentence + "\r\n";
}

QList<GeoFix> fixesOf(const QSignalSpy &spy)
{
    QList<GeoFix> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<GeoFix>();
    return out;
}

QList<GeoFix> validFixes(const QSignalSpy &spy)
{
    QList<GeoFix> out;
    for (const GeoFix &f : fixesOf(spy))
        if (f.valid)
            out << f;
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestLocation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<GeoFix>(); }

    void sentences()
    {
        const QByteArray gga = Nmea::withChecksum("GPGGA,083000.00,3114.1124,N,12128.5060,E,1,06,1.5,6.8,M,8.6,M,,").trimmed();
        QVERIFY(Nmea::hasValidChecksum(gga));
        QCOMPARE(Nmea::sentenceType(gga), QByteArray("GGA"));
        QCOMPARE(Nmea::utcSecondsOfDay(gga), 8 * 3600 + 30 * 60.0);
        Nmea::Gga g;
        QVERIFY(Nmea::parseGga(gga, &g));
        QCOMPARE(g.quality, 1);
        QCOMPARE(g.satellites, 6);
        QCOMPARE(g.hdop, 1.5);
        QVERIFY(!Nmea::hasValidChecksum(corrupt(gga + "\r\n").trimmed()));
        QVERIFY(!Nmea::hasValidChecksum("$GPGGA,083000.00*"));
        QVERIFY(!Nmea::hasValidChecksum("GPGGA,1*00"));
    }

    // A log replayed at 10× its pace: three fixes in order (GPS, DGPS, RTK) with their satellites;
    // an epoch whose lines fail their checksums never shows; then the stream ends → stale.
    void replayInOrderThenStale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("walk.nmea"));
        const QByteArray bad = epoch(1, 10.0, 20.0, 1, 5, 1.0);
        QByteArray badOnly;
        for (const QByteArray &line : bad.split('\n'))
            if (line.startsWith("$GPGGA") || line.startsWith("$GPRMC"))
                badOnly += corrupt(line + "\n");
        QVERIFY(writeFile(path, epoch(0, 31.2352, 121.4751, 1, 6, 1.5, 9) + badOnly
                                    + epoch(2, 31.2353, 121.4753, 2, 8, 0.9, 11)
                                    + epoch(3, 31.2354, 121.4755, 4, 10, 0.6, 12)));

        NmeaLocationSource::Options options;
        options.staleMs = 600;
        options.uereMeters = 5;
        NmeaLocationSource source(new NmeaFileReplay(path, false, 10.0), options);
        QSignalSpy spy(&source, &LocationSource::fixChanged);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.lastFix().stale, 5000);

        const QList<GeoFix> fixes = validFixes(spy);
        QCOMPARE(fixes.size(), 3);
        const double lats[] = {31.2352, 31.2353, 31.2354};
        const double lons[] = {121.4751, 121.4753, 121.4755};
        const FixQuality qualities[] = {FixQuality::Gps, FixQuality::Dgps, FixQuality::Rtk};
        const int used[] = {6, 8, 10};
        const int inView[] = {9, 11, 12};
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(qAbs(fixes[i].latitude - lats[i]) < 1e-6, qPrintable(QString::number(fixes[i].latitude, 'f', 7)));
            QVERIFY2(qAbs(fixes[i].longitude - lons[i]) < 1e-6, qPrintable(QString::number(fixes[i].longitude, 'f', 7)));
            QCOMPARE(fixes[i].quality, qualities[i]);
            QCOMPARE(fixes[i].satellitesInUse, used[i]);
            QCOMPARE(fixes[i].satellitesInView, inView[i]);
            QVERIFY(!fixes[i].stale);
            QCOMPARE(fixes[i].timestamp.time(), QTime(8, 30, i == 0 ? 0 : i + 1));
        }
        QVERIFY2(fixes[1].horizontalAccuracy > 0 && fixes[1].horizontalAccuracy < fixes[0].horizontalAccuracy,
                 qPrintable(QString::number(fixes[1].horizontalAccuracy)));
        QCOMPARE(source.rejectedLines(), 2);
        for (const GeoFix &f : fixesOf(spy))
            QVERIFY(qAbs(f.latitude - 10.0) > 1);   // the corrupted epoch never became a position

        const GeoFix last = fixesOf(spy).constLast();
        QVERIFY(last.stale);
        QVERIFY(!last.valid);
        QVERIFY(!source.lastFix().valid);
    }

    // GGA quality 0 / RMC V: the fix is lost at once (not stale: the receiver still talks), and
    // comes back with the next good epoch.
    void lostAndRegained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tunnel.nmea"));
        QVERIFY(writeFile(path, epoch(0, 31.2352, 121.4751, 1, 7, 1.2) + noFixEpoch(1)
                                    + epoch(2, 31.2356, 121.4759, 1, 7, 1.2)));
        NmeaLocationSource::Options options;
        options.staleMs = 5000;
        NmeaLocationSource source(new NmeaFileReplay(path, false, 20.0), options);
        QSignalSpy spy(&source, &LocationSource::fixChanged);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(validFixes(spy).size(), 2, 3000);
        const QList<GeoFix> all = fixesOf(spy);
        QVERIFY(all.size() >= 3);
        QVERIFY(all.at(0).valid);
        QVERIFY(!all.at(1).valid);
        QVERIFY(!all.at(1).stale);
        QCOMPARE(all.at(1).quality, FixQuality::None);
        QVERIFY(all.constLast().valid);
    }

    // A looping replay starts over after its last epoch (the demo profile loops its walk).
    void loopStartsOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loop.nmea"));
        QVERIFY(writeFile(path, epoch(0, 31.2352, 121.4751, 1, 7, 1.2) + epoch(1, 31.2356, 121.4759, 1, 7, 1.2)));
        NmeaLocationSource::Options options;
        options.staleMs = 5000;
        NmeaLocationSource source(new NmeaFileReplay(path, true, 20.0), options);
        QSignalSpy spy(&source, &LocationSource::fixChanged);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(validFixes(spy).size() >= 5, 5000);
        const QList<GeoFix> fixes = validFixes(spy);
        QVERIFY(qAbs(fixes.at(2).latitude - 31.2352) < 1e-6);
        QVERIFY(qAbs(fixes.at(3).latitude - 31.2356) < 1e-6);
        QVERIFY(qAbs(fixes.at(4).latitude - 31.2352) < 1e-6);
    }

    // The shipped sample log: every line checks, and a replay goes through GPS, DGPS, no fix
    // and GPS again.
    void shippedSampleLog()
    {
        QFile f(QStringLiteral(":/location/shanghai-walk.nmea"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int lines = 0;
        for (QByteArray line : f.readAll().split('\n')) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            ++lines;
            QVERIFY2(Nmea::hasValidChecksum(line), line.constData());
        }
        QVERIFY(lines > 400);

        NmeaLocationSource::Options options;
        options.staleMs = 60000;
        NmeaLocationSource source(new NmeaFileReplay(QStringLiteral(":/location/shanghai-walk.nmea"), false, 100.0), options);
        QSignalSpy spy(&source, &LocationSource::fixChanged);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(fixesOf(spy).size() >= 140, 10000);
        QTest::qWait(300);
        QList<FixQuality> sequence;
        for (const GeoFix &fix : fixesOf(spy))
            if (sequence.isEmpty() || sequence.constLast() != fix.quality)
                sequence << fix.quality;
        QCOMPARE(sequence, (QList<FixQuality>{FixQuality::Gps, FixQuality::Dgps, FixQuality::None, FixQuality::Gps}));
        const GeoFix first = validFixes(spy).constFirst();
        QVERIFY(first.latitude > 31.23 && first.latitude < 31.24);   // Nanjing Road, Shanghai
        QVERIFY(first.longitude > 121.47 && first.longitude < 121.48);
    }

    // gpsd: a fake server on loopback expects ?WATCH with NMEA, then streams sentences (after
    // gpsd's own JSON banner, which must be ignored). The client reconnects when dropped.
    void gpsdStreamsNmea()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QByteArray> commands;
        QList<QTcpSocket *> clients;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *c = server.nextPendingConnection();
            clients << c;
            c->write(R"({"class":"VERSION","release":"3.22","rev":"3.22","proto_major":3,"proto_minor":14})" "\n");
            connect(c, &QTcpSocket::readyRead, c, [&commands, c] {
                const QByteArray in = c->readAll();
                commands << in;
                if (in.startsWith("?WATCH=") && in.contains("\"nmea\":true") && in.contains("\"enable\":true")) {
                    c->write(R"({"class":"DEVICES","devices":[]})" "\n");
                    c->write(epoch(0, 31.2352, 121.4751, 2, 9, 0.8));
                    c->write(epoch(1, 31.2353, 121.4752, 2, 9, 0.8));
                }
            });
        });

        NmeaLocationSource::Options options;
        options.staleMs = 5000;
        auto *client = new GpsdClient(QStringLiteral("127.0.0.1"), server.serverPort());
        client->setReconnectInterval(100);
        NmeaLocationSource source(client, options);
        QSignalSpy spy(&source, &LocationSource::fixChanged);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(validFixes(spy).size(), 2, 5000);
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.first(), GpsdClient::watchCommand());
        const GeoFix fix = validFixes(spy).constLast();
        QCOMPARE(fix.quality, FixQuality::Dgps);
        QCOMPARE(fix.satellitesInUse, 9);
        QVERIFY(qAbs(fix.latitude - 31.2353) < 1e-6);

        // gpsd restarts: the client connects again and asks again.
        clients.first()->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(clients.size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(commands.size(), 2, 5000);
        QCOMPARE(commands.at(1), GpsdClient::watchCommand());
    }

    // A serial receiver, stood in for by a FIFO (the same read path without termios): lines
    // split across writes still parse, and the port is reopened after its writer went away.
    void serialPortReadsAndReopens()
    {
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("ttyFAKE")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        NmeaLocationSource::Options options;
        options.staleMs = 5000;
        auto *port = new NmeaSerialPort(QFile::decodeName(fifo), 9600);
        port->setReopenInterval(100);
        NmeaLocationSource source(port, options);
        QSignalSpy spy(&source, &LocationSource::fixChanged);
        source.start();

        int w = ::open(fifo.constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(w >= 0);
        const QByteArray first = epoch(0, 31.2352, 121.4751, 1, 7, 1.1);
        QCOMPARE(::write(w, first.constData(), 17), ssize_t(17));   // half a sentence first
        QTest::qWait(50);
        QCOMPARE(::write(w, first.constData() + 17, size_t(first.size() - 17)), ssize_t(first.size() - 17));
        QTRY_COMPARE_WITH_TIMEOUT(validFixes(spy).size(), 1, 3000);
        ::close(w);   // the receiver goes away; the port reopens

        QTest::qWait(300);
        w = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        QTRY_VERIFY_WITH_TIMEOUT((w >= 0) || ((w = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC)) >= 0), 3000);
        const QByteArray second = epoch(1, 31.2360, 121.4760, 1, 7, 1.1);
        QCOMPARE(::write(w, second.constData(), size_t(second.size())), ssize_t(second.size()));
        QTRY_COMPARE_WITH_TIMEOUT(validFixes(spy).size(), 2, 3000);
        QVERIFY(qAbs(validFixes(spy).constLast().latitude - 31.2360) < 1e-6);
        ::close(w);
    }

    void profileSection_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("source") << QByteArray(R"({"location":{"source":"bluetooth"}})") << "location.source";
        QTest::newRow("source type") << QByteArray(R"({"location":{"source":1}})") << "location.source";
        QTest::newRow("relative log") << QByteArray(R"({"location":{"source":"nmea-file","nmeaFile":"walk.nmea"}})") << "location.nmeaFile";
        QTest::newRow("speed") << QByteArray(R"({"location":{"replaySpeed":0}})") << "location.replaySpeed";
        QTest::newRow("loop type") << QByteArray(R"({"location":{"loop":"yes"}})") << "location.loop";
        QTest::newRow("tty") << QByteArray(R"({"location":{"source":"serial","serialDevice":"ttyUSB0"}})") << "location.serialDevice";
        QTest::newRow("baud") << QByteArray(R"({"location":{"source":"serial","baud":1234}})") << "location.baud";
        QTest::newRow("gpsd port") << QByteArray(R"({"location":{"source":"gpsd","gpsdPort":70000}})") << "location.gpsdPort";
        QTest::newRow("gpsd host") << QByteArray(R"({"location":{"source":"gpsd","gpsdHost":" "}})") << "location.gpsdHost";
        QTest::newRow("stale") << QByteArray(R"({"location":{"staleSeconds":1}})") << "location.staleSeconds";
        QTest::newRow("stale type") << QByteArray(R"({"location":{"staleSeconds":"10"}})") << "location.staleSeconds";
        QTest::newRow("uere") << QByteArray(R"({"location":{"uereMeters":0}})") << "location.uereMeters";
    }
    void profileSection()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        DeviceProfile p;
        QString error;
        QVERIFY(!DeviceProfile::fromJson(json, &p, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    void profileRoundTripAndFactory()
    {
        DeviceProfile p;
        QCOMPARE(p.location.source, QStringLiteral("fixed"));   // the default keeps the simulated behaviour
        p.location.source = QStringLiteral("gpsd");
        p.location.gpsdHost = QStringLiteral("10.0.0.5");
        p.location.gpsdPort = 2948;
        p.location.staleSeconds = 30;
        DeviceProfile q;
        QString error;
        QVERIFY2(DeviceProfile::fromJson(p.toJson(), &q, &error), qPrintable(error));
        QCOMPARE(q.location.source, QStringLiteral("gpsd"));
        QCOMPARE(q.location.gpsdHost, QStringLiteral("10.0.0.5"));
        QCOMPARE(q.location.gpsdPort, 2948);
        QCOMPARE(q.location.staleSeconds, 30);

        DeviceProfile shipped;
        QVERIFY2(DeviceProfile::fromFile(QStringLiteral(FIELDTERM_PROFILES_DIR "/simulated-nmea.json"), &shipped, &error),
                 qPrintable(error));
        QCOMPARE(shipped.location.source, QStringLiteral("nmea-file"));
        QVERIFY(QFile::exists(shipped.location.nmeaFile));

        const auto fixed = createLocationSource(LocationProfile{}, GeoFix{true, 39.9, 116.4});
        QVERIFY(fixed->lastFix().valid);
        QCOMPARE(fixed->lastFix().quality, FixQuality::Manual);
        const auto none = createLocationSource(LocationProfile{}, GeoFix{});
        QVERIFY(!none->lastFix().valid);
        const auto nmea = createLocationSource(shipped.location, GeoFix{});
        QVERIFY(qobject_cast<NmeaLocationSource *>(nmea.get()));
        QVERIFY(!nmea->lastFix().valid);   // nothing until the first sentence
    }
};

QTEST_GUILESS_MAIN(TestLocation)
#include "tst_location.moc"
