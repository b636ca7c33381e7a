#include "casevalidator.h"

#include "partyid.h"
#include "powercatalogue.h"

#include <QRegularExpression>

#include <cmath>

CaseValidator::CaseValidator(const PowerCatalogue &catalogue, const QDate &today)
    : m_catalogue(catalogue)
    , m_today(today)
{
}

int CaseValidator::characters(const QString &text)
{
    int n = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

QString CaseValidator::validateNote(const QString &note)
{
    if (characters(note) > maxNote)
        return tr("环节备注最多 %1 个字，现为 %2 个字，请精简后再保存。").arg(maxNote).arg(characters(note));
    return QString();
}

QString CaseValidator::validateField(const QString &field, const QString &value, const QString &partyKind) const
{
    const QString trimmed = value.trimmed();
    const int length = characters(trimmed);
    if (field == QLatin1String("type")) {
        CaseType t;
        return CaseLifecycle::typeFromKey(value, &t) ? QString() : tr("请选择案件类型（检查、简易程序或一般程序）。");
    }
    if (field == QLatin1String("partyKind")) {
        PartyKind k;
        return partyKindFromKey(value, &k) ? QString() : tr("请选择当事人类别（个人或单位）。");
    }
    if (field == QLatin1String("partyName")) {
        const bool person = partyKind == QLatin1String("person");
        const QString label = person ? tr("当事人姓名") : tr("当事人名称");
        if (length == 0)
            return tr("请填写%1。").arg(label);
        if (length > maxPartyName)
            return tr("%1最多 %2 个字，现为 %3 个字。").arg(label).arg(maxPartyName).arg(length);
        return QString();
    }
    if (field == QLatin1String("partyIdNo")) {
        PartyKind kind;
        if (!partyKindFromKey(partyKind, &kind))
            return tr("请先选择当事人类别，再填写证件号码。");
        return kind == PartyKind::Person ? PartyId::checkResidentId(value, m_today) : PartyId::checkCreditCode(value);
    }
    if (field == QLatin1String("partyPhone")) {
        if (trimmed.isEmpty())
            return QString();
        static const QRegularExpression allowed(QStringLiteral("^[0-9+\\- ]+$"));
        if (length > maxPhone)
            return tr("联系电话最多 %1 位，现为 %2 位。").arg(maxPhone).arg(length);
        if (!allowed.match(trimmed).hasMatch())
            return tr("联系电话只能包含数字、空格、“+”和“-”，请核对。");
        return QString();
    }
    if (field == QLatin1String("address")) {
        if (length == 0)
            return tr("请填写地址（执法地点）。");
        if (length > maxAddress)
            return tr("地址最多 %1 个字，现为 %2 个字。").arg(maxAddress).arg(length);
        return QString();
    }
    if (field == QLatin1String("powerItemCode")) {
        if (trimmed.isEmpty())
            return tr("请选择权力事项。");
        if (!m_catalogue.find(trimmed))
            return tr("权力事项 %1 不在权力清单中，请从清单中重新选择。").arg(trimmed);
        return QString();
    }
    if (field == QLatin1String("taskRef")) {
        if (length > maxTaskRef)
            return tr("检查任务编号最多 %1 个字，现为 %2 个字。").arg(maxTaskRef).arg(length);
        return QString();
    }
    if (field == QLatin1String("summary")) {
        const int n = characters(value);
        if (n > maxSummary)
            return tr("案情摘要最多 %1 个字，现为 %2 个字，请精简。").arg(maxSummary).arg(n);
        return QString();
    }
    return tr("未知字段“%1”。").arg(field);
}

QString CaseValidator::validatePosition(bool hasPosition, double latitude, double longitude) const
{
    if (!hasPosition)
        return QString();
    if (!std::isfinite(latitude) || !std::isfinite(longitude) || latitude < -90 || latitude > 90
        || longitude < -180 || longitude > 180)
        return tr("定位坐标无效（纬度 %1，经度 %2），请重新定位或不带坐标保存。").arg(latitude).arg(longitude);
    return QString();
}

QList<FieldError> CaseValidator::validate(const CaseInput &input, CaseInput *normalised) const
{
    QList<FieldError> errors;
    auto check = [&](const char *field, const QString &value) {
        const QString message = validateField(QLatin1String(field), value, input.partyKind);
        if (!message.isEmpty())
            errors.append({QLatin1String(field), message});
    };
    check("type", input.type);
    check("partyKind", input.partyKind);
    check("partyName", input.partyName);
    check("partyIdNo", input.partyIdNo);
    check("partyPhone", input.partyPhone);
    check("address", input.address);
    const QString position = validatePosition(input.hasPosition, input.latitude, input.longitude);
    if (!position.isEmpty())
        errors.append({QStringLiteral("position"), position});
    check("powerItemCode", input.powerItemCode);
    check("taskRef", input.taskRef);
    check("summary", input.summary);

    if (normalised) {
        // Never null: a null QString would bind SQL NULL, and these columns are NOT NULL.
        auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        *normalised = input;
        normalised->partyName = text(input.partyName.trimmed());
        normalised->partyIdNo = text(input.partyIdNo.trimmed().toUpper());
        normalised->partyPhone = text(input.partyPhone.trimmed());
        normalised->address = text(input.address.trimmed());
        normalised->powerItemCode = text(input.powerItemCode.trimmed());
        normalised->taskRef = text(input.taskRef.trimmed());
        normalised->summary = text(input.summary);
    }
    return errors;
}
