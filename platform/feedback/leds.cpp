#include "leds.h"

#include "feedbacklog.h"
#include "sysfsattribute.h"
#include "sysfswrite.h"

#include <QDir>
#include <QRegularExpression>

Led::Led(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir)
{
    m_exists = QDir(dir).exists() && SysfsWrite::exists(dir, "brightness");
    if (!m_exists) {
        qCWarning(lcFeedback) << "no LED at" << dir;
        return;
    }
    bool ok = false;
    const int max = SysfsAttribute::read(dir, "max_brightness").toInt(&ok);
    m_max = ok && max > 0 ? max : 1;
    // "none [timer] heartbeat": the current one in brackets.
    static const QRegularExpression brackets(QStringLiteral("[\\[\\]]"));
    m_triggers = SysfsAttribute::read(dir, "trigger").remove(brackets).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_blinkTimer.setTimerType(Qt::PreciseTimer);
    m_blinkTimer.setSingleShot(true);
    connect(&m_blinkTimer, &QTimer::timeout, this, &Led::toggle);
    qCDebug(lcFeedback) << "LED" << dir << "max" << m_max << "triggers" << m_triggers;
}

void Led::setBrightness(int value)
{
    SysfsWrite::write(m_dir, "brightness", QString::number(value));
}

void Led::setTrigger(const QString &trigger)
{
    if (m_triggers.contains(trigger))
        SysfsWrite::write(m_dir, "trigger", trigger);
}

void Led::on()
{
    if (!m_exists || m_mode == Mode::On)
        return;
    m_blinkTimer.stop();
    setTrigger(QStringLiteral("none"));
    setBrightness(m_max);
    m_mode = Mode::On;
}

void Led::off()
{
    if (!m_exists)
        return;
    m_blinkTimer.stop();
    setTrigger(QStringLiteral("none"));
    setBrightness(0);
    m_mode = Mode::Off;
}

void Led::blink(int onMs, int offMs)
{
    if (!m_exists || (m_mode == Mode::Blink && onMs == m_onMs && offMs == m_offMs))
        return;
    m_onMs = qMax(1, onMs);
    m_offMs = qMax(1, offMs);
    m_mode = Mode::Blink;
    m_blinkTimer.stop();
    if (hasTimerTrigger()) {
        // The timer trigger makes delay_on/delay_off appear; brightness is the lit level.
        setBrightness(m_max);
        SysfsWrite::write(m_dir, "trigger", QStringLiteral("timer"));
        if (SysfsWrite::exists(m_dir, "delay_on")) {
            SysfsWrite::write(m_dir, "delay_on", QString::number(m_onMs));
            SysfsWrite::write(m_dir, "delay_off", QString::number(m_offMs));
            return;
        }
        qCDebug(lcFeedback) << m_dir << "timer trigger without delay_on: blinking in software";
        setTrigger(QStringLiteral("none"));
    }
    m_lit = false;
    toggle();
}

void Led::toggle()
{
    if (m_mode != Mode::Blink)
        return;
    m_lit = !m_lit;
    setBrightness(m_lit ? m_max : 0);
    m_blinkTimer.start(m_lit ? m_onMs : m_offMs);
}

Leds::Leds(const QString &root, const QMap<QString, QString> &names, QObject *parent)
    : QObject(parent)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_leds.insert(it.key(), new Led(root + QLatin1Char('/') + it.value(), this));
}

Leds::~Leds()
{
    allOff();
}

Led *Leds::led(const QString &role) const
{
    Led *l = m_leds.value(role);
    return l && l->exists() ? l : nullptr;
}

void Leds::on(const QString &role)
{
    if (Led *l = led(role))
        l->on();
}

void Leds::off(const QString &role)
{
    if (Led *l = led(role))
        l->off();
}

void Leds::blink(const QString &role, int onMs, int offMs)
{
    if (Led *l = led(role))
        l->blink(onMs, offMs);
}

void Leds::allOff()
{
    for (Led *l : std::as_const(m_leds)) {
        if (l->exists())
            l->off();
    }
}
