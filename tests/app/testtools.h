#pragma once
// Helpers shared by the app tests: files with known bytes, and the independent witnesses
// (sha256sum, openssl, sqlite3) the results are checked against.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace TestTools {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool ok = f.write(bytes) == bytes.size();
    f.close();
    return ok;
}

// Deterministic, non-trivial content of the given size.
inline QByteArray pattern(int size, int seed = 0)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 131 + seed * 17) ^ (i >> 7));
    return b;
}

// Runs a program and returns its stdout; *ok = exit code 0.
inline QByteArray run(const QString &program, const QStringList &args, bool *ok = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (err)
        *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

// The hash of a file as an independent tool computes it: sha256sum for SHA-256,
// `openssl dgst -sm3` for SM3.
inline QString toolHash(const QString &algorithm, const QString &path)
{
    bool ok = false;
    QByteArray out;
    if (algorithm == QLatin1String("sha256"))
        out = run(QStringLiteral("sha256sum"), {path}, &ok);
    else
        out = run(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-r"), path}, &ok);
    if (!ok)
        return QString();
    return QString::fromLatin1(out).section(QLatin1Char(' '), 0, 0).trimmed();
}

// One value from the sqlite3 command-line tool (an independent reader of our file).
inline QString sqlite(const QString &db, const QString &sql)
{
    bool ok = false;
    const QByteArray out = run(QStringLiteral("sqlite3"), {db, sql}, &ok);
    return ok ? QString::fromUtf8(out).trimmed() : QStringLiteral("<sqlite3 failed>");
}

inline bool haveTools()
{
    for (const char *tool : {"sha256sum", "openssl", "sqlite3"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return false;
    }
    return true;
}

} // namespace TestTools
