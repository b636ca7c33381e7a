// The power-item catalogue: the shipped sample loads and is realistic (codes, categories, legal
// bases naming real laws), find/search work over code, name and legal basis case-insensitively,
// and a malformed catalogue is refused as a whole with a message naming the item.

#include "casestestkit.h"
#include "powercatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject item(const QString &code, const QString &name, const QString &basis = QStringLiteral("《中华人民共和国广告法》第五十五条"))
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("category"), QStringLiteral("行政处罚")},
                       {QStringLiteral("legalBasis"), basis},
                       {QStringLiteral("discretion"), QStringLiteral("轻微：一千元以下；一般：一千元至五千元")},
                       {QStringLiteral("summaryAllowed"), false}};
}

QByteArray catalogueJson(const QJsonArray &items, const QString &version = QStringLiteral("t1"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), version}, {QStringLiteral("items"), items}}).toJson();
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void embeddedLoads()
    {
        PowerCatalogue c;
        QString error;
        QVERIFY2(c.loadEmbedded(&error), qPrintable(error));
        QVERIFY(!c.version().isEmpty());
        QVERIFY2(c.items().size() >= 40, qPrintable(QString::number(c.items().size())));
        QSet<QString> categories;
        QSet<QString> codes;
        static const QRegularExpression codeFormat(QStringLiteral("^33\\d{10}$"));
        for (const PowerItem &i : c.items()) {
            categories.insert(i.category);
            codes.insert(i.code);
            QVERIFY2(codeFormat.match(i.code).hasMatch(), qPrintable(i.code));
            QVERIFY2(i.legalBasis.contains(QStringLiteral("《")) && i.legalBasis.contains(QStringLiteral("第")), qPrintable(i.code));
            QVERIFY(!i.discretion.isEmpty());
        }
        QCOMPARE(codes.size(), c.items().size());
        QCOMPARE(categories, (QSet<QString>{QStringLiteral("行政处罚"), QStringLiteral("行政检查"), QStringLiteral("行政强制")}));
        // Summary procedure is possible for some penalties, never for inspections or enforcement.
        int summary = 0;
        for (const PowerItem &i : c.items()) {
            if (i.summaryAllowed) {
                ++summary;
                QCOMPARE(i.category, QStringLiteral("行政处罚"));
            }
        }
        QVERIFY(summary > 0);
    }

    void find()
    {
        PowerCatalogue c;
        QString error;
        QVERIFY(c.loadEmbedded(&error));
        const PowerItem *item = c.find(QStringLiteral("330217001000"));
        QVERIFY(item);
        QVERIFY(item->name.startsWith(QStringLiteral("对未取得食品生产经营许可")));
        QVERIFY(item->legalBasis.startsWith(QStringLiteral("《中华人民共和国食品安全法》")));
        QVERIFY(item->legalBasis.contains(QStringLiteral("第一百二十二条")));
        QCOMPARE(c.find(QStringLiteral(" 330217001000 ")), item);
        QVERIFY(!c.find(QStringLiteral("330217999000")));
        QVERIFY(!c.find(QString()));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mustContainCode");
        QTest::addColumn<int>("minimum");
        QTest::newRow("code prefix") << "3302170" << "330217001000" << 8;
        QTest::newRow("code middle") << "223001" << "330223001000" << 1;
        QTest::newRow("name") << "明码标价" << "330220001000" << 1;
        QTest::newRow("law name") << "食品安全法" << "330217008000" << 9;
        QTest::newRow("article") << "第一百二十二条" << "330217001000" << 1;
        QTest::newRow("urban") << "城市市容" << "330240001000" << 4;
        QTest::newRow("enforcement") << "查封、扣押" << "330317001000" << 3;
        QTest::newRow("padded") << "  露天烧烤 " << "330242001000" << 1;
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QString, mustContainCode);
        QFETCH(int, minimum);
        PowerCatalogue c;
        QString error;
        QVERIFY(c.loadEmbedded(&error));
        const QList<PowerItem> found = c.search(query, 50);
        QVERIFY2(found.size() >= minimum, qPrintable(QString::number(found.size())));
        bool has = false;
        for (const PowerItem &i : found)
            has = has || i.code == mustContainCode;
        QVERIFY(has);
    }

    void searchLimitsAndEmpty()
    {
        PowerCatalogue c;
        QString error;
        QVERIFY(c.loadEmbedded(&error));
        QCOMPARE(c.search(QString(), 10).size(), 10);
        QCOMPARE(c.search(QStringLiteral("法"), 3).size(), 3);
        QVERIFY(c.search(QStringLiteral("没有这个事项"), 50).isEmpty());
        QVERIFY(c.search(QStringLiteral("%"), 50).isEmpty());
    }

    void searchCaseInsensitive()
    {
        PowerCatalogue c;
        QString error;
        QVERIFY2(c.loadJson(catalogueJson({item(QStringLiteral("330299001000"), QStringLiteral("对违反 GB 2760 使用添加剂的处罚"),
                                                QStringLiteral("《食品安全国家标准 食品添加剂使用标准》GB 2760-2014")),
                                           item(QStringLiteral("330299002000"), QStringLiteral("对 Wi-Fi 设备的检查"))}),
                            &error), qPrintable(error));
        QCOMPARE(c.search(QStringLiteral("gb 2760")).size(), 1);
        QCOMPARE(c.search(QStringLiteral("WI-FI")).size(), 1);
        QCOMPARE(c.search(QStringLiteral("2014")).first().code, QStringLiteral("330299001000"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QJsonObject noName = item(QStringLiteral("330299002000"), QString());
        noName.remove(QStringLiteral("name"));
        QTest::newRow("item without name")
            << catalogueJson({item(QStringLiteral("330299001000"), QStringLiteral("甲")), noName})
            << "事项 330299002000缺少字段“name”";
        QJsonObject noCode = item(QString(), QStringLiteral("乙"));
        QTest::newRow("item without code")
            << catalogueJson({item(QStringLiteral("330299001000"), QStringLiteral("甲")), noCode}) << "第 2 项缺少字段“code”";
        QJsonObject emptyBasis = item(QStringLiteral("330299003000"), QStringLiteral("丙"), QStringLiteral("  "));
        QTest::newRow("blank legal basis") << catalogueJson({emptyBasis}) << "事项 330299003000缺少字段“legalBasis”";
        QJsonObject noSummary = item(QStringLiteral("330299004000"), QStringLiteral("丁"));
        noSummary.remove(QStringLiteral("summaryAllowed"));
        QTest::newRow("no summaryAllowed") << catalogueJson({noSummary}) << "事项 330299004000缺少字段“summaryAllowed”";
        QJsonObject badCategory = item(QStringLiteral("330299005000"), QStringLiteral("戊"));
        badCategory.insert(QStringLiteral("category"), QStringLiteral("行政许可"));
        QTest::newRow("bad category") << catalogueJson({badCategory}) << "事项 330299005000的类别“行政许可”无效";
        QTest::newRow("duplicate code")
            << catalogueJson({item(QStringLiteral("330299001000"), QStringLiteral("甲")), item(QStringLiteral("330299001000"), QStringLiteral("乙"))})
            << "330299001000 重复";
        QTest::newRow("no version") << catalogueJson({item(QStringLiteral("330299001000"), QStringLiteral("甲"))}, QString()) << "缺少版本号";
        QTest::newRow("no items") << catalogueJson({}) << "没有事项";
        QTest::newRow("not json") << QByteArray("{\"version\": \"1\", \"items\": [") << "格式错误";
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        // Loaded from a file, as a downlinked catalogue would be.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("power-items.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();

        PowerCatalogue c;
        QString error;
        QVERIFY(c.loadEmbedded(&error));
        const int before = c.items().size();
        const QString version = c.version();
        QVERIFY(!c.loadFile(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        // Refused as a whole: the previous catalogue stays.
        QCOMPARE(c.items().size(), before);
        QCOMPARE(c.version(), version);
        QVERIFY(c.find(QStringLiteral("330217001000")));
    }

    void missingFile()
    {
        PowerCatalogue c;
        QString error;
        QVERIFY(!c.loadFile(QStringLiteral("/nonexistent/power-items.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("无法读取权力事项清单")), qPrintable(error));
        QVERIFY(c.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
