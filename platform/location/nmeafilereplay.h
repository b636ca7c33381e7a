#pragma once
// NmeaFileReplay: a recorded NMEA log played back at its recorded pace (simulation and tests).
// Lines are grouped into epochs by the UTC time of their GGA/RMC/GLL/ZDA sentence; each epoch
// is emitted at once, the gap between epochs is the recorded gap divided by `speed` (an epoch
// without a time follows the previous one after 1 s). With `loop`, playback starts over 1 s
// after the last epoch; without it the stream goes silent and the source turns stale.

#include "nmeatransport.h"

#include <QList>
#include <QTimer>

class NmeaFileReplay final : public NmeaTransport
{
    Q_OBJECT
public:
    NmeaFileReplay(const QString &path, bool loop, double speed, QObject *parent = nullptr);
    void start() override;
    QString describe() const override;
    int epochCount() const { return int(m_epochs.size()); }

private:
    struct Epoch {
        QList<QByteArray> lines;
        int delayMs = 0;   // after the previous epoch
    };
    bool load();
    void playNext();

    QString m_path;
    bool m_loop = true;
    double m_speed = 1.0;
    QList<Epoch> m_epochs;
    qsizetype m_next = 0;
    QTimer m_timer;
};
