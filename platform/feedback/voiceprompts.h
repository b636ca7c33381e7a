#pragma once
// VoicePrompts: short spoken confirmations (开始录像, 停止录像, 拍照, 存储空间不足, 电量低) played
// through GStreamer, one at a time, on a thread of their own so the GUI thread never waits for
// the sound card:
//   filesrc ! decodebin ! audioconvert ! audioresample ! volume ! level ! <sink>
// Sinks: "auto" (autoaudiosink), "alsa:<device>" (alsasink), "fake" (fakesink, clocked: a
// prompt takes as long as it sounds — the simulated device and tests).
// Queueing: a prompt asked for while another plays waits its turn (each confirms something
// different, so none is cut off); the same prompt already waiting is not queued twice, and at
// most maxPending wait — beyond that the oldest waiting one is dropped.
// A prompt id names a file <id>.ogg, looked for in the search folders in order (the profile's
// own recordings first, then the built-in ones). Errors (missing file, no audio device,
// undecodable file) are logged under fieldterm.feedback and reported by failed(); the next
// prompt still plays.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

class VoicePlayer;

class VoicePrompts : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxPending = 4;

    // The shipped prompt ids (file names without .ogg) and their words.
    static QStringList promptIds();
    static QString words(const QString &id);
    // The built-in prompts are compiled in (Qt resources under :/fieldterm/voice); GStreamer
    // reads files, so they are copied into dir (unchanged files are left alone).
    static bool extractBuiltin(const QString &dir, QString *error);

    VoicePrompts(const QString &sink, double volume, const QStringList &searchDirs, QObject *parent = nullptr);
    ~VoicePrompts() override;

    QString sink() const { return m_sink; }
    double volume() const { return m_volume; }
    QStringList searchDirs() const { return m_searchDirs; }
    QString resolve(const QString &id) const;   // empty when no folder has <id>.ogg

    // Returns at once; the prompt plays when those before it have.
    void play(const QString &id);

signals:
    void started(const QString &id, const QString &path);
    // Played to the end; peakDb is the loudest sample after the volume (dBFS, -inf ~ -700).
    void finished(const QString &id, double peakDb);
    void failed(const QString &id, const QString &message);

private:
    QString m_sink;
    double m_volume;
    QStringList m_searchDirs;
    QThread m_thread;
    VoicePlayer *m_player = nullptr;   // lives on m_thread
};
