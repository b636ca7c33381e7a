#pragma once
// The real receiver (fieldterm-backoffice, path compiled in as FIELDTERM_BACKOFFICE) as a
// separate process on 127.0.0.1 with a free port; its URL once it says it listens.

#include <QDebug>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

struct ReceiverProcess
{
    QProcess process;
    QString url;
    QString dataDir;

    bool start(const QString &dir, const QString &crypto, const QStringList &extraArgs = {})
    {
        dataDir = dir;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        const QStringList args = QStringList{QStringLiteral("--data-dir"), dir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--crypto-profile"), crypto}
                                 + extraArgs;
        process.start(QStringLiteral(FIELDTERM_BACKOFFICE), args);
        QByteArray err;
        const QRegularExpression listening(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
        for (int i = 0; i < 600 && url.isEmpty(); ++i) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
            const auto m = listening.match(QString::fromUtf8(err));
            if (m.hasMatch())
                url = m.captured(1);
            if (process.state() == QProcess::NotRunning)
                break;
        }
        if (url.isEmpty())
            qWarning() << "receiver did not start:" << err;
        return !url.isEmpty();
    }

    // A fresh one-time enrollment code from the receiver's admin command.
    QString issueCode() const
    {
        QProcess p;
        p.start(QStringLiteral(FIELDTERM_BACKOFFICE), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("issue-code")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    QString db() const { return dataDir + QStringLiteral("/receiver.db"); }

    ~ReceiverProcess()
    {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        process.waitForFinished();
    }
};
