// StructuredField (RFC 8941 subset): the RFC's own dictionary examples parse to the values it
// states and serialise canonically (§4.1); strings with escapes, byte sequences, the integer
// bounds and booleans round-trip; every malformed input in the table is refused with an error
// naming the offset; values that cannot be serialised give an empty result, never wrong bytes.
#include "structuredfield.h"

#include <QTest>

using StructuredField::Dictionary;
using StructuredField::Item;
using StructuredField::Member;

namespace {

Dictionary parsed(const QByteArray &input)
{
    Dictionary d;
    QByteArray error;
    if (!StructuredField::parseDictionary(input, &d, &error))
        qWarning("parse failed: %s", error.constData());
    return d;
}

const Member *member(const Dictionary &d, const QByteArray &key)
{
    for (const auto &e : d) {
        if (e.first == key)
            return &e.second;
    }
    return nullptr;
}

} // namespace

class TestStructuredField : public QObject
{
    Q_OBJECT
private slots:
    void rfcDictionaryExamples()
    {
        // RFC 8941 §3.2: strings and byte sequences.
        Dictionary d = parsed("en=\"Applepie\", da=:w4ZibGV0w6ZydGU=:");
        QCOMPARE(d.size(), 2);
        QCOMPARE(member(d, "en")->item, Item::fromString("Applepie"));
        QCOMPARE(member(d, "da")->item, Item::fromBytes(QByteArray::fromBase64("w4ZibGV0w6ZydGU=")));
        QCOMPARE(QString::fromUtf8(member(d, "da")->item.text), QStringLiteral("Æbletærte"));
        QCOMPARE(StructuredField::serializeDictionary(d), QByteArray("en=\"Applepie\", da=:w4ZibGV0w6ZydGU=:"));

        // Booleans: true is written as a bare key; parameters on members.
        d = parsed("a=?0, b, c; foo=bar");
        QCOMPARE(d.size(), 3);
        QCOMPARE(member(d, "a")->item.type, Item::Type::Boolean);
        QVERIFY(!member(d, "a")->item.boolean);
        QVERIFY(member(d, "b")->item.boolean);
        QCOMPARE(member(d, "c")->parameters.size(), 1);
        QCOMPARE(*StructuredField::parameter(member(d, "c")->parameters, "foo"), Item::fromToken("bar"));
        QCOMPARE(StructuredField::parameter(member(d, "c")->parameters, "baz"), nullptr);
        QCOMPARE(StructuredField::serializeDictionary(d), QByteArray("a=?0, b, c;foo=bar"));

        // Inner lists, with and without parameters.
        d = parsed("a=(1 2), b=3, c=4;aa=bb, d=(5 6);valid");
        QCOMPARE(d.size(), 4);
        QVERIFY(member(d, "a")->isInnerList);
        QCOMPARE(member(d, "a")->innerList, (QList<Item>{Item::fromInteger(1), Item::fromInteger(2)}));
        QVERIFY(StructuredField::parameter(member(d, "d")->parameters, "valid")->boolean);
        QCOMPARE(StructuredField::serializeDictionary(d), QByteArray("a=(1 2), b=3, c=4;aa=bb, d=(5 6);valid"));

        // §3.1.1: an inner list whose items carry parameters, and the list's own; empty list.
        d = parsed("x=(\"foo\"; a=1;b=2);lvl=5, y=(\"bar\" \"baz\");lvl=1, z=()");
        QCOMPARE(member(d, "x")->innerList, QList<Item>{Item::fromString("foo")});
        QCOMPARE(member(d, "x")->innerListParameters.first().size(), 2);
        QCOMPARE(member(d, "z")->innerList.size(), 0);
        QCOMPARE(StructuredField::serializeDictionary(d),
                 QByteArray("x=(\"foo\";a=1;b=2);lvl=5, y=(\"bar\" \"baz\");lvl=1, z=()"));
    }

    void itemsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("escapes") << QByteArray("s=\"say \\\"hi\\\" \\\\ bye\"") << QByteArray("s=\"say \\\"hi\\\" \\\\ bye\"");
        QTest::newRow("empty string") << QByteArray("s=\"\"") << QByteArray("s=\"\"");
        QTest::newRow("max int") << QByteArray("i=999999999999999") << QByteArray("i=999999999999999");
        QTest::newRow("min int") << QByteArray("i=-999999999999999") << QByteArray("i=-999999999999999");
        QTest::newRow("leading zeros") << QByteArray("i=0042") << QByteArray("i=42");
        QTest::newRow("minus zero") << QByteArray("i=-0") << QByteArray("i=0");
        QTest::newRow("true") << QByteArray("t=?1") << QByteArray("t");
        QTest::newRow("false") << QByteArray("f=?0") << QByteArray("f=?0");
        QTest::newRow("token") << QByteArray("t=*foo/bar:baz!#") << QByteArray("t=*foo/bar:baz!#");
        QTest::newRow("empty bytes") << QByteArray("b=::") << QByteArray("b=::");
        QTest::newRow("unpadded bytes") << QByteArray("b=:YQ:") << QByteArray("b=:YQ==:");
        QTest::newRow("whitespace") << QByteArray("  a=1 ,\tb=2 ,  c  ") << QByteArray("a=1, b=2, c");
        QTest::newRow("duplicate key") << QByteArray("a=1, b=2, a=3") << QByteArray("a=3, b=2");
        QTest::newRow("duplicate param") << QByteArray("a=1;x=1;y;x=2") << QByteArray("a=1;x=2;y");
        QTest::newRow("key chars") << QByteArray("*a_b-c.d9=1") << QByteArray("*a_b-c.d9=1");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("inner list spaces") << QByteArray("l=(  1   2 )") << QByteArray("l=(1 2)");
    }

    void itemsRoundTrip()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        Dictionary d;
        QByteArray error;
        QVERIFY2(StructuredField::parseDictionary(input, &d, &error), error.constData());
        QCOMPARE(StructuredField::serializeDictionary(d), canonical);
        Dictionary again;
        QVERIFY(StructuredField::parseDictionary(canonical, &again, &error));
        QCOMPARE(StructuredField::serializeDictionary(again), canonical);
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("missing value") << QByteArray("a=");
        QTest::newRow("trailing comma") << QByteArray("a=1,");
        QTest::newRow("leading comma") << QByteArray(",a=1");
        QTest::newRow("double comma") << QByteArray("a=1,,b=2");
        QTest::newRow("upper-case key") << QByteArray("A=1");
        QTest::newRow("digit key") << QByteArray("1a=1");
        QTest::newRow("no comma") << QByteArray("a=1 b=2");
        QTest::newRow("unterminated string") << QByteArray("a=\"abc");
        QTest::newRow("bad escape") << QByteArray("a=\"a\\nb\"");
        QTest::newRow("escape at end") << QByteArray("a=\"a\\");
        QTest::newRow("tab in string") << QByteArray("a=\"a\tb\"");
        QTest::newRow("non-ascii in string") << QByteArray("a=\"\xc3\xa9\"");
        QTest::newRow("bad base64") << QByteArray("a=:ab*c:");
        QTest::newRow("base64 url alphabet") << QByteArray("a=:ab-_:");
        QTest::newRow("padding in middle") << QByteArray("a=:YQ==YQ==:");
        QTest::newRow("impossible base64 length") << QByteArray("a=:YWJjZ:");
        QTest::newRow("unterminated bytes") << QByteArray("a=:YQ==");
        QTest::newRow("unterminated inner list") << QByteArray("a=(1 2");
        QTest::newRow("comma in inner list") << QByteArray("a=(1,2)");
        QTest::newRow("no space in inner list") << QByteArray("a=(1\"x\")");
        QTest::newRow("nested inner list") << QByteArray("a=((1))");
        QTest::newRow("empty parameter") << QByteArray("a=1;");
        QTest::newRow("parameter upper-case") << QByteArray("a=1;B=2");
        QTest::newRow("16-digit integer") << QByteArray("a=1000000000000000");
        QTest::newRow("negative 16 digits") << QByteArray("a=-1000000000000000");
        QTest::newRow("lone minus") << QByteArray("a=-");
        QTest::newRow("decimal") << QByteArray("rating=1.5, feelings=(joy sadness)");
        QTest::newRow("boolean 2") << QByteArray("a=?2");
        QTest::newRow("lone question mark") << QByteArray("a=?");
        QTest::newRow("date (RFC 9651)") << QByteArray("a=@1659578233");
        QTest::newRow("display string (RFC 9651)") << QByteArray("a=%\"x\"");
        QTest::newRow("trailing garbage") << QByteArray("a=1 x");
        QTest::newRow("leading tab") << QByteArray("\ta=1");
        QTest::newRow("space before =") << QByteArray("a =1");
        QTest::newRow("space after =") << QByteArray("a= 1");
    }

    void malformedRefused()
    {
        QFETCH(QByteArray, input);
        Dictionary d{{"stale", Member()}};
        QByteArray error;
        QVERIFY(!StructuredField::parseDictionary(input, &d, &error));
        QVERIFY2(error.contains("at offset"), error.constData());
        QVERIFY(d.isEmpty());
    }

    void topLevelItem()
    {
        Item item;
        StructuredField::Parameters params;
        QByteArray error;
        QVERIFY(StructuredField::parseItem(" :AAEC:;x=1 ", &item, &params, &error));
        QCOMPARE(item, Item::fromBytes(QByteArray("\x00\x01\x02", 3)));
        QCOMPARE(params.size(), 1);
        QVERIFY(!StructuredField::parseItem(":AAEC: x", &item, &params, &error));
        QVERIFY(!StructuredField::parseItem("a=1", &item, &params, &error));
        QVERIFY(!StructuredField::parseItem("", &item, &params, &error));
    }

    void serializerRefusesWhatItCannotWrite()
    {
        QCOMPARE(StructuredField::serializeItem(Item::fromInteger(1000000000000000LL)), QByteArray());
        QCOMPARE(StructuredField::serializeItem(Item::fromInteger(-999999999999999LL)), QByteArray("-999999999999999"));
        QCOMPARE(StructuredField::serializeItem(Item::fromString("line\nbreak")), QByteArray());
        QCOMPARE(StructuredField::serializeItem(Item::fromString("\xe6\x89\xa7")), QByteArray());
        QCOMPARE(StructuredField::serializeItem(Item::fromToken("1abc")), QByteArray());
        QCOMPARE(StructuredField::serializeItem(Item::fromToken("a b")), QByteArray());
        QCOMPARE(StructuredField::serializeItem(Item::fromBytes(QByteArray("\xff\x00", 2))), QByteArray(":/wA=:"));
        Member m;
        m.item = Item::fromInteger(1);
        QCOMPARE(StructuredField::serializeDictionary({{"Bad", m}}), QByteArray());
        m.parameters = {{"ok", Item::fromString("\x01")}};
        QCOMPARE(StructuredField::serializeDictionary({{"a", m}}), QByteArray());
        QCOMPARE(StructuredField::serializeInnerList({Item::fromString("a")}, {{"k", Item::fromInteger(1)}}),
                 QByteArray("(\"a\");k=1"));
        QCOMPARE(StructuredField::serializeInnerList({Item::fromString("\x7f")}, {}), QByteArray());
        QVERIFY(StructuredField::isValidKey("sig1"));
        QVERIFY(!StructuredField::isValidKey("Sig1"));
        QVERIFY(!StructuredField::isValidKey(""));
    }
};

QTEST_GUILESS_MAIN(TestStructuredField)
#include "tst_structuredfield.moc"
