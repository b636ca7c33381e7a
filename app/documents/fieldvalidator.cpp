#include "fieldvalidator.h"

#include "partyid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace FieldValidator {

namespace {

bool blank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty())
        || (v.isArray() && v.toArray().isEmpty());
}

bool hasOption(const TemplateField &f, const QString &value)
{
    for (const ChoiceOption &o : f.options) {
        if (o.value == value)
            return true;
    }
    return false;
}

// PartyId's messages name their own field ("当事人身份证号"); ours name the template's label.
QString relabel(const QString &message, const QString &theirs, const QString &label)
{
    if (message.isEmpty())
        return message;
    QString m = message;
    return m.contains(theirs) ? m.replace(theirs, label) : label + QStringLiteral("：") + m;
}

QString checkResidentId(const QString &label, const QString &value, const QDate &today)
{
    return relabel(PartyId::checkResidentId(value, today), QCoreApplication::translate("PartyId", "当事人身份证号"), label);
}

QString checkCreditCode(const QString &label, const QString &value)
{
    return relabel(PartyId::checkCreditCode(value), QCoreApplication::translate("PartyId", "统一社会信用代码"), label);
}

QString checkPhone(const QString &label, const QString &value)
{
    int digits = 0;
    const QString s = value.trimmed();
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
        else if (!(c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')')
                   || (c == QLatin1Char('+') && i == 0)))
            return QCoreApplication::translate("FieldValidator", "%1只能含数字（可带 +、空格、- 和括号），“%2”无效，请核对。").arg(label).arg(c);
    }
    if (digits < 7 || digits > 15)
        return QCoreApplication::translate("FieldValidator", "%1应有 7 到 15 位数字，现为 %2 位，请核对。").arg(label).arg(digits);
    return QString();
}

QString checkText(const TemplateField &f, const QJsonValue &v, int defaultMax)
{
    if (!v.isString())
        return QCoreApplication::translate("FieldValidator", "%1应为文字。").arg(f.label);
    const int max = f.maxLength > 0 ? f.maxLength : defaultMax;
    const int length = int(v.toString().size());
    if (length > max)
        return QCoreApplication::translate("FieldValidator", "%1最多 %2 个字，现为 %3 个字，请删减。").arg(f.label).arg(max).arg(length);
    return QString();
}

QString checkNumber(const TemplateField &f, const QJsonValue &v)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return QCoreApplication::translate("FieldValidator", "%1应为数字。").arg(f.label);
    const double d = v.toDouble();
    if (f.type == FieldType::Money) {
        if (d < 0)
            return QCoreApplication::translate("FieldValidator", "%1不能为负数。").arg(f.label);
        const double cents = d * 100;
        if (std::fabs(cents - std::round(cents)) > 1e-6)
            return QCoreApplication::translate("FieldValidator", "%1以元为单位，最多两位小数。").arg(f.label);
    }
    if (f.hasMinimum && d < f.minimum)
        return QCoreApplication::translate("FieldValidator", "%1不能小于 %2。").arg(f.label).arg(f.minimum);
    if (f.hasMaximum && d > f.maximum)
        return QCoreApplication::translate("FieldValidator", "%1不能大于 %2。").arg(f.label).arg(f.maximum);
    return QString();
}

QString checkObjectString(const QJsonObject &o, const QString &key, const QString &label, int max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return QCoreApplication::translate("FieldValidator", "%1应为文字。").arg(label);
    if (v.toString().size() > max)
        return QCoreApplication::translate("FieldValidator", "%1最多 %2 个字。").arg(label).arg(max);
    return QString();
}

QString checkPerson(const TemplateField &f, const QJsonObject &o, const QDate &today)
{
    const QString name = o.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return QCoreApplication::translate("FieldValidator", "请填写%1的姓名。").arg(f.label);
    for (const QString &key : o.keys()) {
        const QString e = checkObjectString(o, key, f.label, kAddressMaxLength);
        if (!e.isEmpty())
            return e;
    }
    const QString idNo = o.value(QStringLiteral("idNo")).toString();
    if (!idNo.trimmed().isEmpty()) {
        const QString e = checkResidentId(QCoreApplication::translate("FieldValidator", "%1身份证号").arg(f.label), idNo, today);
        if (!e.isEmpty())
            return e;
    }
    const QString phone = o.value(QStringLiteral("phone")).toString();
    if (!phone.trimmed().isEmpty())
        return checkPhone(QCoreApplication::translate("FieldValidator", "%1联系电话").arg(f.label), phone);
    return QString();
}

QString checkOrganisation(const TemplateField &f, const QJsonObject &o)
{
    if (o.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return QCoreApplication::translate("FieldValidator", "请填写%1的名称。").arg(f.label);
    for (const QString &key : o.keys()) {
        const QString e = checkObjectString(o, key, f.label, kAddressMaxLength);
        if (!e.isEmpty())
            return e;
    }
    const QString code = o.value(QStringLiteral("creditCode")).toString();
    if (!code.trimmed().isEmpty())
        return checkCreditCode(QCoreApplication::translate("FieldValidator", "%1统一社会信用代码").arg(f.label), code);
    return QString();
}

QString checkGps(const TemplateField &f, const QJsonObject &o)
{
    const QJsonValue lat = o.value(QStringLiteral("latitude"));
    const QJsonValue lon = o.value(QStringLiteral("longitude"));
    if (!lat.isDouble() || !lon.isDouble())
        return QCoreApplication::translate("FieldValidator", "%1需要纬度和经度（数字）。").arg(f.label);
    if (lat.toDouble() < -90 || lat.toDouble() > 90)
        return QCoreApplication::translate("FieldValidator", "%1的纬度应在 -90 到 90 之间，现为 %2。").arg(f.label).arg(lat.toDouble());
    if (lon.toDouble() < -180 || lon.toDouble() > 180)
        return QCoreApplication::translate("FieldValidator", "%1的经度应在 -180 到 180 之间，现为 %2。").arg(f.label).arg(lon.toDouble());
    return QString();
}

QString checkEvidence(const TemplateField &f, const QJsonObject &o)
{
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("photo")) {
        if (o.value(QStringLiteral("evidenceId")).toVariant().toString().isEmpty())
            return QCoreApplication::translate("FieldValidator", "%1：请选择一张照片。").arg(f.label);
    } else if (kind == QLatin1String("recording")) {
        if (o.value(QStringLiteral("recordingId")).toVariant().toString().isEmpty())
            return QCoreApplication::translate("FieldValidator", "%1：请选择一段录像。").arg(f.label);
        const QJsonValue offset = o.value(QStringLiteral("offsetMs"));
        if (!offset.isUndefined() && !offset.isNull() && (!offset.isDouble() || offset.toDouble() < 0))
            return QCoreApplication::translate("FieldValidator", "%1：录像时间点应为不小于 0 的毫秒数。").arg(f.label);
    } else {
        return QCoreApplication::translate("FieldValidator", "%1：证据类型应为照片或录像。").arg(f.label);
    }
    return QString();
}

bool validStrokes(const QJsonValue &strokes)
{
    if (!strokes.isArray() || strokes.toArray().isEmpty())
        return false;
    for (const QJsonValue &stroke : strokes.toArray()) {
        if (!stroke.isArray() || stroke.toArray().isEmpty())
            return false;
        for (const QJsonValue &point : stroke.toArray()) {
            const QJsonArray p = point.toArray();
            if (p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
                return false;
        }
    }
    return true;
}

QString checkSignature(const TemplateField &f, const QJsonObject &o)
{
    if (o.value(QStringLiteral("refused")).toBool()) {
        if (o.value(QStringLiteral("refusalReason")).toString().trimmed().isEmpty())
            return QCoreApplication::translate("FieldValidator", "%1：当事人拒绝签名时，请记录拒签理由。").arg(f.label);
        return QString();
    }
    if (!o.value(QStringLiteral("strokes")).toArray().isEmpty() && !validStrokes(o.value(QStringLiteral("strokes"))))
        return QCoreApplication::translate("FieldValidator", "%1的笔迹数据无效，请清除后重新签名。").arg(f.label);
    if (o.value(QStringLiteral("strokes")).toArray().isEmpty())
        return QCoreApplication::translate("FieldValidator", "%1尚未签名。").arg(f.label);
    return QString();
}

} // namespace

bool isSignedOrRefused(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    if (o.value(QStringLiteral("refused")).toBool())
        return !o.value(QStringLiteral("refusalReason")).toString().trimmed().isEmpty();
    return validStrokes(o.value(QStringLiteral("strokes")));
}

bool isEmpty(const TemplateField &field, const QJsonValue &value)
{
    if (blank(value))
        return true;
    if (field.type == FieldType::Signature) {
        const QJsonObject o = value.toObject();
        return o.value(QStringLiteral("strokes")).toArray().isEmpty() && !o.value(QStringLiteral("refused")).toBool();
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!blank(it.value()))
                return false;
        }
        return true;
    }
    return false;
}

QString check(const TemplateField &f, const QJsonValue &v, const QDate &today)
{
    const bool needsObject = f.type == FieldType::Person || f.type == FieldType::Organisation || f.type == FieldType::Gps
        || f.type == FieldType::Evidence || f.type == FieldType::Signature;
    if (needsObject && !v.isObject())
        return QCoreApplication::translate("FieldValidator", "%1的数据格式不对，请重新填写。").arg(f.label);
    const QJsonObject o = v.toObject();
    switch (f.type) {
    case FieldType::Text:
        return checkText(f, v, kTextMaxLength);
    case FieldType::LongText:
        return checkText(f, v, kLongTextMaxLength);
    case FieldType::Address:
        return checkText(f, v, kAddressMaxLength);
    case FieldType::Number:
    case FieldType::Money:
        return checkNumber(f, v);
    case FieldType::Date:
        if (!v.isString() || !QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd")).isValid())
            return QCoreApplication::translate("FieldValidator", "%1不是有效日期（格式：2026-11-20）。").arg(f.label);
        return QString();
    case FieldType::DateTime:
        if (!v.isString() || !QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-ddTHH:mm")).isValid())
            return QCoreApplication::translate("FieldValidator", "%1不是有效的日期时间（格式：2026-11-20T09:30）。").arg(f.label);
        return QString();
    case FieldType::Choice:
        if (!v.isString() || !hasOption(f, v.toString()))
            return QCoreApplication::translate("FieldValidator", "%1的选项“%2”不在可选范围内，请重新选择。").arg(f.label, v.toVariant().toString());
        return QString();
    case FieldType::MultiChoice: {
        if (!v.isArray())
            return QCoreApplication::translate("FieldValidator", "%1应为选项列表。").arg(f.label);
        QSet<QString> seen;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || !hasOption(f, item.toString()))
                return QCoreApplication::translate("FieldValidator", "%1的选项“%2”不在可选范围内，请重新选择。").arg(f.label, item.toVariant().toString());
            if (seen.contains(item.toString()))
                return QCoreApplication::translate("FieldValidator", "%1的选项“%2”重复。").arg(f.label, item.toString());
            seen.insert(item.toString());
        }
        return QString();
    }
    case FieldType::Person:
        return checkPerson(f, o, today);
    case FieldType::Organisation:
        return checkOrganisation(f, o);
    case FieldType::IdCard:
        return v.isString() ? checkResidentId(f.label, v.toString(), today) : QCoreApplication::translate("FieldValidator", "%1应为文字。").arg(f.label);
    case FieldType::CreditCode:
        return v.isString() ? checkCreditCode(f.label, v.toString()) : QCoreApplication::translate("FieldValidator", "%1应为文字。").arg(f.label);
    case FieldType::Phone:
        return v.isString() ? checkPhone(f.label, v.toString()) : QCoreApplication::translate("FieldValidator", "%1应为文字。").arg(f.label);
    case FieldType::Gps:
        return checkGps(f, o);
    case FieldType::Evidence:
        return checkEvidence(f, o);
    case FieldType::Signature:
        return checkSignature(f, o);
    case FieldType::Repeat:
        return v.isArray() ? QString() : QCoreApplication::translate("FieldValidator", "%1的数据格式不对。").arg(f.label);
    }
    return QString();
}

} // namespace FieldValidator
