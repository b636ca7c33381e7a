// Party identifiers: 身份证号 (GB 11643-1999) and 统一社会信用代码 (GB 32100-2015) — valid samples
// whose check characters were computed outside the code under test, and many wrong ones, each
// with a Chinese message naming the field and what is wrong.

#include "casestestkit.h"
#include "partyid.h"

#include <QTest>

namespace {
const QDate kToday(2026, 11, 20);
}

class TestPartyId : public QObject
{
    Q_OBJECT
private slots:
    void validResidentIds_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : CasesKit::validResidentIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void validResidentIds()
    {
        QFETCH(QString, id);
        QString normalised;
        QCOMPARE(PartyId::checkResidentId(id, kToday, &normalised), QString());
        QCOMPARE(normalised, id);
        QCOMPARE(PartyId::residentIdCheckChar(id.left(17)), id.at(17));
    }

    void lowerCaseXNormalised()
    {
        QString normalised;
        QCOMPARE(PartyId::checkResidentId(QStringLiteral(" 11010519491231002x "), kToday, &normalised), QString());
        QCOMPARE(normalised, QStringLiteral("11010519491231002X"));
    }

    void invalidResidentIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");   // a part of the message
        QTest::newRow("empty") << "" << "请填写当事人身份证号";
        QTest::newRow("17 chars") << "11010519491231002" << "应为 18 位，现为 17 位";
        QTest::newRow("19 chars") << "11010519491231002X1" << "应为 18 位，现为 19 位";
        QTest::newRow("15-digit old format") << "110105491231002" << "现为 15 位";
        QTest::newRow("letter at 5") << "1101A519491231002X" << "第 5 位“A”无效";
        QTest::newRow("full-width digit") << QStringLiteral("11010519491231002") .replace(0, 1, QChar(0xFF11)) + "X" << "第 1 位";
        QTest::newRow("check is Y") << "11010519491231002Y" << "第 18 位“Y”无效";
        QTest::newRow("wrong check") << "110105194912310021" << "第 18 位应为 X，现为 1";
        QTest::newRow("wrong check 2") << "44030419900307123" "5" << "第 18 位应为 X，现为 5";
        QTest::newRow("transposed digits") << "110105194912310-2X" << "第 16 位“-”无效";
        QTest::newRow("swapped pair") << "11010519491231020X" << "校验位错误";
        QTest::newRow("month 13") << "110105194913310028" << "不是有效的出生日期";
        QTest::newRow("Feb 30") << "110105200002300011" << "不是有效的出生日期";
        QTest::newRow("Feb 29 non-leap") << "110105190002290011" << "不是有效的出生日期";
        QTest::newRow("year 1800") << "110105180001010011" << "不是有效的出生日期";
        QTest::newRow("future birth") << "110105202712310011" << "晚于今天";
        QTest::newRow("tomorrow") << "110105202611210011" << "晚于今天";
        QTest::newRow("space inside") << "110105 9491231002X" << "第 7 位“ ”无效";
    }
    void invalidResidentIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const QString message = PartyId::checkResidentId(id, kToday);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("当事人身份证号")), qPrintable(message));
    }

    void validCreditCodes_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : CasesKit::validCreditCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void validCreditCodes()
    {
        QFETCH(QString, code);
        QCOMPARE(PartyId::checkCreditCode(code), QString());
        QCOMPARE(PartyId::creditCodeCheckChar(code.left(17)), code.at(17));
        QString normalised;
        QCOMPARE(PartyId::checkCreditCode(code.toLower(), &normalised), QString());
        QCOMPARE(normalised, code);
    }

    void invalidCreditCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "" << "请填写统一社会信用代码";
        QTest::newRow("short") << "91350100M000100Y4" << "应为 18 位，现为 17 位";
        QTest::newRow("old 15-digit registration no") << "350100100012345" << "现为 15 位";
        QTest::newRow("wrong check") << "91350100M000100Y44" << "第 18 位应为 3，现为 4";
        QTest::newRow("I not allowed") << "91350100M000100I43" << "第 16 位“I”无效";
        QTest::newRow("O not allowed") << "9135010OM000100Y43" << "第 8 位“O”无效";
        QTest::newRow("Z not allowed") << "Z1350100M000100Y43" << "第 1 位“Z”无效";
        QTest::newRow("S not allowed") << "91350100S000100Y43" << "第 9 位“S”无效";
        QTest::newRow("V not allowed") << "91350100M000100Y4V" << "第 18 位“V”无效";
        QTest::newRow("punctuation") << "91350100M000-00Y43" << "第 13 位“-”无效";
        QTest::newRow("Chinese") << QStringLiteral("91350100M000100Y4号") << "第 18 位“号”无效";
        QTest::newRow("transposed") << "91350100M001000Y43" << "校验位错误";
        QTest::newRow("resident id given") << "11010519491231002X" << "校验位错误";
    }
    void invalidCreditCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const QString message = PartyId::checkCreditCode(code);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("统一社会信用代码")), qPrintable(message));
    }

    // Every single-character change of a valid id is caught (the check digit's purpose).
    void everySingleSubstitutionCaught()
    {
        const QString id = QStringLiteral("310101198511224569");
        for (int i = 0; i < 18; ++i) {
            for (char c = '0'; c <= '9'; ++c) {
                if (id.at(i) == QLatin1Char(c))
                    continue;
                QString changed = id;
                changed[i] = QLatin1Char(c);
                QVERIFY2(!PartyId::checkResidentId(changed, kToday).isEmpty(), qPrintable(changed));
            }
        }
        const QString code = QStringLiteral("91350100M000100Y43");
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        for (int i = 0; i < 18; ++i) {
            for (const QChar c : alphabet) {
                if (code.at(i) == c)
                    continue;
                QString changed = code;
                changed[i] = c;
                QVERIFY2(!PartyId::checkCreditCode(changed).isEmpty(), qPrintable(changed));
            }
        }
    }

    void mask()
    {
        QCOMPARE(PartyId::mask(QStringLiteral("310101198511224569")), QStringLiteral("3101**********4569"));
        QCOMPARE(PartyId::mask(QStringLiteral("91350100M000100Y43")), QStringLiteral("9135**********0Y43"));
        QCOMPARE(PartyId::mask(QStringLiteral("1234")), QStringLiteral("****"));
    }
};

QTEST_GUILESS_MAIN(TestPartyId)
#include "tst_partyid.moc"
