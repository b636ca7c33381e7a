#pragma once
// StorageStatus: free space shown as minutes of recording left at the current bitrate, above
// the reserve the recorder keeps (singleton `Storage`).

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class StorageInfo;
class QQmlEngine;
class QJSEngine;

class StorageStatus : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Storage)
    QML_SINGLETON
    Q_PROPERTY(int minutesLeft READ minutesLeft NOTIFY changed)
    Q_PROPERTY(double availableMB READ availableMB NOTIFY changed)
    Q_PROPERTY(int reserveMB READ reserveMB CONSTANT)
    Q_PROPERTY(bool low READ low NOTIFY changed)

public:
    // bitrateKbps: video + audio, the rate files grow at while recording.
    StorageStatus(const StorageInfo *storage, const QString &path, qint64 reserveMB, int bitrateKbps,
                  QObject *parent = nullptr);
    ~StorageStatus() override;
    static StorageStatus *create(QQmlEngine *, QJSEngine *);
    static void setInstance(StorageStatus *instance);

    int minutesLeft() const;
    double availableMB() const { return m_available < 0 ? 0 : m_available / 1048576.0; }
    int reserveMB() const { return int(m_reserveMB); }
    bool low() const;   // under 30 minutes left, or unreadable

    // Pure arithmetic, shared with tests.
    static int minutesFor(qint64 availableBytes, qint64 reserveBytes, int bitrateKbps);

public slots:
    void refresh();

signals:
    void changed();

private:
    const StorageInfo *m_storage;
    QString m_path;
    qint64 m_reserveMB;
    int m_bitrateKbps;
    qint64 m_available = -1;
    QTimer m_timer;
};
