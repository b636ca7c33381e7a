#include "powercatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

const QString kSeparator = QStringLiteral("\x1f");   // keeps a match from spanning two fields

} // namespace

QString PowerCatalogue::embeddedPath()
{
    return QStringLiteral(":/catalogue/power-items.json");
}

bool PowerCatalogue::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("无法读取权力事项清单 %1（%2）。请重新安装或同步清单。").arg(path, f.errorString());
        return false;
    }
    return loadJson(f.readAll(), error);
}

bool PowerCatalogue::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = tr("权力事项清单格式错误（第 %1 个字符附近：%2），未加载。请重新同步清单。")
                     .arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QString version = root.value(QLatin1String("version")).toString();
    if (version.trimmed().isEmpty()) {
        *error = tr("权力事项清单缺少版本号（version），未加载。");
        return false;
    }
    const QJsonValue itemsValue = root.value(QLatin1String("items"));
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty()) {
        *error = tr("权力事项清单没有事项（items），未加载。");
        return false;
    }

    QList<PowerItem> items;
    QSet<QString> codes;
    const QJsonArray array = itemsValue.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString code = o.value(QLatin1String("code")).toString().trimmed();
        // Names the item by code when it has one, else by its position.
        const QString which = code.isEmpty() ? tr("第 %1 项").arg(i + 1) : tr("事项 %1").arg(code);
        if (!array.at(i).isObject()) {
            *error = tr("权力事项清单%1不是对象，未加载。").arg(which);
            return false;
        }
        static const char *const textFields[] = {"code", "name", "category", "legalBasis", "discretion"};
        for (const char *field : textFields) {
            const QJsonValue v = o.value(QLatin1String(field));
            if (!v.isString() || v.toString().trimmed().isEmpty()) {
                *error = tr("权力事项清单%1缺少字段“%2”，未加载。请重新同步清单。").arg(which, QLatin1String(field));
                return false;
            }
        }
        if (!o.value(QLatin1String("summaryAllowed")).isBool()) {
            *error = tr("权力事项清单%1缺少字段“%2”，未加载。请重新同步清单。").arg(which, QStringLiteral("summaryAllowed"));
            return false;
        }
        PowerItem item;
        item.code = code;
        item.name = o.value(QLatin1String("name")).toString().trimmed();
        item.category = o.value(QLatin1String("category")).toString().trimmed();
        item.legalBasis = o.value(QLatin1String("legalBasis")).toString().trimmed();
        item.discretion = o.value(QLatin1String("discretion")).toString().trimmed();
        item.summaryAllowed = o.value(QLatin1String("summaryAllowed")).toBool();
        if (item.category != QStringLiteral("行政处罚") && item.category != QStringLiteral("行政检查")
            && item.category != QStringLiteral("行政强制")) {
            *error = tr("权力事项清单%1的类别“%2”无效（应为行政处罚、行政检查或行政强制），未加载。").arg(which, item.category);
            return false;
        }
        if (codes.contains(code)) {
            *error = tr("权力事项清单中事项编码 %1 重复，未加载。").arg(code);
            return false;
        }
        codes.insert(code);
        items.append(item);
    }

    m_version = version;
    m_items = items;
    m_folded.clear();
    m_folded.reserve(items.size());
    for (const PowerItem &item : items)
        m_folded.append((item.code + kSeparator + item.name + kSeparator + item.legalBasis).toCaseFolded());
    return true;
}

const PowerItem *PowerCatalogue::find(const QString &code) const
{
    const QString wanted = code.trimmed();
    for (const PowerItem &item : m_items) {
        if (item.code == wanted)
            return &item;
    }
    return nullptr;
}

QList<PowerItem> PowerCatalogue::search(const QString &query, int limit) const
{
    QList<PowerItem> out;
    const QString needle = query.trimmed().toCaseFolded();
    for (int i = 0; i < m_items.size() && out.size() < limit; ++i) {
        if (needle.isEmpty() || m_folded.at(i).contains(needle))
            out.append(m_items.at(i));
    }
    return out;
}
