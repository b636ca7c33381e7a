#pragma once
// CliSession: what every fieldterm-cli command shares — the data directory and profile of this
// run, the TerminalCore (store opened and reconciled before any command runs), waiting on the
// event loop, printing, and mapping failures to exit codes.

#include "clioptions.h"

#include "datapaths.h"
#include "deviceprofile.h"
#include "recordertypes.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class Database;
class DeviceIdentity;
class SignalWatcher;
class TerminalCore;

class CliSession
{
public:
    CliSession(const CliOptions &options, SignalWatcher *signalWatcher);
    ~CliSession();

    // Resolves paths and profile, creates the core, opens the store and runs reconciliation.
    // Returns ExitOk, or the exit code after printing the reason.
    int open();

    const CliOptions &options() const { return m_options; }
    const DataPaths &paths() const { return m_paths; }
    const DeviceProfile &profile() const { return m_profile; }
    TerminalCore &core() { return *m_core; }
    SignalWatcher *signalWatcher() const { return m_signals; }
    int interruptSignal() const;   // 0 unless SIGINT/SIGTERM arrived

    // Runs the event loop until done() is true (true) or the timeout passes (false).
    static bool waitFor(const std::function<bool()> &done, int timeoutMs);

    // Appends an audit row for what this command did to evidence (list = a view, verify, …), from
    // a second writer connection (AuditLog serialises it with the ingest's). The CLI has no
    // signed-in officer: rows carry an empty officer number and the command in their details.
    // A failure is printed, never fatal: the command's own result stands.
    void audit(const char *action, const QString &objectType, const QJsonObject &details);

    // The device's signing key, made on first use (audited and announced). False after printing why.
    bool loadIdentity(DeviceIdentity *identity);
    // A writer connection to the store (for the sync commands). False after printing why.
    bool openWriter(Database *db);

    static void printErr(const QString &line);   // UTF-8, newline added
    static void printOut(const QByteArray &bytes);
    static int exitCodeFor(const RecorderError &error);

private:
    CliOptions m_options;
    SignalWatcher *m_signals = nullptr;
    DataPaths m_paths;
    DeviceProfile m_profile;
    std::unique_ptr<TerminalCore> m_core;
};
