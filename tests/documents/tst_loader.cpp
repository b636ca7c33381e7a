// TemplateLoader on malformed templates: each defect (unknown type or key, duplicate or bad id,
// a name that is no field, a cycle, a syntax error, a bad option, …) is reported with the
// template id and the field path and a Chinese message, the bad template is not loaded, and in a
// directory with good and bad files every good one still loads.

#include "enginetestkit.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

struct Case {
    const char *name;
    const char *fields;    // the "fields" array; the rest of the template is the kit's
    const char *path;      // field path expected in the error
    const char *message;   // a part of the expected message
};

// A sound base: a text a, a number b, a repeat qa {q, a2}, a signature sig.
const char *kGood = R"([{"id":"a","type":"text","label":"甲"},{"id":"b","type":"number","label":"乙"},
 {"id":"qa","type":"repeat","label":"问答","fields":[{"id":"q","type":"text","label":"问"},{"id":"a2","type":"text","label":"答"}]},
 {"id":"sig","type":"signature","label":"签名","signer":"party"}])";

const Case kCases[] = {
    {"unknown type", R"([{"id":"a","type":"txet","label":"甲"}])", "a", "未知的字段类型“txet”"},
    {"unknown field key", R"([{"id":"a","type":"text","label":"甲","requried":true}])", "a", "未知的键“requried”"},
    {"duplicate id", R"([{"id":"a","type":"text","label":"甲"},{"id":"a","type":"number","label":"乙"}])", "a", "重复"},
    {"duplicate id in repeat", R"([{"id":"qa","type":"repeat","label":"问答","fields":[{"id":"q","type":"text","label":"问"},{"id":"q","type":"text","label":"答"}]}])", "qa.q", "重复"},
    {"missing referenced field", R"([{"id":"a","type":"text","label":"甲","relevant":"zzz > 1"}])", "a", "不存在的字段“zzz”"},
    {"item field used at top level", R"([{"id":"a","type":"text","label":"甲","relevant":"q === 'x'"},{"id":"qa","type":"repeat","label":"问答","fields":[{"id":"q","type":"text","label":"问"}]}])", "a", "不存在的字段“q”"},
    {"missing field in item", R"([{"id":"qa","type":"repeat","label":"问答","fields":[{"id":"q","type":"text","label":"问","constraint":"q !== nope"}]}])", "qa.q", "不存在的字段“nope”"},
    {"cycle a-b-a", R"([{"id":"a","type":"number","label":"甲","computed":"b + 1"},{"id":"b","type":"number","label":"乙","computed":"a + 1"}])", "a", "循环依赖"},
    {"self cycle", R"([{"id":"c","type":"number","label":"丙","computed":"c + 1"}])", "c", "c → c"},
    {"cycle through relevance", R"([{"id":"c","type":"number","label":"丙","computed":"1","relevant":"d > 0"},{"id":"d","type":"number","label":"丁","computed":"c * 2"}])", "c", "循环依赖"},
    {"cycle through repeat", R"([{"id":"total","type":"number","label":"合计","computed":"items.length"},{"id":"items","type":"repeat","label":"物品","fields":[{"id":"n","type":"number","label":"数量","computed":"total"}]}])", "", "循环依赖"},
    {"syntax error", R"([{"id":"b","type":"number","label":"乙","constraint":"b >"}])", "b", "语法错误"},
    {"statement not expression", R"([{"id":"b","type":"number","label":"乙","computed":"var x = 1"}])", "b", "语法错误"},
    {"smuggled statements", R"([{"id":"b","type":"number","label":"乙","relevant":"1); while (true) {} ("}])", "b", "语法错误"},
    {"empty expression", R"([{"id":"b","type":"number","label":"乙","relevant":""}])", "b", "为空"},
    {"option not object", R"([{"id":"c","type":"choice","label":"丙","options":["x"]}])", "c.options[0]", "选项应为"},
    {"option duplicate", R"([{"id":"c","type":"choice","label":"丙","options":[{"value":"x","label":"X"},{"value":"x","label":"Y"}]}])", "c.options[1]", "选项值“x”重复"},
    {"option unknown key", R"([{"id":"c","type":"choice","label":"丙","options":[{"value":"x","lable":"X"}]}])", "c.options[0]", "未知的键“lable”"},
    {"choice without options", R"([{"id":"c","type":"choice","label":"丙"}])", "c", "选项列表"},
    {"options on text", R"([{"id":"a","type":"text","label":"甲","options":[{"value":"x","label":"X"}]}])", "a", "只适用于"},
    {"bad id", R"([{"id":"1abc","type":"text","label":"甲"}])", "1abc", "无效"},
    {"reserved id today", R"([{"id":"today","type":"date","label":"日"}])", "today", "保留名称"},
    {"reserved id Math", R"([{"id":"Math","type":"number","label":"数"}])", "Math", "保留名称"},
    {"reserved id keyword", R"([{"id":"new","type":"text","label":"新"}])", "new", "保留名称"},
    {"ctx outside default", R"([{"id":"a","type":"text","label":"甲","relevant":"ctx.agency !== ''"}])", "a", "ctx"},
    {"required not bool", R"([{"id":"a","type":"text","label":"甲","required":"yes"}])", "a", "true 或 false"},
    {"missing label", R"([{"id":"a","type":"text"}])", "a", "缺少“label”"},
    {"missing type", R"([{"id":"a","label":"甲"}])", "a", "缺少“type”"},
    {"min above max", R"([{"id":"b","type":"number","label":"乙","min":10,"max":1}])", "b", "最小值"},
    {"minItems above maxItems", R"([{"id":"qa","type":"repeat","label":"问答","minItems":3,"maxItems":2,"fields":[{"id":"q","type":"text","label":"问"}]}])", "qa", "minItems"},
    {"repeat without fields", R"([{"id":"qa","type":"repeat","label":"问答"}])", "qa", "子字段"},
    {"itemLabel without number", R"([{"id":"qa","type":"repeat","label":"问答","itemLabel":"问","fields":[{"id":"q","type":"text","label":"问"}]}])", "qa", "%1"},
    {"computed with default", R"([{"id":"b","type":"number","label":"乙","computed":"1","default":"2"}])", "b", "不能同时"},
    {"maxLength not integer", R"([{"id":"a","type":"text","label":"甲","maxLength":1.5}])", "a", "整数"},
    {"field not object", R"(["a"])", "[0]", "JSON 对象"},
};

QByteArray templateBytes(const char *fields, const QString &id = QStringLiteral("test_doc"))
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(fields), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test data: %s", qPrintable(e.errorString()));
    return QJsonDocument(EngineKit::templateWith(doc.array(), id)).toJson();
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT
private slots:
    void goodTemplateLoads()
    {
        DocumentTemplate t;
        QList<TemplateLoadError> errors;
        QVERIFY(TemplateLoader::loadBytes(templateBytes(kGood), QStringLiteral("good.json"), &t, &errors));
        QVERIFY(errors.isEmpty());
        QCOMPARE(t.id, QStringLiteral("test_doc"));
        QCOMPARE(t.fields.size(), 4);
        QCOMPARE(t.fields.at(2).type, FieldType::Repeat);
        QCOMPARE(t.fields.at(2).fields.at(1).id, QStringLiteral("a2"));
        QCOMPARE(t.numbering.pattern, QStringLiteral("{prefix}〔{year}〕{seq}号"));
    }

    void everyTypeKeyLoads()
    {
        QJsonArray fields;
        for (const QString &key : allFieldTypeKeys()) {
            QJsonObject f = EngineKit::field(QStringLiteral("f_") + key, key, key);
            if (key == QLatin1String("choice") || key == QLatin1String("multichoice"))
                f.insert("options", QJsonArray{QJsonObject{{"value", "x"}, {"label", "X"}}});
            if (key == QLatin1String("repeat"))
                f.insert("fields", QJsonArray{EngineKit::field("inner", "text", QStringLiteral("内"))});
            fields.append(f);
        }
        DocumentTemplate t;
        QVERIFY(EngineKit::load(EngineKit::templateWith(fields), &t));
        QCOMPARE(t.fields.size(), allFieldTypeKeys().size());
        for (const TemplateField &f : t.fields)
            QCOMPARE(fieldTypeKey(f.type), f.label);
    }

    void expressionsWithoutFalseAlarms()
    {
        // Local names, members, keys, strings, regexes and built-ins are not missing fields.
        const char *fields = R"J([
          {"id":"items","type":"repeat","label":"物品","fields":[
             {"id":"qty","type":"number","label":"数量","constraint":"qty > 0 && index >= 0 && item.qty === qty"}]},
          {"id":"total","type":"number","label":"合计","computed":"items ? items.reduce((s, it) => s + (it.qty || 0), 0) : 0"},
          {"id":"code","type":"text","label":"代码","constraint":"/^[A-Z]\\d{2}$/.test(code) && code.length === 3"},
          {"id":"desc","type":"text","label":"说明","computed":"`共 ${total} 件，${JSON.stringify({n: total})}`"},
          {"id":"d","type":"date","label":"日期","default":"ctx.case.address ? today : null","constraint":"d >= today && now.length === 16"},
          {"id":"upper","type":"text","label":"大写","computed":"(function(n) { var digits = '零壹贰'; return digits.charAt(n % 3); })(total)"}])J";
        DocumentTemplate t;
        QList<TemplateLoadError> errors;
        const bool ok = TemplateLoader::loadBytes(templateBytes(fields), QStringLiteral("x.json"), &t, &errors);
        QStringList text;
        for (const TemplateLoadError &e : errors)
            text << e.toString();
        QVERIFY2(ok, qPrintable(text.join(QLatin1Char('\n'))));
    }

    void malformedIsReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        for (const Case &c : kCases)
            QTest::newRow(c.name) << templateBytes(c.fields) << QString::fromUtf8(c.path) << QString::fromUtf8(c.message);
        // Template-level defects.
        const auto whole = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };
        QJsonObject t = EngineKit::templateWith(QJsonDocument::fromJson(kGood).array());
        QJsonObject typo = t;
        typo.insert("titel", "x");
        QTest::newRow("unknown template key") << whole(typo) << QString() << QStringLiteral("未知的键“titel”");
        QJsonObject noSeq = t;
        noSeq.insert("numbering", QJsonObject{{"prefix", "A"}, {"pattern", "{prefix}{year}"}});
        QTest::newRow("numbering without seq") << whole(noSeq) << QStringLiteral("numbering") << QStringLiteral("{seq}");
        QJsonObject badPlaceholder = t;
        badPlaceholder.insert("numbering", QJsonObject{{"prefix", "A"}, {"pattern", "{prefix}{nr}{seq}"}});
        QTest::newRow("unknown placeholder") << whole(badPlaceholder) << QStringLiteral("numbering") << QStringLiteral("{nr}");
        QJsonObject noNumbering = t;
        noNumbering.remove("numbering");
        QTest::newRow("no numbering") << whole(noNumbering) << QString() << QStringLiteral("numbering");
        QJsonObject everyPage = t;
        everyPage.insert("signatureEveryPage", true);
        everyPage.insert("signatureFieldsOnEveryPage", QJsonArray{"a"});
        QTest::newRow("every-page field not a signature") << whole(everyPage) << QStringLiteral("signatureFieldsOnEveryPage") << QStringLiteral("签名字段");
        QJsonObject noFields = t;
        noFields.insert("fields", QJsonArray());
        QTest::newRow("no fields") << whole(noFields) << QString() << QStringLiteral("fields");
        QJsonObject badVersion = t;
        badVersion.insert("version", "1");
        QTest::newRow("version text") << whole(badVersion) << QString() << QStringLiteral("version");
    }
    void malformedIsReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        DocumentTemplate t;
        QList<TemplateLoadError> errors;
        QVERIFY(!TemplateLoader::loadBytes(json, QStringLiteral("broken.json"), &t, &errors));
        QVERIFY(!errors.isEmpty());
        QStringList all;
        bool found = false;
        for (const TemplateLoadError &e : errors) {
            all << e.toString();
            QCOMPARE(e.templateId, QStringLiteral("test_doc"));
            QCOMPARE(e.file, QStringLiteral("broken.json"));
            if ((path.isEmpty() || e.fieldPath == path) && e.message.contains(message)) {
                found = true;
                QVERIFY(e.toString().contains(QStringLiteral("test_doc")));
                if (!path.isEmpty())
                    QVERIFY(e.toString().contains(path));
            }
        }
        QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
        QVERIFY(t.id.isEmpty());   // nothing half-loaded
    }

    void notJsonNamesTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated") << QByteArray("{\"id\": \"x\", \"fields\": [");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
        QTest::newRow("no id") << QByteArray("{\"title\": \"x\"}");
    }
    void notJsonNamesTheFile()
    {
        QFETCH(QByteArray, bytes);
        DocumentTemplate t;
        QList<TemplateLoadError> errors;
        QVERIFY(!TemplateLoader::loadBytes(bytes, QStringLiteral("/x/broken.json"), &t, &errors));
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().toString().contains(QStringLiteral("broken.json")));
    }

    void badTemplatesDoNotStopOthers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("alpha.json"), templateBytes(kGood, QStringLiteral("alpha")));
        write(QStringLiteral("zulu.json"), templateBytes(kGood, QStringLiteral("zulu")));
        int bad = 0;
        for (const Case &c : kCases) {
            const QString id = QStringLiteral("bad_%1").arg(bad++);
            write(id + QStringLiteral(".json"), templateBytes(c.fields, id));
        }
        write(QStringLiteral("broken.json"), QByteArray("{ not json"));
        write(QStringLiteral("renamed.json"), templateBytes(kGood, QStringLiteral("other_name")));
        write(QStringLiteral("notes.txt"), QByteArray("not a template"));

        const TemplateLoadResult result = TemplateLoader::loadDirectory(dir.path());
        QStringList ids;
        for (const DocumentTemplate &t : result.templates)
            ids << t.id;
        QCOMPARE(ids, QStringList({QStringLiteral("alpha"), QStringLiteral("zulu")}));
        for (int i = 0; i < bad; ++i) {
            const QString id = QStringLiteral("bad_%1").arg(i);
            const bool named = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                           [&id](const TemplateLoadError &e) { return e.templateId == id; });
            QVERIFY2(named, qPrintable(id));
        }
        const bool brokenNamed = std::any_of(result.errors.cbegin(), result.errors.cend(), [](const TemplateLoadError &e) {
            return e.file.endsWith(QLatin1String("broken.json")) && e.message.contains(QStringLiteral("JSON"));
        });
        QVERIFY(brokenNamed);
        const bool renamedNamed = std::any_of(result.errors.cbegin(), result.errors.cend(), [](const TemplateLoadError &e) {
            return e.templateId == QLatin1String("other_name") && e.message.contains(QStringLiteral("文件名"));
        });
        QVERIFY(renamedNamed);
    }

    void missingDirectoryIsAnError()
    {
        const TemplateLoadResult result = TemplateLoader::loadDirectory(QStringLiteral("/nonexistent/templates"));
        QVERIFY(result.templates.isEmpty());
        QCOMPARE(result.errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
