// CaseQuery over a real store: list newest first with masked ids, filters (text over party
// name / case number / party id with LIKE metacharacters taken literally, status, dates,
// paging), the detail with its merged timeline, recording coverage computed from real
// recordings/markers rows with chosen times, deadline state and home-page warnings at an
// injected "now", open cases — and the audit chain intact afterwards.

#include "casedeadlines.h"
#include "casequery.h"
#include "casestestkit.h"

#include <QTest>

using namespace CasesKit;

namespace {

struct QueryEnv : Env {
    CaseDeadlines deadlines;
    Database reader;
    std::unique_ptr<CaseQuery> query;

    bool openAll()
    {
        QString error;
        if (!open() || !deadlines.loadDefault(QString(), &error) || !Store::openReader(&reader, path(), &error))
            return false;
        query = std::make_unique<CaseQuery>(reader, catalogue, deadlines, dir.path(), clock(),
                                            [](const QString &key) { return QStringLiteral("标记:") + key; });
        return true;
    }

    QString create(const QString &name, const QString &id, const QString &kind = QStringLiteral("person"),
                   const QString &type = QStringLiteral("general"))
    {
        CaseInput in = validInput();
        in.partyName = name;
        in.partyIdNo = id;
        in.partyKind = kind;
        in.type = type;
        const CreateResult r = store->create(in, QStringLiteral("ZJ0001"));
        if (!r.ok)
            qWarning() << r.error << (r.errors.isEmpty() ? QString() : r.errors.first().message);
        return r.caseId;
    }
};

QStringList names(const QList<CaseSummary> &rows)
{
    QStringList out;
    for (const CaseSummary &r : rows)
        out << r.partyName;
    return out;
}

} // namespace

class TestCaseQuery : public QObject
{
    Q_OBJECT
private slots:
    void listAndSearch()
    {
        QueryEnv env;
        QVERIFY(env.openAll());
        const QStringList ids = validResidentIds();
        // One case per hour, oldest first: 张三, 李四, 王五, 100%折扣店, 赵_六, 福州某某食品有限公司
        const QStringList parties{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五"),
                                  QStringLiteral("100%折扣店"), QStringLiteral("赵_六")};
        QStringList caseIds;
        for (int i = 0; i < parties.size(); ++i) {
            caseIds << env.create(parties.at(i), ids.at(i));
            env.now = env.now.addSecs(3600);
        }
        caseIds << env.create(QStringLiteral("福州某某食品有限公司"), QStringLiteral("91350100M000100Y43"), QStringLiteral("organisation"));
        QVERIFY(!caseIds.contains(QString()));

        CaseFilter all;
        QList<CaseSummary> rows = env.query->list(all);
        QCOMPARE(names(rows), (QStringList{QStringLiteral("福州某某食品有限公司"), QStringLiteral("赵_六"), QStringLiteral("100%折扣店"),
                                           QStringLiteral("王五"), QStringLiteral("李四"), QStringLiteral("张三")}));
        QCOMPARE(rows.first().partyIdMasked, QStringLiteral("9135**********0Y43"));
        QCOMPARE(rows.last().partyIdMasked, QStringLiteral("1101**********002X"));
        QCOMPARE(rows.last().caseNo, QStringLiteral("SIM0001-2026-00001"));
        QCOMPARE(rows.last().status, CaseStep::Filed);
        QCOMPARE(rows.last().address, validInput().address);
        QCOMPARE(env.query->count(all), 6);

        auto search = [&](const QString &text) {
            CaseFilter f;
            f.text = text;
            return names(env.query->list(f));
        };
        QCOMPARE(search(QStringLiteral("王")), QStringList{QStringLiteral("王五")});
        QCOMPARE(search(QStringLiteral("某某食品")), QStringList{QStringLiteral("福州某某食品有限公司")});
        QCOMPARE(search(QStringLiteral("2026-00002")), QStringList{QStringLiteral("李四")});
        QCOMPARE(search(QStringLiteral("SIM0001-2026-00003")), QStringList{QStringLiteral("王五")});
        QCOMPARE(search(QStringLiteral("sim0001-2026-00003")), QStringList{QStringLiteral("王五")});   // ASCII case-insensitive
        QCOMPARE(search(QStringLiteral("44030419900307123x")), QStringList{QStringLiteral("李四")});
        QCOMPARE(search(QStringLiteral("M000100")), QStringList{QStringLiteral("福州某某食品有限公司")});
        // LIKE metacharacters are literal: "%" only matches the shop with a % in its name, "_" only 赵_六.
        QCOMPARE(search(QStringLiteral("%")), QStringList{QStringLiteral("100%折扣店")});
        QCOMPARE(search(QStringLiteral("_")), QStringList{QStringLiteral("赵_六")});
        QCOMPARE(search(QStringLiteral("赵\\")), QStringList());
        QCOMPARE(search(QStringLiteral("' OR 1=1 --")), QStringList());
        QCOMPARE(search(QStringLiteral("  张三  ")), QStringList{QStringLiteral("张三")});

        // Status filter and paging.
        QCOMPARE(env.store->advance(caseIds.at(1), QStringLiteral("investigating"), QStringLiteral("ZJ0001")), QString());
        CaseFilter f;
        f.status = QStringLiteral("investigating");
        QCOMPARE(names(env.query->list(f)), QStringList{QStringLiteral("李四")});
        QCOMPARE(env.query->count(f), 1);
        f = CaseFilter();
        f.limit = 2;
        f.offset = 2;
        QCOMPARE(names(env.query->list(f)), (QStringList{QStringLiteral("100%折扣店"), QStringLiteral("王五")}));
        QCOMPARE(env.query->count(f), 6);
    }

    void dateFilter()
    {
        QueryEnv env;
        QVERIFY(env.openAll());
        const QStringList ids = validResidentIds();
        // Noon UTC on three days: the local day is the same one in every time zone within ±11 h.
        env.now = QDateTime(QDate(2026, 11, 18), QTime(12, 0), Qt::UTC);
        env.create(QStringLiteral("甲"), ids.at(0));
        env.now = env.now.addDays(1);
        env.create(QStringLiteral("乙"), ids.at(1));
        env.now = env.now.addDays(1);
        env.create(QStringLiteral("丙"), ids.at(2));
        CaseFilter f;
        f.fromDate = QDate(2026, 11, 19);
        QCOMPARE(names(env.query->list(f)), (QStringList{QStringLiteral("丙"), QStringLiteral("乙")}));
        f.toDate = QDate(2026, 11, 19);
        QCOMPARE(names(env.query->list(f)), QStringList{QStringLiteral("乙")});
        f.fromDate = QDate();
        QCOMPARE(names(env.query->list(f)), (QStringList{QStringLiteral("乙"), QStringLiteral("甲")}));
        f.text = QStringLiteral("甲");
        QCOMPARE(names(env.query->list(f)), QStringList{QStringLiteral("甲")});
    }

    // General case: filed T, investigating T+1h, notified T+3h, decided T+5h, served T+6h.
    // rec-inv (T+1:30–T+2:00) covers investigating; rec-notify (T+3:10–T+3:40, marker inside)
    // covers notified; served has nothing until rec-serve (still recording) is linked.
    void detailTimelineCoverage()
    {
        QueryEnv env;
        QVERIFY(env.openAll());
        const QDateTime t = env.now;
        const QString id = env.create(QStringLiteral("张三"), validResidentIds().first());
        QVERIFY(!id.isEmpty());
        auto advanceAt = [&](int minutes, const char *step, const QString &note = QString()) {
            env.now = t.addSecs(minutes * 60);
            QCOMPARE(env.store->advance(id, QLatin1String(step), QStringLiteral("ZJ0002"), note), QString());
        };
        advanceAt(60, "investigating");
        advanceAt(180, "notified", QStringLiteral("当场告知陈述申辩权"));
        advanceAt(300, "decided");
        advanceAt(360, "served");

        QVERIFY(insertRecording(env.db, QStringLiteral("rec-inv"), t.addSecs(90 * 60), t.addSecs(120 * 60), QStringLiteral("av"), QStringLiteral("thumbs/rec-inv.jpg")));
        QVERIFY(insertSegment(env.db, QStringLiteral("seg-inv-1"), QStringLiteral("rec-inv"), 1, 1200000, t.addSecs(90 * 60)));
        QVERIFY(insertSegment(env.db, QStringLiteral("seg-inv-2"), QStringLiteral("rec-inv"), 2, 600000, t.addSecs(110 * 60)));
        QVERIFY(insertRecording(env.db, QStringLiteral("rec-notify"), t.addSecs(190 * 60), t.addSecs(220 * 60), QStringLiteral("audio")));
        QVERIFY(insertMarker(env.db, QStringLiteral("rec-notify"), QStringLiteral("notify"), 300000, t.addSecs(195 * 60)));
        QVERIFY(insertPhoto(env.db, QStringLiteral("photo-1"), QString(), t.addSecs(100 * 60)));
        QVERIFY(insertRecording(env.db, QStringLiteral("rec-other"), t.addSecs(361 * 60), t.addSecs(370 * 60)));   // not linked
        env.now = t.addSecs(400 * 60);
        QCOMPARE(env.store->linkRecording(id, QStringLiteral("rec-inv"), QStringLiteral("ZJ0002")), QString());
        QCOMPARE(env.store->linkRecording(id, QStringLiteral("rec-notify"), QStringLiteral("ZJ0002")), QString());
        QCOMPARE(env.store->linkEvidence(id, QStringLiteral("photo-1"), QStringLiteral("ZJ0002")), QString());

        CaseDetail d;
        QVERIFY2(env.query->detail(id, &d), qPrintable(env.query->lastError()));
        QCOMPARE(d.record.partyName, QStringLiteral("张三"));
        QCOMPARE(d.record.status, CaseStep::Served);
        QCOMPARE(d.record.statusSince, t.addSecs(360 * 60));
        QVERIFY(d.record.hasPosition);
        QCOMPARE(d.legalBasis, QStringLiteral("《中华人民共和国食品安全法》第三十五条第一款、第一百二十二条第一款"));
        QVERIFY(d.discretion.contains(QStringLiteral("货值金额")));
        QCOMPARE(d.steps.size(), 5);
        QCOMPARE(d.steps.at(2).note, QStringLiteral("当场告知陈述申辩权"));
        QCOMPARE(d.steps.at(2).officerNo, QStringLiteral("ZJ0002"));
        QCOMPARE(d.links.size(), 3);

        QStringList timeline;
        for (const TimelineEntry &e : d.timeline)
            timeline << QStringLiteral("%1 %2").arg(e.at.toUTC().toString(QStringLiteral("HH:mm")), e.title);
        QCOMPARE(timeline, (QStringList{QStringLiteral("01:30 立案"), QStringLiteral("02:30 调查取证"), QStringLiteral("03:00 录像"),
                                        QStringLiteral("03:10 照片"), QStringLiteral("04:30 告知"), QStringLiteral("04:40 录音"),
                                        QStringLiteral("04:45 标记:notify"), QStringLiteral("06:30 决定"), QStringLiteral("07:30 送达")}));
        const TimelineEntry &rec = d.timeline.at(2);
        QCOMPARE(rec.recordingId, QStringLiteral("rec-inv"));
        QCOMPARE(rec.durationMs, 1800000);
        QCOMPARE(rec.subtitle, QStringLiteral("时长 30分0秒"));
        QCOMPARE(rec.thumbnailPath, env.dir.filePath(QStringLiteral("thumbs/rec-inv.jpg")));
        QCOMPARE(d.timeline.at(3).thumbnailPath, env.dir.filePath(QStringLiteral("evidence/photo-1.jpg")));
        QCOMPARE(d.timeline.at(4).subtitle, QStringLiteral("执法证号 ZJ0002：当场告知陈述申辩权"));
        QCOMPARE(d.timeline.at(6).subtitle, QStringLiteral("录像 5分0秒 处"));

        QCOMPARE(d.coverage.size(), 3);
        QCOMPARE(d.coverage.at(0).step, CaseStep::Investigating);
        QVERIFY(d.coverage.at(0).covered);
        QCOMPARE(d.coverage.at(0).recordings, 1);
        QCOMPARE(d.coverage.at(1).step, CaseStep::Notified);
        QVERIFY(d.coverage.at(1).covered);
        QCOMPARE(d.coverage.at(1).markers, 1);
        QCOMPARE(d.coverage.at(2).step, CaseStep::Served);
        QVERIFY(d.coverage.at(2).reached);
        QVERIFY(!d.coverage.at(2).covered);
        QCOMPARE(d.coverage.at(2).text, QStringLiteral("“送达”环节没有执法记录录像，请关联该环节的录像，或在案卷中说明原因"));
        QVERIFY(!d.coverageComplete);

        // A recording still running (no stop time) that began after serving covers it up to now.
        QVERIFY(insertRecording(env.db, QStringLiteral("rec-serve"), t.addSecs(380 * 60), QDateTime()));
        QCOMPARE(env.store->linkRecording(id, QStringLiteral("rec-serve"), QStringLiteral("ZJ0002")), QString());
        QVERIFY(env.query->detail(id, &d));
        QVERIFY(d.coverage.at(2).covered);
        QVERIFY(d.coverageComplete);
        bool recordingNow = false;
        for (const TimelineEntry &e : d.timeline)
            recordingNow = recordingNow || (e.recordingId == QLatin1String("rec-serve") && e.subtitle == QStringLiteral("录制中"));
        QVERIFY(recordingNow);

        CaseDetail missing;
        QVERIFY(!env.query->detail(QStringLiteral("nope"), &missing));
        QVERIFY(env.query->lastError().contains(QStringLiteral("找不到案件")));
        QVERIFY(verifyAudit(env.path()).intact());
    }

    // Coverage edges, from rows: a recording that ended before the step began and one that began
    // after the next step are not coverage; a step not yet reached is reported as such.
    void coverageEdges()
    {
        QueryEnv env;
        QVERIFY(env.openAll());
        const QDateTime t = env.now;
        const QString id = env.create(QStringLiteral("李四"), validResidentIds().at(1), QStringLiteral("person"), QStringLiteral("summary"));
        env.now = t.addSecs(600);
        QCOMPARE(env.store->advance(id, QStringLiteral("notified"), QStringLiteral("ZJ0001")), QString());
        env.now = t.addSecs(1200);
        QCOMPARE(env.store->advance(id, QStringLiteral("decided"), QStringLiteral("ZJ0001")), QString());
        QVERIFY(insertRecording(env.db, QStringLiteral("before"), t, t.addSecs(599)));          // ends before notified
        QVERIFY(insertRecording(env.db, QStringLiteral("after"), t.addSecs(1201), t.addSecs(1300)));   // after decided began
        QCOMPARE(env.store->linkRecording(id, QStringLiteral("before"), QStringLiteral("ZJ0001")), QString());
        QCOMPARE(env.store->linkRecording(id, QStringLiteral("after"), QStringLiteral("ZJ0001")), QString());
        env.now = t.addSecs(1400);
        CaseDetail d;
        QVERIFY(env.query->detail(id, &d));
        QCOMPARE(d.coverage.size(), 3);
        QVERIFY(!d.coverage.at(0).covered);                // notified [600, 1200]
        QVERIFY(d.coverage.at(1).covered);                 // decided [1200, now]
        QVERIFY(!d.coverage.at(2).reached);                // served
        QCOMPARE(d.coverage.at(2).text, QStringLiteral("尚未进入“送达”环节"));
    }

    void warningsAndDeadlines()
    {
        QueryEnv env;
        QVERIFY(env.openAll());
        const QDateTime t = env.now;
        const QStringList ids = validResidentIds();
        const QString investigating = env.create(QStringLiteral("调查中"), ids.at(0));
        QCOMPARE(env.store->advance(investigating, QStringLiteral("investigating"), QStringLiteral("ZJ0001")), QString());
        const QString summary = env.create(QStringLiteral("简易"), ids.at(1), QStringLiteral("person"), QStringLiteral("summary"));
        const QString closed = env.create(QStringLiteral("已结"), ids.at(2), QStringLiteral("person"), QStringLiteral("inspection"));
        QCOMPARE(env.store->advance(closed, QStringLiteral("investigating"), QStringLiteral("ZJ0001")), QString());
        QCOMPARE(env.store->advance(closed, QStringLiteral("closed"), QStringLiteral("ZJ0001")), QString());

        QVERIFY(env.query->warnings(t.addSecs(3600)).isEmpty());
        // 21 hours later the summary case (1 day per step, warn 4 h before) is near its limit.
        QList<CaseWarning> w = env.query->warnings(t.addSecs(21 * 3600));
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().caseId, summary);
        QCOMPARE(w.first().deadline.level, 1);
        QCOMPARE(w.first().deadline.text, QStringLiteral("立案已 21 小时，3 小时后超期"));
        // 28 days: the general case warns, the summary one is long past (alarms first).
        w = env.query->warnings(t.addDays(28));
        QCOMPARE(w.size(), 2);
        QCOMPARE(w.at(0).caseId, summary);
        QCOMPARE(w.at(0).deadline.level, 2);
        QCOMPARE(w.at(0).deadline.text, QStringLiteral("立案已超期 27 天"));
        QCOMPARE(w.at(1).caseId, investigating);
        QCOMPARE(w.at(1).deadline.text, QStringLiteral("调查取证已 28 天，2 天后超期"));
        QCOMPARE(w.at(1).partyName, QStringLiteral("调查中"));

        // The list and the detail carry the same state at the injected now.
        env.now = t.addDays(28);
        CaseFilter f;
        f.text = QStringLiteral("调查中");
        const QList<CaseSummary> rows = env.query->list(f);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().deadline.level, 1);
        CaseDetail d;
        QVERIFY(env.query->detail(investigating, &d));
        QCOMPARE(d.deadline.text, QStringLiteral("调查取证已 28 天，2 天后超期"));

        // Open cases: everything not closed, newest first.
        const QList<CaseSummary> open = env.query->openCases();
        QCOMPARE(names(open), (QStringList{QStringLiteral("简易"), QStringLiteral("调查中")}));
    }
};

QTEST_GUILESS_MAIN(TestCaseQuery)
#include "tst_casequery.moc"
