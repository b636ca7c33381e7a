#include "casetypes.h"

#include <QCoreApplication>

QString partyKindKey(PartyKind kind)
{
    return kind == PartyKind::Person ? QStringLiteral("person") : QStringLiteral("organisation");
}

bool partyKindFromKey(const QString &key, PartyKind *out)
{
    if (key == QLatin1String("person")) {
        *out = PartyKind::Person;
        return true;
    }
    if (key == QLatin1String("organisation")) {
        *out = PartyKind::Organisation;
        return true;
    }
    return false;
}

QString partyKindLabel(PartyKind kind)
{
    return kind == PartyKind::Person ? QCoreApplication::translate("CaseTypes", "个人")
                                     : QCoreApplication::translate("CaseTypes", "单位");
}
