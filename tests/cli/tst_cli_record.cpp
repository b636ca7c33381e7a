// fieldterm-cli record → list: the files exist, play (ffprobe), last as long as asked
// (pre-record included), are cut into segments as configured, carry the markers, and their
// stored hashes equal what sha256sum / openssl dgst -sm3 compute.
#include "clitestkit.h"

#include <QTest>

using namespace CliKit;

class TestCliRecord : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/sha256sum/openssl missing: tools/deps-debian.txt lists them");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe (ffmpeg) missing");
    }

    void recordThenList_data()
    {
        QTest::addColumn<QString>("crypto");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("intl") << "intl" << "sha256";
        QTest::newRow("gm") << "gm" << "sm3";
    }
    void recordThenList()
    {
        QFETCH(QString, crypto);
        QFETCH(QString, algorithm);
        QTemporaryDir dir;
        const Result r = run(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--crypto"), crypto} + smallFrames()
                             + QStringList{QStringLiteral("record"), QStringLiteral("--seconds"), QStringLiteral("3"),
                                           QStringLiteral("--mark"), QStringLiteral("1:告知"), QStringLiteral("--mark"),
                                           QStringLiteral("2:sign"), QStringLiteral("--json")});
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QStringLiteral("录像中 2/3 秒")), qPrintable(r.errText()));

        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        const QString recordingId = summary.value(QLatin1String("recordingId")).toString();
        QVERIFY2(!recordingId.isEmpty(), r.out.constData());
        QVERIFY(summary.value(QLatin1String("pressToFirstBufferMs")).isDouble());
        QVERIFY(summary.value(QLatin1String("prerecordMs")).isDouble());
        QCOMPARE(summary.value(QLatin1String("files")).toArray().size(), 1);

        Result listed;
        const QJsonArray list = listJson(dir.path(), &listed);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.errText()));
        QCOMPARE(list.size(), 1);
        const QJsonObject file = list.first().toObject();
        const QString path = file.value(QLatin1String("path")).toString();
        QVERIFY2(QFileInfo(path).isAbsolute() && QFileInfo::exists(path), qPrintable(path));
        QVERIFY(path.startsWith(dir.path() + QStringLiteral("/evidence/")));
        QVERIFY(path.endsWith(QLatin1String("_001.mp4")));
        QCOMPARE(file.value(QLatin1String("recordingId")).toString(), recordingId);
        QCOMPARE(file.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(file.value(QLatin1String("kind")).toString(), QStringLiteral("video"));
        QCOMPARE(file.value(QLatin1String("algorithm")).toString(), algorithm);
        QCOMPARE(file.value(QLatin1String("hash")).toString(), TestTools::toolHash(algorithm, path));
        QCOMPARE(qint64(file.value(QLatin1String("size")).toDouble()), QFileInfo(path).size());

        const Probe probe = ffprobe(path);
        QVERIFY2(probe.ok, qPrintable(path));
        QVERIFY(probe.codecTypes.contains(QStringLiteral("video")));
        QVERIFY(probe.codecTypes.contains(QStringLiteral("audio")));
        QCOMPARE(probe.width, 320);
        QCOMPARE(probe.height, 240);
        QVERIFY2(qAbs(probe.duration - 3.0) <= 1.0, qPrintable(QString::number(probe.duration)));
        QVERIFY2(qAbs(file.value(QLatin1String("duration")).toDouble() - probe.duration) < 0.2,
                 qPrintable(QStringLiteral("stored %1 s, ffprobe %2 s").arg(file.value(QLatin1String("duration")).toDouble()).arg(probe.duration)));

        const QJsonArray markers = file.value(QLatin1String("markers")).toArray();
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("notify"));
        QCOMPARE(markers.at(0).toObject().value(QLatin1String("label")).toString(), QStringLiteral("告知"));
        QCOMPARE(markers.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("sign"));
        const double m1 = markers.at(0).toObject().value(QLatin1String("offsetMs")).toDouble();
        const double m2 = markers.at(1).toObject().value(QLatin1String("offsetMs")).toDouble();
        QVERIFY2(m1 >= 0 && m2 > m1 && m2 - m1 > 500 && m2 - m1 < 1500 && m2 < 4000,
                 qPrintable(QStringLiteral("%1 %2").arg(m1).arg(m2)));

        QCOMPARE(TestTools::sqlite(dir.filePath(QStringLiteral("fieldterm.db")), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QVERIFY(filesUnder(dir.path(), {QStringLiteral("*.part")}).isEmpty());
    }

    void prerecordIsIncluded()
    {
        QTemporaryDir dir;
        const Result r = run(QStringList{QStringLiteral("--data-dir"), dir.path()} + smallFrames()
                             + QStringList{QStringLiteral("record"), QStringLiteral("--prerecord"), QStringLiteral("2"),
                                           QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        const double prerecordMs = summary.value(QLatin1String("prerecordMs")).toDouble();
        // The file starts at a keyframe at least 2 s before the press, within one GOP (1 s).
        QVERIFY2(prerecordMs >= 1900 && prerecordMs <= 3100, qPrintable(QString::number(prerecordMs)));

        const QJsonArray list = listJson(dir.path());
        QCOMPARE(list.size(), 1);
        const Probe probe = ffprobe(list.first().toObject().value(QLatin1String("path")).toString());
        QVERIFY(probe.ok);
        // S + N ± 1 GOP; the extra 0.1 s allows the few frames between the stop and the cut
        // (the audio track typically ends one AAC frame after the video).
        QVERIFY2(qAbs(probe.duration - 4.0) <= 1.1, qPrintable(QString::number(probe.duration)));
    }

    void segmentsAsConfigured()
    {
        QTemporaryDir dir;
        const Result r = run(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--segment-seconds"), QStringLiteral("2")}
                             + smallFrames() + QStringList{QStringLiteral("record"), QStringLiteral("--seconds"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonArray list = listJson(dir.path());
        QCOMPARE(list.size(), 3);
        QString recordingId;
        double total = 0;
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject f = list.at(i).toObject();
            const QString path = f.value(QLatin1String("path")).toString();
            QCOMPARE(f.value(QLatin1String("segmentIndex")).toInt(), i + 1);
            QVERIFY(path.endsWith(QStringLiteral("_%1.mp4").arg(i + 1, 3, 10, QLatin1Char('0'))));
            if (i == 0)
                recordingId = f.value(QLatin1String("recordingId")).toString();
            QCOMPARE(f.value(QLatin1String("recordingId")).toString(), recordingId);
            QCOMPARE(f.value(QLatin1String("hash")).toString(), TestTools::toolHash(QStringLiteral("sha256"), path));
            const Probe probe = ffprobe(path);
            QVERIFY2(probe.ok, qPrintable(path));
            if (i < 2)
                QVERIFY2(qAbs(probe.duration - 2.0) <= 1.0, qPrintable(QString::number(probe.duration)));
            total += probe.duration;
        }
        QVERIFY2(qAbs(total - 5.0) <= 1.0, qPrintable(QString::number(total)));
    }

    void audioOnly()
    {
        QTemporaryDir dir;
        const Result r = run(QStringList{QStringLiteral("--data-dir"), dir.path()} + smallFrames()
                             + QStringList{QStringLiteral("record"), QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--audio-only")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonArray list = listJson(dir.path());
        QCOMPARE(list.size(), 1);
        const QJsonObject f = list.first().toObject();
        QCOMPARE(f.value(QLatin1String("kind")).toString(), QStringLiteral("audio"));
        QVERIFY(f.value(QLatin1String("path")).toString().endsWith(QLatin1String(".m4a")));
        const Probe probe = ffprobe(f.value(QLatin1String("path")).toString());
        QCOMPARE(probe.codecTypes, QStringList{QStringLiteral("audio")});
    }
};

QTEST_GUILESS_MAIN(TestCliRecord)
#include "tst_cli_record.moc"
