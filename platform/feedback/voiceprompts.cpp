#include "voiceprompts.h"

#include "feedbacklog.h"
#include "voiceplayer.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <gst/gst.h>

QStringList VoicePrompts::promptIds()
{
    return {QStringLiteral("record_start"), QStringLiteral("record_stop"), QStringLiteral("photo"),
            QStringLiteral("storage_low"), QStringLiteral("battery_low")};
}

QString VoicePrompts::words(const QString &id)
{
    // The words tools/make-voice-prompts.sh speaks; for logs and documentation.
    if (id == QLatin1String("record_start"))
        return QStringLiteral("开始录像");
    if (id == QLatin1String("record_stop"))
        return QStringLiteral("停止录像");
    if (id == QLatin1String("photo"))
        return QStringLiteral("拍照");
    if (id == QLatin1String("storage_low"))
        return QStringLiteral("存储空间不足");
    if (id == QLatin1String("battery_low"))
        return QStringLiteral("电量低");
    return QString();
}

bool VoicePrompts::extractBuiltin(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    for (const QString &id : promptIds()) {
        const QString name = id + QStringLiteral(".ogg");
        QFile in(QStringLiteral(":/fieldterm/voice/") + name);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("built-in prompt %1 missing from the program's resources").arg(name);
            return false;
        }
        const QByteArray bytes = in.readAll();
        const QString target = QDir(dir).filePath(name);
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            continue;
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
    }
    return true;
}

VoicePrompts::VoicePrompts(const QString &sink, double volume, const QStringList &searchDirs, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
    , m_volume(qBound(0.0, volume, 1.0))
    , m_searchDirs(searchDirs)
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    m_thread.setObjectName(QStringLiteral("voice-prompts"));
    m_player = new VoicePlayer(m_sink, m_volume, maxPending);
    m_player->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_player, &QObject::deleteLater);
    connect(m_player, &VoicePlayer::started, this, &VoicePrompts::started);
    connect(m_player, &VoicePlayer::finished, this, &VoicePrompts::finished);
    connect(m_player, &VoicePlayer::failed, this, &VoicePrompts::failed);
    m_thread.start();
    qCInfo(lcFeedback) << "voice prompts: sink" << m_sink << "volume" << m_volume << "folders" << m_searchDirs;
}

VoicePrompts::~VoicePrompts()
{
    VoicePlayer *player = m_player;
    QMetaObject::invokeMethod(player, [player] { player->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();   // finished() → deleteLater: the player is deleted on its own thread
}

QString VoicePrompts::resolve(const QString &id) const
{
    for (const QString &dir : m_searchDirs) {
        if (dir.isEmpty())
            continue;
        const QString path = QDir(dir).filePath(id + QStringLiteral(".ogg"));
        if (QFile::exists(path))
            return path;
    }
    return QString();
}

void VoicePrompts::play(const QString &id)
{
    const QString path = resolve(id);
    VoicePlayer *player = m_player;
    QMetaObject::invokeMethod(player, [player, id, path] { player->enqueue(id, path); }, Qt::QueuedConnection);
}
