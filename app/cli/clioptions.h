#pragma once
// The command line of fieldterm-cli: what was asked for, parsed and checked, before anything
// is opened. Messages are Chinese and name the option at fault.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Exit codes (also listed in --help).
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,        // verify found a problem; any other failure
    ExitUsage = 2,          // bad command line or profile option
    ExitStorageLow = 3,     // free space below the configured reserve
    ExitRecorderFailed = 4, // camera / microphone / encoder / pipeline error
    ExitStoreFailed = 5,    // the evidence database cannot be opened or written
    ExitSignalBase = 128,   // 128 + signal number after SIGINT/SIGTERM (files are finalised)
};

struct MarkRequest {
    qint64 offsetMs = 0;   // after the press
    QString key;           // marker key, e.g. "notify"
};

struct CliOptions {
    QString command;             // record | photo | list | verify | audit | officers | document | identity | upload | enroll | sync
    QStringList positional;      // what follows the command: "verify", "import FILE", …
    bool help = false;
    bool verbose = false;
    QString dataDir;             // empty = DataPaths::defaultRoot()
    QString profilePath;

    // Profile overrides (unset = keep the profile's value).
    std::optional<int> width, height, fps, bitrateKbps, segmentSeconds, postrecordSeconds, prerecordSeconds;
    std::optional<qint64> reserveMB;
    std::optional<QString> preset, crypto;
    bool noAudioPrerecord = false;

    // record
    int seconds = 0;
    QList<MarkRequest> marks;
    bool audioOnly = false;
    // record / list / officers list / audit verify
    bool json = false;
    // officers import: the admin who authorises it (PIN read from stdin)
    QString admin;
    // document render
    QString templateId;
    bool sample = false;
    QString dataFile;
    QString outFile;
    QString number;
    // upload / enroll / sync (docs/PROTOCOL.md)
    QString endpoint;            // upload: a tus endpoint URL (any conforming tus server)
    QString server;              // enroll / sync: the receiver's base URL
    QString code;                // enroll: the one-time enrollment code
    qint64 chunkBytes = 8 * 1024 * 1024;   // upload / sync: tus PATCH size (--chunk-kib)
    int attempts = 8;            // upload / sync: tries per item before giving up (--attempts)
    // enroll: how the device checks the receiver over HTTPS, kept for every later sync
    QString caBundle;            // --ca-bundle PEM (default: the system's CA store)
    QStringList pins;            // --pin sha256//BASE64, repeatable (primary + backup)
    QString clientCert, clientKey;   // --client-cert PEM --client-key PEM
};

// Parses arguments (without the program name). On error returns false with *error set.
bool parseCommandLine(const QStringList &arguments, CliOptions *out, QString *error);

QString helpText();
