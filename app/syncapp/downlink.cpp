#include "downlink.h"

#include "durablefile.h"
#include "powercatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool templatesFrom(const QByteArray &body, QList<DocumentTemplate> *out, QList<TemplateLoadError> *errors)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("templates")).isArray()) {
        errors->append({QString(), QStringLiteral("downlink/templates.json"), QString(),
                        QCoreApplication::translate("Downlink", "下发的模板不是 {\"templates\": [...]} 格式。")});
        return false;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("templates")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        DocumentTemplate t;
        const QByteArray one = QJsonDocument(list.at(i).toObject()).toJson(QJsonDocument::Compact);
        if (TemplateLoader::loadBytes(one, QStringLiteral("downlink/templates.json#%1").arg(i + 1), &t, errors))
            out->append(t);
    }
    return errors->isEmpty();
}

bool validTasks(const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("tasks")).isArray()) {
        *error = QCoreApplication::translate("Downlink", "下发的任务不是 {\"tasks\": [...]} 格式。");
        return false;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("tasks")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject t = list.at(i).toObject();
        if (t.value(QStringLiteral("id")).toString().trimmed().isEmpty()
            || t.value(QStringLiteral("title")).toString().trimmed().isEmpty()) {
            *error = QCoreApplication::translate("Downlink", "下发的第 %1 个任务缺少编号（id）或标题（title）。").arg(i + 1);
            return false;
        }
    }
    return true;
}

} // namespace

namespace Downlink {

QString path(const QString &dataDir, const QString &name)
{
    return QDir(dataDir).filePath(QStringLiteral("downlink/%1.json").arg(name));
}

bool apply(const QString &dataDir, const QString &name, const QByteArray &body, QString *error)
{
    if (name == QLatin1String("catalogue")) {
        PowerCatalogue probe;
        if (!probe.loadJson(body, error))
            return false;
    } else if (name == QLatin1String("templates")) {
        QList<DocumentTemplate> templates;
        QList<TemplateLoadError> errors;
        if (!templatesFrom(body, &templates, &errors)) {
            *error = errors.isEmpty() ? QString() : errors.first().toString();
            return false;
        }
    } else if (name == QLatin1String("tasks")) {
        if (!validTasks(body, error))
            return false;
    } else {
        *error = QCoreApplication::translate("Downlink", "未知的下发数据 %1。").arg(name);
        return false;
    }
    const QString dir = QDir(dataDir).filePath(QStringLiteral("downlink"));
    return DurableFile::ensurePrivateDir(dir, error) && DurableFile::writeAndCommit(path(dataDir, name), body, error);
}

bool loadCatalogue(const QString &dataDir, PowerCatalogue *catalogue, QString *error, QString *source)
{
    QFile f(path(dataDir, QStringLiteral("catalogue")));
    if (f.open(QIODevice::ReadOnly)) {
        QString downlinkError;
        if (catalogue->loadJson(f.readAll(), &downlinkError)) {
            if (source)
                *source = QStringLiteral("downlink");
            return true;
        }
        // A copy that no longer loads (it was validated when written): fall back, loudly.
        *error = downlinkError;
    }
    if (source)
        *source = QStringLiteral("embedded");
    QString embeddedError;
    if (!catalogue->loadEmbedded(&embeddedError)) {
        *error = embeddedError;
        return false;
    }
    return true;
}

TemplateLoadResult loadTemplates(const QString &dataDir)
{
    TemplateLoadResult result = TemplateLoader::loadDirectory();
    QFile f(path(dataDir, QStringLiteral("templates")));
    if (!f.open(QIODevice::ReadOnly))
        return result;
    QList<DocumentTemplate> downlinked;
    QList<TemplateLoadError> errors;
    templatesFrom(f.readAll(), &downlinked, &errors);
    result.errors << errors;
    for (const DocumentTemplate &t : std::as_const(downlinked)) {
        bool replaced = false;
        for (DocumentTemplate &existing : result.templates) {
            if (existing.id == t.id) {
                if (t.version > existing.version)
                    existing = t;
                replaced = true;
            }
        }
        if (!replaced)
            result.templates << t;
    }
    std::sort(result.templates.begin(), result.templates.end(),
              [](const DocumentTemplate &a, const DocumentTemplate &b) { return a.id < b.id; });
    return result;
}

QJsonArray tasks(const QString &dataDir)
{
    QFile f(path(dataDir, QStringLiteral("tasks")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("tasks")).toArray();
}

} // namespace Downlink
