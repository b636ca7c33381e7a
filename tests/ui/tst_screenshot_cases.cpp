// The real terminal's sign-in, lock, case list, case detail, review (browse and player) and
// settings pages, each rendered under Xvfb from a real store: a recording made by fieldterm-cli,
// cases created through CaseStore (one with a linked recording, one past its deadline). Each PNG
// must not be blank and the run must log no QML errors; opening a case and signing in must reach
// the audit trail.
// The PNGs are kept under tests/ui/screenshots/ for people to look at.

#include "auditlog.h"
#include "casestore.h"
#include "database.h"
#include "partyid.h"
#include "powercatalogue.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include "receiverprocess.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "screenshottools.h"

using ScreenshotTools::distinctColours;

namespace {

QString residentId(const QString &first17)
{
    return first17 + PartyId::residentIdCheckChar(first17);
}

QString sqlite(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestScreenshotCases : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QString m_caseNo;

    QByteArray runApp(const QStringList &extra, const QString &png)
    {
        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        app.setProcessEnvironment(env);
        QStringList args{QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 720x1280x24"),
                         QStringLiteral(FIELDTERM_APP), QStringLiteral("--simulated"), QStringLiteral("--data-dir"), m_data.path(),
                         QStringLiteral("--screenshot"), png, QStringLiteral("--shot-after"), QStringLiteral("6"),
                         QStringLiteral("--quit-after"), QStringLiteral("7")};
        args << extra;
        app.start(QStandardPaths::findExecutable(QStringLiteral("xvfb-run")), args);
        app.waitForFinished(120000);
        const QByteArray log = app.readAll();
        if (app.exitCode() != 0)
            qWarning("%s", log.constData());
        return app.exitCode() == 0 ? log : QByteArray();
    }

    void checkShot(const QString &name, const QStringList &extra)
    {
        const QString outDir = QStringLiteral(FIELDTERM_SCREENSHOT_DIR);
        QDir().mkpath(outDir);
        const QString png = outDir + QLatin1Char('/') + name;
        QFile::remove(png);
        const QByteArray log = runApp(extra, png);
        QVERIFY2(!log.isEmpty(), "the terminal failed");
        // QML errors (a binding to a missing facade property, a type error) are bugs.
        QVERIFY2(!log.contains(".qml:"), log.constData());
        QImage img(png);
        QVERIFY2(!img.isNull(), log.constData());
        QCOMPARE(img.size(), QSize(720, 1280));
        QVERIFY2(distinctColours(img, img.rect()) > 8, "screenshot is blank");
        QVERIFY2(distinctColours(img, QRect(0, 300, 720, 600)) > 4, "middle of the page is empty");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty());
        // A real recording with a marker, made the way an inspector would (the CLI shares the recorder),
        // as the demo inspector 张明 so his squad leader may review it.
        const QString cliProfile = m_data.filePath(QStringLiteral("cli-profile.json"));
        {
            QFile f(cliProfile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"officerNo": "31000000001"})");
        }
        QProcess rec;
        rec.start(QStringLiteral(FIELDTERM_CLI), {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--profile"), cliProfile,
                                                  QStringLiteral("record"),
                                                  QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--mark"),
                                                  QStringLiteral("1:notify"), QStringLiteral("--width"), QStringLiteral("320"),
                                                  QStringLiteral("--height"), QStringLiteral("240"), QStringLiteral("--preset"),
                                                  QStringLiteral("ultrafast")});
        QVERIFY(rec.waitForFinished(120000));
        QCOMPARE(rec.exitCode(), 0);
        const QString dbPath = m_data.filePath(QStringLiteral("fieldterm.db"));
        const QString recordingId = sqlite(dbPath, QStringLiteral("SELECT id FROM recordings"));
        QVERIFY(!recordingId.isEmpty());

        Database db;
        QString error;
        QVERIFY2(Store::openWriter(&db, dbPath, &error), qPrintable(error));
        AuditLog audit(db, QStringLiteral("SIM0001"), QStringLiteral("sha256"));
        PowerCatalogue catalogue;
        QVERIFY2(catalogue.loadEmbedded(&error), qPrintable(error));
        const QString item = catalogue.items().first().code;

        // A case filed two hours ago, in investigation, with the recording linked.
        QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-7200);
        CaseStore cases(db, audit, catalogue, QStringLiteral("SIM0001"), [&now] { return now; });
        CaseInput in;
        in.type = QStringLiteral("general");
        in.partyKind = QStringLiteral("person");
        in.partyName = QStringLiteral("王芳");
        in.partyIdNo = residentId(QStringLiteral("31010519800101002"));
        in.address = QStringLiteral("上海市静安区南京西路 1000 号（\"示例\"店铺）");
        in.powerItemCode = item;
        in.summary = QStringLiteral("现场检查发现超过保质期的食品在售。");
        CreateResult created = cases.create(in, QStringLiteral("31000000001"));
        QVERIFY2(created.ok, qPrintable(created.error + (created.errors.isEmpty() ? QString() : created.errors.first().message)));
        m_caseNo = created.caseNo;
        now = now.addSecs(600);
        QCOMPARE(cases.advance(created.caseId, QStringLiteral("investigating"), QStringLiteral("31000000001")), QString());
        QCOMPARE(cases.linkRecording(created.caseId, recordingId, QStringLiteral("31000000001")), QString());

        // An organisation's case filed 100 days ago and never decided: past the 90-day limit.
        now = QDateTime::currentDateTimeUtc().addDays(-100);
        CaseInput org = in;
        org.partyKind = QStringLiteral("organisation");
        org.partyName = QStringLiteral("某某餐饮管理有限公司");
        org.partyIdNo = QStringLiteral("91350100M000100Y43");
        created = cases.create(org, QStringLiteral("31000000002"));
        QVERIFY2(created.ok, qPrintable(created.error + (created.errors.isEmpty() ? QString() : created.errors.first().message)));
    }

    void loginPage() { checkShot(QStringLiteral("login.png"), {}); }

    void caseList()
    {
        checkShot(QStringLiteral("cases.png"), {QStringLiteral("--sign-in"), QStringLiteral("31000000003"), QStringLiteral("--show"), QStringLiteral("cases")});
        const QString db = m_data.filePath(QStringLiteral("fieldterm.db"));
        QVERIFY(sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign_in' AND officer_no = '31000000003'")).toInt() >= 1);
    }

    void caseDetail()
    {
        checkShot(QStringLiteral("case-detail.png"), {QStringLiteral("--sign-in"), QStringLiteral("31000000001"), QStringLiteral("--show"), QStringLiteral("case")});
        const QString db = m_data.filePath(QStringLiteral("fieldterm.db"));
        // Opening a case is an evidence touch.
        QVERIFY(sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case_view' AND officer_no = '31000000001'")).toInt() >= 1);
        // So is the still of its linked recording in the timeline.
        QVERIFY(sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recording_thumbnail'"
                                          " AND officer_no = '31000000001' AND json_extract(details, '$.list') = 'case'")).toInt() >= 1);
    }

    void documentForm()
    {
        // An 询问笔录 made from the newest case through the real Documents facade.
        checkShot(QStringLiteral("document.png"), {QStringLiteral("--sign-in"), QStringLiteral("31000000001"), QStringLiteral("--show"), QStringLiteral("document")});
        const QString db = m_data.filePath(QStringLiteral("fieldterm.db"));
        QCOMPARE(sqlite(db, QStringLiteral("SELECT template_id || '/' || status FROM documents")), QStringLiteral("inquiry_record/draft"));
    }

    void reviewPage()
    {
        // The squad leader's browse list: the inspector's recording (thumbnail, case number, marker);
        // runs before lockScreen, whose recording would be the newest.
        checkShot(QStringLiteral("review.png"), {QStringLiteral("--sign-in"), QStringLiteral("31000000003"), QStringLiteral("--show"), QStringLiteral("review")});
        // The still in the list was given out only after its showing was audited, as the leader.
        const QString db = m_data.filePath(QStringLiteral("fieldterm.db"));
        QVERIFY(sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recording_thumbnail'"
                                          " AND officer_no = '31000000003' AND json_extract(details, '$.list') = 'review'")).toInt() >= 1);
    }

    void reviewPlayerPage()
    {
        // The player on that recording, paused on its first frame, with the case's review card.
        checkShot(QStringLiteral("review-player.png"), {QStringLiteral("--sign-in"), QStringLiteral("31000000003"), QStringLiteral("--show"), QStringLiteral("player")});
        const QString db = m_data.filePath(QStringLiteral("fieldterm.db"));
        // Opening shows the first frame, so it is audited; the program quit without playing:
        // its stop row says nothing was watched.
        QCOMPARE(sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'playback_start'"
                                           " AND officer_no = '31000000003'")), QStringLiteral("1"));
        QCOMPARE(sqlite(db, QStringLiteral("SELECT json_extract(details, '$.watchedMs') FROM audit_log"
                                           " WHERE action = 'playback_stop' AND officer_no = '31000000003'")), QStringLiteral("0"));
    }

    void lockScreen()
    {
        checkShot(QStringLiteral("lock.png"), {QStringLiteral("--sign-in"), QStringLiteral("31000000001"), QStringLiteral("--record-after"),
                                               QStringLiteral("1"), QStringLiteral("--show"), QStringLiteral("lock")});
        const QString db = m_data.filePath(QStringLiteral("fieldterm.db"));
        QVERIFY(sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'screen_lock'")).toInt() >= 1);
    }

    void settingsPage()
    {
        checkShot(QStringLiteral("settings.png"), {QStringLiteral("--sign-in"), QStringLiteral("31000000009"), QStringLiteral("--show"), QStringLiteral("settings")});
    }

    void syncPage()
    {
        // The terminal enrolled with a real receiver syncs by itself at start; the sync page then
        // shows what went and what the platform confirmed.
        QTemporaryDir receiverDir;
        ReceiverProcess receiver;
        QVERIFY(receiver.start(receiverDir.path(), QStringLiteral("intl")));
        QProcess enroll;
        enroll.start(QStringLiteral(FIELDTERM_CLI), {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("enroll"),
                                                     QStringLiteral("--server"), receiver.url, QStringLiteral("--code"), receiver.issueCode()});
        QVERIFY(enroll.waitForFinished(60000));
        QVERIFY2(enroll.exitCode() == 0, enroll.readAllStandardError().constData());
        checkShot(QStringLiteral("sync.png"), {QStringLiteral("--sign-in"), QStringLiteral("31000000001"), QStringLiteral("--show"), QStringLiteral("sync")});
        QVERIFY(sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM manifests")).toInt() >= 1);
        QVERIFY(sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM uploads WHERE status = 'complete'")).toInt() >= 1);
    }

    void auditChainStaysIntact()
    {
        QProcess verify;
        verify.start(QStringLiteral(FIELDTERM_CLI), {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestScreenshotCases)
#include "tst_screenshot_cases.moc"
