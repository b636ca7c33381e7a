#include "clockstatus.h"

#include "uilogging.h"

#include <QJSEngine>
#include <QLocale>

namespace {
ClockStatus *s_instance = nullptr;
constexpr int kernelPollMs = 10 * 60 * 1000;
constexpr qint64 auditMoveMs = 1000;
constexpr qint64 auditEverySecs = 3600;
}

ClockStatus::ClockStatus(KernelReader reader, qint64 maxOffsetMs, QObject *parent)
    : QObject(parent), m_reader(std::move(reader)), m_maxOffsetMs(maxOffsetMs)
{
    m_timer.setInterval(kernelPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ClockStatus::refreshKernel);
    m_timer.start();
    refreshKernel();
}

ClockStatus::~ClockStatus()
{
    if (s_instance == this)
        s_instance = nullptr;
}

ClockStatus *ClockStatus::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ClockStatus::setInstance(ClockStatus *instance) { s_instance = instance; }

void ClockStatus::refreshKernel()
{
    const KernelClockState next = m_reader ? m_reader() : KernelClockState();
    if (next.source == m_kernel.source && next.synchronized == m_kernel.synchronized && next.readable == m_kernel.readable)
        return;
    if (!next.synchronized)
        qCInfo(lcUi) << "the kernel clock is not synchronised (source" << next.source << ")";
    m_kernel = next;
    emit changed();
}

bool ClockStatus::offsetBeyondLimit() const
{
    return m_check.valid && qAbs(m_check.offsetMs) - m_check.uncertaintyMs > m_maxOffsetMs;
}

QString ClockStatus::warning() const
{
    if (offsetBeyondLimit()) {
        const QString seconds = QLocale().toString(qAbs(m_check.offsetMs) / 1000.0, 'f', 1);
        return m_check.offsetMs > 0
            ? tr("设备时钟比监督平台慢 %1 秒：录像水印和文书时间会不准，请联系管理员校时。").arg(seconds)
            : tr("设备时钟比监督平台快 %1 秒：录像水印和文书时间会不准，请联系管理员校时。").arg(seconds);
    }
    if (!m_check.valid && m_kernel.readable && !m_kernel.synchronized)
        return tr("设备时钟尚未校准：连接监督平台同步一次即可核对时间。");
    return QString();
}

QString ClockStatus::offsetText() const
{
    if (!m_check.valid)
        return tr("尚未与监督平台核对");
    const QLocale locale;
    const QString sign = m_check.offsetMs >= 0 ? QStringLiteral("+") : QStringLiteral("−");
    return tr("%1%2 秒（±%3），%4 核对")
        .arg(sign, locale.toString(qAbs(m_check.offsetMs) / 1000.0, 'f', 1), locale.toString(m_check.uncertaintyMs / 1000.0, 'f', 1),
             m_checkedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
}

void ClockStatus::recordCheck(const ClockCheck &check, const QDateTime &now)
{
    if (!check.valid)
        return;
    m_check = check;
    m_checkedAt = now;
    const bool warn = offsetBeyondLimit();
    if (warn)
        qCWarning(lcUi) << "device clock off by" << check.offsetMs << "ms (±" << check.uncertaintyMs << ")";
    const bool worthARow = !m_audited.valid || qAbs(check.offsetMs - m_audited.offsetMs) >= auditMoveMs
                           || warn != m_auditedWarning || m_auditedAt.secsTo(now) >= auditEverySecs;
    if (worthARow && m_audit) {
        m_audit(QJsonObject{{QStringLiteral("offsetMs"), check.offsetMs},
                            {QStringLiteral("uncertaintyMs"), check.uncertaintyMs},
                            {QStringLiteral("rttMs"), check.rttMs},
                            {QStringLiteral("precise"), check.precise},
                            {QStringLiteral("clockSource"), m_kernel.source},
                            {QStringLiteral("kernelSynchronized"), m_kernel.synchronized},
                            {QStringLiteral("beyondLimit"), warn}});
        m_audited = check;
        m_auditedAt = now;
        m_auditedWarning = warn;
    }
    emit changed();
}
