#include "vibrator.h"

#include "feedbacklog.h"
#include "sysfswrite.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

std::unique_ptr<Vibrator> Vibrator::create(const QString &type, const QString &path, QObject *parent)
{
    if (type == QLatin1String("sysfs-transient"))
        return std::make_unique<SysfsTransientVibrator>(path, parent);
    if (type == QLatin1String("timed-output"))
        return std::make_unique<TimedOutputVibrator>(path, parent);
    if (type == QLatin1String("ff"))
        return std::make_unique<ForceFeedbackVibrator>(path, parent);
    if (type != QLatin1String("none"))
        qCWarning(lcFeedback) << "unknown vibrator type" << type;
    return nullptr;
}

Vibrator::Vibrator(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Vibrator::next);
}

Vibrator::~Vibrator() = default;   // subclasses halt in their own destructors when they must

void Vibrator::play(const QList<int> &patternMs)
{
    m_timer.stop();
    m_pattern = patternMs;
    m_step = 0;
    next();
}

void Vibrator::stop()
{
    m_timer.stop();
    m_pattern.clear();
    m_step = 0;
    halt();
}

void Vibrator::next()
{
    if (m_step >= m_pattern.size())
        return;
    const int on = qBound(1, m_pattern.at(m_step), 5000);
    const int off = m_step + 1 < m_pattern.size() ? qBound(0, m_pattern.at(m_step + 1), 5000) : 0;
    m_step += 2;
    if (pulse(on))
        emit pulsed(on);
    if (m_step < m_pattern.size())
        m_timer.start(on + off);
}

// --- sysfs transient trigger -------------------------------------------------------------

SysfsTransientVibrator::SysfsTransientVibrator(const QString &dir, QObject *parent)
    : Vibrator(parent)
    , m_dir(dir)
{
    // Selecting the trigger makes activate/duration/state appear on a real kernel; a tree that
    // has them already (or a fake one) is used as is.
    if (!SysfsWrite::exists(m_dir, "activate"))
        SysfsWrite::write(m_dir, "trigger", QStringLiteral("transient"));
    if (!SysfsWrite::exists(m_dir, "activate"))
        qCWarning(lcFeedback) << "vibrator" << m_dir << "has no transient trigger (activate missing)";
}

bool SysfsTransientVibrator::pulse(int ms)
{
    return SysfsWrite::write(m_dir, "duration", QString::number(ms)) && SysfsWrite::write(m_dir, "state", QStringLiteral("1"))
        && SysfsWrite::write(m_dir, "activate", QStringLiteral("1"));
}

void SysfsTransientVibrator::halt()
{
    SysfsWrite::write(m_dir, "activate", QStringLiteral("0"));
}

// --- timed_output ------------------------------------------------------------------------

TimedOutputVibrator::TimedOutputVibrator(const QString &enablePath, QObject *parent)
    : Vibrator(parent)
    , m_dir(QFileInfo(enablePath).fileName() == QLatin1String("enable") ? QFileInfo(enablePath).path() : enablePath)
{
}

bool TimedOutputVibrator::pulse(int ms)
{
    return SysfsWrite::write(m_dir, "enable", QString::number(ms));
}

void TimedOutputVibrator::halt()
{
    SysfsWrite::write(m_dir, "enable", QStringLiteral("0"));
}

// --- force feedback (evdev) ----------------------------------------------------------------

ForceFeedbackVibrator::ForceFeedbackVibrator(const QString &device, QObject *parent)
    : Vibrator(parent)
    , m_device(device)
{
    m_fd = ::open(QFile::encodeName(device).constData(), O_RDWR | O_CLOEXEC | O_NONBLOCK);
    if (m_fd < 0)
        qCWarning(lcFeedback) << "cannot open force-feedback device" << device << std::strerror(errno);
}

ForceFeedbackVibrator::~ForceFeedbackVibrator()
{
    if (m_fd >= 0) {
        if (m_effectId >= 0)
            ::ioctl(m_fd, EVIOCRMFF, m_effectId);
        ::close(m_fd);
    }
}

bool ForceFeedbackVibrator::pulse(int ms)
{
    if (m_fd < 0)
        return false;
    // Upload (or update, with the same id) a rumble of this length, then play it once.
    ff_effect effect;
    std::memset(&effect, 0, sizeof effect);
    effect.type = FF_RUMBLE;
    effect.id = short(m_effectId);
    effect.u.rumble.strong_magnitude = 0xc000;
    effect.u.rumble.weak_magnitude = 0x4000;
    effect.replay.length = quint16(ms);
    if (::ioctl(m_fd, EVIOCSFF, &effect) < 0) {
        qCWarning(lcFeedback) << "EVIOCSFF on" << m_device << "failed:" << std::strerror(errno);
        return false;
    }
    m_effectId = effect.id;
    return sendPlay(1);
}

void ForceFeedbackVibrator::halt()
{
    if (m_fd >= 0 && m_effectId >= 0)
        sendPlay(0);
}

bool ForceFeedbackVibrator::sendPlay(int value)
{
    input_event ev;
    std::memset(&ev, 0, sizeof ev);
    ev.type = EV_FF;
    ev.code = quint16(m_effectId);
    ev.value = value;
    if (::write(m_fd, &ev, sizeof ev) != ssize_t(sizeof ev)) {
        qCWarning(lcFeedback) << "EV_FF play on" << m_device << "failed:" << std::strerror(errno);
        return false;
    }
    return true;
}
