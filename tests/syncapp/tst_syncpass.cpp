// SyncPass against the real receiver: send order by priority (manifest → photo → marked video →
// other video → audio), policy (video waits for Wi-Fi on a cellular link; the pass pauses on low
// battery), and receipts taken only when their signature verifies with the enrolled receiver key.
#include "casestestkit.h"
#include "deviceidentity.h"
#include "devicesigner.h"
#include "enrollment.h"
#include "hasher.h"
#include "httpclient.h"
#include "receiverprocess.h"
#include "syncpass.h"
#include "syncplanner.h"
#include "syncsettings.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestSyncPass : public QObject
{
    Q_OBJECT

    CasesKit::Env env;
    QTemporaryDir receiverDir;
    ReceiverProcess receiver;
    DeviceIdentity identity;
    QString caseId;

    // A real file under the data directory and its evidence row, linked to the case.
    bool addFile(const QString &id, const QString &kind, const QString &recordingId, int segment, int bytes)
    {
        const QString rel = QStringLiteral("evidence/2026/11/20/%1.%2").arg(id, kind == QLatin1String("photo") ? QStringLiteral("jpg") : QStringLiteral("mp4"));
        QDir(env.dir.path()).mkpath(QStringLiteral("evidence/2026/11/20"));
        QByteArray data(bytes, Qt::Uninitialized);
        for (int i = 0; i < bytes; ++i)
            data[i] = char((i * 131 + id.size() * 7) & 0xff);
        QFile f(env.dir.filePath(rel));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != bytes)
            return false;
        f.close();
        Statement st = env.db.prepare("INSERT INTO evidence (id, kind, recording_id, segment_index, path, size_bytes, start_wall,"
                                      " hash, hash_alg, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'sha256', 'ok', ?7)");
        st.bind(1, id).bind(2, kind).bind(3, recordingId.isEmpty() ? QString() : recordingId).bindOptional(4, segment, segment > 0)
            .bind(5, rel).bind(6, qint64(bytes)).bind(7, StoreTime::toText(env.now))
            .bind(8, QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), data).toHex()));
        if (!st.exec()) {
            qWarning() << st.error();
            return false;
        }
        if (recordingId.isEmpty())
            return env.store->linkEvidence(caseId, id, QStringLiteral("31000000001")).isEmpty();
        return true;
    }

    bool plan()
    {
        SyncPlanner planner(env.db, identity, QStringLiteral("SIM0001"), QStringLiteral("sha256"));
        SyncPlanResult result;
        QString error;
        const bool ok = planner.plan(&result, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    SyncSummary pass(const SyncConditions &conditions, QStringList *order = nullptr, QStringList *waiting = nullptr)
    {
        HttpClient http;
        http.setSigner(deviceSigner(identity, QStringLiteral("SIM0001")));
        std::atomic_bool abort{false};
        SyncConfig config;
        config.server = QUrl(receiver.url + QLatin1Char('/'));
        config.dataDir = env.dir.path();
        config.dbPath = env.path();
        config.deviceId = QStringLiteral("SIM0001");
        config.chunkBytes = 64 * 1024;
        config.attempts = 2;
        SyncPass p(config, &http, &abort);
        p.setSleeper([](int) {});
        p.setAuditSource([this](qint64 after, int limit, QJsonArray *rows, QString *error) {
            return SyncPlanner::auditRowsAfter(env.db, after, limit, rows, error);
        });
        p.setItemCallback([order, waiting](const SyncItem &item) {
            if (order && item.status == QLatin1String("sending") && (order->isEmpty() || order->last() != item.objectId)
                && !order->contains(item.objectId))
                order->append(item.objectId);
            if (waiting && item.status == QLatin1String("waiting"))
                waiting->append(item.objectId);
        });
        return p.run(conditions);
    }

    QString outboxStatus(const QString &objectId)
    {
        return CasesKit::sqlite(env.path(), QStringLiteral("SELECT status FROM outbox WHERE object_id = '%1'").arg(objectId));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(env.open());
        QString error;
        QVERIFY(identity.loadOrCreate(env.dir.filePath(QStringLiteral("keys")), DeviceIdentity::Algorithm::Ed25519, &error));
        QVERIFY(receiver.start(receiverDir.path(), QStringLiteral("intl")));
        HttpClient http;
        http.setSigner(deviceSigner(identity, QStringLiteral("SIM0001")));
        const Enrollment::Result enrolled = Enrollment::enroll(http, QUrl(receiver.url + QLatin1Char('/')), receiver.issueCode(),
                                                               identity, QStringLiteral("SIM0001"), env.db);
        QVERIFY2(enrolled.ok, qPrintable(enrolled.error));

        const CreateResult created = env.store->create(CasesKit::validInput(), QStringLiteral("31000000001"));
        QVERIFY(created.ok);
        caseId = created.caseId;
        for (const char *rec : {"rec-marked", "rec-plain", "rec-audio"}) {
            QVERIFY(CasesKit::insertRecording(env.db, QLatin1String(rec), env.now, env.now.addSecs(60),
                                              QLatin1String(rec) == QLatin1String("rec-audio") ? QStringLiteral("audio") : QStringLiteral("av")));
            QCOMPARE(env.store->linkRecording(caseId, QLatin1String(rec), QStringLiteral("31000000001")), QString());
        }
        QVERIFY(CasesKit::insertMarker(env.db, QStringLiteral("rec-marked"), QStringLiteral("notify"), 1000, env.now));
        QVERIFY(addFile(QStringLiteral("v-plain"), QStringLiteral("video"), QStringLiteral("rec-plain"), 1, 300 * 1024));
        QVERIFY(addFile(QStringLiteral("a-1"), QStringLiteral("audio"), QStringLiteral("rec-audio"), 1, 50 * 1024));
        QVERIFY(addFile(QStringLiteral("v-marked"), QStringLiteral("video"), QStringLiteral("rec-marked"), 1, 200 * 1024));
        QVERIFY(addFile(QStringLiteral("p-1"), QStringLiteral("photo"), QString(), 0, 20 * 1024));
        QVERIFY(plan());
    }

    void lowBatteryPausesBeforeAnyFile()
    {
        SyncConditions conditions;
        conditions.batteryPercent = 10;
        const SyncSummary s = pass(conditions);
        QVERIFY2(s.lastError.contains(QStringLiteral("电量")), qPrintable(s.lastError));
        for (const char *id : {"p-1", "v-marked", "v-plain", "a-1"})
            QCOMPARE(outboxStatus(QLatin1String(id)), QStringLiteral("queued"));
        QVERIFY(!s.everythingReceipted());
    }

    void cellularSendsPhotosButRecordingsWaitForWifi()
    {
        SyncConditions conditions;
        conditions.medium = QStringLiteral("cellular");
        conditions.batteryPercent = 10;
        conditions.charging = true;   // charging: the battery rule does not apply
        QStringList waiting;
        const SyncSummary s = pass(conditions, nullptr, &waiting);
        QCOMPARE(outboxStatus(QStringLiteral("p-1")), QStringLiteral("sent"));
        waiting.sort();
        QCOMPARE(waiting, (QStringList{QStringLiteral("a-1"), QStringLiteral("v-marked"), QStringLiteral("v-plain")}));
        for (const char *id : {"v-marked", "v-plain", "a-1"})
            QCOMPARE(outboxStatus(QLatin1String(id)), QStringLiteral("queued"));
        QVERIFY(!s.everythingReceipted());
        // The receiver has the photo, none of the recordings.
        QCOMPARE(CasesKit::sqlite(receiver.db(), QStringLiteral("SELECT group_concat(evidence_id) FROM uploads WHERE status = 'complete'")),
                 QStringLiteral("p-1"));
    }

    void ethernetSendsTheRestInPriorityOrderAndEverythingIsReceipted()
    {
        QStringList order;
        const SyncSummary s = pass(SyncConditions{}, &order);
        QVERIFY2(s.everythingReceipted(), qPrintable(s.lastError));
        order.removeIf([](const QString &id) { return id.contains(QLatin1Char('-')) && id.size() > 20; });   // manifest ids (uuids)
        QCOMPARE(order, (QStringList{QStringLiteral("v-marked"), QStringLiteral("a-1"), QStringLiteral("v-plain")}));
        QCOMPARE(CasesKit::sqlite(env.path(), QStringLiteral("SELECT count(*) FROM receipted_evidence")), QStringLiteral("4"));
        QCOMPARE(CasesKit::sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM uploads WHERE status = 'complete'")), QStringLiteral("4"));
        // The pass measured the clock against the receiver's (the same clock here: offset ≈ 0,
        // within the measurement's own bound), from the receiver's millisecond stamp.
        QVERIFY(s.clock.valid);
        QVERIFY(s.clock.precise);
        QVERIFY2(qAbs(s.clock.offsetMs) <= s.clock.uncertaintyMs + 5, qPrintable(QString::number(s.clock.offsetMs)));
        QVERIFY(s.clock.rttMs < 2000);
    }

    void receiptSignedByAnotherKeyIsNotTaken()
    {
        // The device believes in another receiver key (as if a different platform answered).
        DeviceIdentity stranger;
        QTemporaryDir keys;
        QString error;
        QVERIFY(stranger.loadOrCreate(keys.path(), DeviceIdentity::Algorithm::Ed25519, &error));
        const QString realKey = SyncSettings::value(env.db, SyncSettings::receiverKeyPem);
        QVERIFY(SyncSettings::setValue(env.db, SyncSettings::receiverKeyPem, QString::fromLatin1(stranger.publicKeyPem()), &error));
        QVERIFY(addFile(QStringLiteral("p-2"), QStringLiteral("photo"), QString(), 0, 10 * 1024));
        QVERIFY(plan());
        const SyncSummary s = pass(SyncConditions{});
        QVERIFY(!s.everythingReceipted());
        QVERIFY2(s.lastError.contains(QStringLiteral("签名")), qPrintable(s.lastError));
        QCOMPARE(outboxStatus(QStringLiteral("p-2")), QStringLiteral("sent"));   // uploaded, not receipted
        QCOMPARE(CasesKit::sqlite(env.path(), QStringLiteral("SELECT count(*) FROM receipted_evidence WHERE evidence_id = 'p-2'")), QStringLiteral("0"));
        // With the real key back, the same manifest collects its receipt.
        QVERIFY(SyncSettings::setValue(env.db, SyncSettings::receiverKeyPem, realKey, &error));
        const SyncSummary again = pass(SyncConditions{});
        QVERIFY2(again.everythingReceipted(), qPrintable(again.lastError));
        QCOMPARE(outboxStatus(QStringLiteral("p-2")), QStringLiteral("receipted"));
    }
};

QTEST_GUILESS_MAIN(TestSyncPass)
#include "tst_syncpass.moc"
