// fieldterm: the terminal. Builds the object graph — core (store + recorder threads), the
// facades QML sees, the QML engine — and runs. Nothing else lives here.

#include "appoptions.h"
#include "auditactions.h"
#include "auditcontroller.h"
#include "synccontroller.h"
#include "cameracontroller.h"
#include "clockstatus.h"
#include "casescontroller.h"
#include "demoofficers.h"
#include "documentscontroller.h"
#include "domainstore.h"
#include "dutyinfo.h"
#include "feedback.h"
#include "hardwarekeys.h"
#include "i18n.h"
#include "locationfactory.h"
#include "locationsource.h"
#include "networkmonitor.h"
#include "powerpolicy.h"
#include "powersource.h"
#include "recorder.h"
#include "reviewcontroller.h"
#include "screenshotscript.h"
#include "sessioncontroller.h"
#include "storageinfo.h"
#include "storagestatus.h"
#include "terminalcore.h"
#include "todayrecordingsmodel.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <gst/gst.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(FieldtermPlugin)
Q_IMPORT_QML_PLUGIN(Fieldterm_CorePlugin)

int main(int argc, char *argv[])
{
    gst_init(&argc, &argv);
    // qml6glsink renders through OpenGL (RECIPES.md): force the GL scene graph.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("fieldterm"));
    QGuiApplication::setApplicationVersion(QStringLiteral(FIELDTERM_VERSION));

    // The language before the options, so --help and option errors come out in it (a bad --lang
    // value is left for parseAppOptions to report).
    QStringList languageArgs = QGuiApplication::arguments();
    QString language;
    QString error;
    if (I18n::takeLanguageOption(&languageArgs, &language, &error) && !I18n::install(language, &error)) {
        std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        return 2;
    }
    AppOptions options;
    bool exitNow = false;
    if (!parseAppOptions(QGuiApplication::arguments(), &options, &error, &exitNow)) {
        std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        return 2;
    }
    if (!options.paths.ensure(&error)) {
        std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        return 1;
    }

    // The preview sink is made before QML loads: creating it registers GstGLQt6VideoItem. The
    // offscreen/minimal platforms have no OpenGL to render it: record without a preview there.
    const QString platform = QGuiApplication::platformName();
    const bool glPlatform = platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
    GstElement *previewSink = glPlatform ? gst_element_factory_make("qml6glsink", "preview") : nullptr;
    if (previewSink)
        gst_object_ref_sink(previewSink);

    StatvfsStorageInfo storage;
    TerminalCoreOptions coreOptions;
    coreOptions.previewSink = previewSink;
    coreOptions.storage = &storage;
    TerminalCore core(options.profile, options.paths, coreOptions);

    const DeviceProfile &profile = options.profile;
    // Location (issue 7): the profile's source (fixed, NMEA log, serial receiver, gpsd). Every
    // fix change moves the watermark and the position stamped on new photos and segments.
    const std::unique_ptr<LocationSource> location =
        createLocationSource(profile.location, GeoFix(profile.hasFixedPosition, profile.latitude, profile.longitude));
    core.setLocation(location->lastFix());
    QObject::connect(location.get(), &LocationSource::fixChanged, &core, &TerminalCore::setLocation);

    CameraController camera(&core, previewSink, profile.policy.prerecordSeconds, profile.policy.postrecordSeconds);
    DutyInfo duty(profile, location.get());
    const int kbps = profile.video.bitrateKbps + (profile.audio.source == QLatin1String("none") ? 0 : profile.audio.bitrateKbps);
    StorageStatus storageStatus(&storage, options.paths.evidenceRoot(), profile.policy.storageReserveMB, kbps);
    TodayRecordingsModel today(options.paths);
    AppSettings settings(options.paths.root() + QStringLiteral("/ui.ini"));
    // People's actions (sign-in, cases, settings) go through the GUI thread's own writer
    // connection, opened once the store thread has migrated the database.
    DomainStore domain(profile, options.paths);
    SessionController session(&domain, &core, [&camera] { return camera.recording(); });
    AuditController audit(&domain);
    camera.setMayRecord([&domain] { return domain.can(Permission::Record); });
    CasesController cases(&domain, &core, &duty);
    QObject::connect(core.recorder(), &Recorder::recordingStopped, &cases, &CasesController::onRecordingStopped);
    QObject::connect(&core, &TerminalCore::recordingChanged, &cases, &CasesController::scheduleRefresh);
    DocumentsController documents(&domain, &cases, [&camera] { return camera.recordingMoment(); });
    CameraController::setInstance(&camera);
    SessionController::setInstance(&session);
    CasesController::setInstance(&cases);
    // Review playback renders into its own qml6glsink (the player page hands its item over).
    GstElement *playbackSink = glPlatform ? gst_element_factory_make("qml6glsink", "playback") : nullptr;
    ReviewController review(&domain, playbackSink, nullptr, playbackSink != nullptr);
    ReviewController::setInstance(&review);
    DocumentsController::setInstance(&documents);
    AuditController::setInstance(&audit);
    SyncController sync(profile, options.paths, &domain);
    SyncController::setInstance(&sync);
    // Battery and link (issue 7): the kernel's sysfs on a device, fixed values when simulated.
    // They feed the sync policy; the power policy warns when low and stops recording at critical.
    std::unique_ptr<PowerSource> power;
    std::unique_ptr<NetworkMonitor> network;
    if (profile.simulated) {
        power = std::make_unique<SimulatedPowerSource>();
        network = std::make_unique<SimulatedNetworkMonitor>();
    } else {
        power = std::make_unique<SysfsPowerSource>(profile.power.sysfsRoot);
        network = std::make_unique<SysfsNetworkMonitor>(profile.network.sysfsRoot, 3000, nullptr, profile.network.procNet);
    }
    sync.setConditionSources(power.get(), network.get());
    PowerPolicy powerPolicy(power.get(), &camera, profile.power.warnPercent, profile.power.criticalPercent);
    PowerPolicy::setInstance(&powerPolicy);
    // The clock (issue 7): the kernel's state on a device (a simulated one is taken as
    // disciplined); each sync pass measures the offset from the receiver's clock.
    ClockStatus clockStatus([simulated = profile.simulated] {
        return simulated ? KernelClockState{QStringLiteral("simulated"), true, true, 0, 0} : KernelClock::read();
    }, qint64(profile.time.maxOffsetSeconds) * 1000);
    clockStatus.setAuditSink([&domain, deviceId = profile.deviceId](const QJsonObject &details) {
        domain.audit(AuditAction::ClockCheck, QStringLiteral("device"), deviceId, details);
    });
    QObject::connect(&sync, &SyncController::clockChecked, &clockStatus, [&clockStatus](const ClockCheck &check) {
        clockStatus.recordCheck(check);
    });
    ClockStatus::setInstance(&clockStatus);
    QObject::connect(&core, &TerminalCore::storeReady, &sync, [&sync] { sync.start(); });
    QObject::connect(&core, &TerminalCore::evidenceRegistered, &sync, &SyncController::kick);
    DutyInfo::setInstance(&duty);
    StorageStatus::setInstance(&storageStatus);
    // Feedback (issue 7): a voice prompt, vibration and LEDs confirm recording, photos and the
    // storage / battery warnings. Simulated: LEDs and vibrator in a sysfs-shaped tree under the
    // data folder, prompts into a fakesink.
    const std::unique_ptr<Feedback> feedback = Feedback::create(profile, options.paths.root());
    feedback->watchCamera(&camera);
    feedback->watchStorage(&storageStatus);
    feedback->watchPower(&powerPolicy);
    today.followSession(&domain);   // the signed-in officer's own, thumbnails audited as them
    TodayRecordingsModel::setInstance(&today);
    AppSettings::setInstance(&settings);

    QObject::connect(&core, &TerminalCore::storeReady, &domain, [&] {
        QString error;
        if (!domain.open(&error)) {
            std::fprintf(stderr, "%s\n", error.toUtf8().constData());
            return;
        }
    });
    QObject::connect(&settings, &AppSettings::highContrastChanged, &domain, [&] {
        domain.audit(AuditAction::SettingsChange, QStringLiteral("settings"), QStringLiteral("high_contrast"),
                     {{QStringLiteral("value"), settings.highContrast()}});
    });
    QObject::connect(&core, &TerminalCore::storeReady, &today, &TodayRecordingsModel::refresh);
    QObject::connect(&core, &TerminalCore::recordingChanged, &today, &TodayRecordingsModel::scheduleRefresh);
    QObject::connect(&core, &TerminalCore::evidenceRegistered, &today, &TodayRecordingsModel::scheduleRefresh);
    QObject::connect(&core, &TerminalCore::evidenceRegistered, &storageStatus, &StorageStatus::refresh);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Fieldterm/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    // Hardware keys (issue 7): the evdev devices the profile names call the window's key
    // functions, so they obey the F1–F3 rules on every page and on the lock screen. A profile
    // without devices (the simulated default) has none. SOS is audited here with the position.
    std::unique_ptr<HardwareKeys> hardwareKeys;
    if (!profile.keys.devices.isEmpty()) {
        hardwareKeys = std::make_unique<HardwareKeys>(profile.keys);
        hardwareKeys->setWindow(window);
        QObject::connect(hardwareKeys.get(), &HardwareKeys::sosTriggered, &domain, [&] {
            QJsonObject details{{QStringLiteral("wasRecording"), camera.recording()}};
            if (duty.fix().valid) {
                details.insert(QStringLiteral("latitude"), duty.fix().latitude);
                details.insert(QStringLiteral("longitude"), duty.fix().longitude);
            }
            if (!domain.audit(AuditAction::Sos, QStringLiteral("device"), profile.deviceId, details))
                std::fprintf(stderr, "SOS pressed but not audited (store not open)\n");
            sync.kick();
        });
        hardwareKeys->start();
    }

    core.startStore();
    camera.startCamera();
    location->start();

    ScreenshotScript script(options.screenshot, window, &camera);
    QObject::connect(&script, &ScreenshotScript::showRequested, window, [&](const QString &what) {
        if (what == QLatin1String("lock")) {
            session.lock();
        } else if (what == QLatin1String("case") || what == QLatin1String("document")) {
            const QString id = cases.model()->rowCount() > 0
                ? cases.model()->index(0, 0).data(CaseListModel::CaseIdRole).toString()
                : QString();
            if (id.isEmpty())
                return;
            QMetaObject::invokeMethod(window, "showCase", Q_ARG(QVariant, id));
            if (what == QLatin1String("document")) {
                const QVariantList existing = documents.documentsFor(id);
                const QString documentId = existing.isEmpty() ? documents.create(id, QStringLiteral("inquiry_record"))
                                                              : existing.first().toMap().value(QStringLiteral("documentId")).toString();
                if (!documentId.isEmpty())
                    QMetaObject::invokeMethod(window, "showDocument", Q_ARG(QVariant, documentId));
            }
        } else if (what == QLatin1String("review") || what == QLatin1String("player")) {
            QMetaObject::invokeMethod(window, "showReview");
            // The player: the newest recording the officer may see, opened (paused on its first frame).
            if (what == QLatin1String("player") && review.model()->rowCount() > 0
                && review.openRecording(review.model()->index(0, 0).data(ReviewRecordingsModel::RecordingIdRole).toString()))
                QMetaObject::invokeMethod(window, "showPlayer");
        } else {
            QMetaObject::invokeMethod(window, what == QLatin1String("cases")  ? "showCaseList"
                                              : what == QLatin1String("sync") ? "showSync"
                                                                              : "showSettings");
        }
    });
    if (options.demoSignIn.isEmpty()) {
        script.start();
    } else {
        // The script's clock starts once the demo officer is signed in: a first start seeds the
        // demo officers, which costs a PIN KDF each.
        QObject::connect(&domain, &DomainStore::opened, &script, [&] {
            for (const DemoOfficer &d : demoOfficers()) {
                if (d.officerNo == options.demoSignIn)
                    session.signInNow(d.officerNo, d.pin);
            }
            if (!session.signedIn())
                std::fprintf(stderr, "--sign-in %s: not a demo officer\n", qPrintable(options.demoSignIn));
            script.start();
        });
    }

    const int rc = app.exec();
    core.shutdown();
    if (previewSink)
        gst_object_unref(previewSink);
    return rc;
}
