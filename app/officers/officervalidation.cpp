#include "officervalidation.h"

#include <QCoreApplication>

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

} // namespace

namespace OfficerValidation {

int characterCount(const QString &text)
{
    int n = 0;
    for (int i = 0; i < text.size(); ++i) {
        // A surrogate pair is one character (emoji); count its high half only.
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++n;
    }
    return n;
}

QString checkOfficerNo(const QString &officerNo)
{
    if (officerNo.isEmpty())
        return QCoreApplication::translate("OfficerValidation", "执法证号不能为空，请输入 4–32 位数字或字母。");
    const int n = characterCount(officerNo);
    bool allowed = n >= officerNoMin && n <= officerNoMax;
    for (QChar c : officerNo)
        allowed = allowed && isAsciiAlnum(c);
    if (!allowed)
        return QCoreApplication::translate("OfficerValidation", "执法证号须为 4–32 位数字或字母（不含空格和符号），请核对后重新输入。");
    return QString();
}

QString checkPin(const QString &pin)
{
    bool digits = pin.size() >= pinMin && pin.size() <= pinMax;
    for (QChar c : pin)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits)
        return QCoreApplication::translate("OfficerValidation", "PIN 须为 6–12 位数字，请重新设置。");
    return QString();
}

QList<FieldError> validate(const OfficerInput &in, bool pinRequired)
{
    QList<FieldError> errors;
    const QString no = checkOfficerNo(in.officerNo);
    if (!no.isEmpty())
        errors << FieldError{QStringLiteral("officerNo"), no};

    if (in.name.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("name"), QCoreApplication::translate("OfficerValidation", "姓名不能为空，请输入执法人员姓名。")};
    else if (characterCount(in.name) > nameMax)
        errors << FieldError{QStringLiteral("name"), QCoreApplication::translate("OfficerValidation", "姓名过长（%1 个字符），最多 %2 个字符。").arg(characterCount(in.name)).arg(nameMax)};

    if (characterCount(in.agency) > agencyMax)
        errors << FieldError{QStringLiteral("agency"), QCoreApplication::translate("OfficerValidation", "单位名称过长（%1 个字符），最多 %2 个字符。").arg(characterCount(in.agency)).arg(agencyMax)};
    if (characterCount(in.squad) > squadMax)
        errors << FieldError{QStringLiteral("squad"), QCoreApplication::translate("OfficerValidation", "中队名称过长（%1 个字符），最多 %2 个字符。").arg(characterCount(in.squad)).arg(squadMax)};

    if (!in.unknownRoleKeys.isEmpty())
        errors << FieldError{QStringLiteral("roles"), QCoreApplication::translate("OfficerValidation", "角色“%1”无效，可用角色：inspector（执法人员）、squad_leader（中队长）、admin（管理员）。")
                                                          .arg(in.unknownRoleKeys.join(QLatin1String("、")))};
    else if (in.roles.isEmpty())
        errors << FieldError{QStringLiteral("roles"), QCoreApplication::translate("OfficerValidation", "角色不能为空，请至少指定一个角色（执法人员、中队长或管理员）。")};

    if (pinRequired && in.pin.isEmpty())
        errors << FieldError{QStringLiteral("pin"), QCoreApplication::translate("OfficerValidation", "新增执法人员须设置 PIN（6–12 位数字）。")};
    else if (!in.pin.isEmpty()) {
        const QString pin = checkPin(in.pin);
        if (!pin.isEmpty())
            errors << FieldError{QStringLiteral("pin"), pin};
    }
    return errors;
}

} // namespace OfficerValidation
