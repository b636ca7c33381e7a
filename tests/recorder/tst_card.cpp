// The evidence card (issue 7 "Storage"): with policy.removableStorage the evidence folder is a
// card's mount point. Without the card recording refuses to start (the message says so, nothing
// is written to the folder underneath); a card unmounted mid-recording stops the recording at
// once (reason storage_removed, no post-record) and says what happened and what to do; with the
// card back the same recorder records. Run twice: with a fake StorageInfo whose volume the test
// switches (runs anywhere), and with a real tmpfs mounted and lazily unmounted under a live
// recording (needs CAP_SYS_ADMIN — skipped, saying so, where mount is not allowed).
#include "recorderharness.h"

#include "storageinfo.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace {
class FakeCard final : public StorageInfo
{
public:
    std::atomic_bool inserted{true};
    QString root;
    qint64 availableBytes(const QString &) const override { return qint64(8) << 30; }
    qint64 volumeId(const QString &path) const override
    {
        // The card is volume 42 at its mount point; the folder underneath belongs to volume 7.
        if (QDir::cleanPath(path) == QDir::cleanPath(root))
            return inserted ? 42 : 7;
        return 7;
    }
};

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

RecorderConfig cardConfig(const QString &root, const StorageInfo *storage)
{
    RecorderConfig config;
    config.profile = smallProfile();
    config.profile.policy.removableStorage = true;
    config.profile.policy.storageReserveMB = 1;
    config.profile.policy.postrecordSeconds = 30;   // a card stop must not wait for it
    config.evidenceRoot = root;
    config.storage = storage;
    config.storagePollMs = 200;
    return config;
}

const QString removedMessage = QStringLiteral("存储卡已移除：录像已停止。此前录好的片段在存储卡上，请插回存储卡；插回前无法录像。");
const QString missingMessage = QStringLiteral("未检测到存储卡：无法录像。请插好存储卡，待界面显示可录时长后再试。");
} // namespace

class TestCard : public QObject
{
    Q_OBJECT
private slots:
    void fakeCardPulledMidRecording()
    {
        QTemporaryDir tmp;
        FakeCard card;
        card.root = tmp.filePath(QStringLiteral("card"));
        QVERIFY(QDir().mkpath(card.root));
        card.inserted = false;
        RecorderHarness h(cardConfig(card.root, &card));
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());

        // No card: refused, nothing written.
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.errors.size(), 1, 5000);
        QCOMPARE(c.errors.first().code, RecorderErrorCode::StorageRemoved);
        QCOMPARE(c.errors.first().message, missingMessage);
        QTest::qWait(500);
        QVERIFY(c.started.isEmpty());
        QVERIFY(filesUnder(card.root).isEmpty());

        // Card in: records; pulled: stopped at once with the reason and the message.
        card.inserted = true;
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 10000);
        QTest::qWait(1500);
        card.inserted = false;
        QVERIFY(h.waitStopped(1, 10000));   // well inside the 30 s post-record
        QCOMPARE(c.stopped.first().reason, QStringLiteral("storage_removed"));
        QTRY_VERIFY_WITH_TIMEOUT(c.hasError(RecorderErrorCode::StorageRemoved) && c.errors.size() == 2, 5000);
        QCOMPARE(c.errors.last().message, removedMessage);
        QCOMPARE(h.recorder()->state(), RecorderState::Idle);

        // Back in: the same recorder records again.
        card.inserted = true;
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 2, 10000);
        h.stopRecording();
        QTest::qWait(200);
    }

    void realMountUnmountedUnderARecording()
    {
        QTemporaryDir tmp;
        const QString mountPoint = tmp.filePath(QStringLiteral("card"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64m"),
                                           QStringLiteral("tmpfs"), mountPoint}))
            QSKIP("mount(8) is not permitted here (needs CAP_SYS_ADMIN); the fake-card case covers the logic");
        StatvfsStorageInfo kernel;
        QVERIFY(kernel.isMountPoint(mountPoint));
        RecorderHarness h(cardConfig(mountPoint, &kernel));
        SignalCollector &c = h.signals_();
        h.start();
        QVERIFY(h.waitReady());
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!c.opened.isEmpty(), 10000);
        QTest::qWait(1500);

        // Lazily unmounted (as a card's auto-unmount does): the recording stops at once.
        QVERIFY(run(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint}));
        QVERIFY(!kernel.isMountPoint(mountPoint));
        QVERIFY(h.waitStopped(1, 10000));
        QCOMPARE(c.stopped.first().reason, QStringLiteral("storage_removed"));
        QTRY_VERIFY_WITH_TIMEOUT(c.hasError(RecorderErrorCode::StorageRemoved), 5000);
        QCOMPARE(h.recorder()->state(), RecorderState::Idle);

        // No card: refused; nothing lands in the folder underneath.
        const int errorsBefore = c.errors.size();
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.errors.size(), errorsBefore + 1, 5000);
        QCOMPARE(c.errors.last().message, missingMessage);
        QTest::qWait(500);
        QCOMPARE(c.started.size(), 1);
        QVERIFY(filesUnder(mountPoint).isEmpty());

        // A card again: recording works, onto it.
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64m"),
                                              QStringLiteral("tmpfs"), mountPoint}));
        h.startRecording();
        QTRY_COMPARE_WITH_TIMEOUT(c.started.size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(c.opened.size() >= 2, 10000);
        QVERIFY(!filesUnder(mountPoint).isEmpty());
        h.shutdown();   // stops without the post-record
        QTest::qWait(200);
        run(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint});
    }
};

QTEST_GUILESS_MAIN(TestCard)
#include "tst_card.moc"
