// Photos on the review facade (issue 6: "photos full screen", "every photo view is audited"),
// over a real SQLite store in a temporary data directory with real JPEG files and the demo
// officers plus a second squad:
//   - Review.openPhoto by the photo's own inspector writes exactly one photo_view row (owner,
//     case) and returns the file:// url, time, officer and case; the file is left untouched;
//   - the squad leader of the photo's squad may open a squad inspector's photo (one row);
//   - refused, with a Chinese error and no row: an inspector opening a colleague's photo, the
//     squad leader of another squad, the admin, an unknown id, a video segment's id, a photo
//     whose file is gone, nobody signed in;
//   - a photo taken during a recording belongs to the recording's officer and case, and the
//     recording's photos are listed for the player page (PhotoLookup::ofRecording), their
//     showing in the strip audited as one photo_thumbnails row;
//   - the audit chain still verifies.
#include "auditverifier.h"
#include "casestore.h"
#include "domainstore.h"
#include "photolookup.h"
#include "powercatalogue.h"
#include "reviewcontroller.h"
#include "signin.h"
#include "store.h"
#include "storetime.h"

#include "../app/testtools.h"
#include "../cases/casestestkit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gst/gst.h>
#include <memory>

namespace {
const QString kInspector = QStringLiteral("31000000001");    // 张明, demo squad
const QString kColleague = QStringLiteral("31000000002");    // 李娜, same squad
const QString kLeader = QStringLiteral("31000000003");       // 王强, squad leader of that squad
const QString kAdmin = QStringLiteral("31000000009");
const QString kOtherLeader = QStringLiteral("32000000003");  // 刘洋, squad leader of 二中队
const QString kOtherPin = QStringLiteral("135790");

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}
} // namespace

class TestReviewPhoto : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DataPaths> m_paths;
    std::unique_ptr<DomainStore> m_domain;
    std::unique_ptr<ReviewController> m_review;
    PowerCatalogue m_catalogue;
    QString m_caseId;
    QString m_caseNo;
    QString m_recordingId = QStringLiteral("rec-photo-1");
    const QString m_ownPhoto = QStringLiteral("ph-own");          // 张明's, linked to the case
    const QString m_colleaguePhoto = QStringLiteral("ph-colleague");
    const QString m_duringRecording = QStringLiteral("ph-during");  // no officer: the recording's
    const QString m_goneFile = QStringLiteral("ph-gone");
    const QString m_segment = QStringLiteral("seg-1");

    QString db() const { return m_paths->database(); }
    QString sql(const QString &query) const { return TestTools::sqlite(db(), query); }
    int photoViews(const QString &officerNo) const
    {
        return sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'photo_view' AND officer_no = '%1'")
                       .arg(officerNo)).toInt();
    }
    int allPhotoViews() const { return sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'photo_view'")).toInt(); }

    void signIn(const QString &no, const QString &pin)
    {
        m_domain->setCurrent(std::nullopt);
        SignIn signIn(m_domain->db(), m_domain->audit());
        const SignInResult r = signIn.signIn(no, pin);
        QVERIFY2(r.ok(), qPrintable(r.message));
        m_domain->setCurrent(r.signedIn);
    }

    // A real JPEG at the stored relative path.
    bool writeJpeg(const QString &relative, const QColor &color)
    {
        QImage image(1600, 1200, QImage::Format_RGB32);
        image.fill(color);
        QPainter p(&image);
        p.fillRect(100, 100, 400, 300, Qt::white);
        p.end();
        const QString path = QDir(m_paths->root()).filePath(relative);
        return QDir().mkpath(QFileInfo(path).path()) && image.save(path, "JPEG", 85);
    }

    bool insertPhoto(const QString &id, const QString &officerNo, const QString &recordingId, const QDateTime &at)
    {
        Statement st = m_domain->db().prepare(
            "INSERT INTO evidence (id, kind, recording_id, path, officer_no, start_wall, hash, hash_alg, status, created_at)"
            " VALUES (?1, 'photo', ?2, ?3, ?4, ?5, ?6, 'sha256', 'ok', ?5)");
        st.bind(1, id).bind(2, recordingId.isEmpty() ? QString() : recordingId)
            .bind(3, QStringLiteral("evidence/photos/%1.jpg").arg(id))
            .bind(4, officerNo.isEmpty() ? QString() : officerNo)
            .bind(5, StoreTime::toText(at)).bind(6, QString(64, QLatin1Char('b')));
        return st.exec();
    }

private slots:
    void initTestCase()
    {
        gst_init(nullptr, nullptr);
        QVERIFY(m_dir.isValid());
        m_paths = std::make_unique<DataPaths>(m_dir.path());
        {
            Database migrate;   // as the store thread does before the GUI connection opens
            QString error;
            QVERIFY2(Store::openWriter(&migrate, m_paths->database(), &error), qPrintable(error));
        }
        m_domain = std::make_unique<DomainStore>(DeviceProfile::simulatedDefault(), *m_paths);
        m_review = std::make_unique<ReviewController>(m_domain.get(), gst_element_factory_make("fakesink", nullptr),
                                                      gst_element_factory_make("fakesink", nullptr), false);
        QString error;
        QVERIFY2(m_domain->open(&error), qPrintable(error));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM officers")).toInt(), 4);

        // A second squad with its own leader.
        OfficerInput other;
        other.officerNo = kOtherLeader;
        other.name = QStringLiteral("刘洋");
        other.agency = QStringLiteral("某市市场监督管理局");
        other.squad = QStringLiteral("二中队");
        other.roles = {Role::SquadLeader};
        other.pin = kOtherPin;
        QList<FieldError> errors;
        QVERIFY(m_domain->officers().save(other, kAdmin, &errors));
        QVERIFY(sql(QStringLiteral("SELECT squad FROM officers WHERE officer_no = '%1'").arg(kInspector)) != QLatin1String("二中队"));

        // A case of the inspector's, a recording linked to it, four photos and a video segment.
        QVERIFY(m_catalogue.loadEmbedded(&error));
        CaseStore cases(m_domain->db(), m_domain->audit(), m_catalogue, QStringLiteral("SIM0001"));
        const CreateResult created = cases.create(CasesKit::validInput(), kInspector);
        QVERIFY2(created.ok, qPrintable(created.error));
        m_caseId = created.caseId;
        m_caseNo = sql(QStringLiteral("SELECT case_no FROM cases WHERE id = '%1'").arg(m_caseId));

        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        Statement rec = m_domain->db().prepare("INSERT INTO recordings (id, device_id, officer_no, mode, press_wall, stop_wall, status)"
                                               " VALUES (?1, 'SIM0001', ?2, 'av', ?3, ?4, 'closed')");
        rec.bind(1, m_recordingId).bind(2, kInspector).bind(3, StoreTime::toText(t0)).bind(4, StoreTime::toText(t0.addSecs(60)));
        QVERIFY(rec.exec());
        Statement seg = m_domain->db().prepare(
            "INSERT INTO evidence (id, kind, recording_id, segment_index, path, duration_ms, start_wall, hash, hash_alg,"
            " status, created_at, latitude, longitude, fix_quality, accuracy_m)"
            " VALUES (?1, 'video', ?2, 1, 'evidence/seg-1.mp4', 60000, ?3, ?4, 'sha256', 'ok', ?3, 31.23041, 121.4737, 'dgps', 2.6)");
        seg.bind(1, m_segment).bind(2, m_recordingId).bind(3, StoreTime::toText(t0)).bind(4, QString(64, QLatin1Char('a')));
        QVERIFY(seg.exec());
        QCOMPARE(cases.linkRecording(m_caseId, m_recordingId, kInspector), QString());

        QVERIFY(insertPhoto(m_ownPhoto, kInspector, QString(), t0.addSecs(300)));
        Statement at = m_domain->db().prepare("UPDATE evidence SET latitude = 39.908692, longitude = 116.397477, fix_quality = 'gps'"
                                              " WHERE id = ?1");   // accuracy unknown
        QVERIFY(at.bind(1, m_ownPhoto).exec());
        QCOMPARE(cases.linkEvidence(m_caseId, m_ownPhoto, kInspector), QString());
        QVERIFY(insertPhoto(m_colleaguePhoto, kColleague, QString(), t0.addSecs(400)));
        QVERIFY(insertPhoto(m_duringRecording, QString(), m_recordingId, t0.addSecs(30)));
        QVERIFY(insertPhoto(m_goneFile, kInspector, QString(), t0.addSecs(500)));
        for (const QString &id : {m_ownPhoto, m_colleaguePhoto, m_duringRecording})
            QVERIFY(writeJpeg(QStringLiteral("evidence/photos/%1.jpg").arg(id), Qt::darkCyan));
        QCOMPARE(allPhotoViews(), 0);
    }

    void ownPhotoIsAuditedOnceAndReturned()
    {
        signIn(kInspector, QStringLiteral("111111"));
        const QString file = QDir(m_paths->root()).filePath(QStringLiteral("evidence/photos/%1.jpg").arg(m_ownPhoto));
        const QByteArray hashBefore = sha256(file);
        const QDateTime modifiedBefore = QFileInfo(file).lastModified();
        const int filesBefore = int(QDir(QFileInfo(file).path()).entryList(QDir::Files).size());

        const QVariantMap r = m_review->openPhoto(m_ownPhoto);
        QCOMPARE(r.value(QStringLiteral("error")).toString(), QString());
        QCOMPARE(r.value(QStringLiteral("evidenceId")).toString(), m_ownPhoto);
        QCOMPARE(QUrl(r.value(QStringLiteral("url")).toString()).toLocalFile(), file);
        QCOMPARE(r.value(QStringLiteral("officerNo")).toString(), kInspector);
        QCOMPARE(r.value(QStringLiteral("officerName")).toString(), QStringLiteral("张明"));
        QCOMPARE(r.value(QStringLiteral("caseId")).toString(), m_caseId);
        QCOMPARE(r.value(QStringLiteral("caseNo")).toString(), m_caseNo);
        QVERIFY(!r.value(QStringLiteral("takenAt")).toString().isEmpty());
        // Where it was taken, as stored with the row (no accuracy stored: none shown).
        QCOMPARE(r.value(QStringLiteral("positionText")).toString(), QStringLiteral("N39.90869 E116.39748 · 单点"));

        QCOMPARE(photoViews(kInspector), 1);
        QCOMPARE(allPhotoViews(), 1);
        const QString row = QStringLiteral(" FROM audit_log WHERE action = 'photo_view' AND officer_no = '%1'").arg(kInspector);
        QCOMPARE(sql(QStringLiteral("SELECT object_type || '/' || object_id") + row), QStringLiteral("evidence/") + m_ownPhoto);
        QCOMPARE(sql(QStringLiteral("SELECT json_extract(details, '$.ownerNo')") + row), kInspector);
        QCOMPARE(sql(QStringLiteral("SELECT json_extract(details, '$.caseId')") + row), m_caseId);

        // Read only: same bytes, same time, no copy next to it.
        QCOMPARE(sha256(file), hashBefore);
        QCOMPARE(QFileInfo(file).lastModified(), modifiedBefore);
        QCOMPARE(int(QDir(QFileInfo(file).path()).entryList(QDir::Files).size()), filesBefore);

        // Each showing is one row: opening it again writes a second.
        QVERIFY(m_review->openPhoto(m_ownPhoto).value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(photoViews(kInspector), 2);
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("officerNo");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("evidenceId");
        QTest::addColumn<QString>("expected");   // part of the Chinese error
        const QString pin1 = QStringLiteral("111111");
        QTest::newRow("inspector, colleague's photo") << kInspector << pin1 << m_colleaguePhoto << QStringLiteral("无权");
        QTest::newRow("squad leader of another squad") << kOtherLeader << kOtherPin << m_ownPhoto << QStringLiteral("无权");
        QTest::newRow("admin") << kAdmin << QStringLiteral("999999") << m_ownPhoto << QStringLiteral("无权");
        QTest::newRow("unknown id") << kInspector << pin1 << QStringLiteral("no-such-photo") << QStringLiteral("找不到");
        QTest::newRow("video segment") << kInspector << pin1 << m_segment << QStringLiteral("不是照片");
        QTest::newRow("file gone") << kInspector << pin1 << m_goneFile << QStringLiteral("缺失");
    }

    void refusalsWriteNothing()
    {
        QFETCH(QString, officerNo);
        QFETCH(QString, pin);
        QFETCH(QString, evidenceId);
        QFETCH(QString, expected);
        signIn(officerNo, pin);
        const int before = allPhotoViews();
        const QVariantMap r = m_review->openPhoto(evidenceId);
        QVERIFY2(r.value(QStringLiteral("error")).toString().contains(expected),
                 qPrintable(r.value(QStringLiteral("error")).toString()));
        QVERIFY(!r.contains(QStringLiteral("url")));
        QCOMPARE(allPhotoViews(), before);
    }

    void nobodySignedIn()
    {
        m_domain->setCurrent(std::nullopt);
        const int before = allPhotoViews();
        QVERIFY(m_review->openPhoto(m_ownPhoto).value(QStringLiteral("error")).toString().contains(QStringLiteral("登录")));
        QCOMPARE(allPhotoViews(), before);
    }

    void squadLeaderSeesTheSquadsPhotos()
    {
        signIn(kLeader, QStringLiteral("333333"));
        const QVariantMap r = m_review->openPhoto(m_colleaguePhoto);
        QCOMPARE(r.value(QStringLiteral("error")).toString(), QString());
        QCOMPARE(r.value(QStringLiteral("officerName")).toString(), QStringLiteral("李娜"));
        QCOMPARE(r.value(QStringLiteral("caseId")).toString(), QString());
        QCOMPARE(photoViews(kLeader), 1);
        QCOMPARE(sql(QStringLiteral("SELECT json_extract(details, '$.ownerNo') FROM audit_log WHERE action = 'photo_view'"
                                    " AND officer_no = '%1'").arg(kLeader)), kColleague);
    }

    void photoOfARecordingBelongsToIt()
    {
        signIn(kLeader, QStringLiteral("333333"));
        const QVariantMap r = m_review->openPhoto(m_duringRecording);
        QCOMPARE(r.value(QStringLiteral("error")).toString(), QString());
        QCOMPARE(r.value(QStringLiteral("officerNo")).toString(), kInspector);
        QCOMPARE(r.value(QStringLiteral("recordingId")).toString(), m_recordingId);
        QCOMPARE(r.value(QStringLiteral("caseId")).toString(), m_caseId);
        const QString row = QStringLiteral(" FROM audit_log WHERE action = 'photo_view' AND object_id = '%1'").arg(m_duringRecording);
        QCOMPARE(sql(QStringLiteral("SELECT json_extract(details, '$.recordingId')") + row), m_recordingId);

        // The player page's strip: the recording's photos, oldest first (segments left out).
        Database reader;
        QString error;
        QVERIFY(Store::openReader(&reader, db(), &error));
        const QList<PhotoInfo> photos = PhotoLookup::ofRecording(reader, m_paths->root(), m_recordingId, &error);
        QCOMPARE(error, QString());
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.first().evidenceId, m_duringRecording);
        QVERIFY(photos.first().absolutePath.startsWith(m_paths->root()));
        // Through the facade: opening the recording lists its photos, and their showing in the
        // strip is one photo_thumbnails row naming them (no photo_view: none was opened).
        const int viewsBefore = allPhotoViews();
        QVERIFY(m_review->openRecording(m_recordingId));
        QCOMPARE(m_review->photos().size(), 1);
        QCOMPARE(m_review->photos().first().toMap().value(QStringLiteral("evidenceId")).toString(), m_duringRecording);
        // The recording's position: its first segment's.
        QCOMPARE(m_review->positionText(), QStringLiteral("N31.23041 E121.47370 · 差分 · ±3 m"));
        const QString strip = QStringLiteral(" FROM audit_log WHERE action = 'photo_thumbnails' AND officer_no = '%1'").arg(kLeader);
        QCOMPARE(sql(QStringLiteral("SELECT count(*)") + strip), QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT object_type || '/' || object_id") + strip), QStringLiteral("recording/") + m_recordingId);
        QCOMPARE(sql(QStringLiteral("SELECT json_extract(details, '$.photos')") + strip),
                 QStringLiteral("[\"%1\"]").arg(m_duringRecording));
        QCOMPARE(sql(QStringLiteral("SELECT json_extract(details, '$.ownerNo')") + strip), kInspector);
        QCOMPARE(allPhotoViews(), viewsBefore);
        m_review->close();
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
        m_domain.reset();
    }
};

QTEST_MAIN(TestReviewPhoto)
#include "tst_review_photo.moc"
