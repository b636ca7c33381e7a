#pragma once
// DutyInfo: who is on duty on which device, and where (singleton `Duty`). Until sign-in arrives
// the device profile names the officer.

#include "deviceprofile.h"
#include "locationsource.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class DutyInfo : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Duty)
    QML_SINGLETON
    Q_PROPERTY(QString officerNo READ officerNo CONSTANT)
    Q_PROPERTY(QString officerName READ officerName CONSTANT)
    Q_PROPERTY(QString agency READ agency CONSTANT)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(bool simulated READ simulated CONSTANT)
    Q_PROPERTY(QString positionText READ positionText NOTIFY positionChanged)
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY positionChanged)
    // "fix", "none" (no fix, or lost) or "stale" (the receiver went silent).
    Q_PROPERTY(QString fixState READ fixState NOTIFY positionChanged)
    Q_PROPERTY(bool fixStale READ fixStale NOTIFY positionChanged)
    Q_PROPERTY(int satellitesInUse READ satellitesInUse NOTIFY positionChanged)
    // "8 颗卫星 · 差分 · ±4 m" while there is a fix (parts left out when unknown), else empty.
    Q_PROPERTY(QString fixDetail READ fixDetail NOTIFY positionChanged)

public:
    DutyInfo(const DeviceProfile &profile, LocationSource *location, QObject *parent = nullptr);
    ~DutyInfo() override;
    static DutyInfo *create(QQmlEngine *, QJSEngine *);
    static void setInstance(DutyInfo *instance);

    QString officerNo() const { return m_profile.officerNo; }
    QString officerName() const { return m_profile.officerName; }
    QString agency() const { return m_profile.agency; }
    QString deviceId() const { return m_profile.deviceId; }
    bool simulated() const { return m_profile.simulated; }
    QString positionText() const;
    bool hasFix() const { return m_fix.valid; }
    QString fixState() const;
    bool fixStale() const { return !m_fix.valid && m_fix.stale; }
    int satellitesInUse() const { return m_fix.satellitesInUse; }
    QString fixDetail() const { return formatFixDetail(m_fix); }
    const GeoFix &fix() const { return m_fix; }

    // "N39.90869 E116.39748": the form the watermark and the status bar share.
    static QString formatPosition(const GeoFix &fix);
    static QString formatFixDetail(const GeoFix &fix);
    static QString fixQualityLabel(FixQuality quality);   // "差分", "RTK 固定", …

signals:
    void positionChanged();

private:
    DeviceProfile m_profile;
    GeoFix m_fix;
};

// AppSettings: per-device UI preferences (singleton `AppSettings`), persisted with QSettings.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
public:
    explicit AppSettings(const QString &iniPath, QObject *parent = nullptr);
    ~AppSettings() override;
    static AppSettings *create(QQmlEngine *, QJSEngine *);
    static void setInstance(AppSettings *instance);

    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

signals:
    void highContrastChanged();

private:
    QString m_iniPath;
    bool m_highContrast = false;
};
