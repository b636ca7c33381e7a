// The lifecycle table: for every type, every (from, to) pair of steps — allowed exactly when to
// is the next step on the type's path — and refusals that name both steps in Chinese.

#include "caselifecycle.h"

#include <QTest>

Q_DECLARE_METATYPE(CaseType)
Q_DECLARE_METATYPE(CaseStep)

class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void paths()
    {
        using S = CaseStep;
        QCOMPARE(CaseLifecycle::path(CaseType::General),
                 (QList<S>{S::Filed, S::Investigating, S::Notified, S::Decided, S::Served, S::Executed, S::Closed}));
        QCOMPARE(CaseLifecycle::path(CaseType::Summary), (QList<S>{S::Filed, S::Notified, S::Decided, S::Served, S::Closed}));
        QCOMPARE(CaseLifecycle::path(CaseType::Inspection), (QList<S>{S::Filed, S::Investigating, S::Closed}));
        QCOMPARE(CaseLifecycle::requiredCoverage(CaseType::General), (QList<S>{S::Investigating, S::Notified, S::Served}));
        QCOMPARE(CaseLifecycle::requiredCoverage(CaseType::Summary), (QList<S>{S::Notified, S::Decided, S::Served}));
        QCOMPARE(CaseLifecycle::requiredCoverage(CaseType::Inspection), (QList<S>{S::Investigating}));
    }

    void keysAndLabels()
    {
        for (CaseStep s : CaseLifecycle::allSteps()) {
            CaseStep back;
            QVERIFY(CaseLifecycle::stepFromKey(CaseLifecycle::stepKey(s), &back));
            QCOMPARE(back, s);
            QVERIFY(!CaseLifecycle::stepLabel(s).isEmpty());
        }
        for (CaseType t : CaseLifecycle::allTypes()) {
            CaseType back;
            QVERIFY(CaseLifecycle::typeFromKey(CaseLifecycle::typeKey(t), &back));
            QCOMPARE(back, t);
        }
        QCOMPARE(CaseLifecycle::stepLabel(CaseStep::Investigating), QStringLiteral("调查取证"));
        QCOMPARE(CaseLifecycle::typeLabel(CaseType::Summary), QStringLiteral("简易程序"));
        CaseStep s;
        QVERIFY(!CaseLifecycle::stepFromKey(QStringLiteral("appealed"), &s));
        QVERIFY(!CaseLifecycle::stepFromKey(QStringLiteral("Filed"), &s));
    }

    // Every pair for every type: 3 × 7 × 7 rows.
    void transitions_data()
    {
        QTest::addColumn<CaseType>("type");
        QTest::addColumn<CaseStep>("from");
        QTest::addColumn<CaseStep>("to");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<CaseType, QList<const char *>>> expected = {
            {CaseType::General, {"filed>investigating", "investigating>notified", "notified>decided", "decided>served",
                                 "served>executed", "executed>closed"}},
            {CaseType::Summary, {"filed>notified", "notified>decided", "decided>served", "served>closed"}},
            {CaseType::Inspection, {"filed>investigating", "investigating>closed"}},
        };
        for (const auto &[type, allowedPairs] : expected) {
            for (CaseStep from : CaseLifecycle::allSteps()) {
                for (CaseStep to : CaseLifecycle::allSteps()) {
                    const QString pair = CaseLifecycle::stepKey(from) + QLatin1Char('>') + CaseLifecycle::stepKey(to);
                    bool allowed = false;
                    for (const char *p : allowedPairs)
                        allowed = allowed || pair == QLatin1String(p);
                    QTest::addRow("%s %s", qPrintable(CaseLifecycle::typeKey(type)), qPrintable(pair)) << type << from << to << allowed;
                }
            }
        }
    }
    void transitions()
    {
        QFETCH(CaseType, type);
        QFETCH(CaseStep, from);
        QFETCH(CaseStep, to);
        QFETCH(bool, allowed);
        QCOMPARE(CaseLifecycle::canAdvance(type, from, to), allowed);
        QCOMPARE(CaseLifecycle::nextSteps(type, from).contains(to), allowed);
        const QString refusal = CaseLifecycle::refusal(type, from, to);
        QCOMPARE(refusal.isEmpty(), allowed);
        if (!allowed) {
            // Names the target, and the current step unless the case is closed.
            QVERIFY2(refusal.contains(CaseLifecycle::stepLabel(to)), qPrintable(refusal));
            if (from != CaseStep::Closed)
                QVERIFY2(refusal.contains(CaseLifecycle::stepLabel(from)), qPrintable(refusal));
        }
    }

    void refusalWording()
    {
        QCOMPARE(CaseLifecycle::refusal(CaseType::General, CaseStep::Filed, CaseStep::Decided),
                 QStringLiteral("不能从“立案”直接转入“决定”，请先完成“调查取证”。"));
        QCOMPARE(CaseLifecycle::refusal(CaseType::General, CaseStep::Decided, CaseStep::Notified),
                 QStringLiteral("案件已处于“决定”，不能退回“告知”。环节只能依次向前推进。"));
        QCOMPARE(CaseLifecycle::refusal(CaseType::Summary, CaseStep::Filed, CaseStep::Investigating),
                 QStringLiteral("简易程序案件没有“调查取证”环节，不能从“立案”转入“调查取证”。"));
        QCOMPARE(CaseLifecycle::refusal(CaseType::Inspection, CaseStep::Closed, CaseStep::Investigating),
                 QStringLiteral("案件已结案，不能再转入“调查取证”。"));
        QVERIFY(CaseLifecycle::nextSteps(CaseType::General, CaseStep::Closed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
