#include "markerlabels.h"

#include <QCoreApplication>

namespace MarkerLabels {

QList<QPair<QString, QString>> all()
{
    return {
        {QStringLiteral("show_credentials"), QCoreApplication::translate("Marker", "亮证")},
        {QStringLiteral("notify"), QCoreApplication::translate("Marker", "告知")},
        {QStringLiteral("question"), QCoreApplication::translate("Marker", "询问")},
        {QStringLiteral("statement"), QCoreApplication::translate("Marker", "陈述申辩")},
        {QStringLiteral("sign"), QCoreApplication::translate("Marker", "签字")},
        {QStringLiteral("serve"), QCoreApplication::translate("Marker", "送达")},
        {QStringLiteral("other"), QCoreApplication::translate("Marker", "其他")},
    };
}

QString label(const QString &key)
{
    for (const auto &pair : all()) {
        if (pair.first == key)
            return pair.second;
    }
    return key;
}

bool keyFromText(const QString &text, QString *key)
{
    // The Chinese names are accepted whatever the UI language is: they are the official terms.
    static const QList<QPair<QString, QString>> chinese{
        {QStringLiteral("show_credentials"), QStringLiteral("亮证")},
        {QStringLiteral("notify"), QStringLiteral("告知")},
        {QStringLiteral("question"), QStringLiteral("询问")},
        {QStringLiteral("statement"), QStringLiteral("陈述申辩")},
        {QStringLiteral("sign"), QStringLiteral("签字")},
        {QStringLiteral("serve"), QStringLiteral("送达")},
        {QStringLiteral("other"), QStringLiteral("其他")},
    };
    const QString t = text.trimmed();
    for (const auto &pair : chinese) {
        if (t == pair.first || t == pair.second) {
            *key = pair.first;
            return true;
        }
    }
    for (const auto &pair : all()) {
        if (t == pair.second) {
            *key = pair.first;
            return true;
        }
    }
    return false;
}

} // namespace MarkerLabels
