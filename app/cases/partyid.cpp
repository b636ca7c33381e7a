#include "partyid.h"

#include <QCoreApplication>

namespace PartyId {

namespace {

constexpr int kLength = 18;
constexpr int kResidentWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
const char kResidentChecks[] = "10X98765432";
const char kCreditAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";   // 31 characters
constexpr int kCreditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

QString residentField()
{
    return QCoreApplication::translate("PartyId", "当事人身份证号");
}

QString creditField()
{
    return QCoreApplication::translate("PartyId", "统一社会信用代码");
}

int creditValue(QChar c)
{
    if (c.unicode() > 127)
        return -1;
    const char *p = kCreditAlphabet;
    for (int i = 0; p[i]; ++i) {
        if (p[i] == c.toLatin1())
            return i;
    }
    return -1;
}

QString lengthError(const QString &field, int length)
{
    return QCoreApplication::translate("PartyId", "%1应为 18 位，现为 %2 位，请核对后重新输入。").arg(field).arg(length);
}

} // namespace

QChar residentIdCheckChar(const QString &first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QChar();
        sum += (c.unicode() - '0') * kResidentWeights[i];
    }
    return QLatin1Char(kResidentChecks[sum % 11]);
}

QChar creditCodeCheckChar(const QString &first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = creditValue(first17.at(i));
        if (v < 0)
            return QChar();
        sum += v * kCreditWeights[i];
    }
    return QLatin1Char(kCreditAlphabet[(31 - sum % 31) % 31]);
}

QString checkResidentId(const QString &value, const QDate &today, QString *normalised)
{
    const QString id = value.trimmed().toUpper();
    if (normalised)
        *normalised = id;
    if (id.isEmpty())
        return QCoreApplication::translate("PartyId", "请填写%1。").arg(residentField());
    if (id.size() != kLength)
        return lengthError(residentField(), id.size());
    for (int i = 0; i < 17; ++i) {
        const QChar c = id.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QCoreApplication::translate("PartyId", "%1第 %2 位“%3”无效：前 17 位只能是数字。").arg(residentField()).arg(i + 1).arg(c);
    }
    const QChar last = id.at(17);
    if (!(last.isDigit() && last.unicode() < 128) && last != QLatin1Char('X'))
        return QCoreApplication::translate("PartyId", "%1第 18 位“%2”无效：校验位只能是数字或 X。").arg(residentField()).arg(last);
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900)
        return QCoreApplication::translate("PartyId", "%1第 7–14 位“%2”不是有效的出生日期，请核对。").arg(residentField(), id.mid(6, 8));
    if (today.isValid() && birth > today)
        return QCoreApplication::translate("PartyId", "%1中的出生日期 %2 晚于今天，请核对。").arg(residentField(), birth.toString(QStringLiteral("yyyy-MM-dd")));
    const QChar expected = residentIdCheckChar(id.left(17));
    if (last != expected)
        return QCoreApplication::translate("PartyId", "%1校验位错误：按前 17 位计算，第 18 位应为 %2，现为 %3。请逐位核对证件号码。")
            .arg(residentField()).arg(expected).arg(last);
    return QString();
}

QString checkCreditCode(const QString &value, QString *normalised)
{
    const QString code = value.trimmed().toUpper();
    if (normalised)
        *normalised = code;
    if (code.isEmpty())
        return QCoreApplication::translate("PartyId", "请填写%1。").arg(creditField());
    if (code.size() != kLength)
        return lengthError(creditField(), code.size());
    for (int i = 0; i < kLength; ++i) {
        if (creditValue(code.at(i)) < 0)
            return QCoreApplication::translate("PartyId", "%1第 %2 位“%3”无效：只能是数字或除 I、O、Z、S、V 以外的大写字母。")
                .arg(creditField()).arg(i + 1).arg(code.at(i));
    }
    const QChar expected = creditCodeCheckChar(code.left(17));
    if (code.at(17) != expected)
        return QCoreApplication::translate("PartyId", "%1校验位错误：按前 17 位计算，第 18 位应为 %2，现为 %3。请逐位核对营业执照。")
            .arg(creditField()).arg(expected).arg(code.at(17));
    return QString();
}

QString mask(const QString &idNo)
{
    if (idNo.size() <= 8)
        return QString(idNo.size(), QLatin1Char('*'));
    return idNo.left(4) + QString(idNo.size() - 8, QLatin1Char('*')) + idNo.right(4);
}

} // namespace PartyId
