#include "nmeafilereplay.h"

#include "locationlogging.h"
#include "nmeasentence.h"

#include <QFile>

#include <cmath>

NmeaFileReplay::NmeaFileReplay(const QString &path, bool loop, double speed, QObject *parent)
    : NmeaTransport(parent)
    , m_path(path)
    , m_loop(loop)
    , m_speed(speed > 0 ? speed : 1.0)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &NmeaFileReplay::playNext);
}

QString NmeaFileReplay::describe() const
{
    return QStringLiteral("NMEA log %1").arg(m_path);
}

bool NmeaFileReplay::load()
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcLocation).noquote() << "cannot read" << m_path << ":" << f.errorString();
        return false;
    }
    NmeaLineSplitter splitter;
    QList<QByteArray> lines;
    QByteArray all = f.readAll();
    if (!all.endsWith('\n'))
        all += '\n';
    splitter.feed(all, [&lines](const QByteArray &line) { lines.append(line); });

    m_epochs.clear();
    double epochTime = -1;
    for (const QByteArray &line : std::as_const(lines)) {
        const double t = Nmea::utcSecondsOfDay(line);
        const bool newEpoch = m_epochs.isEmpty() || (t >= 0 && epochTime >= 0 && std::abs(t - epochTime) > 0.001);
        if (newEpoch) {
            Epoch e;
            if (!m_epochs.isEmpty()) {
                double gap = t - epochTime;
                if (gap < 0)
                    gap += 24 * 3600;   // past midnight
                gap = qBound(0.0, gap, 10.0);
                e.delayMs = int(std::lround(gap * 1000 / m_speed));
            }
            m_epochs.append(e);
        }
        if (t >= 0)
            epochTime = t;
        m_epochs.last().lines.append(line);
    }
    return !m_epochs.isEmpty();
}

void NmeaFileReplay::start()
{
    if (!load())
        return;
    qCInfo(lcLocation).noquote() << "replaying" << m_epochs.size() << "epochs from" << m_path
                                 << (m_loop ? "(looping)" : "");
    m_next = 0;
    playNext();
}

void NmeaFileReplay::playNext()
{
    if (m_next >= m_epochs.size()) {
        if (!m_loop)
            return;   // silent from now on: the source goes stale
        m_next = 0;
        emit restarted();
    }
    const Epoch &e = m_epochs.at(m_next++);
    for (const QByteArray &line : e.lines)
        emit lineReceived(line);
    if (m_next < m_epochs.size())
        m_timer.start(m_epochs.at(m_next).delayMs);
    else if (m_loop)
        m_timer.start(int(std::lround(1000 / m_speed)));
}
