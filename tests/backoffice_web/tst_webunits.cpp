// backoffice.web_units: the pure parts of the web page — CaseGaps' flags from manifest JSON,
// HTTP Range parsing (RFC 9110 §14), and the safe names of files inside an evidence package.

#include "casegaps.h"
#include "evidencepackage.h"
#include "mediaresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject manifest(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList codes(const QJsonArray &flags)
{
    QStringList out;
    for (const QJsonValue &f : flags)
        out << f.toObject().value(QStringLiteral("code")).toString();
    return out;
}

} // namespace

class TestWebUnits : public QObject
{
    Q_OBJECT

private slots:
    void gaps_data();
    void gaps();
    void range_data();
    void range();
    void entryNames();
};

void TestWebUnits::gaps_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("received");
    QTest::addColumn<bool>("chainOk");
    QTest::addColumn<QStringList>("expected");

    const QByteArray covered = R"({"case":{"type":"summary","steps":[
        {"step":"filed","at":"2026-11-22T04:00:00.000Z"},{"step":"notified","at":"2026-11-22T04:05:00.000Z"},
        {"step":"decided","at":"2026-11-22T04:10:00.000Z"},{"step":"served","at":"2026-11-22T04:15:00.000Z"}]},
        "documents":[{"id":"d1","templateId":"onsite_penalty_decision","pdfEvidenceId":"p1"}],
        "evidence":[{"id":"v1","kind":"video","startWall":"2026-11-22T04:04:00.000Z","endWall":"2026-11-22T04:20:00.000Z"}]})";
    QTest::newRow("complete") << covered << QStringList{QStringLiteral("v1"), QStringLiteral("p1")} << true << QStringList();
    QTest::newRow("pdf not received") << covered << QStringList{QStringLiteral("v1")} << true
                                      << QStringList{QStringLiteral("evidence_not_received")};
    QTest::newRow("chain broken") << covered << QStringList{QStringLiteral("v1"), QStringLiteral("p1")} << false
                                  << QStringList{QStringLiteral("manifest_chain_broken")};

    // The video ends before "served": that step has nothing of its own.
    QByteArray early = covered;
    early.replace("2026-11-22T04:20:00.000Z", "2026-11-22T04:12:00.000Z");
    QTest::newRow("served uncovered") << early << QStringList{QStringLiteral("v1"), QStringLiteral("p1")} << true
                                      << QStringList{QStringLiteral("step_without_evidence")};

    // A photo instead of a video: steps covered, but a decision without any video.
    QByteArray photo = covered;
    photo.replace("\"kind\":\"video\"", "\"kind\":\"photo\"");
    QTest::newRow("decision without video") << photo << QStringList{QStringLiteral("v1"), QStringLiteral("p1")} << true
                                            << QStringList{QStringLiteral("decision_without_video")};

    // Inspections have no decision rule; "filed" needs no coverage.
    QTest::newRow("inspection") << QByteArray(R"({"case":{"type":"inspection","steps":[
        {"step":"filed","at":"2026-11-22T04:00:00.000Z"},{"step":"investigating","at":"2026-11-22T04:01:00.000Z"}]},
        "documents":[{"id":"d1","templateId":"onsite_inspection"}],
        "evidence":[{"id":"a1","kind":"audio","startWall":"2026-11-22T04:01:30.000Z","endWall":"2026-11-22T04:09:00.000Z"}]})")
                                << QStringList{QStringLiteral("a1")} << true << QStringList();
}

void TestWebUnits::gaps()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, received);
    QFETCH(bool, chainOk);
    QFETCH(QStringList, expected);
    const QJsonArray flags = CaseGaps::flags(manifest(json.constData()), QSet<QString>(received.begin(), received.end()), chainOk);
    QCOMPARE(codes(flags), expected);
    for (const QJsonValue &f : flags)
        QVERIFY(!f.toObject().value(QStringLiteral("message")).toString().isEmpty());
}

void TestWebUnits::range_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("result");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    const int none = int(MediaResponse::RangeParse::None);
    const int ok = int(MediaResponse::RangeParse::Ok);
    const int bad = int(MediaResponse::RangeParse::Unsatisfiable);
    QTest::newRow("no header") << QByteArray() << qint64(100) << none << qint64(0) << qint64(0);
    QTest::newRow("first 10") << QByteArray("bytes=0-9") << qint64(100) << ok << qint64(0) << qint64(9);
    QTest::newRow("open end") << QByteArray("bytes=90-") << qint64(100) << ok << qint64(90) << qint64(99);
    QTest::newRow("suffix") << QByteArray("bytes=-5") << qint64(100) << ok << qint64(95) << qint64(99);
    QTest::newRow("suffix longer than file") << QByteArray("bytes=-500") << qint64(100) << ok << qint64(0) << qint64(99);
    QTest::newRow("last beyond end") << QByteArray("bytes=50-1000") << qint64(100) << ok << qint64(50) << qint64(99);
    QTest::newRow("start beyond end") << QByteArray("bytes=100-") << qint64(100) << bad << qint64(0) << qint64(0);
    QTest::newRow("empty file") << QByteArray("bytes=0-") << qint64(0) << bad << qint64(0) << qint64(0);
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << qint64(100) << none << qint64(0) << qint64(0);
    QTest::newRow("reversed") << QByteArray("bytes=9-0") << qint64(100) << none << qint64(0) << qint64(0);
    QTest::newRow("other unit") << QByteArray("items=0-1") << qint64(100) << none << qint64(0) << qint64(0);
    QTest::newRow("garbage") << QByteArray("bytes=a-b") << qint64(100) << none << qint64(0) << qint64(0);
    QTest::newRow("capped slice") << QByteArray("bytes=0-") << qint64(100 * 1024 * 1024) << ok << qint64(0)
                                  << qint64(MediaResponse::maxSlice - 1);
}

void TestWebUnits::range()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, size);
    QFETCH(int, result);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    MediaResponse::Range r;
    QCOMPARE(int(MediaResponse::parseRange(header, size, &r)), result);
    if (result == int(MediaResponse::RangeParse::Ok)) {
        QCOMPARE(r.first, first);
        QCOMPARE(r.last, last);
    }
}

void TestWebUnits::entryNames()
{
    QCOMPARE(EvidencePackage::entryName(QStringLiteral("e1"), QStringLiteral("VID_1.mp4")), QStringLiteral("files/e1-VID_1.mp4"));
    QCOMPARE(EvidencePackage::entryName(QStringLiteral("e1"), QStringLiteral("../../etc/passwd")),
             QStringLiteral("files/e1-_.._etc_passwd"));
    QCOMPARE(EvidencePackage::entryName(QStringLiteral("e1"), QString()), QStringLiteral("files/e1"));
    // Whatever the ids and names, an entry stays one level below files/.
    QCOMPARE(EvidencePackage::entryName(QStringLiteral("../x"), QStringLiteral("a\\b")), QStringLiteral("files/.._x-a_b"));
}

QTEST_GUILESS_MAIN(TestWebUnits)
#include "tst_webunits.moc"
