#include "templateloader.h"

#include "documentslogging.h"
#include "expressionrefs.h"
#include "expressionsandbox.h"
#include "templatechecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMaxRepeatDepth = 3;   // a repeat inside a repeat inside a repeat, no deeper
constexpr qint64 kMaxTemplateBytes = 4 * 1024 * 1024;

const QStringList kTemplateKeys = {
    QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"), QStringLiteral("subtitle"),
    QStringLiteral("numbering"), QStringLiteral("signatureEveryPage"), QStringLiteral("signatureFieldsOnEveryPage"),
    QStringLiteral("footerText"), QStringLiteral("fields")};
const QStringList kNumberingKeys = {QStringLiteral("prefix"), QStringLiteral("pattern"), QStringLiteral("sequenceWidth")};
const QStringList kFieldKeys = {
    QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"), QStringLiteral("hint"),
    QStringLiteral("required"), QStringLiteral("readOnly"), QStringLiteral("relevant"), QStringLiteral("constraint"),
    QStringLiteral("constraintMessage"), QStringLiteral("computed"), QStringLiteral("default"),
    QStringLiteral("maxLength"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("options"),
    QStringLiteral("signer"), QStringLiteral("fields"), QStringLiteral("minItems"), QStringLiteral("maxItems"),
    QStringLiteral("itemLabel")};
const QStringList kOptionKeys = {QStringLiteral("value"), QStringLiteral("label")};
const QStringList kPatternPlaceholders = {QStringLiteral("prefix"), QStringLiteral("year"), QStringLiteral("seq"),
                                          QStringLiteral("agency")};

// Collects the problems of one template; a template with any problem is not loaded.
struct Reader {
    QString templateId;
    QString file;
    QList<TemplateLoadError> *errors = nullptr;
    int count = 0;

    void error(const QString &fieldPath, const QString &message)
    {
        errors->append({templateId, file, fieldPath, message});
        ++count;
    }

    void unknownKeys(const QJsonObject &o, const QStringList &allowed, const QString &path)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                error(path, QCoreApplication::translate("TemplateLoader", "未知的键“%1”（可能是拼写错误）；允许的键：%2。").arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(path, QCoreApplication::translate("TemplateLoader", "缺少“%1”。").arg(key));
            return QString();
        }
        if (!v.isString()) {
            error(path, QCoreApplication::translate("TemplateLoader", "“%1”应为字符串。").arg(key));
            return QString();
        }
        if (required && v.toString().trimmed().isEmpty())
            error(path, QCoreApplication::translate("TemplateLoader", "“%1”不能为空。").arg(key));
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            error(path, QCoreApplication::translate("TemplateLoader", "“%1”应为 true 或 false。").arg(key));
            return false;
        }
        return v.toBool();
    }

    // A whole number in [min, max]; *present tells whether the key was there.
    int integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max, int fallback,
                bool *present = nullptr)
    {
        const QJsonValue v = o.value(key);
        if (present)
            *present = !v.isUndefined();
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            error(path, QCoreApplication::translate("TemplateLoader", "“%1”应为 %2 到 %3 之间的整数。").arg(key).arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    double number(const QJsonObject &o, const QString &key, const QString &path, bool *present)
    {
        const QJsonValue v = o.value(key);
        *present = false;
        if (v.isUndefined())
            return 0;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            error(path, QCoreApplication::translate("TemplateLoader", "“%1”应为数字。").arg(key));
            return 0;
        }
        *present = true;
        return v.toDouble();
    }
};

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(id).hasMatch();
}

QString joinPath(const QString &parent, const QString &id)
{
    return parent.isEmpty() ? id : parent + QLatin1Char('.') + id;
}

bool fieldIdAllowed(Reader &r, const QString &id, const QString &path)
{
    if (!validId(id)) {
        r.error(path, QCoreApplication::translate("TemplateLoader", "字段 id“%1”无效：只能由英文字母、数字和下划线组成，且不能以数字开头。").arg(id));
        return false;
    }
    if (ExpressionRefs::keywords().contains(id) || ExpressionRefs::builtinGlobals().contains(id)
        || TemplateLoader::reservedNames().contains(id)) {
        r.error(path, QCoreApplication::translate("TemplateLoader", "字段 id“%1”与表达式中的保留名称冲突，请换一个 id。").arg(id));
        return false;
    }
    return true;
}

void parseFields(Reader &r, const QJsonValue &value, const QString &parentPath, int depth, QList<TemplateField> *out);

void parseField(Reader &r, const QJsonObject &o, const QString &parentPath, int depth, TemplateField *f)
{
    const QJsonValue idValue = o.value(QStringLiteral("id"));
    f->id = idValue.isString() ? idValue.toString() : QString();
    const QString path = f->id.isEmpty() ? joinPath(parentPath, QStringLiteral("?")) : joinPath(parentPath, f->id);
    if (!idValue.isString() || f->id.isEmpty())
        r.error(path, QCoreApplication::translate("TemplateLoader", "缺少字段 id（应为字符串）。"));
    else
        fieldIdAllowed(r, f->id, path);
    r.unknownKeys(o, kFieldKeys, path);

    const QString typeKey = r.string(o, QStringLiteral("type"), path, true);
    const bool typeKnown = fieldTypeFromKey(typeKey, &f->type);
    if (!typeKey.isEmpty() && !typeKnown)
        r.error(path, QCoreApplication::translate("TemplateLoader", "未知的字段类型“%1”；可用类型：%2。").arg(typeKey, allFieldTypeKeys().join(QStringLiteral(", "))));

    f->label = r.string(o, QStringLiteral("label"), path, true);
    f->hint = r.string(o, QStringLiteral("hint"), path);
    f->required = r.boolean(o, QStringLiteral("required"), path);
    f->readOnly = r.boolean(o, QStringLiteral("readOnly"), path);
    f->relevant = r.string(o, QStringLiteral("relevant"), path);
    f->constraint = r.string(o, QStringLiteral("constraint"), path);
    f->constraintMessage = r.string(o, QStringLiteral("constraintMessage"), path);
    f->computed = r.string(o, QStringLiteral("computed"), path);
    f->defaultExpr = r.string(o, QStringLiteral("default"), path);
    f->maxLength = r.integer(o, QStringLiteral("maxLength"), path, 0, 100000, 0);
    f->minimum = r.number(o, QStringLiteral("min"), path, &f->hasMinimum);
    f->maximum = r.number(o, QStringLiteral("max"), path, &f->hasMaximum);
    f->signer = r.string(o, QStringLiteral("signer"), path);
    f->itemLabel = r.string(o, QStringLiteral("itemLabel"), path);
    bool hasMinItems = false;
    bool hasMaxItems = false;
    f->minItems = r.integer(o, QStringLiteral("minItems"), path, 0, 10000, 0, &hasMinItems);
    f->maxItems = r.integer(o, QStringLiteral("maxItems"), path, 0, 10000, 0, &hasMaxItems);

    for (const QString &key : {QStringLiteral("relevant"), QStringLiteral("constraint"), QStringLiteral("computed"),
                               QStringLiteral("default")}) {
        if (o.contains(key) && o.value(key).toString().trimmed().isEmpty())
            r.error(path, QCoreApplication::translate("TemplateLoader", "表达式“%1”为空；不需要时请删除该键。").arg(key));
    }
    if (!typeKnown)
        return;

    const FieldType t = f->type;
    const bool isChoice = t == FieldType::Choice || t == FieldType::MultiChoice;
    const bool isNumeric = t == FieldType::Number || t == FieldType::Money;
    const bool isRepeat = t == FieldType::Repeat;
    const auto onlyFor = [&](const QString &key, bool allowed, const QString &types) {
        if (o.contains(key) && !allowed)
            r.error(path, QCoreApplication::translate("TemplateLoader", "“%1”只适用于 %2 类型的字段。").arg(key, types));
    };
    onlyFor(QStringLiteral("options"), isChoice, QStringLiteral("choice, multichoice"));
    onlyFor(QStringLiteral("min"), isNumeric, QStringLiteral("number, money"));
    onlyFor(QStringLiteral("max"), isNumeric, QStringLiteral("number, money"));
    onlyFor(QStringLiteral("signer"), t == FieldType::Signature, QStringLiteral("signature"));
    onlyFor(QStringLiteral("fields"), isRepeat, QStringLiteral("repeat"));
    onlyFor(QStringLiteral("minItems"), isRepeat, QStringLiteral("repeat"));
    onlyFor(QStringLiteral("maxItems"), isRepeat, QStringLiteral("repeat"));
    onlyFor(QStringLiteral("itemLabel"), isRepeat, QStringLiteral("repeat"));
    onlyFor(QStringLiteral("maxLength"),
            t == FieldType::Text || t == FieldType::LongText || t == FieldType::Address, QStringLiteral("text, longtext, address"));
    if (o.contains(QStringLiteral("constraintMessage")) && !o.contains(QStringLiteral("constraint")))
        r.error(path, QCoreApplication::translate("TemplateLoader", "有“constraintMessage”却没有“constraint”。"));
    if (!f->computed.isEmpty() && !f->defaultExpr.isEmpty())
        r.error(path, QCoreApplication::translate("TemplateLoader", "计算字段（computed）不能同时有默认值（default）。"));
    if (!f->computed.isEmpty() && (isRepeat || t == FieldType::Signature))
        r.error(path, QCoreApplication::translate("TemplateLoader", "%1 类型的字段不能是计算字段。").arg(typeKey));
    if (f->hasMinimum && f->hasMaximum && f->minimum > f->maximum)
        r.error(path, QCoreApplication::translate("TemplateLoader", "最小值 min 大于最大值 max。"));

    if (isChoice) {
        const QJsonValue options = o.value(QStringLiteral("options"));
        if (!options.isArray() || options.toArray().isEmpty()) {
            r.error(path, QCoreApplication::translate("TemplateLoader", "%1 类型的字段需要非空的选项列表“options”。").arg(typeKey));
        } else {
            QSet<QString> seen;
            const QJsonArray list = options.toArray();
            for (int i = 0; i < list.size(); ++i) {
                const QString optionPath = path + QStringLiteral(".options[%1]").arg(i);
                if (!list.at(i).isObject()) {
                    r.error(optionPath, QCoreApplication::translate("TemplateLoader", "选项应为 {\"value\", \"label\"} 对象。"));
                    continue;
                }
                const QJsonObject option = list.at(i).toObject();
                r.unknownKeys(option, kOptionKeys, optionPath);
                const ChoiceOption opt{r.string(option, QStringLiteral("value"), optionPath, true),
                                       r.string(option, QStringLiteral("label"), optionPath, true)};
                if (seen.contains(opt.value))
                    r.error(optionPath, QCoreApplication::translate("TemplateLoader", "选项值“%1”重复。").arg(opt.value));
                seen.insert(opt.value);
                f->options << opt;
            }
        }
    }
    if (isRepeat) {
        if (depth >= kMaxRepeatDepth)
            r.error(path, QCoreApplication::translate("TemplateLoader", "重复组最多嵌套 %1 层。").arg(kMaxRepeatDepth));
        else if (!o.value(QStringLiteral("fields")).isArray() || o.value(QStringLiteral("fields")).toArray().isEmpty())
            r.error(path, QCoreApplication::translate("TemplateLoader", "重复组需要非空的子字段列表“fields”。"));
        else
            parseFields(r, o.value(QStringLiteral("fields")), path, depth + 1, &f->fields);
        if (hasMaxItems && f->maxItems > 0 && f->minItems > f->maxItems)
            r.error(path, QCoreApplication::translate("TemplateLoader", "最少项数 minItems（%1）大于最多项数 maxItems（%2）。").arg(f->minItems).arg(f->maxItems));
        if (!f->itemLabel.isEmpty() && !f->itemLabel.contains(QLatin1String("%1")))
            r.error(path, QCoreApplication::translate("TemplateLoader", "“itemLabel”应含序号占位符 %1，例如“第 %1 问”。"));
    }
    Q_UNUSED(hasMinItems);
}

void parseFields(Reader &r, const QJsonValue &value, const QString &parentPath, int depth, QList<TemplateField> *out)
{
    const QJsonArray list = value.toArray();
    QSet<QString> ids;
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            r.error(joinPath(parentPath, QStringLiteral("[%1]").arg(i)), QCoreApplication::translate("TemplateLoader", "字段应为 JSON 对象。"));
            continue;
        }
        TemplateField f;
        parseField(r, list.at(i).toObject(), parentPath, depth, &f);
        if (!f.id.isEmpty()) {
            if (ids.contains(f.id))
                r.error(joinPath(parentPath, f.id), QCoreApplication::translate("TemplateLoader", "字段 id“%1”在同一层重复。").arg(f.id));
            ids.insert(f.id);
        }
        out->append(f);
    }
}

void parseNumbering(Reader &r, const QJsonValue &value, NumberingRule *n)
{
    if (!value.isObject()) {
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "缺少编号规则“numbering”（对象：prefix、pattern、sequenceWidth）。"));
        return;
    }
    const QJsonObject o = value.toObject();
    const QString path = QStringLiteral("numbering");
    r.unknownKeys(o, kNumberingKeys, path);
    n->prefix = r.string(o, QStringLiteral("prefix"), path, true);
    n->pattern = r.string(o, QStringLiteral("pattern"), path, true);
    n->sequenceWidth = r.integer(o, QStringLiteral("sequenceWidth"), path, 0, 12, 0);
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    for (const QString &text : {n->prefix, n->pattern}) {
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!kPatternPlaceholders.contains(name))
                r.error(path, QCoreApplication::translate("TemplateLoader", "编号规则中未知的占位符“{%1}”；可用：{agency} {prefix} {year} {seq}。").arg(name));
        }
    }
    if (!n->pattern.isEmpty() && !n->pattern.contains(QLatin1String("{seq}")))
        r.error(path, QCoreApplication::translate("TemplateLoader", "编号格式“pattern”必须含 {seq}，否则编号会重复。"));
    if (n->prefix.contains(QLatin1String("{seq}")) || n->prefix.contains(QLatin1String("{prefix}")))
        r.error(path, QCoreApplication::translate("TemplateLoader", "编号前缀“prefix”不能含 {seq} 或 {prefix}。"));
}

} // namespace

QString TemplateLoadError::toString() const
{
    const QString who = templateId.isEmpty() ? file
                        : file.isEmpty()     ? templateId
                                             : QStringLiteral("%1（%2）").arg(templateId, QFileInfo(file).fileName());
    if (fieldPath.isEmpty())
        return QCoreApplication::translate("TemplateLoader", "模板 %1：%2").arg(who, message);
    return QCoreApplication::translate("TemplateLoader", "模板 %1 字段 %2：%3").arg(who, fieldPath, message);
}

namespace TemplateLoader {

QStringList reservedNames()
{
    return {QStringLiteral("today"), QStringLiteral("now"), QStringLiteral("item"), QStringLiteral("index"),
            QStringLiteral("ctx")};
}

static bool loadWith(const QByteArray &json, const QString &source, DocumentTemplate *out,
                     QList<TemplateLoadError> *errors, ExpressionSandbox &sandbox)
{
    Reader r;
    r.file = source;
    r.errors = errors;
    if (json.size() > kMaxTemplateBytes) {
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "文件过大（超过 %1 MB），不是模板。").arg(kMaxTemplateBytes / (1024 * 1024)));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "不是有效的 JSON：%1（第 %2 个字节处）。请修正后重新加载。")
                               .arg(parseError.errorString()).arg(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "模板应为 JSON 对象。"));
        return false;
    }
    const QJsonObject o = doc.object();
    DocumentTemplate t;
    t.sourcePath = source;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || !validId(id.toString())) {
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "模板 id 缺失或无效：只能由英文字母、数字和下划线组成。"));
    } else {
        t.id = id.toString();
        r.templateId = t.id;
    }
    r.unknownKeys(o, kTemplateKeys, QString());
    t.version = r.integer(o, QStringLiteral("version"), QString(), 1, 1000000, 1);
    if (!o.contains(QStringLiteral("version")))
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "缺少模板版本号“version”（正整数）。"));
    t.title = r.string(o, QStringLiteral("title"), QString(), true);
    t.subtitle = r.string(o, QStringLiteral("subtitle"), QString());
    t.footerText = r.string(o, QStringLiteral("footerText"), QString());
    t.signatureEveryPage = r.boolean(o, QStringLiteral("signatureEveryPage"), QString());
    parseNumbering(r, o.value(QStringLiteral("numbering")), &t.numbering);

    const QJsonValue fields = o.value(QStringLiteral("fields"));
    if (!fields.isArray() || fields.toArray().isEmpty())
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "缺少字段列表“fields”（非空数组）。"));
    else
        parseFields(r, fields, QString(), 1, &t.fields);

    const QJsonValue every = o.value(QStringLiteral("signatureFieldsOnEveryPage"));
    if (!every.isUndefined() && !every.isArray())
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "“signatureFieldsOnEveryPage”应为字段 id 的数组。"));
    for (const QJsonValue &v : every.toArray()) {
        const TemplateField *f = t.field(v.toString());
        if (!f || f->type != FieldType::Signature)
            r.error(QStringLiteral("signatureFieldsOnEveryPage"),
                    QCoreApplication::translate("TemplateLoader", "“%1”不是本模板顶层的签名字段。").arg(v.isString() ? v.toString() : QStringLiteral("?")));
        else
            t.signatureFieldsOnEveryPage << f->id;
    }
    if (t.signatureEveryPage && t.signatureFieldsOnEveryPage.isEmpty())
        r.error(QString(), QCoreApplication::translate("TemplateLoader", "“signatureEveryPage”为 true 时需列出“signatureFieldsOnEveryPage”。"));

    if (r.count == 0)
        TemplateChecks::checkExpressions(t, sandbox, [&r](const QString &path, const QString &message) { r.error(path, message); });
    if (r.count > 0)
        return false;
    *out = t;
    return true;
}

bool loadBytes(const QByteArray &json, const QString &source, DocumentTemplate *out, QList<TemplateLoadError> *errors)
{
    ExpressionSandbox sandbox;
    return loadWith(json, source, out, errors, sandbox);
}

TemplateLoadResult loadDirectory(const QString &dir)
{
    TemplateLoadResult result;
    const QDir d(dir);
    if (!d.exists()) {
        result.errors.append({QString(), dir, QString(), QCoreApplication::translate("TemplateLoader", "模板目录不存在。")});
        return result;
    }
    ExpressionSandbox sandbox;   // one engine for all templates: only compiles, never runs
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = d.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors.append({QString(), path, QString(), QCoreApplication::translate("TemplateLoader", "无法读取：%1").arg(file.errorString())});
            continue;
        }
        DocumentTemplate t;
        if (!loadWith(file.read(kMaxTemplateBytes + 1), path, &t, &result.errors, sandbox))
            continue;
        const QString expected = QFileInfo(name).completeBaseName();
        if (t.id != expected) {
            result.errors.append({t.id, path, QString(), QCoreApplication::translate("TemplateLoader", "模板 id“%1”与文件名“%2”不一致；文件应命名为 %1.json。").arg(t.id, name)});
            continue;
        }
        const bool duplicate = std::any_of(result.templates.cbegin(), result.templates.cend(),
                                           [&t](const DocumentTemplate &other) { return other.id == t.id; });
        if (duplicate) {
            result.errors.append({t.id, path, QString(), QCoreApplication::translate("TemplateLoader", "模板 id“%1”重复，已忽略此文件。").arg(t.id)});
            continue;
        }
        result.templates.append(t);
    }
    for (const TemplateLoadError &e : std::as_const(result.errors))
        qCWarning(lcDocuments).noquote() << e.toString();
    return result;
}

} // namespace TemplateLoader
