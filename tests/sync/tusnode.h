#pragma once
// TusNode: the independent tus server of the sync tests — @tus/server + @tus/file-store from
// npm (tests/sync/tusnode/server.js, installed by the sync.tusnode_install fixture) — started on
// 127.0.0.1 at a free port with its own store folder, and read back with sha256sum.

#include "testtools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QUrl>

class TusNode
{
public:
    ~TusNode() { stop(); }

    static bool haveNode()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty();
    }
    static bool installed()
    {
        return QFile::exists(QStringLiteral(FIELDTERM_NPM_PREFIX "/node_modules/@tus/server/package.json"))
            && QFile::exists(QStringLiteral(FIELDTERM_NPM_PREFIX "/node_modules/@tus/file-store/package.json"));
    }

    // Starts the server over storeDir; extra: --relative-location, --delay-ms N.
    bool start(const QString &storeDir, const QStringList &extra = {}, QString *error = nullptr)
    {
        m_dir = storeDir;
        QDir().mkpath(storeDir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(FIELDTERM_NPM_PREFIX "/node_modules"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("node"),
                        QStringList{QStringLiteral(FIELDTERM_TUSNODE_SCRIPT), QStringLiteral("--dir"), storeDir} + extra);
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(500);
            out += m_process.readAllStandardOutput();
        }
        if (!out.startsWith("PORT ")) {
            if (error)
                *error = QStringLiteral("node tus server did not start: ") + QString::fromUtf8(out + m_process.readAllStandardError());
            return false;
        }
        m_port = quint16(out.mid(5).trimmed().toUInt());
        return m_port != 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    quint16 port() const { return m_port; }
    static QUrl endpointAt(quint16 port) { return QUrl(QStringLiteral("http://127.0.0.1:%1/files").arg(port)); }
    QUrl endpoint() const { return endpointAt(m_port); }

    // Upload ids the store holds (one data file + one .json each).
    QStringList uploads() const
    {
        QStringList ids;
        for (const QString &name : QDir(m_dir).entryList(QDir::Files)) {
            if (!name.endsWith(QLatin1String(".json")))
                ids << name;
        }
        return ids;
    }
    QString dataFile(const QString &id) const { return QDir(m_dir).filePath(id); }
    static QString idOf(const QString &uploadUrl) { return QUrl(uploadUrl).path().section(QLatin1Char('/'), -1); }
    QString sha256Of(const QString &id) const { return TestTools::toolHash(QStringLiteral("sha256"), dataFile(id)); }
    qint64 sizeOf(const QString &id) const { return QFileInfo(dataFile(id)).size(); }
    QJsonObject infoOf(const QString &id) const
    {
        QFile f(dataFile(id) + QStringLiteral(".json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private:
    QProcess m_process;
    QString m_dir;
    quint16 m_port = 0;
};
