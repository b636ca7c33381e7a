#pragma once
// PowerPolicy: what the terminal does about its battery (singleton `Power` in Fieldterm.Core).
// At or below the profile's warn level, on battery, it warns once per crossing (lowBatteryWarning);
// at or below the critical level, on battery, it stops a running recording cleanly with the
// interruption reason "low_battery" (Cases.stopReasons), so the recorder closes and hashes the
// open segment while there is still power to do it. A recording started at a critical level is
// stopped the same way. Charging lifts both.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class CameraController;
class PowerSource;
class QQmlEngine;
class QJSEngine;

class PowerPolicy : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Power)
    QML_SINGLETON
    Q_PROPERTY(int level READ level NOTIFY changed)          // percent, -1 unknown
    Q_PROPERTY(bool charging READ charging NOTIFY changed)
    Q_PROPERTY(bool present READ present NOTIFY changed)     // a battery exists
    Q_PROPERTY(bool low READ low NOTIFY changed)             // ≤ warn level, on battery
    Q_PROPERTY(bool critical READ critical NOTIFY changed)   // ≤ critical level, on battery

public:
    static constexpr const char *stopReasonKey = "low_battery";

    // camera may be null (nothing to stop).
    PowerPolicy(PowerSource *source, CameraController *camera, int warnPercent, int criticalPercent,
                QObject *parent = nullptr);
    static PowerPolicy *create(QQmlEngine *, QJSEngine *);
    static void setInstance(PowerPolicy *instance);

    int level() const;
    bool charging() const;
    bool present() const;
    bool low() const;
    bool critical() const;
    int warnPercent() const { return m_warnPercent; }
    int criticalPercent() const { return m_criticalPercent; }

signals:
    void changed();
    void lowBatteryWarning(int levelPercent);
    // The running recording was asked to stop because the battery is critical.
    void recordingStoppedForBattery(int levelPercent);

private:
    void evaluate();

    QPointer<PowerSource> m_source;
    QPointer<CameraController> m_camera;
    int m_warnPercent;
    int m_criticalPercent;
    bool m_warnArmed = true;        // re-armed when the level rises above the warn level
    bool m_stopRequested = false;   // for the recording running now
};
