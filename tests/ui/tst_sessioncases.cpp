// The sign-in and case facades over the real object graph — TerminalCore with a live recorder
// on test sources, the store file, the GUI thread's DomainStore — as the terminal wires them:
//   - only a signed-in officer with the Record permission may record or create cases;
//   - a case created through the facade becomes the active case, and a recording started then
//     is linked to it in the same transaction that registers it;
//   - stopping with an interruption reason stores the reason and the officer's note;
//   - an unlinked recording asks to be linked when it stops;
//   - the idle timer locks the screen without stopping the recording;
//   - the squad leader reviews the inspector's case through the facade (return with a comment,
//     then approve); the inspector sees the return but may not review, nor may the admin;
//   - opening a case is audited, with the photos its timeline shows (photo_thumbnails) and its
//     recordings' stills (recording_thumbnail, list "case");
//   - all of it lands in the audit chain, which verifies.
#include "auditverifier.h"
#include "cameracontroller.h"
#include "casescontroller.h"
#include "domainstore.h"
#include "dutyinfo.h"
#include "partyid.h"
#include "recorder.h"
#include "sessioncontroller.h"
#include "store.h"
#include "synccontroller.h"
#include "terminalcore.h"

#include "../app/testtools.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gst/gst.h>
#include <memory>

class TestSessionCases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TerminalCore> m_core;
    std::unique_ptr<DomainStore> m_domain;
    std::unique_ptr<CameraController> m_camera;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<CasesController> m_cases;
    std::unique_ptr<FixedLocationSource> m_location;
    std::unique_ptr<DutyInfo> m_duty;

    QString db() const { return m_dir.filePath(QStringLiteral("fieldterm.db")); }

    bool recordFor(int ms)
    {
        m_camera->startRecording(false);
        if (!QTest::qWaitFor([this] { return m_camera->recording(); }, 20000))
            return false;
        QTest::qWait(ms);
        return true;
    }

private slots:
    void initTestCase()
    {
        DeviceProfile profile = DeviceProfile::simulatedDefault();
        profile.video.width = 320;
        profile.video.height = 240;
        profile.video.x264Preset = QStringLiteral("ultrafast");
        profile.policy.prerecordSeconds = 0;
        profile.policy.postrecordSeconds = 0;
        const DataPaths paths(m_dir.path());
        m_core = std::make_unique<TerminalCore>(profile, paths);
        m_domain = std::make_unique<DomainStore>(profile, paths);
        m_camera = std::make_unique<CameraController>(m_core.get(), nullptr, 0, 0);
        m_camera->setMayRecord([this] { return m_domain->can(Permission::Record); });
        m_session = std::make_unique<SessionController>(m_domain.get(), m_core.get(), [this] { return m_camera->recording(); }, 1);
        m_location = std::make_unique<FixedLocationSource>(GeoFix{true, 31.2304, 121.4737});
        m_duty = std::make_unique<DutyInfo>(profile, m_location.get());
        m_cases = std::make_unique<CasesController>(m_domain.get(), m_core.get(), m_duty.get());
        connect(m_core->recorder(), &Recorder::recordingStopped, m_cases.get(), &CasesController::onRecordingStopped);
        connect(m_core.get(), &TerminalCore::storeReady, m_domain.get(), [this] {
            QString error;
            QVERIFY2(m_domain->open(&error), qPrintable(error));
        });
        m_core->startStore();
        m_camera->startCamera();
        QTRY_VERIFY_WITH_TIMEOUT(m_domain->isOpen(), 30000);   // the demo officers are seeded by now
        QTRY_VERIFY_WITH_TIMEOUT(m_camera->ready(), 30000);
    }

    void adminMayNeitherRecordNorCreateCases()
    {
        QVERIFY(m_session->signInNow(QStringLiteral("31000000009"), QStringLiteral("999999")));
        QVERIFY(m_session->can(QStringLiteral("manage_officers")));
        QVERIFY(!m_session->can(QStringLiteral("record")));
        m_camera->startRecording(false);
        QVERIFY(!m_camera->lastError().isEmpty());
        QTest::qWait(300);
        QVERIFY(!m_camera->recording());
        m_camera->dismissError();
        const QVariantMap result = m_cases->createCase({{QStringLiteral("type"), QStringLiteral("inspection")}});
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(result.value(QStringLiteral("errors")).toMap().value(QStringLiteral("form")).toString().contains(QStringLiteral("无权")));
        m_session->signOut();
        QVERIFY(!m_session->signedIn());
    }

    void syncPolicyNeedsTheSettingsPermission()
    {
        // Recordings over the cellular link: only an officer who may change settings can allow
        // it; the choice is stored for the sync thread and audited with who made it.
        SyncController sync(m_domain->profile(), m_domain->paths(), m_domain.get());
        emit m_domain->opened();   // as at start-up: the controller reads the stored policy
        QVERIFY(!sync.videoOnCellular());
        QVERIFY(m_session->signInNow(QStringLiteral("31000000001"), QStringLiteral("111111")));
        QVERIFY(!sync.canChangePolicy());
        sync.setVideoOnCellular(true);
        QVERIFY(!sync.videoOnCellular());
        QVERIFY(sync.lastError().contains(QStringLiteral("管理员")));
        m_session->signOut();
        QVERIFY(m_session->signInNow(QStringLiteral("31000000009"), QStringLiteral("999999")));
        QVERIFY(sync.canChangePolicy());
        sync.setVideoOnCellular(true);
        QVERIFY(sync.videoOnCellular());
        const QString db = m_dir.filePath(QStringLiteral("fieldterm.db"));
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT value FROM sync_settings WHERE key = 'video_on_cellular'")), QStringLiteral("1"));
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT officer_no FROM audit_log WHERE action = 'settings_change'"
                                                      " AND object_id = 'sync_video_on_cellular'")),
                 QStringLiteral("31000000009"));
        m_session->signOut();
    }

    void wrongPinIsRefusedAsynchronously()
    {
        QSignalSpy failed(m_session.get(), &SessionController::signInFailed);
        QVERIFY(failed.isValid());
        m_session->signIn(QStringLiteral("31000000001"), QStringLiteral("000000"));
        QVERIFY(m_session->busy());   // the KDF runs off the GUI thread
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(!m_session->signedIn());
        QVERIFY(!m_session->message().isEmpty());
        QVERIFY(!m_session->busy());
    }

    void activeCaseLinksTheNextRecording()
    {
        QSignalSpy in(m_session.get(), &SessionController::signInSucceeded);
        m_session->signIn(QStringLiteral("31000000001"), QStringLiteral("111111"));
        QTRY_COMPARE_WITH_TIMEOUT(in.count(), 1, 20000);
        QCOMPARE(m_session->officerName(), QStringLiteral("张明"));

        // A field error names the field; nothing is created.
        QVariantMap input{{QStringLiteral("type"), QStringLiteral("general")}, {QStringLiteral("partyKind"), QStringLiteral("person")},
                          {QStringLiteral("partyName"), QStringLiteral("李四 <b>'; DROP TABLE cases;--")},
                          {QStringLiteral("partyIdNo"), QStringLiteral("310105198001010020")},
                          {QStringLiteral("address"), QStringLiteral("上海市黄浦区 🚓 1 号")},
                          {QStringLiteral("powerItemCode"), m_cases->searchPowerItems(QString()).first().toMap().value(QStringLiteral("code"))}};
        QVariantMap result = m_cases->createCase(input);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(result.value(QStringLiteral("errors")).toMap().contains(QStringLiteral("partyIdNo")));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT count(*) FROM cases")), QStringLiteral("0"));

        const QString first17 = QStringLiteral("31010519800101002");
        input[QStringLiteral("partyIdNo")] = first17 + PartyId::residentIdCheckChar(first17);
        result = m_cases->createCase(input);
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(), qPrintable(QVariant(result).toString()));
        const QString caseId = result.value(QStringLiteral("caseId")).toString();
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT party_name FROM cases")), QStringLiteral("李四 <b>'; DROP TABLE cases;--"));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT latitude IS NOT NULL FROM cases")), QStringLiteral("1"));   // GPS from Duty
        QCOMPARE(m_cases->totalCount(), 1);

        QVERIFY(!m_cases->stopNeedsReason());
        m_cases->setActiveCase(caseId);
        QVERIFY(m_cases->stopNeedsReason());
        QVERIFY(!m_cases->activeCaseNo().isEmpty());
        QVERIFY(recordFor(1500));
        m_camera->stopRecordingWithReason(QStringLiteral("other"), QStringLiteral("当事人要求暂停（已说明）"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_camera->recording(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(TestTools::sqlite(db(), QStringLiteral("SELECT stop_reason || '|' || stop_note FROM recordings")),
                                  QStringLiteral("other|当事人要求暂停（已说明）"), 20000);
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT count(*) FROM case_links l JOIN recordings r ON r.id = l.recording_id"
                                                        " WHERE l.case_id = '%1'").arg(caseId)), QStringLiteral("1"));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT officer_no FROM recordings")), QStringLiteral("31000000001"));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT json_extract(details, '$.note') FROM audit_log WHERE action = 'record_stop'")),
                 QStringLiteral("当事人要求暂停（已说明）"));

        // A photo taken while the case is active belongs to it.
        m_camera->takePhoto();
        QTRY_COMPARE_WITH_TIMEOUT(TestTools::sqlite(db(), QStringLiteral("SELECT count(*) FROM case_links l JOIN evidence e ON e.id = l.evidence_id"
                                                                         " WHERE e.kind = 'photo' AND l.case_id = '%1'").arg(caseId)),
                                  QStringLiteral("1"), 20000);

        // The case detail shows the recording and its coverage of the current step.
        m_cases->openCase(caseId);
        const QVariantMap detail = m_cases->detail();
        QCOMPARE(detail.value(QStringLiteral("caseId")).toString(), caseId);
        bool recordingInTimeline = false;
        for (const QVariant &v : detail.value(QStringLiteral("timeline")).toList())
            recordingInTimeline |= v.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("recording");
        QVERIFY(recordingInTimeline);
        // Opening it is audited (case_view), and so is the photo its timeline shows small
        // (photo_thumbnails, naming it); a refresh of the open detail adds neither again.
        const QString photoId = TestTools::sqlite(db(), QStringLiteral("SELECT e.id FROM evidence e JOIN case_links l ON l.evidence_id = e.id"
                                                                       " WHERE e.kind = 'photo' AND l.case_id = '%1'").arg(caseId));
        const QString thumbs = QStringLiteral(" FROM audit_log WHERE action = 'photo_thumbnails' AND object_id = '%1'").arg(caseId);
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT count(*)") + thumbs), QStringLiteral("1"));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT json_extract(details, '$.photos')") + thumbs),
                 QStringLiteral("[\"%1\"]").arg(photoId));
        const QString views = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case_view' AND object_id = '%1'").arg(caseId);
        QCOMPARE(TestTools::sqlite(db(), views), QStringLiteral("1"));
        // The recording's still in the timeline: one recording_thumbnail row, as the viewer.
        const QString recordingId = TestTools::sqlite(db(), QStringLiteral("SELECT recording_id FROM case_links"
                                                                           " WHERE case_id = '%1' AND recording_id IS NOT NULL").arg(caseId));
        const QString stills = QStringLiteral(" FROM audit_log WHERE action = 'recording_thumbnail' AND object_id = '%1'").arg(recordingId);
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT officer_no || ':' || json_extract(details, '$.list') || ':'"
                                                        " || json_extract(details, '$.caseId')") + stills),
                 QStringLiteral("31000000001:case:") + caseId);
        bool stillShown = false;
        for (const QVariant &v : m_cases->detail().value(QStringLiteral("timeline")).toList()) {
            const QVariantMap t = v.toMap();
            stillShown |= t.value(QStringLiteral("recordingId")).toString() == recordingId
                && t.value(QStringLiteral("kind")).toString() == QLatin1String("recording")
                && !t.value(QStringLiteral("thumbnail")).toString().isEmpty();
        }
        QVERIFY(stillShown);
        m_cases->refresh();
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT count(*)") + thumbs), QStringLiteral("1"));
        QCOMPARE(TestTools::sqlite(db(), views), QStringLiteral("1"));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT count(*)") + stills), QStringLiteral("1"));
        QCOMPARE(m_cases->advance(caseId, QStringLiteral("closed"), QString()).isEmpty(), false);   // not allowed from 'filed'
        QCOMPARE(m_cases->advance(caseId, QStringLiteral("investigating"), QStringLiteral("开始调查")), QString());
    }

    void unlinkedRecordingAsksForACase()
    {
        m_cases->clearActiveCase();
        QVERIFY(!m_cases->stopNeedsReason());
        QSignalSpy ask(m_cases.get(), &CasesController::linkRequested);
        QVERIFY(ask.isValid());
        QVERIFY(recordFor(1000));
        m_camera->stopRecording();
        QTRY_COMPARE_WITH_TIMEOUT(ask.count(), 1, 20000);
        const QString recordingId = ask.first().first().toString();
        const QVariantList open = m_cases->openCasesForLink();
        QCOMPARE(open.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(TestTools::sqlite(db(), QStringLiteral("SELECT status FROM recordings WHERE id = '%1'").arg(recordingId)),
                                  QStringLiteral("closed"), 20000);
        QCOMPARE(m_cases->linkRecording(recordingId, open.first().toMap().value(QStringLiteral("caseId")).toString()), QString());
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT count(*) FROM case_links WHERE recording_id IS NOT NULL")), QStringLiteral("2"));
    }

    void idleLocksWithoutStoppingTheRecording()
    {
        QVERIFY(recordFor(200));
        QSignalSpy locked(m_session.get(), &SessionController::lockedChanged);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->locked(), 5000);   // idleLockSeconds = 1
        QVERIFY(m_camera->recording());
        QSignalSpy in(m_session.get(), &SessionController::signInSucceeded);
        m_session->unlock(QStringLiteral("111111"));
        QTRY_COMPARE_WITH_TIMEOUT(in.count(), 1, 20000);
        QVERIFY(!m_session->locked());
        QVERIFY(m_camera->recording());
        // A shift cannot end while recording.
        m_session->signOut();
        QVERIFY(m_session->signedIn());
        m_cases->setActiveCase(QString());
        m_camera->stopRecording();
        QTRY_VERIFY_WITH_TIMEOUT(!m_camera->recording(), 20000);
        QTest::qWait(500);
        m_session->signOut();
        QVERIFY(!m_session->signedIn());
    }

    void squadLeaderReviewsTheCase()
    {
        const QString caseId = TestTools::sqlite(db(), QStringLiteral("SELECT id FROM cases WHERE created_by = '31000000001' LIMIT 1"));
        QVERIFY(!caseId.isEmpty());
        QVERIFY(m_session->signInNow(QStringLiteral("31000000003"), QStringLiteral("333333")));   // 王强, 一中队 squad leader
        QSignalSpy changed(m_cases.get(), &CasesController::detailChanged);
        m_cases->openCase(caseId);
        QCOMPARE(m_cases->reviewState(), QStringLiteral("pending"));
        QCOMPARE(m_cases->reviewStateLabel(), QStringLiteral("待审核"));
        QVERIFY(m_cases->canReview());

        // A return without a comment is refused and shown in the banner; nothing is written.
        QVERIFY(m_cases->returnCase(QStringLiteral("  ")).contains(QStringLiteral("退回意见")));
        QVERIFY(m_cases->reviewError().contains(QStringLiteral("退回意见")));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT count(*) FROM case_reviews")), QStringLiteral("0"));
        m_cases->dismissReviewError();
        QCOMPARE(m_cases->reviewError(), QString());

        changed.clear();
        QCOMPARE(m_cases->returnCase(QStringLiteral("告知环节缺少录像，请补录")), QString());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_cases->reviewState(), QStringLiteral("returned"));
        QCOMPARE(m_cases->reviews().size(), 1);
        QCOMPARE(m_cases->reviews().first().toMap().value(QStringLiteral("reviewerName")).toString(), QStringLiteral("王强"));
        m_session->signOut();

        // The inspector sees the return on the case and may not review it.
        QVERIFY(m_session->signInNow(QStringLiteral("31000000001"), QStringLiteral("111111")));
        m_cases->openCase(caseId);
        QVERIFY(!m_cases->canReview());
        QCOMPARE(m_cases->latestReturn().value(QStringLiteral("comment")).toString(), QStringLiteral("告知环节缺少录像，请补录"));
        QVERIFY(m_cases->approve().contains(QStringLiteral("无权审核")));
        QVERIFY(!m_cases->reviewError().isEmpty());
        m_session->signOut();
        QCOMPARE(m_cases->reviewError(), QString());   // a new shift starts without the old refusal

        QVERIFY(m_session->signInNow(QStringLiteral("31000000009"), QStringLiteral("999999")));
        m_cases->openCase(caseId);
        QVERIFY(!m_cases->canReview());
        m_session->signOut();

        // Approved after the return: the state is the latest review.
        QVERIFY(m_session->signInNow(QStringLiteral("31000000003"), QStringLiteral("333333")));
        m_cases->openCase(caseId);
        QVERIFY(m_cases->canReview());
        QCOMPARE(m_cases->approve(), QString());
        QCOMPARE(m_cases->reviewState(), QStringLiteral("approved"));
        QVERIFY(m_cases->latestReturn().isEmpty());
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT group_concat(decision || ':' || reviewer_no, ',') FROM"
                                                        " (SELECT * FROM case_reviews ORDER BY id)")),
                 QStringLiteral("returned:31000000003,approved:31000000003"));
        m_session->signOut();
    }

    void auditChainCoversItAll()
    {
        m_core->shutdown();
        const QString actions = TestTools::sqlite(db(), QStringLiteral("SELECT group_concat(DISTINCT action) FROM audit_log"));
        for (const char *a : {"officers_imported", "sign_in", "sign_in_failed", "sign_out", "case_create", "case_link", "record_start",
                              "record_stop", "evidence_registered", "case_view", "photo_thumbnails", "recording_thumbnail", "case_step", "screen_lock",
                              "screen_unlock", "case_review"})
            QVERIFY2(actions.contains(QLatin1String(a)), qPrintable(actions + QStringLiteral(" lacks ") + QLatin1String(a)));
        Database reader;
        QString error;
        QVERIFY(Store::openReader(&reader, db(), &error));
        const AuditVerifyResult r = AuditVerifier::verify(reader);
        QVERIFY2(r.intact(), qPrintable(r.message));
    }

    void cleanupTestCase()
    {
        m_cases.reset();
        m_session.reset();
        m_camera.reset();
        if (m_core)
            m_core->shutdown();
    }
};

int main(int argc, char *argv[])
{
    gst_init(&argc, &argv);
    QGuiApplication app(argc, argv);
    TestSessionCases t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_sessioncases.moc"
