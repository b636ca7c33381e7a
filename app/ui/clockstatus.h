#pragma once
// ClockStatus: is the device's clock right? (singleton `Clock`). Evidence times, watermarks and
// document times come from it, so the officer is warned when it cannot be trusted:
//   - the last sync measured an offset from the receiver's clock beyond the limit (the offset
//     less its uncertainty, so a slow link cannot raise a false alarm), or
//   - no offset has been measured since start and the kernel reports its clock unsynchronised
//     (no NTP/GPS discipline: adjtimex STA_UNSYNC).
// Each measurement worth keeping becomes a `clock_check` audit row (which syncs to the
// platform): the first of a run, an offset moved by a second or more, a warning appearing or
// clearing, or an hour since the last row. Monotonic and wall times per segment are stored by
// the recorder (evidence.start_mono_ns / start_wall), so a later correction can be applied.

#include "clockcheck.h"
#include "kernelclock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;

class ClockStatus : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Clock)
    QML_SINGLETON
    Q_PROPERTY(QString source READ source NOTIFY changed)             // the kernel's clock source
    Q_PROPERTY(bool kernelSynchronized READ kernelSynchronized NOTIFY changed)
    Q_PROPERTY(bool offsetKnown READ offsetKnown NOTIFY changed)
    Q_PROPERTY(double offsetSeconds READ offsetSeconds NOTIFY changed)  // platform − device
    Q_PROPERTY(QString offsetText READ offsetText NOTIFY changed)      // "+0.3 秒（±0.1）, 14:02 核对"
    Q_PROPERTY(QString warning READ warning NOTIFY changed)            // "" when the clock is trusted

public:
    using KernelReader = std::function<KernelClockState()>;
    using AuditSink = std::function<void(const QJsonObject &details)>;

    // reader: the kernel's state (re-read every 10 minutes); maxOffsetMs: the warning limit.
    ClockStatus(KernelReader reader, qint64 maxOffsetMs, QObject *parent = nullptr);
    ~ClockStatus() override;
    static ClockStatus *create(QQmlEngine *, QJSEngine *);
    static void setInstance(ClockStatus *instance);

    void setAuditSink(AuditSink sink) { m_audit = std::move(sink); }
    // A measurement from a sync pass (invalid ones are ignored). now: for tests.
    void recordCheck(const ClockCheck &check, const QDateTime &now = QDateTime::currentDateTimeUtc());

    QString source() const { return m_kernel.source; }
    bool kernelSynchronized() const { return m_kernel.synchronized; }
    bool offsetKnown() const { return m_check.valid; }
    double offsetSeconds() const { return m_check.offsetMs / 1000.0; }
    QString offsetText() const;
    QString warning() const;

public slots:
    void refreshKernel();

signals:
    void changed();

private:
    bool offsetBeyondLimit() const;

    KernelReader m_reader;
    qint64 m_maxOffsetMs;
    KernelClockState m_kernel;
    ClockCheck m_check;
    QDateTime m_checkedAt;
    AuditSink m_audit;
    ClockCheck m_audited;          // the last measurement written to the audit trail
    QDateTime m_auditedAt;
    bool m_auditedWarning = false;
    QTimer m_timer;
};
