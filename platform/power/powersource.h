#pragma once
// PowerSource: the battery as the rest of the app sees it — level (percent, -1 unknown),
// whether external power is charging it, whether there is a battery at all — and `changed`
// when any of these moves. Two backends: SysfsPowerSource reads the kernel's power_supply
// class (a real device, or a fake tree in a temporary folder in tests); SimulatedPowerSource
// holds values that the simulated terminal and tests set.

#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcPower)   // fieldterm.power

struct PowerState {
    int levelPercent = -1;   // 0..100, -1 unknown (no battery, or it does not report capacity)
    bool charging = false;   // on external power (charging, full, or mains/USB online)
    bool present = false;    // a system battery exists
    bool operator==(const PowerState &o) const
    {
        return levelPercent == o.levelPercent && charging == o.charging && present == o.present;
    }
    bool operator!=(const PowerState &o) const { return !(*this == o); }
};

class PowerSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    PowerState state() const { return m_state; }
    int levelPercent() const { return m_state.levelPercent; }
    bool charging() const { return m_state.charging; }
    bool present() const { return m_state.present; }

signals:
    void changed();

protected:
    void setState(const PowerState &state);   // emits changed() when different

private:
    PowerState m_state;
};

// Reads <root>/*/{type,scope,present,capacity,status,online}: system batteries (type "Battery",
// scope not "Device") give the level — the mean of their capacities — and charging from status
// "Charging"/"Full"; any "Mains"/"USB"/"USB_*" supply online also counts as charging.
// Polls every pollMs (0 = only when refresh() is called).
class SysfsPowerSource final : public PowerSource
{
    Q_OBJECT
public:
    explicit SysfsPowerSource(const QString &root = QStringLiteral("/sys/class/power_supply"), int pollMs = 5000,
                              QObject *parent = nullptr);

    QString root() const { return m_root; }
    // Reads the tree now (also done once by the constructor).
    void refresh();
    // What the tree says, without touching any object (used by refresh()).
    static PowerState read(const QString &root);

private:
    QString m_root;
    QTimer m_timer;
};

// Fixed or settable values: the simulated terminal (mains powered unless told otherwise) and tests.
class SimulatedPowerSource final : public PowerSource
{
    Q_OBJECT
public:
    explicit SimulatedPowerSource(const PowerState &initial = {100, true, true}, QObject *parent = nullptr);

    void set(const PowerState &state) { setState(state); }
    void setLevel(int percent);
    void setCharging(bool charging);
};
