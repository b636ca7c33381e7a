// Deadlines: levels and Chinese texts at chosen "now"s (no sleeping), the whole-case limit of
// the general procedure and when it stops, hour-based summary rules, closed cases, and the
// data-directory override (used when valid, ignored with a reason when not).

#include "casedeadlines.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime T0(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;

CaseDeadlines embedded()
{
    CaseDeadlines d;
    QString error;
    if (!d.loadFile(CaseDeadlines::embeddedPath(), &error))
        qFatal("%s", qPrintable(error));
    return d;
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT
private slots:
    void stepLevels_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("step");
        QTest::addColumn<qint64>("elapsed");   // seconds since the step was entered
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("text");
        // general: investigating 30 d, warn 5 d before (filed "now - elapsed", so the 90-day rule stays quiet)
        QTest::newRow("investigating day 1") << "general" << "investigating" << 1 * kDay << 0 << "";
        QTest::newRow("investigating 24 d") << "general" << "investigating" << 24 * kDay << 0 << "";
        QTest::newRow("investigating 25 d") << "general" << "investigating" << 25 * kDay << 1 << "调查取证已 25 天，5 天后超期";
        QTest::newRow("investigating 28 d") << "general" << "investigating" << 28 * kDay << 1 << "调查取证已 28 天，2 天后超期";
        QTest::newRow("investigating 29.5 d") << "general" << "investigating" << 29 * kDay + 12 * kHour << 1 << "调查取证已 29 天，1 天后超期";
        QTest::newRow("investigating 30 d exactly") << "general" << "investigating" << 30 * kDay << 1 << "调查取证已 30 天，1 天后超期";
        QTest::newRow("investigating 30 d + 1 s") << "general" << "investigating" << 30 * kDay + 1 << 2 << "调查取证已超期 1 天";
        QTest::newRow("investigating 33 d") << "general" << "investigating" << 33 * kDay << 2 << "调查取证已超期 3 天";
        // decided → served within 7 days (行政处罚法 第六十一条)
        QTest::newRow("decided 5 d") << "general" << "decided" << 5 * kDay << 1 << "决定已 5 天，2 天后超期";
        QTest::newRow("decided 10 d") << "general" << "decided" << 10 * kDay << 2 << "决定已超期 3 天";
        QTest::newRow("served 10 d") << "general" << "served" << 10 * kDay << 0 << "";
        QTest::newRow("served 18 d") << "general" << "served" << 18 * kDay << 2 << "送达已超期 3 天";
        // summary: each step 1 d, warn 4 h before, counted in hours
        QTest::newRow("summary notified 3 h") << "summary" << "notified" << 3 * kHour << 0 << "";
        QTest::newRow("summary notified 21 h") << "summary" << "notified" << 21 * kHour << 1 << "告知已 21 小时，3 小时后超期";
        QTest::newRow("summary served 27 h") << "summary" << "served" << 27 * kHour << 2 << "送达已超期 3 小时";
        // inspection: investigating 15 d, warn 3 d
        QTest::newRow("inspection 13 d") << "inspection" << "investigating" << 13 * kDay << 1 << "调查取证已 13 天，2 天后超期";
        QTest::newRow("inspection closed") << "inspection" << "closed" << 400 * kDay << 0 << "";
        QTest::newRow("general closed") << "general" << "closed" << 400 * kDay << 0 << "";
    }
    void stepLevels()
    {
        QFETCH(QString, type);
        QFETCH(QString, step);
        QFETCH(qint64, elapsed);
        QFETCH(int, level);
        QFETCH(QString, text);
        CaseType t;
        CaseStep s;
        QVERIFY(CaseLifecycle::typeFromKey(type, &t));
        QVERIFY(CaseLifecycle::stepFromKey(step, &s));
        const QDateTime now = T0.addSecs(elapsed);
        const DeadlineState state = embedded().evaluate(t, s, T0, T0, now);
        QCOMPARE(state.level, level);
        QCOMPARE(state.text, text);
        if (level > 0)
            QCOMPARE(state.stepKey, step);
    }

    // 行政处罚法 第六十条: 90 days from filing to the decision.
    void wholeCaseGeneral()
    {
        const CaseDeadlines d = embedded();
        // Notified since day 85 (step rule: 10 d, warn 3 d — quiet on day 86).
        const QDateTime since = T0.addDays(85);
        DeadlineState s = d.evaluate(CaseType::General, CaseStep::Notified, since, T0, T0.addDays(79));
        QCOMPARE(s.level, 0);
        s = d.evaluate(CaseType::General, CaseStep::Notified, since, T0, T0.addDays(86));
        QCOMPARE(s.level, 1);
        QCOMPARE(s.text, QStringLiteral("立案已 86 天，4 天后超过 90 天办案期限"));
        QCOMPARE(s.stepKey, QString());
        // Day 93: the step is near its own limit (8 of 10 days) but the whole case is past: alarm wins.
        s = d.evaluate(CaseType::General, CaseStep::Notified, since, T0, T0.addDays(93));
        QCOMPARE(s.level, 2);
        QCOMPARE(s.text, QStringLiteral("已超过 90 天办案期限 3 天"));
        // Once decided, the 90-day clock has stopped; only the 7-day serving rule applies.
        s = d.evaluate(CaseType::General, CaseStep::Decided, T0.addDays(92), T0, T0.addDays(93));
        QCOMPARE(s.level, 0);
        // Both at warn: the one with less time left is shown.
        s = d.evaluate(CaseType::General, CaseStep::Investigating, T0.addDays(61), T0, T0.addDays(88));
        QCOMPARE(s.level, 1);
        QCOMPARE(s.text, QStringLiteral("立案已 88 天，2 天后超过 90 天办案期限"));
    }

    void durations()
    {
        QCOMPARE(CaseDeadlines::durationText(3 * kDay, false), QStringLiteral("3 天"));
        QCOMPARE(CaseDeadlines::durationText(5 * kHour, true), QStringLiteral("5 小时"));
        const DeadlineRule r = embedded().stepRule(CaseType::General, CaseStep::Investigating);
        QCOMPARE(r.limitSecs, 30 * kDay);
        QCOMPARE(r.warnSecs, 5 * kDay);
        QVERIFY(!r.basis.isEmpty());
    }

    void overrideFromDataDir()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("deadlines.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version": "agency-1", "types": {"general": {"steps": {"investigating": {"limit": "10d", "warn": "2d"}}}}})");
        f.close();
        CaseDeadlines d;
        QString error;
        QVERIFY2(d.loadDefault(dir.path(), &error), qPrintable(error));
        QCOMPARE(error, QString());
        QCOMPARE(d.version(), QStringLiteral("agency-1"));
        const DeadlineState s = d.evaluate(CaseType::General, CaseStep::Investigating, T0, T0, T0.addDays(12));
        QCOMPARE(s.level, 2);
        QCOMPARE(s.text, QStringLiteral("调查取证已超期 2 天"));
        // The override replaces the file as a whole: no 90-day rule any more.
        QCOMPARE(d.evaluate(CaseType::General, CaseStep::Notified, T0, T0, T0.addDays(5)).level, 0);
    }

    void badOverrideFallsBack_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{oops") << "JSON 格式错误";
        QTest::newRow("unknown type") << QByteArray(R"({"types": {"civil": {}}})") << "未知的案件类型“civil”";
        QTest::newRow("step not on path") << QByteArray(R"({"types": {"summary": {"steps": {"investigating": {"limit": "1d"}}}}})") << "简易程序没有环节“investigating”";
        QTest::newRow("bad unit") << QByteArray(R"({"types": {"general": {"steps": {"filed": {"limit": "3w"}}}}})") << "general/filed 的期限无效";
        QTest::newRow("warn not below limit") << QByteArray(R"({"types": {"general": {"steps": {"filed": {"limit": "3d", "warn": "3d"}}}}})") << "warn 须小于 limit";
    }
    void badOverrideFallsBack()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("deadlines.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        CaseDeadlines d;
        QString error;
        QVERIFY(d.loadDefault(dir.path(), &error));   // the embedded rules are in force
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        QCOMPARE(d.version(), embedded().version());
        QCOMPARE(d.stepRule(CaseType::General, CaseStep::Investigating).limitSecs, 30 * kDay);
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
