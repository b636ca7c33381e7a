#pragma once
// Drives the real fieldterm-cli (path compiled in as FIELDTERM_CLI) and reads its results with
// independent tools: ffprobe for media, sha256sum/openssl for hashes, sqlite3 for the store.

#include "testtools.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace CliKit {

struct Result {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
};

// Small frames and a fast preset keep the suite quick on two cores.
inline QStringList smallFrames()
{
    return {QStringLiteral("--width"), QStringLiteral("320"), QStringLiteral("--height"), QStringLiteral("240"),
            QStringLiteral("--fps"), QStringLiteral("30"), QStringLiteral("--bitrate-kbps"), QStringLiteral("600"),
            QStringLiteral("--preset"), QStringLiteral("ultrafast")};
}

inline QProcessEnvironment environment(const QString &xdgDataHome = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!xdgDataHome.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataHome);
    return env;
}

inline void start(QProcess *p, const QStringList &args, const QProcessEnvironment &env = environment())
{
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(FIELDTERM_CLI), args);
}

// stdinBytes (optional) is written to the program's stdin, which is then closed.
inline Result run(const QStringList &args, const QProcessEnvironment &env = environment(), int timeoutMs = 120000,
                  const QByteArray &stdinBytes = QByteArray())
{
    QProcess p;
    start(&p, args, env);
    if (!stdinBytes.isNull()) {
        p.write(stdinBytes);
        p.closeWriteChannel();
    }
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QJsonArray listJson(const QString &dataDir, Result *result = nullptr)
{
    const Result r = run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("list"), QStringLiteral("--json")});
    if (result)
        *result = r;
    return QJsonDocument::fromJson(r.out).array();
}

struct Probe {
    bool ok = false;
    double duration = -1;
    QStringList codecTypes;
    int width = 0;
    int height = 0;
};

inline Probe ffprobe(const QString &path)
{
    bool ok = false;
    const QByteArray out = TestTools::run(QStringLiteral("ffprobe"),
                                          {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                           QStringLiteral("format=duration:stream=codec_type,width,height"),
                                           QStringLiteral("-of"), QStringLiteral("json"), path},
                                          &ok);
    Probe p;
    if (!ok)
        return p;
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    p.duration = root.value(QLatin1String("format")).toObject().value(QLatin1String("duration")).toString().toDouble();
    for (const QJsonValue &s : root.value(QLatin1String("streams")).toArray()) {
        const QJsonObject o = s.toObject();
        p.codecTypes << o.value(QLatin1String("codec_type")).toString();
        if (o.contains(QLatin1String("width"))) {
            p.width = o.value(QLatin1String("width")).toInt();
            p.height = o.value(QLatin1String("height")).toInt();
        }
    }
    p.ok = !p.codecTypes.isEmpty();
    return p;
}

// Media files and leftovers under DIR/evidence.
inline QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace CliKit
