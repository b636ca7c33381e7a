// fieldterm-cli document templates / render as a user runs them: the five shipped templates
// listed as JSON, each sample rendered to a PDF that pdftotext reads back, the same bytes on a
// second run, no database written, and every usage error named with exit 1 or 2.
#include "outputtestkit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

OutputKit::Run cli(const QStringList &args)
{
    return OutputKit::run(QStringLiteral(FIELDTERM_CLI), args, 120000);
}

const QStringList shippedIds{QStringLiteral("correction_order"), QStringLiteral("evidence_registration_notice"),
                             QStringLiteral("inquiry_record"), QStringLiteral("onsite_inspection"),
                             QStringLiteral("onsite_penalty_decision")};

} // namespace

class TestCliDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void templatesJson();
    void renderSample_data();
    void renderSample();
    void renderData();
    void usageErrors_data();
    void usageErrors();

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QTemporaryDir m_dir;
};

void TestCliDocument::templatesJson()
{
    const OutputKit::Run r = cli({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("document"), QStringLiteral("templates"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QStringList ids;
    for (const QJsonValue &v : list) {
        const QJsonObject t = v.toObject();
        ids << t.value(QStringLiteral("id")).toString();
        QVERIFY(!t.value(QStringLiteral("title")).toString().isEmpty());
        QCOMPARE(t.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(t.value(QStringLiteral("fields")).toInt() > 3);
    }
    QCOMPARE(ids, shippedIds);
    const OutputKit::Run text = cli({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("document"), QStringLiteral("templates")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("询问笔录")));
}

void TestCliDocument::renderSample_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : shippedIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestCliDocument::renderSample()
{
    QFETCH(QString, id);
    const QString out = m_dir.filePath(id + QStringLiteral(".pdf"));
    const QStringList args{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("document"), QStringLiteral("render"),
                           QStringLiteral("--template"), id, QStringLiteral("--sample"), QStringLiteral("--out"), out};
    OutputKit::Run r = cli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    f.close();
    const QString text = OutputKit::pdfText(out);
    QVERIFY2(text.contains(QStringLiteral("样本")), qPrintable(text.left(300)));   // the sample number
    QVERIFY(text.contains(QStringLiteral("页共")) || text.contains(QStringLiteral("页 共")));
    // Reprints are byte-identical (same input, same bytes, same hash) — also across processes.
    const QString first = OutputKit::fileDigest(out);
    QVERIFY(QFile::remove(out));
    r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(OutputKit::fileDigest(out), first);
    // Rendering writes no store.
    QVERIFY(!QFile::exists(QDir(dataDir()).filePath(QStringLiteral("fieldterm.db"))));
}

void TestCliDocument::renderData()
{
    const QString sample = QStringLiteral(FIELDTERM_SOURCE_DIR "/resources/templates/samples/correction_order.json");
    QVERIFY(QFile::exists(sample));
    const QString out = m_dir.filePath(QStringLiteral("data.pdf"));
    const OutputKit::Run r = cli({QStringLiteral("--data-dir"), dataDir(), QStringLiteral("document"), QStringLiteral("render"),
                                  QStringLiteral("--template"), QStringLiteral("correction_order"), QStringLiteral("--data"), sample,
                                  QStringLiteral("--out"), out, QStringLiteral("--number"), QStringLiteral("沪市监责改〔2026〕88号")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(OutputKit::pdfText(out).contains(QStringLiteral("沪市监责改〔2026〕88号")));
}

void TestCliDocument::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");   // what stderr must name

    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    if (f.open(QIODevice::WriteOnly))
        f.write("{\"place\": \"未闭合");
    const QString array = m_dir.filePath(QStringLiteral("array.json"));
    QFile a(array);
    if (a.open(QIODevice::WriteOnly))
        a.write("[1, 2]");
    const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
    const QString render = QStringLiteral("render");
    QTest::newRow("unknown template") << QStringList{render, QStringLiteral("--template"), QStringLiteral("no_such"), QStringLiteral("--sample"), QStringLiteral("--out"), out}
                                      << 1 << QStringLiteral("no_such");
    QTest::newRow("missing --out") << QStringList{render, QStringLiteral("--template"), QStringLiteral("inquiry_record"), QStringLiteral("--sample")}
                                   << 2 << QStringLiteral("--out");
    QTest::newRow("missing --template") << QStringList{render, QStringLiteral("--sample"), QStringLiteral("--out"), out}
                                        << 2 << QStringLiteral("--template");
    QTest::newRow("sample and data") << QStringList{render, QStringLiteral("--template"), QStringLiteral("inquiry_record"), QStringLiteral("--sample"),
                                                    QStringLiteral("--data"), bad, QStringLiteral("--out"), out}
                                     << 2 << QStringLiteral("--sample");
    QTest::newRow("bad data json") << QStringList{render, QStringLiteral("--template"), QStringLiteral("inquiry_record"), QStringLiteral("--data"), bad, QStringLiteral("--out"), out}
                                   << 1 << bad;
    QTest::newRow("data not an object") << QStringList{render, QStringLiteral("--template"), QStringLiteral("inquiry_record"), QStringLiteral("--data"), array, QStringLiteral("--out"), out}
                                        << 1 << QStringLiteral("JSON 对象");
    QTest::newRow("missing data file") << QStringList{render, QStringLiteral("--template"), QStringLiteral("inquiry_record"), QStringLiteral("--data"), m_dir.filePath(QStringLiteral("none.json")), QStringLiteral("--out"), out}
                                       << 1 << QStringLiteral("none.json");
    QTest::newRow("unwritable out") << QStringList{render, QStringLiteral("--template"), QStringLiteral("inquiry_record"), QStringLiteral("--sample"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))}
                                    << 1 << QStringLiteral("x.pdf");
    QTest::newRow("unknown word") << QStringList{QStringLiteral("print")} << 2 << QStringLiteral("document templates");
}

void TestCliDocument::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const OutputKit::Run r = cli(QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("document")} + args);
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(TestCliDocument)
#include "tst_cli_document.moc"
