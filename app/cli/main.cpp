// fieldterm-cli: headless control of the terminal's recorder and evidence store, for tests
// and field engineers. Argument parsing and one file per command; the object graph is the same
// TerminalCore the terminal's UI uses.
#include "auditcommand.h"
#include "clioptions.h"
#include "identitycommand.h"
#include "clisession.h"
#include "documentcommand.h"
#include "enrollcommand.h"
#include "synccommand.h"
#include "uploadcommand.h"
#include "i18n.h"
#include "listcommand.h"
#include "officerscommand.h"
#include "photocommand.h"
#include "recordcommand.h"
#include "signalwatcher.h"
#include "verifycommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

namespace {

// `document` lays out PDFs, and fonts need a QGuiApplication (offscreen: no display needed);
// every other command stays a plain QCoreApplication.
bool wantsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "document") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    SignalWatcher::blockTerminationSignals();   // before any thread exists
    const bool gui = wantsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldterm-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("fieldterm"));

    // --lang zh_CN|en (default zh_CN, the source language) is taken out before parsing, so the
    // parser's own messages come out in the chosen language.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language;
    QString error;
    if (!I18n::takeLanguageOption(&arguments, &language, &error) || !I18n::install(language, &error)) {
        CliSession::printErr(error);
        return ExitUsage;
    }
    CliOptions options;
    if (!parseCommandLine(arguments, &options, &error)) {
        CliSession::printErr(error);
        return ExitUsage;
    }
    if (options.help) {
        CliSession::printOut(helpText().toUtf8());
        return ExitOk;
    }
    // stderr carries progress and errors for people; library chatter only with --verbose
    // (QT_LOGGING_RULES still overrides this).
    if (!options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nfieldterm.*.info=false"));

    if (options.command == QLatin1String("document"))
        return runDocument(options);   // templates and PDFs only: the evidence store stays closed

    SignalWatcher signalWatcher;
    CliSession session(options, &signalWatcher);
    const int opened = session.open();
    if (opened != ExitOk)
        return opened;
    if (options.command == QLatin1String("record"))
        return runRecord(session);
    if (options.command == QLatin1String("photo"))
        return runPhoto(session);
    if (options.command == QLatin1String("list"))
        return runList(session);
    if (options.command == QLatin1String("audit"))
        return runAudit(session);
    if (options.command == QLatin1String("identity"))
        return runIdentity(session);
    if (options.command == QLatin1String("officers"))
        return runOfficers(session);
    if (options.command == QLatin1String("enroll"))
        return runEnroll(session);
    if (options.command == QLatin1String("sync"))
        return runSync(session);
    if (options.command == QLatin1String("upload"))
        return runUpload(session);
    return runVerify(session);
}
