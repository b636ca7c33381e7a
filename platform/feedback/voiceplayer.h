#pragma once
// VoicePlayer: the worker behind VoicePrompts. Lives on VoicePrompts' thread; owns the queue and
// at most one GStreamer pipeline at a time. Every GStreamer call is made on that thread.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

typedef struct _GstElement GstElement;
struct VoicePipelineContext;

class VoicePlayer : public QObject
{
    Q_OBJECT
public:
    VoicePlayer(const QString &sink, double volume, int maxPending);
    ~VoicePlayer() override;

    // id is reported back in the signals; path may be empty (reported as missing).
    void enqueue(const QString &id, const QString &path);
    void shutdown();   // stops what plays, drops the queue

signals:
    void started(const QString &id, const QString &path);
    void finished(const QString &id, double peakDb);
    void failed(const QString &id, const QString &message);

private:
    struct Item {
        QString id;
        QString path;
    };

    void playNext();
    bool startPipeline(const Item &item, QString *error);
    void onEnd(quint64 serial, bool ok, const QString &error);
    void teardown();
    GstElement *makeSink(QString *error) const;

    friend struct VoicePipelineContext;

    QString m_sink;
    double m_volume;
    int m_maxPending;
    QList<Item> m_queue;
    Item m_current;
    bool m_busy = false;
    GstElement *m_pipeline = nullptr;
    VoicePipelineContext *m_context = nullptr;   // owned by the bus's sync handler
    quint64 m_serial = 0;
    QTimer m_watchdog;   // a prompt stuck in a device gives up after this
};
