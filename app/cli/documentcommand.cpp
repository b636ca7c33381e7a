#include "documentcommand.h"

#include "clisession.h"
#include "cliprofile.h"
#include "datapaths.h"
#include "documentform.h"
#include "documentnumber.h"
#include "pdfrenderer.h"
#include "templateloader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const DocumentTemplate *findTemplate(const QList<DocumentTemplate> &templates, const QString &id)
{
    for (const DocumentTemplate &t : templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void printLoadErrors(const TemplateLoadResult &loaded)
{
    for (const TemplateLoadError &e : loaded.errors)
        CliSession::printErr(e.toString());
}

int runTemplates(const CliOptions &options)
{
    const TemplateLoadResult loaded = TemplateLoader::loadDirectory();
    printLoadErrors(loaded);
    if (options.json) {
        QJsonArray out;
        for (const DocumentTemplate &t : loaded.templates) {
            out.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("title"), t.title},
                                   {QStringLiteral("version"), t.version},
                                   {QStringLiteral("fields"), int(t.fields.size())}});
        }
        CliSession::printOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        for (const DocumentTemplate &t : loaded.templates) {
            CliSession::printOut(QCoreApplication::translate("fieldterm-cli", "%1\t%2\t第 %3 版\t%4 个字段\n").arg(t.id, t.title).arg(t.version).arg(t.fields.size()).toUtf8());
        }
    }
    return loaded.errors.isEmpty() ? ExitOk : ExitFailure;
}

// A sample or data file holds the values object itself, or {"values": {...}, "ctx": {...}}.
bool readValues(const QString &path, const QString &shownName, const DocumentTemplate &tpl, QJsonObject *values,
                QJsonObject *ctx, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("fieldterm-cli", "无法读取数据文件 %1：%2").arg(shownName, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("fieldterm-cli", "数据文件 %1 不是有效的 JSON（第 %2 个字节附近：%3）").arg(shownName).arg(pe.offset).arg(pe.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("fieldterm-cli", "数据文件 %1 必须是一个 JSON 对象（字段编号 → 值）").arg(shownName);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("values")).isObject() && !tpl.field(QStringLiteral("values"))) {
        *values = root.value(QStringLiteral("values")).toObject();
        *ctx = root.value(QStringLiteral("ctx")).toObject();
    } else {
        *values = root;
    }
    return true;
}

int runRender(const CliOptions &options)
{
    if (options.templateId.isEmpty()) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "document render 需要 --template ID（可用 document templates 查看模板编号）"));
        return ExitUsage;
    }
    if (options.sample == !options.dataFile.isEmpty()) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "document render 需要 --sample 或 --data FILE.json 二者之一"));
        return ExitUsage;
    }
    if (options.outFile.isEmpty()) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "document render 需要 --out FILE.pdf（输出文件）"));
        return ExitUsage;
    }
    const TemplateLoadResult loaded = TemplateLoader::loadDirectory();
    const DocumentTemplate *tpl = findTemplate(loaded.templates, options.templateId);
    if (!tpl) {
        printLoadErrors(loaded);
        QStringList ids;
        for (const DocumentTemplate &t : loaded.templates)
            ids << t.id;
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "未知模板 %1。可用模板：%2").arg(options.templateId, ids.join(QStringLiteral("、"))));
        return ExitFailure;
    }
    QJsonObject values;
    QJsonObject ctx;
    QString error;
    const QString source = options.sample ? QStringLiteral(":/templates/samples/%1.json").arg(tpl->id) : options.dataFile;
    const QString shown = options.sample ? QCoreApplication::translate("fieldterm-cli", "（模板 %1 的示例）").arg(tpl->id) : options.dataFile;
    if (options.sample && !QFile::exists(source)) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "模板 %1 没有示例数据。请改用 --data FILE.json。").arg(tpl->id));
        return ExitFailure;
    }
    if (!readValues(source, shown, *tpl, &values, &ctx, &error)) {
        CliSession::printErr(error);
        return ExitFailure;
    }

    DeviceProfile profile;
    if (!resolveProfile(options, DataPaths(options.dataDir), &profile, &error)) {
        CliSession::printErr(error);
        return ExitUsage;
    }
    RenderInfo info;
    info.agency = ctx.value(QStringLiteral("agency")).toString(profile.agency);
    info.agencyShort = profile.agencyShort;
    info.caseNo = ctx.value(QStringLiteral("case")).toObject().value(QStringLiteral("caseNo")).toString();
    const int year = QDate::currentDate().year();
    info.number = options.number.isEmpty() ? DocumentNumber::formatText(tpl->numbering, info.numberingAgency(), year, QCoreApplication::translate("fieldterm-cli", "样本"))
                                           : options.number;
    info.generatedAt = QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);   // reproducible bytes for reprints
    // The form decides what is relevant (a field that is not relevant is not printed).
    DocumentForm form(*tpl, ctx);
    form.setValues(values);
    info.isRelevant = [&form](const QString &path) { return form.isRelevant(path); };
    int pages = 0;
    if (!PdfRenderer::renderToFile(*tpl, values, info, options.outFile, &error, &pages)) {
        CliSession::printErr(error);
        return ExitFailure;
    }
    CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "已生成 %1（%2，%3 页，文号 %4）").arg(QFileInfo(options.outFile).absoluteFilePath(), tpl->title).arg(pages).arg(info.number));
    return ExitOk;
}

} // namespace

int runDocument(const CliOptions &options)
{
    const QStringList &words = options.positional;
    if (words == QStringList{QStringLiteral("templates")})
        return runTemplates(options);
    if (words == QStringList{QStringLiteral("render")})
        return runRender(options);
    CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "document 命令的用法：document templates [--json] 或 document render --template ID "
                            "(--sample | --data FILE.json) --out FILE.pdf [--number 文号]"));
    return ExitUsage;
}
