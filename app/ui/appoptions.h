#pragma once
// AppOptions: the terminal's command line — which data directory and device profile to run
// with, plus the screenshot script for looking at it without a person.

#include "screenshotscript.h"

#include "datapaths.h"
#include "deviceprofile.h"

#include <QStringList>

struct AppOptions {
    DataPaths paths;
    DeviceProfile profile;
    ScreenshotOptions screenshot;
    QString language;   // "zh_CN" (default) or "en"
    QString demoSignIn; // simulated mode only: sign this demo officer in at start (screenshots, demos)
};

// Parses arguments (QCoreApplication::arguments()). On a bad option or profile, returns false
// with *error naming it (Chinese); --help/--version print and set *exitNow.
bool parseAppOptions(const QStringList &arguments, AppOptions *out, QString *error, bool *exitNow);
