// Storage reserve: below it, recording refuses to start (with the message, no file); reached
// while recording, it stops at once (no post-record) and the files so far are closed, named
// and playable. Free space comes from a fake StorageInfo, the interface the recorder reads.
#include "recorderharness.h"

#include "storageinfo.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace {
class FakeStorage final : public StorageInfo
{
public:
    std::atomic<qint64> bytes{0};
    qint64 availableBytes(const QString &) const override { return bytes.load(); }
};
constexpr qint64 MiB = 1024 * 1024;
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void refusesBelowReserve()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        FakeStorage storage;
        storage.bytes = 120 * MiB;
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.policy.storageReserveMB = 500;
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        config.storage = &storage;
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.errors.size(), 1, 5000);
        QCOMPARE(c.errors.first().code, RecorderErrorCode::StorageLow);
        QCOMPARE(c.errors.first().message,
                 QStringLiteral("存储空间不足：剩余 120 MB，低于保留的 500 MB，无法开始录像。请上传并释放已回执的文件，或更换存储卡。"));
        QTest::qWait(1000);
        QVERIFY(c.started.isEmpty());
        QVERIFY(c.opened.isEmpty());
        QCOMPARE(h.recorder()->state(), RecorderState::Idle);
        QVERIFY(filesUnder(tmp.path()).isEmpty());

        // Space freed: the same recorder records.
        storage.bytes = 600 * MiB;
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        h.stopRecording();
        QVERIFY(h.waitStopped(1));
    }

    void stopsWhenReserveReached()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        FakeStorage storage;
        storage.bytes = 10000 * MiB;
        RecorderConfig config;
        config.profile = smallProfile();
        config.profile.policy.storageReserveMB = 500;
        config.profile.policy.postrecordSeconds = 5;   // not honoured for a full card
        config.profile.policy.segmentSeconds = 2;
        config.evidenceRoot = tmp.filePath(QStringLiteral("evidence"));
        config.storage = &storage;
        config.storagePollMs = 100;
        RecorderHarness h(config);
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 5000);
        QTest::qWait(3000);
        const qint64 full = monotonicNowNs();
        storage.bytes = 499 * MiB;
        QVERIFY(h.waitStopped(1, 5000));
        QCOMPARE(c.stopped.first().reason, QStringLiteral("storage_low"));
        QVERIFY(c.hasError(RecorderErrorCode::StorageLow));
        QCOMPARE(c.errors.first().message,
                 QStringLiteral("存储空间不足：剩余 499 MB，低于保留的 500 MB，录像已停止，已录内容已保存。请上传并释放已回执的文件，或更换存储卡。"));
        QVERIFY(!c.states.contains(RecorderState::PostRecord));

        const QList<SegmentClosed> files = c.closedFor(c.started.first().recordingId);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.last().last);
        double total = 0;
        for (const SegmentClosed &f : files) {
            QCOMPARE(QFileInfo(f.finalPath).size(), f.sizeBytes);
            const QJsonObject probe = ffprobe(f.finalPath);
            QCOMPARE(streamsOf(probe, QStringLiteral("video")).size(), 1);
            total += formatDuration(probe);
        }
        // Stopped at once: the files end within a poll (+ a frame or two) of the card filling.
        const qint64 end = files.last().endMonoNs;
        QVERIFY2(end > full - 100000000LL && end < full + 400000000LL, qPrintable(QString::number((end - full) / 1e6)));
        QVERIFY(total > 2.5);
        for (const QString &f : filesUnder(config.evidenceRoot))
            QVERIFY2(!f.endsWith(QLatin1String(".part")), qPrintable(f));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
