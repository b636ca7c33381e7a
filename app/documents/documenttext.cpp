#include "documenttext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace {

QString optionLabel(const TemplateField &field, const QString &value)
{
    for (const ChoiceOption &o : field.options) {
        if (o.value == value)
            return o.label;
    }
    return value;
}

QString joinParts(const QString &head, const QStringList &parts)
{
    if (parts.isEmpty())
        return head;
    return head + QStringLiteral("（") + parts.join(QStringLiteral("，")) + QStringLiteral("）");
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 12);
    }
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("DocumentText", "是") : QCoreApplication::translate("DocumentText", "否");
    return QString();
}

QString offsetText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3").arg(s / 3600, 2, 10, QLatin1Char('0')).arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool DocumentText::isEmpty(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return false;
    }
}

QString DocumentText::date(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate.left(10), Qt::ISODate);
    if (!d.isValid())
        return isoDate;
    return QCoreApplication::translate("DocumentText", "%1年%2月%3日").arg(d.year()).arg(d.month(), 2, 10, QLatin1Char('0')).arg(d.day(), 2, 10, QLatin1Char('0'));
}

QString DocumentText::dateTime(const QString &isoDateTime)
{
    QDateTime t = QDateTime::fromString(isoDateTime, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!t.isValid())
        t = QDateTime::fromString(isoDateTime, Qt::ISODate);
    if (!t.isValid())
        return isoDateTime;
    return QCoreApplication::translate("DocumentText", "%1 %2时%3分").arg(date(t.date().toString(Qt::ISODate)))
        .arg(t.time().hour(), 2, 10, QLatin1Char('0')).arg(t.time().minute(), 2, 10, QLatin1Char('0'));
}

QString DocumentText::money(double yuan)
{
    return QCoreApplication::translate("DocumentText", "人民币 %1 元").arg(QLocale::c().toString(yuan, 'f', 2));
}

QString DocumentText::display(const TemplateField &field, const QJsonValue &value)
{
    if (isEmpty(value))
        return QString();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::IdCard:
    case FieldType::CreditCode:
    case FieldType::Phone:
    case FieldType::Address:
    case FieldType::Number:
        return scalarText(value);
    case FieldType::Money:
        return value.isDouble() ? money(value.toDouble()) : scalarText(value);
    case FieldType::Date:
        return date(value.toString());
    case FieldType::DateTime:
        return dateTime(value.toString());
    case FieldType::Choice:
        return optionLabel(field, scalarText(value));
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QJsonValue &v : value.toArray())
            labels << optionLabel(field, scalarText(v));
        return labels.join(QStringLiteral("、"));
    }
    case FieldType::Person: {
        const QJsonObject o = value.toObject();
        QStringList parts;
        if (!o.value(QStringLiteral("idNo")).toString().isEmpty())
            parts << QCoreApplication::translate("DocumentText", "身份证号：%1").arg(o.value(QStringLiteral("idNo")).toString());
        if (!o.value(QStringLiteral("phone")).toString().isEmpty())
            parts << QCoreApplication::translate("DocumentText", "电话：%1").arg(o.value(QStringLiteral("phone")).toString());
        return joinParts(o.value(QStringLiteral("name")).toString(), parts);
    }
    case FieldType::Organisation: {
        const QJsonObject o = value.toObject();
        QStringList parts;
        if (!o.value(QStringLiteral("creditCode")).toString().isEmpty())
            parts << QCoreApplication::translate("DocumentText", "统一社会信用代码：%1").arg(o.value(QStringLiteral("creditCode")).toString());
        if (!o.value(QStringLiteral("representative")).toString().isEmpty())
            parts << QCoreApplication::translate("DocumentText", "法定代表人（负责人）：%1").arg(o.value(QStringLiteral("representative")).toString());
        return joinParts(o.value(QStringLiteral("name")).toString(), parts);
    }
    case FieldType::Gps: {
        const QJsonObject o = value.toObject();
        const double lat = o.value(QStringLiteral("latitude")).toDouble();
        const double lon = o.value(QStringLiteral("longitude")).toDouble();
        return QCoreApplication::translate("DocumentText", "%1 %2°，%3 %4°")
            .arg(lat >= 0 ? QCoreApplication::translate("DocumentText", "北纬") : QCoreApplication::translate("DocumentText", "南纬"), QString::number(qAbs(lat), 'f', 6),
                 lon >= 0 ? QCoreApplication::translate("DocumentText", "东经") : QCoreApplication::translate("DocumentText", "西经"), QString::number(qAbs(lon), 'f', 6));
    }
    case FieldType::Evidence: {
        const QJsonObject o = value.toObject();
        const QString label = o.value(QStringLiteral("label")).toString();
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("recording")) {
            const QString at = offsetText(qint64(o.value(QStringLiteral("offsetMs")).toDouble()));
            return joinParts(QCoreApplication::translate("DocumentText", "录像"), {label.isEmpty() ? o.value(QStringLiteral("recordingId")).toString() : label, QCoreApplication::translate("DocumentText", "时间点 %1").arg(at)});
        }
        return joinParts(QCoreApplication::translate("DocumentText", "照片"), {label.isEmpty() ? o.value(QStringLiteral("evidenceId")).toString() : label});
    }
    case FieldType::Signature: {
        const QJsonObject o = value.toObject();
        if (o.value(QStringLiteral("refused")).toBool())
            return QCoreApplication::translate("DocumentText", "拒绝签名：%1").arg(o.value(QStringLiteral("refusalReason")).toString());
        return o.value(QStringLiteral("strokes")).toArray().isEmpty() ? QString() : QCoreApplication::translate("DocumentText", "已签名");
    }
    case FieldType::Repeat:
        return QCoreApplication::translate("DocumentText", "共 %1 项").arg(value.toArray().size());
    }
    return scalarText(value);
}
