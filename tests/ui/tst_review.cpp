// The review facade (singleton `Review`) over the real object graph: TerminalCore with a live
// recorder on test sources and 2-second segments, the store file, the GUI thread's DomainStore,
// the real Player on fakesinks:
//   - the browse list follows CaseReview::canSeeRecordingsOf: an inspector sees their own
//     recordings only, the squad leader the squad's, the admin none; the filters narrow it;
//   - an inspector opening a colleague's recording is refused: an error, nothing played, no row;
//   - open → play → close plays the multi-segment recording as one timeline and writes
//     playback_start (on opening: the first frame shows) and playback_stop (watchedMs > 0,
//     frames previewed without playing) audit rows as the viewer;
//   - signing out while playing closes the playback and audits its stop;
//   - the audit chain still verifies.
#include "auditverifier.h"
#include "cameracontroller.h"
#include "domainstore.h"
#include "reviewcontroller.h"
#include "reviewrecordingsmodel.h"
#include "sessioncontroller.h"
#include "store.h"
#include "terminalcore.h"

#include "../app/testtools.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gst/gst.h>
#include <memory>

namespace {
const QString kInspector = QStringLiteral("31000000001");
const QString kColleague = QStringLiteral("31000000002");
const QString kLeader = QStringLiteral("31000000003");
const QString kAdmin = QStringLiteral("31000000009");

GstElement *syncedFakeSink()
{
    GstElement *sink = gst_element_factory_make("fakesink", nullptr);
    Q_ASSERT(sink);
    g_object_set(sink, "sync", TRUE, nullptr);
    return sink;
}
} // namespace

class TestReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TerminalCore> m_core;
    std::unique_ptr<DomainStore> m_domain;
    std::unique_ptr<CameraController> m_camera;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<ReviewController> m_review;
    QString m_inspectorRecording;
    QString m_colleagueRecording;

    QString db() const { return m_dir.filePath(QStringLiteral("fieldterm.db")); }
    QString sql(const QString &query) const { return TestTools::sqlite(db(), query); }

    void signIn(const QString &no, const QString &pin)
    {
        if (m_session->signedIn())
            m_session->signOut();
        QVERIFY(m_session->signInNow(no, pin));
    }

    // Records about ms as the signed-in officer with one marker; returns the recording id.
    QString record(int ms)
    {
        const QString before = sql(QStringLiteral("SELECT count(*) FROM recordings"));
        m_camera->startRecording(false);
        if (!QTest::qWaitFor([this] { return m_camera->recording(); }, 20000))
            return QString();
        QTest::qWait(ms / 2);
        m_camera->addMarker(QStringLiteral("notify"));
        QTest::qWait(ms - ms / 2);
        m_camera->stopRecording();
        if (!QTest::qWaitFor([this] { return !m_camera->recording(); }, 20000))
            return QString();
        const int expected = before.toInt() + 1;
        if (!QTest::qWaitFor([&] {
                return sql(QStringLiteral("SELECT count(*) FROM recordings WHERE status <> 'recording'")).toInt() == expected
                    && sql(QStringLiteral("SELECT count(*) FROM evidence WHERE status = 'open'")) == QLatin1String("0");
            }, 20000))
            return QString();
        return sql(QStringLiteral("SELECT id FROM recordings ORDER BY press_wall DESC LIMIT 1"));
    }

    QStringList listedOfficers() const
    {
        QStringList out;
        QAbstractListModel *model = m_review->model();
        for (int i = 0; i < model->rowCount(); ++i)
            out << model->index(i, 0).data(ReviewRecordingsModel::OfficerNoRole).toString();
        return out;
    }

    int auditCount(const QString &action, const QString &officerNo) const
    {
        return sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND officer_no = '%2'").arg(action, officerNo)).toInt();
    }

private slots:
    void initTestCase()
    {
        gst_init(nullptr, nullptr);   // before the sinks below are made
        DeviceProfile profile = DeviceProfile::simulatedDefault();
        profile.video.width = 320;
        profile.video.height = 240;
        profile.video.x264Preset = QStringLiteral("ultrafast");
        profile.policy.prerecordSeconds = 0;
        profile.policy.postrecordSeconds = 0;
        profile.policy.segmentSeconds = 2;
        const DataPaths paths(m_dir.path());
        m_core = std::make_unique<TerminalCore>(profile, paths);
        m_domain = std::make_unique<DomainStore>(profile, paths);
        m_camera = std::make_unique<CameraController>(m_core.get(), nullptr, 0, 0);
        m_camera->setMayRecord([this] { return m_domain->can(Permission::Record); });
        m_session = std::make_unique<SessionController>(m_domain.get(), m_core.get(), [this] { return m_camera->recording(); });
        m_review = std::make_unique<ReviewController>(m_domain.get(), syncedFakeSink(), syncedFakeSink(), false);
        connect(m_core.get(), &TerminalCore::storeReady, m_domain.get(), [this] {
            QString error;
            QVERIFY2(m_domain->open(&error), qPrintable(error));
        });
        m_core->startStore();
        m_camera->startCamera();
        QTRY_VERIFY_WITH_TIMEOUT(m_domain->isOpen(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_camera->ready(), 30000);

        // Two inspectors of the same squad each record; the first one's spans several segments.
        signIn(kInspector, QStringLiteral("111111"));
        m_inspectorRecording = record(5000);
        QVERIFY(!m_inspectorRecording.isEmpty());
        QVERIFY2(sql(QStringLiteral("SELECT count(*) FROM evidence WHERE recording_id = '%1' AND kind <> 'photo'")
                         .arg(m_inspectorRecording)).toInt() >= 2,
                 "the recording should span several segments");
        signIn(kColleague, QStringLiteral("222222"));
        m_colleagueRecording = record(1500);
        QVERIFY(!m_colleagueRecording.isEmpty());
        m_session->signOut();
    }

    void inspectorSeesOwnRecordingsOnly()
    {
        signIn(kInspector, QStringLiteral("111111"));
        m_review->refresh();
        QVERIFY(m_review->canBrowse());
        QCOMPARE(listedOfficers(), QStringList{kInspector});
        const QModelIndex row = m_review->model()->index(0, 0);
        QCOMPARE(row.data(ReviewRecordingsModel::RecordingIdRole).toString(), m_inspectorRecording);
        QCOMPARE(row.data(ReviewRecordingsModel::MarkerCountRole).toInt(), 1);
        QCOMPARE(row.data(ReviewRecordingsModel::OfficerNameRole).toString(), QStringLiteral("张明"));
        QVERIFY(row.data(ReviewRecordingsModel::DurationMsRole).toLongLong() > 3000);
        // Its still is given out only once a recording_thumbnail row names it (as its delegate
        // asks when it is made); the requests of one turn become one showing.
        QCOMPARE(row.data(ReviewRecordingsModel::ThumbnailRole).toString(), QString());
        QVERIFY(row.data(ReviewRecordingsModel::ThumbnailPendingRole).toBool());
        QSignalSpy changed(m_review->model(), &QAbstractItemModel::dataChanged);
        m_review->revealThumbnail(m_inspectorRecording);
        m_review->revealThumbnail(m_inspectorRecording);
        QTRY_VERIFY(!row.data(ReviewRecordingsModel::ThumbnailRole).toString().isEmpty());
        QVERIFY(!row.data(ReviewRecordingsModel::ThumbnailPendingRole).toBool());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sql(QStringLiteral("SELECT group_concat(object_id || ':' || json_extract(details, '$.list')) FROM audit_log"
                                    " WHERE action = 'recording_thumbnail' AND officer_no = '%1'").arg(kInspector)),
                 m_inspectorRecording + QStringLiteral(":review"));
        m_review->refresh();   // a refresh keeps what this officer was shown
        QVERIFY(!m_review->model()->index(0, 0).data(ReviewRecordingsModel::ThumbnailRole).toString().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(auditCount(QStringLiteral("recording_thumbnail"), kInspector), 1);
        // A colleague's recording is not asked for through the browse list; asked anyway, the
        // whole showing is refused: an error, no row, nothing given out.
        m_review->revealThumbnail(m_colleagueRecording);
        QTRY_VERIFY(m_review->errorText().contains(QStringLiteral("缩略图")));
        QCOMPARE(auditCount(QStringLiteral("recording_thumbnail"), kInspector), 1);
        m_review->dismissError();

        // A colleague's recording is refused: an error, nothing opened, no audit row.
        QVERIFY(!m_review->openRecording(m_colleagueRecording));
        QVERIFY(m_review->errorText().contains(QStringLiteral("无权")));
        QCOMPARE(m_review->state(), QStringLiteral("closed"));
        m_review->play();
        QCOMPARE(m_review->state(), QStringLiteral("closed"));
        QCOMPARE(auditCount(QStringLiteral("playback_start"), kInspector), 0);
        m_review->dismissError();
    }

    void squadLeaderSeesTheSquadAndFilters()
    {
        signIn(kLeader, QStringLiteral("333333"));
        m_review->refresh();
        QStringList officers = listedOfficers();
        officers.sort();
        QCOMPARE(officers, (QStringList{kInspector, kColleague}));
        QCOMPARE(m_review->officerOptions().size(), 3);   // all + two officers
        // Another officer starts from nothing revealed: the stills are audited again, as them.
        for (int i = 0; i < m_review->totalCount(); ++i) {
            const QModelIndex row = m_review->model()->index(i, 0);
            QVERIFY(row.data(ReviewRecordingsModel::ThumbnailPendingRole).toBool());
            m_review->revealThumbnail(row.data(ReviewRecordingsModel::RecordingIdRole).toString());
        }
        QTRY_COMPARE(auditCount(QStringLiteral("recording_thumbnail"), kLeader), 2);
        QVERIFY(!m_review->model()->index(1, 0).data(ReviewRecordingsModel::ThumbnailRole).toString().isEmpty());

        m_review->setOfficerFilter(kColleague);
        QCOMPARE(listedOfficers(), QStringList{kColleague});
        m_review->setOfficerFilter(QString());
        m_review->setDateFilter(QStringLiteral("today"));
        QCOMPARE(m_review->totalCount(), 2);
        m_review->setMarkerFilter(QStringLiteral("notify"));
        QCOMPARE(m_review->totalCount(), 2);
        m_review->setMarkerFilter(QStringLiteral("sign"));
        QCOMPARE(m_review->totalCount(), 0);
        m_review->setMarkerFilter(QString());
        m_review->setCaseFilter(QStringLiteral("linked"));
        QCOMPARE(m_review->totalCount(), 0);
        m_review->setCaseFilter(QStringLiteral("unlinked"));
        QCOMPARE(m_review->totalCount(), 2);
        m_review->setCaseFilter(QString());
        m_review->setDateFilter(QString());
    }

    void adminSeesNothing()
    {
        signIn(kAdmin, QStringLiteral("999999"));
        m_review->refresh();
        QVERIFY(!m_review->canBrowse());
        QCOMPARE(m_review->totalCount(), 0);
        QVERIFY(!m_review->openRecording(m_inspectorRecording));
        QVERIFY(!m_review->errorText().isEmpty());
        m_review->dismissError();
    }

    void openPlayCloseIsAudited()
    {
        signIn(kLeader, QStringLiteral("333333"));
        QSignalSpy ready(m_review->player(), &Player::ready);
        QVERIFY(m_review->openRecording(m_inspectorRecording));
        QTRY_COMPARE_WITH_TIMEOUT(m_review->state(), QStringLiteral("paused"), 20000);
        QCOMPARE(ready.count(), 1);
        QVERIFY2(m_review->errorText().isEmpty(), qPrintable(m_review->errorText()));
        QVERIFY(m_review->notices().isEmpty());
        QVERIFY(m_review->durationMs() > 3000);
        QCOMPARE(m_review->markers().size(), 1);
        QCOMPARE(m_review->markers().first().toMap().value(QStringLiteral("type")).toString(), QStringLiteral("notify"));
        QCOMPARE(m_review->officerName(), QStringLiteral("张明"));
        // Opening shows the first frame: that is already a look, audited before the player opened.
        QCOMPARE(auditCount(QStringLiteral("playback_start"), kLeader), 1);

        m_review->play();
        QCOMPARE(auditCount(QStringLiteral("playback_start"), kLeader), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_review->state(), QStringLiteral("playing"), 10000);
        // Across the first segment boundary (2 s) at double speed.
        QVERIFY(m_review->setRate(2.0));
        QTRY_VERIFY_WITH_TIMEOUT(m_review->positionMs() > 2500, 10000);
        QVERIFY(!m_review->setRate(3.0));
        m_review->pause();
        QTRY_COMPARE_WITH_TIMEOUT(m_review->state(), QStringLiteral("paused"), 10000);
        // Frames shown without playing (a paused seek, a drag) are counted in the stop row.
        m_review->seekPreview(3000);
        m_review->seek(500);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(m_review->positionMs() - 500) < 200, 10000);
        m_review->play();   // same playback: no second start row
        QTest::qWait(500);
        m_review->close();
        QCOMPARE(m_review->state(), QStringLiteral("closed"));

        QCOMPARE(auditCount(QStringLiteral("playback_start"), kLeader), 1);
        QCOMPARE(auditCount(QStringLiteral("playback_stop"), kLeader), 1);
        const QString stop = QStringLiteral(" FROM audit_log WHERE action = 'playback_stop' AND officer_no = '%1'").arg(kLeader);
        QCOMPARE(sql(QStringLiteral("SELECT object_id") + stop), m_inspectorRecording);
        QVERIFY(sql(QStringLiteral("SELECT json_extract(details, '$.watchedMs')") + stop).toLongLong() > 2000);
        QVERIFY(sql(QStringLiteral("SELECT json_array_length(details, '$.ranges')") + stop).toInt() >= 1);
        QVERIFY(sql(QStringLiteral("SELECT details") + stop).contains(QStringLiteral("\"rates\":[1,2]")));
        QCOMPARE(sql(QStringLiteral("SELECT json_extract(details, '$.ownerNo')") + stop), kInspector);
        QCOMPARE(sql(QStringLiteral("SELECT json_extract(details, '$.previews')") + stop), QStringLiteral("2"));

        // Closing again writes nothing more.
        m_review->close();
        QCOMPARE(auditCount(QStringLiteral("playback_stop"), kLeader), 1);
    }

    void signOutClosesThePlayback()
    {
        signIn(kInspector, QStringLiteral("111111"));
        QVERIFY(m_review->openRecording(m_inspectorRecording));
        QTRY_COMPARE_WITH_TIMEOUT(m_review->state(), QStringLiteral("paused"), 20000);
        m_review->play();
        QTRY_VERIFY_WITH_TIMEOUT(m_review->positionMs() > 800, 10000);
        m_session->signOut();
        QCOMPARE(m_review->state(), QStringLiteral("closed"));
        QCOMPARE(m_review->totalCount(), 0);
        QCOMPARE(auditCount(QStringLiteral("playback_start"), kInspector), 1);
        QCOMPARE(auditCount(QStringLiteral("playback_stop"), kInspector), 1);
        QVERIFY(sql(QStringLiteral("SELECT json_extract(details, '$.watchedMs') FROM audit_log WHERE action = 'playback_stop'"
                                   " AND officer_no = '%1'").arg(kInspector)).toLongLong() > 0);
    }

    void auditChainVerifies()
    {
        Database reader;
        QString error;
        QVERIFY(Store::openReader(&reader, db(), &error));
        const AuditVerifyResult r = AuditVerifier::verify(reader);
        QVERIFY2(r.intact(), qPrintable(r.message));
    }

    void cleanupTestCase()
    {
        m_review.reset();
        m_session.reset();
        m_camera.reset();
        if (m_core)
            m_core->shutdown();
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
