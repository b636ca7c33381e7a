// DutyInfo (the QML `Duty` facade) follows a real NmeaLocationSource: position text, fix state,
// satellites / quality / accuracy for the status bar, and 定位过期 (stale) when the log ends.
#include "dutyinfo.h"
#include "nmeafilereplay.h"
#include "nmealocationsource.h"
#include "nmeasentence.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLocationDuty : public QObject
{
    Q_OBJECT
private slots:
    void fixedPosition()
    {
        FixedLocationSource fixed(GeoFix(true, 39.908692, 116.397477));
        DutyInfo duty(DeviceProfile::simulatedDefault(), &fixed);
        QVERIFY(duty.hasFix());
        QCOMPARE(duty.fixState(), QStringLiteral("fix"));
        QCOMPARE(duty.positionText(), QStringLiteral("N39.90869 E116.39748"));
        QCOMPARE(duty.fixDetail(), QStringLiteral("固定位置"));

        FixedLocationSource none{GeoFix()};
        DutyInfo without(DeviceProfile::simulatedDefault(), &none);
        QVERIFY(!without.hasFix());
        QCOMPARE(without.fixState(), QStringLiteral("none"));
        QVERIFY(without.fixDetail().isEmpty());
    }

    void followsNmeaThenStale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fix.nmea"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Nmea::withChecksum("GPGGA,083000.00,3114.1120,N,12128.5060,E,2,09,0.8,6.0,M,8.6,M,2.0,0001")
                    + Nmea::withChecksum("GPRMC,083000.00,A,3114.1120,N,12128.5060,E,2.7,63.8,180526,,,D"));
        }
        NmeaLocationSource::Options options;
        options.staleMs = 800;
        NmeaLocationSource source(new NmeaFileReplay(path, false, 1.0), options);
        DutyInfo duty(DeviceProfile::simulatedDefault(), &source);
        QSignalSpy changed(&duty, &DutyInfo::positionChanged);
        QVERIFY(!duty.hasFix());
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(duty.hasFix(), 3000);
        QCOMPARE(duty.positionText(), QStringLiteral("N31.23520 E121.47510"));
        QCOMPARE(duty.satellitesInUse(), 9);
        QCOMPARE(duty.fixDetail(), QStringLiteral("9 颗卫星 · 差分 · ±8 m"));
        QTRY_COMPARE_WITH_TIMEOUT(duty.fixState(), QStringLiteral("stale"), 3000);
        QVERIFY(!duty.hasFix());
        QVERIFY(duty.fixStale());
        QVERIFY(duty.positionText().isEmpty());
        QVERIFY(duty.fixDetail().isEmpty());
        QVERIFY(changed.count() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestLocationDuty)
#include "tst_location_duty.moc"
