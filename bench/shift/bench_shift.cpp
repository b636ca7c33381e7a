// A simulated 8-hour shift at high speed (issue 7): the same objects the terminal builds —
// TerminalCore (store + recorder threads), CameraController, PowerPolicy reading a fake
// power_supply tree through the real SysfsPowerSource, SyncController syncing to the receiver
// the script started — driven through a duty cycle per simulated hour:
//   R recordings of S seconds each (crossing a segment boundary), a marker and a photo in each,
//   a photo between recordings, a sync pass, and the battery drained by D percent.
// Leaks are per operation, not per second, so an hour is compressed to its operations. After
// each hour: VmRSS and VmHWM from /proc/self/status and the number of open descriptors in
// /proc/self/fd. The battery reaches the warn level and, in the last hour, the critical level
// (the policy stops that recording: the path a real shift ends on).
//
// Usage: fieldterm-bench-shift --data-dir DIR --sysfs DIR [--hours 8] [--recordings 4]
//        [--seconds 12] [--drain 12] [--out FILE]
#include "cameracontroller.h"
#include "datapaths.h"
#include "deviceprofile.h"
#include "networkmonitor.h"
#include "powerpolicy.h"
#include "powersource.h"
#include "synccontroller.h"
#include "terminalcore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <gst/gst.h>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <sqlite3.h>
#include <functional>

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        wait(50);
    }
    return true;
}

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int openFds()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

bool writeBattery(const QString &root, int percent)
{
    QDir().mkpath(root + QStringLiteral("/BAT0"));
    auto put = [&](const char *name, const QByteArray &value) {
        QFile f(root + QStringLiteral("/BAT0/") + QLatin1String(name));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(value + '\n') > 0;
    };
    return put("type", "Battery") && put("present", "1") && put("status", "Discharging")
           && put("capacity", QByteArray::number(percent));
}

} // namespace

int main(int argc, char *argv[])
{
    gst_init(&argc, &argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"), QStringLiteral("terminal data folder (enrolled)"), QStringLiteral("dir"));
    const QCommandLineOption sysfsOpt(QStringLiteral("sysfs"), QStringLiteral("fake power_supply folder"), QStringLiteral("dir"));
    const QCommandLineOption hoursOpt(QStringLiteral("hours"), QStringLiteral("simulated hours"), QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption recOpt(QStringLiteral("recordings"), QStringLiteral("recordings per hour"), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption secOpt(QStringLiteral("seconds"), QStringLiteral("seconds per recording"), QStringLiteral("n"), QStringLiteral("12"));
    const QCommandLineOption drainOpt(QStringLiteral("drain"), QStringLiteral("battery percent per hour"), QStringLiteral("n"), QStringLiteral("12"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("markdown results file"), QStringLiteral("file"));
    // For heaptrack: end without tearing anything down, so whatever the shift holds is reported as
    // still allocated; comparing a short and a long run shows what grows with the shift.
    const QCommandLineOption abruptOpt(QStringLiteral("exit-holding"), QStringLiteral("exit without destroying anything (for heaptrack)"));
    parser.addOptions({dataOpt, sysfsOpt, hoursOpt, recOpt, secOpt, drainOpt, outOpt, abruptOpt});
    parser.process(app);
    const int hours = parser.value(hoursOpt).toInt();
    const int perHour = parser.value(recOpt).toInt();
    const int seconds = parser.value(secOpt).toInt();
    const int drain = parser.value(drainOpt).toInt();
    const QString sysfs = parser.value(sysfsOpt);
    if (!parser.isSet(dataOpt) || sysfs.isEmpty() || hours < 1 || perHour < 1 || seconds < 2) {
        std::fprintf(stderr, "bench-shift: --data-dir and --sysfs are required; hours, recordings >= 1, seconds >= 2\n");
        return 2;
    }

    DeviceProfile profile = DeviceProfile::simulatedDefault();
    profile.video.width = 640;
    profile.video.height = 360;
    profile.video.x264Preset = QStringLiteral("ultrafast");
    profile.video.bitrateKbps = 1500;
    profile.policy.prerecordSeconds = 5;
    profile.policy.segmentSeconds = 10;   // the shortest allowed: every recording crosses a boundary
    profile.power.sysfsRoot = sysfs;
    int battery = 100;
    writeBattery(sysfs, battery);

    const DataPaths paths(parser.value(dataOpt));
    QString error;
    if (!paths.ensure(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    TerminalCore core(profile, paths);
    CameraController camera(&core, nullptr, profile.policy.prerecordSeconds, profile.policy.postrecordSeconds);
    SysfsPowerSource power(sysfs, 1000);
    SimulatedNetworkMonitor network;
    PowerPolicy policy(&power, &camera, profile.power.warnPercent, profile.power.criticalPercent);
    int warnings = 0, criticalStops = 0;
    QObject::connect(&policy, &PowerPolicy::lowBatteryWarning, [&] { ++warnings; });
    QObject::connect(&policy, &PowerPolicy::recordingStoppedForBattery, [&] { ++criticalStops; });
    SyncController sync(profile, paths);
    sync.setConditionSources(&power, &network);
    int passes = 0;
    bool wasSyncing = false;
    QObject::connect(&sync, &SyncController::stateChanged, [&] {
        if (wasSyncing && !sync.syncing())
            ++passes;
        wasSyncing = sync.syncing();
    });
    QObject::connect(&core, &TerminalCore::storeReady, &sync, [&sync] { sync.start(); });
    QObject::connect(&core, &TerminalCore::evidenceRegistered, &sync, &SyncController::kick);
    core.startStore();
    camera.startCamera();
    if (!waitFor([&] { return camera.ready(); }, 60000)) {
        std::fprintf(stderr, "bench-shift: the camera did not become ready\n");
        return 1;
    }

    struct Sample {
        int hour;
        qint64 rssKb, hwmKb;
        qint64 anonKb, fileKb;            // RSS by kind: heap/stacks, mapped files
        qint64 trimmedKb;                 // RSS after malloc_trim(0): what the allocator kept but nobody uses
        qint64 heapKb;                    // bytes the program holds from malloc (mallinfo2: all arenas + mmapped)
        qint64 sqliteKb;                  // of which SQLite's (page caches, statements, schema)
        qint64 databaseKb;                // the database file and its WAL on disk
        int fds;
        int battery;
        double wallS;
    };
    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    auto sample = [&](int hour) {
        const struct mallinfo2 heap = mallinfo2();
        Sample s0{hour, statusKb("VmRSS:"), statusKb("VmHWM:"), statusKb("RssAnon:"), statusKb("RssFile:"), 0,
                  qint64((heap.uordblks + heap.hblkhd) / 1024), qint64(sqlite3_memory_used() / 1024),
                  (QFileInfo(paths.database()).size() + QFileInfo(paths.database() + QStringLiteral("-wal")).size()) / 1024,
                  openFds(), battery, clock.elapsed() / 1000.0};
        // Freed memory glibc keeps in its per-thread arenas is not a leak: trimming shows how
        // much of the RSS is that. (Sampled after, so the next hour starts from the trim.)
        malloc_trim(0);
        s0.trimmedKb = statusKb("VmRSS:");
        samples << s0;
        const Sample &s = samples.last();
        std::printf("hour %d: RSS %lld KiB (anon %lld, file %lld; peak %lld; after malloc_trim %lld; heap in use %lld, SQLite %lld;"
                    " database %lld), %d fds, battery %d%%, %d recordings, %d sync passes\n",
                    hour, s.rssKb, s.anonKb, s.fileKb, s.hwmKb, s.trimmedKb, s.heapKb, s.sqliteKb, s.databaseKb, s.fds, battery,
                    hour * perHour, passes);
        std::fflush(stdout);
    };
    wait(3000);   // pre-record buffer filled, store open, first sync pass
    sample(0);
    int recordings = 0;
    for (int hour = 1; hour <= hours; ++hour) {
        for (int r = 0; r < perHour; ++r) {
            camera.startRecording(false);
            if (!waitFor([&] { return camera.recording(); }, 20000)) {
                std::fprintf(stderr, "bench-shift: recording did not start (hour %d)\n", hour);
                break;
            }
            ++recordings;
            // The shift's last recording runs the battery down to the critical level: the
            // policy must stop it (the way a real shift ends when nobody charges).
            const bool lastOne = hour == hours && r == perHour - 1;
            bool stoppedByPolicy = false;
            if (lastOne) {
                battery = qMax(0, profile.power.criticalPercent - 1);
                writeBattery(sysfs, battery);
                stoppedByPolicy = waitFor([&] { return !camera.recording(); }, 20000);
            }
            if (!stoppedByPolicy) {
                wait(seconds * 1000 / 3);
                camera.addMarker(QStringLiteral("notify"));
                camera.takePhoto();
                wait(seconds * 1000 * 2 / 3);
                camera.stopRecording();
            }
            waitFor([&] { return !camera.recording(); }, 30000);
            camera.takePhoto();
            wait(500);
        }
        if (hour < hours) {
            battery = qMax(profile.power.criticalPercent + 1, battery - drain);
            writeBattery(sysfs, battery);
        }
        sync.retryNow();
        wait(2500);   // the power source's poll, the sync pass
        sample(hour);
    }
    core.shutdown();

    const Sample &first = samples.value(1, samples.first());
    const Sample &last = samples.last();
    QString md;
    md += QStringLiteral("# Simulated %1-hour shift (%2)\n\n").arg(hours).arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    md += QStringLiteral("Per hour: %1 recordings × %2 s (640×360, 10 s segments, 5 s pre-record), a marker and two photos per "
                         "recording, a sync pass to the local receiver, battery −%3 % (the last recording: down to the critical level). Wall time %4 s.\n\n")
              .arg(perHour).arg(seconds).arg(drain).arg(last.wallS, 0, 'f', 0);
    md += QStringLiteral("| hour | RSS (MiB) | anon | file | peak RSS | RSS after malloc_trim | heap in use | of it SQLite | database file | open fds | battery |\n"
                         "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    const auto mib = [](qint64 kb) { return QString::number(kb / 1024.0, 'f', 1); };
    for (const Sample &s : samples)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 % |\n")
                  .arg(s.hour).arg(mib(s.rssKb), mib(s.anonKb), mib(s.fileKb), mib(s.hwmKb), mib(s.trimmedKb), mib(s.heapKb),
                                   mib(s.sqliteKb), mib(s.databaseKb))
                  .arg(s.fds).arg(s.battery);
    md += QStringLiteral("\nRSS hour %1 → %2: %3 MiB (%4×); after malloc_trim %11 → %12 MiB; open fds %5 → %6; "
                         "low-battery warnings %7, critical stops %8, recordings %9, sync passes %10.\n")
              .arg(first.hour).arg(last.hour).arg((last.rssKb - first.rssKb) / 1024.0, 0, 'f', 1)
              .arg(first.rssKb > 0 ? double(last.rssKb) / first.rssKb : 0, 0, 'f', 3)
              .arg(first.fds).arg(last.fds).arg(warnings).arg(criticalStops).arg(recordings).arg(passes)
              .arg(mib(first.trimmedKb), mib(last.trimmedKb));
    std::printf("%s", qPrintable(md));
    if (parser.isSet(outOpt)) {
        QFile out(parser.value(outOpt));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(md.toUtf8());
    }
    if (parser.isSet(abruptOpt)) {
        std::fflush(stdout);
        std::exit(0);   // atexit handlers run (heaptrack writes its trace); nothing on main's stack is destroyed
    }
    return 0;
}
