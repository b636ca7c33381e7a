#include "markerlabels.h"

#include "recordertypes.h"

#include <QCoreApplication>

namespace MarkerLabels {

namespace {
// One table: the recorder's marker types with their official Chinese names (translation
// sources in context "Marker"); stored keys come from markerTypeKey().
struct Entry {
    MarkerType type;
    const char *name;
};
constexpr Entry kEntries[] = {
    {MarkerType::ShowCredentials, QT_TRANSLATE_NOOP("Marker", "亮证")},
    {MarkerType::Notify, QT_TRANSLATE_NOOP("Marker", "告知")},
    {MarkerType::Question, QT_TRANSLATE_NOOP("Marker", "询问")},
    {MarkerType::Statement, QT_TRANSLATE_NOOP("Marker", "陈述申辩")},
    {MarkerType::Sign, QT_TRANSLATE_NOOP("Marker", "签字")},
    {MarkerType::Serve, QT_TRANSLATE_NOOP("Marker", "送达")},
    {MarkerType::Other, QT_TRANSLATE_NOOP("Marker", "其他")},
};

QString translated(const Entry &e)
{
    return QCoreApplication::translate("Marker", e.name);
}
} // namespace

QList<QPair<QString, QString>> all()
{
    QList<QPair<QString, QString>> list;
    for (const Entry &e : kEntries)
        list.append({markerTypeKey(e.type), translated(e)});
    return list;
}

QString label(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (markerTypeKey(e.type) == key)
            return translated(e);
    }
    return key;
}

bool keyFromText(const QString &text, QString *key)
{
    // The Chinese names are accepted whatever the UI language is: they are the official terms.
    const QString t = text.trimmed();
    for (const Entry &e : kEntries) {
        const QString k = markerTypeKey(e.type);
        if (t == k || t == QString::fromUtf8(e.name) || t == translated(e)) {
            *key = k;
            return true;
        }
    }
    return false;
}

} // namespace MarkerLabels
