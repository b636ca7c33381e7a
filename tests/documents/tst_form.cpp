// DocumentForm: every field type with valid and invalid values (Chinese messages naming the
// label), required, constraints, relevance (also per repeat item), computed values (chains,
// per item, sums over items), defaults from the case context, repeats (add/remove, minItems,
// maxItems, paths, rows), the simplified-procedure fine limit and a deadline that must lie in
// the future, signatures (signed, refused with a reason, missing).

#include "enginetestkit.h"

using namespace EngineKit;

namespace {

const QString kLabel = QStringLiteral("测试项");

QJsonObject options()
{
    return QJsonObject{{"options", QJsonArray{QJsonObject{{"value", "x"}, {"label", "甲"}},
                                              QJsonObject{{"value", "y"}, {"label", "乙"}}}}};
}

QJsonObject signature(bool withStroke)
{
    QJsonObject s{{"width", 600}, {"height", 200}, {"signedAt", "2026-11-20T10:31"}};
    if (withStroke)
        s.insert("strokes", QJsonArray{QJsonArray{QJsonArray{10, 10}, QJsonArray{50, 40}}});
    return s;
}

// A template for the fine limit exactly as docspec writes it.
QJsonObject penaltyTemplate()
{
    return templateWith(QJsonArray{
        field("partyKind", "choice", QStringLiteral("当事人类别"),
              {{"default", "ctx.case.partyKind"},
               {"required", true},
               {"options", QJsonArray{QJsonObject{{"value", "person"}, {"label", QStringLiteral("个人")}},
                                      QJsonObject{{"value", "organisation"}, {"label", QStringLiteral("单位")}}}}}),
        field("penaltyType", "choice", QStringLiteral("处罚种类"),
              {{"required", true},
               {"options", QJsonArray{QJsonObject{{"value", "warning"}, {"label", QStringLiteral("警告")}},
                                      QJsonObject{{"value", "fine"}, {"label", QStringLiteral("罚款")}}}}}),
        field("fineAmount", "money", QStringLiteral("罚款金额"),
              {{"required", true},
               {"relevant", "penaltyType === 'fine'"},
               {"constraint", "penaltyType !== 'fine' || (fineAmount > 0 && fineAmount <= (partyKind === 'person' ? 200 : 3000))"},
               {"constraintMessage", QStringLiteral("简易程序罚款：个人不超过 200 元，单位不超过 3000 元（《行政处罚法》第五十一条）")}}),
    });
}

} // namespace

class TestForm : public QObject
{
    Q_OBJECT
private slots:
    void typeValidation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");   // part of the message; "" = valid
        const QJsonObject none;
        const QJsonObject max5{{"maxLength", 5}};
        const QJsonObject range{{"min", 1}, {"max", 10}};
        QTest::newRow("text ok") << "text" << none << QJsonValue("abc <b>'; DROP TABLE x;--") << "";
        QTest::newRow("text too long") << "text" << max5 << QJsonValue("123456") << "最多 5 个字，现为 6 个字";
        QTest::newRow("text not text") << "text" << none << QJsonValue(5) << "应为文字";
        QTest::newRow("text default limit") << "text" << none << QJsonValue(QString(201, QChar(0x4E00))) << "最多 200 个字";
        QTest::newRow("longtext ok") << "longtext" << none << QJsonValue(QString(5000, 'a')) << "";
        QTest::newRow("longtext too long") << "longtext" << none << QJsonValue(QString(5001, 'a')) << "最多 5000 个字";
        QTest::newRow("number ok") << "number" << range << QJsonValue(3.5) << "";
        QTest::newRow("number from text") << "number" << range << QJsonValue("7") << "";
        QTest::newRow("number not number") << "number" << range << QJsonValue("abc") << "应为数字";
        QTest::newRow("number below min") << "number" << range << QJsonValue(0) << "不能小于 1";
        QTest::newRow("number above max") << "number" << range << QJsonValue(11) << "不能大于 10";
        QTest::newRow("money ok") << "money" << none << QJsonValue(12.34) << "";
        QTest::newRow("money 3 decimals") << "money" << none << QJsonValue(12.345) << "两位小数";
        QTest::newRow("money negative") << "money" << none << QJsonValue(-1) << "负数";
        QTest::newRow("date ok") << "date" << none << QJsonValue("2026-11-20") << "";
        QTest::newRow("date Feb 30") << "date" << none << QJsonValue("2026-02-30") << "不是有效日期";
        QTest::newRow("date compact") << "date" << none << QJsonValue("20261120") << "不是有效日期";
        QTest::newRow("datetime ok") << "datetime" << none << QJsonValue("2026-11-20T09:30") << "";
        QTest::newRow("datetime space") << "datetime" << none << QJsonValue("2026-11-20 09:30") << "不是有效的日期时间";
        QTest::newRow("datetime hour 25") << "datetime" << none << QJsonValue("2026-11-20T25:00") << "不是有效的日期时间";
        QTest::newRow("choice ok") << "choice" << options() << QJsonValue("x") << "";
        QTest::newRow("choice unknown") << "choice" << options() << QJsonValue("zz") << "不在可选范围内";
        QTest::newRow("multichoice ok") << "multichoice" << options() << QJsonValue(QJsonArray{"x", "y"}) << "";
        QTest::newRow("multichoice twice") << "multichoice" << options() << QJsonValue(QJsonArray{"x", "x"}) << "重复";
        QTest::newRow("multichoice unknown") << "multichoice" << options() << QJsonValue(QJsonArray{"q"}) << "不在可选范围内";
        QTest::newRow("multichoice not list") << "multichoice" << options() << QJsonValue("x") << "选项列表";
        const QJsonObject person{{"name", QStringLiteral("王五")}, {"idNo", "11010519491231002X"}, {"phone", "13800000000"}};
        QTest::newRow("person ok") << "person" << none << QJsonValue(person) << "";
        QJsonObject badId = person;
        badId["idNo"] = "110105194912310021";
        QTest::newRow("person bad id") << "person" << none << QJsonValue(badId) << "测试项身份证号校验位错误";
        QJsonObject noName = person;
        noName.remove("name");
        QTest::newRow("person no name") << "person" << none << QJsonValue(noName) << "姓名";
        QJsonObject badPhone = person;
        badPhone["phone"] = "138abc";
        QTest::newRow("person bad phone") << "person" << none << QJsonValue(badPhone) << "联系电话只能含数字";
        const QJsonObject org{{"name", QStringLiteral("上海某某有限公司")}, {"creditCode", "91350100M000100Y43"}, {"representative", QStringLiteral("赵六")}};
        QTest::newRow("organisation ok") << "organisation" << none << QJsonValue(org) << "";
        QJsonObject badOrg = org;
        badOrg["creditCode"] = "91350100M000100Y44";
        QTest::newRow("organisation bad code") << "organisation" << none << QJsonValue(badOrg) << "统一社会信用代码校验位错误";
        QTest::newRow("idcard ok") << "idcard" << none << QJsonValue("11010519491231002X") << "";
        QTest::newRow("idcard check digit") << "idcard" << none << QJsonValue("110105194912310021") << "测试项校验位错误";
        QTest::newRow("idcard future birth") << "idcard" << none << QJsonValue("110105202712310011") << "晚于今天";
        QTest::newRow("idcard short") << "idcard" << none << QJsonValue("1101051949") << "应为 18 位";
        QTest::newRow("uscc ok") << "uscc" << none << QJsonValue("91110000600037341L") << "";
        QTest::newRow("uscc letter I") << "uscc" << none << QJsonValue("9111000060003734IL") << "无效";
        QTest::newRow("phone ok") << "phone" << none << QJsonValue("+86 138-0000-0000") << "";
        QTest::newRow("phone landline") << "phone" << none << QJsonValue("021-58881234") << "";
        QTest::newRow("phone letters") << "phone" << none << QJsonValue("138-abcd") << "只能含数字";
        QTest::newRow("phone short") << "phone" << none << QJsonValue("12345") << "7 到 15 位";
        QTest::newRow("address ok") << "address" << none << QJsonValue(QStringLiteral("上海市黄浦区中山东一路 1 号")) << "";
        QTest::newRow("address long") << "address" << none << QJsonValue(QString(301, 'a')) << "最多 300 个字";
        QTest::newRow("gps ok") << "gps" << none << QJsonValue(QJsonObject{{"latitude", 31.23}, {"longitude", 121.47}}) << "";
        QTest::newRow("gps lat 91") << "gps" << none << QJsonValue(QJsonObject{{"latitude", 91}, {"longitude", 121}}) << "纬度";
        QTest::newRow("gps lon -181") << "gps" << none << QJsonValue(QJsonObject{{"latitude", 1}, {"longitude", -181}}) << "经度";
        QTest::newRow("gps missing") << "gps" << none << QJsonValue(QJsonObject{{"latitude", 1}}) << "需要纬度和经度";
        QTest::newRow("evidence photo") << "evidence" << none << QJsonValue(QJsonObject{{"kind", "photo"}, {"evidenceId", "e-1"}}) << "";
        QTest::newRow("evidence recording") << "evidence" << none << QJsonValue(QJsonObject{{"kind", "recording"}, {"recordingId", "r-1"}, {"offsetMs", 1500}}) << "";
        QTest::newRow("evidence negative offset") << "evidence" << none << QJsonValue(QJsonObject{{"kind", "recording"}, {"recordingId", "r-1"}, {"offsetMs", -1}}) << "毫秒";
        QTest::newRow("evidence bad kind") << "evidence" << none << QJsonValue(QJsonObject{{"kind", "video"}, {"evidenceId", "e"}}) << "证据类型";
        QTest::newRow("evidence no photo") << "evidence" << none << QJsonValue(QJsonObject{{"kind", "photo"}}) << "请选择一张照片";
        QTest::newRow("signature strokes") << "signature" << none << QJsonValue(signature(true)) << "";
        QJsonObject refused = signature(false);
        refused["refused"] = true;
        refused["refusalReason"] = QStringLiteral("当事人称不认可检查结果");
        QTest::newRow("signature refused with reason") << "signature" << none << QJsonValue(refused) << "";
        refused["refusalReason"] = " ";
        QTest::newRow("signature refused no reason") << "signature" << none << QJsonValue(refused) << "拒签理由";
        QJsonObject badStrokes = signature(false);
        badStrokes["strokes"] = QJsonArray{QJsonArray{1, 2}};
        QTest::newRow("signature bad strokes") << "signature" << none << QJsonValue(badStrokes) << "笔迹数据无效";
        QTest::newRow("required text empty") << "text" << none << QJsonValue("") << "请填写测试项";
        QTest::newRow("required choice empty") << "choice" << options() << QJsonValue() << "请选择测试项";
        QTest::newRow("required person blank") << "person" << none << QJsonValue(QJsonObject{{"name", ""}}) << "请填写测试项";
        QTest::newRow("required signature unsigned") << "signature" << none << QJsonValue(signature(false)) << "测试项尚未签名";
    }
    void typeValidation()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, extra);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject props = extra;
        props.insert("required", true);
        DocumentTemplate t;
        QVERIFY(load(templateWith(QJsonArray{field("f", type, kLabel, props)}), &t));
        DocumentForm form(t, caseContext(), fixedNow);
        QString setError;
        QVERIFY2(form.setValue("f", value, &setError), qPrintable(setError));
        const QString message = form.errorAt("f");
        if (error.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            QVERIFY(form.isComplete());
        } else {
            QVERIFY2(message.contains(error), qPrintable(message));
            QVERIFY2(message.contains(kLabel), qPrintable(message));
            QVERIFY(!form.isComplete());
            QCOMPARE(form.issues().size(), 1);
            QCOMPARE(form.issues().first().path, QStringLiteral("f"));
            QCOMPARE(form.rows().first().error, message);
        }
    }

    void fineLimit_data()
    {
        QTest::addColumn<QString>("partyKind");
        QTest::addColumn<QString>("penaltyType");
        QTest::addColumn<QJsonValue>("amount");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("person 199") << "person" << "fine" << QJsonValue(199) << true;
        QTest::newRow("person 200") << "person" << "fine" << QJsonValue(200) << true;
        QTest::newRow("person 200.01") << "person" << "fine" << QJsonValue(200.01) << false;
        QTest::newRow("person 201") << "person" << "fine" << QJsonValue(201) << false;
        QTest::newRow("person 0") << "person" << "fine" << QJsonValue(0) << false;
        QTest::newRow("organisation 201") << "organisation" << "fine" << QJsonValue(201) << true;
        QTest::newRow("organisation 3000") << "organisation" << "fine" << QJsonValue(3000) << true;
        QTest::newRow("organisation 3001") << "organisation" << "fine" << QJsonValue(3001) << false;
        QTest::newRow("organisation 3000 as text") << "organisation" << "fine" << QJsonValue("3000") << true;
        QTest::newRow("warning, amount not relevant") << "person" << "warning" << QJsonValue(5000) << true;
    }
    void fineLimit()
    {
        QFETCH(QString, partyKind);
        QFETCH(QString, penaltyType);
        QFETCH(QJsonValue, amount);
        QFETCH(bool, accepted);
        DocumentTemplate t;
        QVERIFY(load(penaltyTemplate(), &t));
        DocumentForm form(t, caseContext(partyKind), fixedNow);
        const QJsonObject initial = form.initialValues();
        QCOMPARE(initial.value("partyKind").toString(), partyKind);   // default from ctx.case.partyKind
        QVERIFY(form.setValue("penaltyType", penaltyType));
        QVERIFY(form.setValue("fineAmount", amount));
        QCOMPARE(form.isComplete(), accepted);
        if (!accepted)
            QVERIFY(form.errorAt("fineAmount").contains(QStringLiteral("第五十一条")));
        QCOMPARE(form.isRelevant("fineAmount"), penaltyType == QLatin1String("fine"));
        QCOMPARE(form.relevantValues().contains("fineAmount"), penaltyType == QLatin1String("fine"));
    }

    void deadlineMustBeInTheFuture_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("last year") << "2025-11-21" << false;
        QTest::newRow("yesterday") << "2026-11-19" << false;
        QTest::newRow("today") << "2026-11-20" << false;
        QTest::newRow("tomorrow") << "2026-11-21" << true;
        QTest::newRow("2030") << "2030-01-15" << true;
    }
    void deadlineMustBeInTheFuture()
    {
        QFETCH(QString, date);
        QFETCH(bool, accepted);
        DocumentTemplate t;
        QVERIFY(load(templateWith(QJsonArray{field("correctBy", "date", QStringLiteral("改正期限"),
                                                   {{"required", true},
                                                    {"constraint", "correctBy > today"},
                                                    {"constraintMessage", QStringLiteral("改正期限必须晚于今天")}})}),
                     &t));
        DocumentForm form(t, {}, fixedNow);   // today = 2026-11-20
        QVERIFY(form.setValue("correctBy", date));
        QCOMPARE(form.isComplete(), accepted);
        QCOMPARE(form.errorAt("correctBy"), accepted ? QString() : QStringLiteral("改正期限必须晚于今天"));
    }

    void constraintWithoutMessageNamesTheLabel()
    {
        DocumentTemplate t;
        QVERIFY(load(templateWith(QJsonArray{field("n", "number", QStringLiteral("数量"), {{"constraint", "n % 2 === 0"}})}), &t));
        DocumentForm form(t, {}, fixedNow);
        QVERIFY(form.isComplete());   // empty and optional: the constraint is not asked
        QVERIFY(form.setValue("n", 3));
        QVERIFY(form.errorAt("n").contains(QStringLiteral("数量")));
        QVERIFY(form.setValue("n", 4));
        QVERIFY(form.isComplete());
    }

    void relevanceHidesAndUnrequires()
    {
        DocumentTemplate t;
        QVERIFY(load(templateWith(QJsonArray{
                         field("hasWitness", "choice", QStringLiteral("有无见证人"), options()),
                         field("witness", "person", QStringLiteral("见证人"), {{"required", true}, {"relevant", "hasWitness === 'x'"}}),
                         field("witnessSig", "signature", QStringLiteral("见证人签名"), {{"required", true}, {"relevant", "hasWitness === 'x'"}}),
                     }),
                     &t));
        DocumentForm form(t, {}, fixedNow);
        QVERIFY(form.setValue("witness", QJsonObject{{"name", QStringLiteral("路人甲")}}));
        QVERIFY(form.isComplete());
        QCOMPARE(form.rows().size(), 1);
        QVERIFY(!form.isRelevant("witness"));
        QVERIFY(!form.relevantValues().contains("witness"));
        QVERIFY(form.values().contains("witness"));   // kept, only not shown or printed
        QCOMPARE(form.missingSignatures(), QStringList());

        QVERIFY(form.setValue("hasWitness", "x"));
        QCOMPARE(form.rows().size(), 3);
        QVERIFY(form.isRelevant("witness"));
        QCOMPARE(form.missingSignatures(), QStringList{"witnessSig"});
        QVERIFY(form.errorAt("witnessSig").contains(QStringLiteral("见证人签名尚未签名")));
        QVERIFY(form.setValue("witnessSig", signature(true)));
        QVERIFY(form.isComplete());
    }

    void computedChainsAndReadOnly()
    {
        DocumentTemplate t;
        // c is listed before b, which it reads: the engine settles the order itself.
        QVERIFY(load(templateWith(QJsonArray{
                         field("c", "number", "C", {{"computed", "b === null ? null : b * 2"}}),
                         field("b", "number", "B", {{"computed", "a === null ? null : a + 1"}}),
                         field("a", "number", "A"),
                         field("fixed", "text", QStringLiteral("告知"), {{"readOnly", true}, {"default", "'依法告知……'"}}),
                     }),
                     &t));
        DocumentForm form(t, {}, fixedNow);
        form.initialValues();
        QCOMPARE(form.value("c"), QJsonValue(QJsonValue::Null));
        QVERIFY(form.setValue("a", 4));
        QCOMPARE(form.value("b"), QJsonValue(5));
        QCOMPARE(form.value("c"), QJsonValue(10));
        QString error;
        QVERIFY(!form.setValue("c", 1, &error));
        QVERIFY(error.contains("C"));
        QCOMPARE(form.value("c"), QJsonValue(10));
        QVERIFY(!form.setValue("fixed", "x", &error));
        QVERIFY(error.contains(QStringLiteral("告知")));
        QCOMPARE(form.value("fixed"), QJsonValue(QStringLiteral("依法告知……")));
        QVERIFY(form.setValue("a", ""));
        QCOMPARE(form.value("c"), QJsonValue(QJsonValue::Null));
    }

    void defaultsFromContext()
    {
        DocumentTemplate t;
        QVERIFY(load(templateWith(QJsonArray{
                         field("party", "text", QStringLiteral("当事人"), {{"default", "ctx.case.partyName"}}),
                         field("place", "address", QStringLiteral("地点"), {{"default", "ctx.case.address"}}),
                         field("basis", "longtext", QStringLiteral("法律依据"), {{"default", "ctx.case.powerItem.legalBasis"}}),
                         field("startedAt", "datetime", QStringLiteral("开始时间"), {{"default", "now"}}),
                         field("day", "date", QStringLiteral("日期"), {{"default", "today"}}),
                         field("title2", "text", QStringLiteral("抬头"), {{"default", "party + '（' + ctx.agency + '）'"}}),
                         field("officers", "repeat", QStringLiteral("执法人员"),
                               {{"minItems", 2},
                                {"fields", QJsonArray{
                                     field("name", "text", QStringLiteral("姓名"), {{"required", true}, {"default", "ctx.officers[index] ? ctx.officers[index].name : null"}}),
                                     field("officerNo", "text", QStringLiteral("执法证号"), {{"default", "ctx.officers[index] ? ctx.officers[index].officerNo : null"}}),
                                 }}}),
                         field("items", "repeat", QStringLiteral("物品"),
                               {{"default", "[{n: ctx.deviceId}]"},
                                {"fields", QJsonArray{field("n", "text", QStringLiteral("名称"))}}}),
                     }),
                     &t));
        DocumentForm form(t, caseContext(), fixedNow);
        const QJsonObject v = form.initialValues();
        QCOMPARE(v.value("party").toString(), QStringLiteral("王五"));
        QCOMPARE(v.value("place").toString(), QStringLiteral("上海市黄浦区中山东一路 1 号"));
        QCOMPARE(v.value("basis").toString(), QStringLiteral("《某法》第一条"));
        QCOMPARE(v.value("startedAt").toString(), QStringLiteral("2026-11-20T10:30"));
        QCOMPARE(v.value("day").toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(v.value("title2").toString(), QStringLiteral("王五（黄浦市监）"));
        QCOMPARE(form.value("officers[0].name").toString(), QStringLiteral("张明"));
        QCOMPARE(form.value("officers[1].officerNo").toString(), QStringLiteral("31000000002"));
        QCOMPARE(form.value("items[0].n").toString(), QStringLiteral("SIM0001"));
        QVERIFY2(form.isComplete(), qPrintable(issueText(form).join('\n')));
        // A third officer gets no default (ctx has two) and is then required.
        QCOMPARE(form.addItem("officers"), 2);
        QCOMPARE(form.value("officers[2].name"), QJsonValue(QJsonValue::Null));
        QVERIFY(form.errorAt("officers[2].name").contains(QStringLiteral("请填写姓名")));
    }

    void repeatItemsAndRows()
    {
        DocumentTemplate t;
        QVERIFY(load(templateWith(QJsonArray{
                         field("items", "repeat", QStringLiteral("登记物品"),
                               {{"minItems", 1},
                                {"maxItems", 3},
                                {"itemLabel", QStringLiteral("第 %1 件")},
                                {"fields", QJsonArray{
                                     field("name", "text", QStringLiteral("名称"), {{"required", true}}),
                                     field("qty", "number", QStringLiteral("数量"), {{"required", true}, {"constraint", "qty > 0"}, {"constraintMessage", QStringLiteral("数量必须大于 0")}}),
                                     field("price", "money", QStringLiteral("单价")),
                                     field("lineTotal", "money", QStringLiteral("小计"), {{"computed", "qty && price ? Math.round(qty * price * 100) / 100 : null"}}),
                                     field("note", "text", QStringLiteral("备注"), {{"required", true}, {"relevant", "item.qty > 10 && index >= 0"}}),
                                 }}}),
                         field("total", "number", QStringLiteral("总件数"), {{"computed", "(items || []).reduce((s, it) => s + (it.qty || 0), 0)"}}),
                     }),
                     &t));
        DocumentForm form(t, {}, fixedNow);
        form.initialValues();
        QCOMPARE(form.values().value("items").toArray().size(), 1);   // minItems
        QCOMPARE(form.value("total"), QJsonValue(0));

        QVERIFY(form.setValue("items[0].name", QStringLiteral("白酒")));
        QVERIFY(form.setValue("items[0].qty", 2));
        QVERIFY(form.setValue("items[0].price", 19.9));
        QCOMPARE(form.value("items[0].lineTotal"), QJsonValue(39.8));
        QCOMPARE(form.addItem("items"), 1);
        QVERIFY(form.setValue("items[1].name", QStringLiteral("香烟")));
        QVERIFY(form.setValue("items[1].qty", 12));
        QCOMPARE(form.value("total"), QJsonValue(14));
        // Relevance per item: only the second item (qty > 10) needs a note.
        QVERIFY(!form.isRelevant("items[0].note"));
        QVERIFY(form.isRelevant("items[1].note"));
        QCOMPARE(form.errorAt("items[1].note"), QStringLiteral("请填写备注。"));
        QVERIFY(form.setValue("items[1].qty", 0));
        QCOMPARE(form.errorAt("items[1].qty"), QStringLiteral("数量必须大于 0"));
        QVERIFY(form.setValue("items[1].qty", 1));
        QVERIFY2(form.isComplete(), qPrintable(issueText(form).join('\n')));

        // Rows: group, then per item an item row and its relevant fields, then the add row.
        QStringList shape;
        for (const FormRow &r : form.rows())
            shape << FormRow::kindKey(r.kind) + ':' + r.path + ':' + QString::number(r.depth) + ':' + QString::number(r.itemIndex);
        const QStringList expected = {
            "group:items:0:-1",
            "item:items[0]:1:0", "field:items[0].name:2:0", "field:items[0].qty:2:0", "field:items[0].price:2:0", "field:items[0].lineTotal:2:0",
            "item:items[1]:1:1", "field:items[1].name:2:1", "field:items[1].qty:2:1", "field:items[1].price:2:1", "field:items[1].lineTotal:2:1",
            "add:items:1:2",
            "field:total:0:-1"};
        QCOMPARE(shape, expected);
        QCOMPARE(form.rows().at(6).label, QStringLiteral("第 2 件"));

        // maxItems: the third is the last; no add row then, a fourth is refused.
        QCOMPARE(form.addItem("items"), 2);
        QString error;
        QCOMPARE(form.addItem("items", &error), -1);
        QVERIFY(error.contains(QStringLiteral("最多 3 项")));
        for (const FormRow &r : form.rows())
            QVERIFY(r.kind != FormRow::Add);
        QVERIFY(!form.isComplete());   // the new item is empty

        // Remove the middle one: paths shift, computed values follow.
        QVERIFY(form.removeItem("items", 1));
        QCOMPARE(form.values().value("items").toArray().size(), 2);
        QCOMPARE(form.value("total"), QJsonValue(2));
        QVERIFY(form.removeItem("items", 1));
        QVERIFY(!form.removeItem("items", 0, &error));   // minItems 1
        QVERIFY(error.contains(QStringLiteral("至少需要 1 项")));
        QVERIFY(!form.removeItem("items", 5, &error));

        // Paths that do not exist are refused, nothing changes.
        const QJsonObject before = form.values();
        for (const QString &bad : {QStringLiteral("nope"), QStringLiteral("items[7].name"), QStringLiteral("items.name"),
                                   QStringLiteral("items[0].zzz"), QStringLiteral("total[0]"), QStringLiteral("items[0]"),
                                   QStringLiteral(""), QStringLiteral("items[-1].name")})
            QVERIFY2(!form.setValue(bad, 1, &error), qPrintable(bad));
        QCOMPARE(form.values(), before);
    }

    void savedDraftResumes()
    {
        DocumentTemplate t;
        QVERIFY(load(penaltyTemplate(), &t));
        DocumentForm first(t, caseContext("organisation"), fixedNow);
        first.initialValues();
        QVERIFY(first.setValue("penaltyType", "fine"));
        QVERIFY(first.setValue("fineAmount", 2500));
        QJsonObject saved = first.values();
        saved.insert("notAField", 1);   // dropped on resume
        DocumentForm second(t, {}, fixedNow);
        second.setValues(saved);
        QVERIFY(!second.values().contains("notAField"));
        QCOMPARE(second.value("fineAmount"), QJsonValue(2500));
        QVERIFY(second.isComplete());
    }

    void evaluationErrorsAreIssuesNotHangs()
    {
        DocumentTemplate t;
        QVERIFY(load(templateWith(QJsonArray{
                         field("a", "text", QStringLiteral("甲"), {{"constraint", "(() => { while (true) {} })()"}}),
                         field("b", "text", QStringLiteral("乙"), {{"relevant", "a.nope.deeper === 1"}}),
                         field("c", "number", QStringLiteral("丙"), {{"computed", "(() => { throw new Error('坏'); })()"}}),
                     }),
                     &t));
        DocumentForm form(t, {}, fixedNow);
        QVERIFY(form.setValue("a", "x"));
        QVERIFY2(form.errorAt("a").contains(QStringLiteral("已被中止")), qPrintable(form.errorAt("a")));
        QVERIFY(form.errorAt("b").contains(QStringLiteral("乙的显示条件无法计算")));
        QVERIFY(form.errorAt("c").contains(QStringLiteral("丙无法计算")));
        QVERIFY(!form.isComplete());
    }

    void signaturesMissingSignedRefused()
    {
        DocumentTemplate t;
        QVERIFY(load(templateWith(QJsonArray{
                         field("partySig", "signature", QStringLiteral("当事人签名"), {{"required", true}, {"signer", "party"}}),
                         field("officer1", "signature", QStringLiteral("执法人员签名"), {{"required", true}, {"signer", "inspector1"}}),
                         field("witnessSig", "signature", QStringLiteral("见证人签名"), {{"signer", "witness"}}),
                     }),
                     &t));
        DocumentForm form(t, {}, fixedNow);
        form.initialValues();
        QCOMPARE(form.missingSignatures(), QStringList({"partySig", "officer1"}));
        QVERIFY(form.setValue("officer1", signature(true)));
        QCOMPARE(form.missingSignatures(), QStringList{"partySig"});
        QJsonObject refused{{"refused", true}, {"refusalReason", ""}};
        QVERIFY(form.setValue("partySig", refused));
        QCOMPARE(form.missingSignatures(), QStringList{"partySig"});   // a refusal needs its reason
        refused["refusalReason"] = QStringLiteral("当事人拒绝签名，称需咨询律师");
        refused["recordingId"] = "r-1";
        refused["offsetMs"] = 65000;
        QVERIFY(form.setValue("partySig", refused));
        QCOMPARE(form.missingSignatures(), QStringList());
        QVERIFY(form.isComplete());
    }
};

QTEST_GUILESS_MAIN(TestForm)
#include "tst_form.moc"
