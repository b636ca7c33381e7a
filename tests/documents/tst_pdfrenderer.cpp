// PdfRenderer checked with poppler's tools, not with our own reader: every shipped sample (and
// a hand-built template) renders to a PDF whose first page is not blank as a PNG (pdftoppm),
// whose text (pdftotext) has the title, the number and the page footer, whose CJK font is
// embedded (pdffonts); a 30-page 询问笔录 carries the signature strip and "第 X 页 共 Y 页" on
// every page; the same input gives the same bytes.
#include "outputtestkit.h"
#include "pdfrenderer.h"
#include "templateloader.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

RenderInfo info(const QString &number = QStringLiteral("沪市监询〔2026〕15号"))
{
    RenderInfo i;
    i.number = number;
    i.agency = QStringLiteral("上海市浦东新区市场监督管理局");
    i.caseNo = QStringLiteral("SIM0001-2026-00015");
    i.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(2, 31), Qt::UTC);
    return i;
}

// A shipped sample holds the values, or {"values": {...}, "ctx": {...}}.
QJsonObject sampleValues(const DocumentTemplate &tpl)
{
    QFile f(QStringLiteral(":/templates/samples/%1.json").arg(tpl.id));
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (root.value(QStringLiteral("values")).isObject() && !tpl.field(QStringLiteral("values")))
        return root.value(QStringLiteral("values")).toObject();
    return root;
}

} // namespace

class TestPdfRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renders_data();
    void renders();
    void thirtyPageInquiry();
    void sameInputSameBytes();
    void refusalAndRelevance();

private:
    QTemporaryDir m_dir;
    QList<DocumentTemplate> m_shipped;
};

void TestPdfRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!PdfRenderer::fontFamily().isEmpty(), "fonts-noto-cjk is not installed");
    const TemplateLoadResult loaded = TemplateLoader::loadDirectory();
    for (const TemplateLoadError &e : loaded.errors)
        qWarning() << e.toString();
    m_shipped = loaded.templates;
}

void TestPdfRenderer::renders_data()
{
    QTest::addColumn<int>("shippedIndex");   // -1 = the hand-built template
    QTest::newRow("hand-built inquiry") << -1;
    for (int i = 0; i < m_shipped.size(); ++i) {
        if (QFile::exists(QStringLiteral(":/templates/samples/%1.json").arg(m_shipped.at(i).id)))
            QTest::newRow(qPrintable(m_shipped.at(i).id)) << i;
    }
}

void TestPdfRenderer::renders()
{
    QFETCH(int, shippedIndex);
    const DocumentTemplate tpl = shippedIndex < 0 ? OutputKit::inquiryTemplate() : m_shipped.at(shippedIndex);
    const QJsonObject values = shippedIndex < 0 ? OutputKit::inquiryValues() : sampleValues(tpl);
    QVERIFY(!values.isEmpty());
    const QString pdf = m_dir.filePath(tpl.id + QStringLiteral(".pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(PdfRenderer::renderToFile(tpl, values, info(), pdf, &error, &pages), qPrintable(error));
    QVERIFY(pages >= 1);
    QCOMPARE(OutputKit::pdfPages(pdf), pages);

    const QString png = OutputKit::pageToPng(pdf, 1, m_dir.filePath(tpl.id + QStringLiteral("-p1")));
    QVERIFY(!png.isEmpty());
    const double ink = OutputKit::inkFraction(png);
    qInfo() << tpl.id << pages << "pages, first page ink" << ink << png;
    QVERIFY2(ink > 0.01, qPrintable(QStringLiteral("first page nearly blank: %1").arg(ink)));
    QVERIFY(ink < 0.5);

    const QString text = OutputKit::pdfText(pdf);
    QVERIFY2(text.contains(info().number), qPrintable(text.left(400)));
    // pdftotext may space out the letter-spaced title: compare without blanks.
    QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(tpl.title));
    // pdftotext drops the narrow blanks between CJK and digits: compare without blanks.
    QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("第1页共%1页").arg(pages)));

    const QString fonts = QString::fromUtf8(OutputKit::run(QStringLiteral("pdffonts"), {pdf}).out);
    bool embeddedCjk = false;
    for (const QString &line : fonts.split(QLatin1Char('\n'))) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        if (line.contains(QStringLiteral("CJK")) && cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"))
            embeddedCjk = true;
    }
    QVERIFY2(embeddedCjk, qPrintable(fonts));
}

void TestPdfRenderer::thirtyPageInquiry()
{
    // The shipped 询问笔录 when there is one, else the hand-built one.
    DocumentTemplate tpl = OutputKit::inquiryTemplate();
    QJsonObject values = OutputKit::inquiryValues(0);
    for (const DocumentTemplate &t : std::as_const(m_shipped)) {
        if (t.id == QLatin1String("inquiry_record")) {
            tpl = t;
            values = sampleValues(t);
        }
    }
    QVERIFY(tpl.signatureEveryPage);
    // About 1.6 pairs with 300-character answers per page; find the count that gives 30 pages.
    QJsonArray qa;
    QByteArray bytes;
    int pages = 0;
    QString error;
    for (int pairs = 40; pairs < 120 && pages < 30; pairs += 2) {
        while (qa.size() < pairs)
            qa.append(OutputKit::qaItem(int(qa.size()) + 1, 300));
        values.insert(QStringLiteral("qa"), qa);
        bytes = PdfRenderer::renderToBytes(tpl, values, info(), &error, &pages);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    }
    QVERIFY2(pages >= 30 && pages <= 32, qPrintable(QString::number(pages)));
    const QString pdf = m_dir.filePath(QStringLiteral("inquiry-30.pdf"));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QCOMPARE(OutputKit::pdfPages(pdf), pages);

    const QString stripLabel = tpl.field(tpl.signatureFieldsOnEveryPage.first())->label;
    const QStringList pageTexts = OutputKit::pdfText(pdf).split(QLatin1Char('\f'));
    QVERIFY(pageTexts.size() >= pages);
    int lastQuestionSeen = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString t = pageTexts.at(p - 1);
        QVERIFY2(QString(t).remove(QLatin1Char(' ')).contains(QStringLiteral("第%1页共%2页").arg(p).arg(pages)), qPrintable(QStringLiteral("page %1").arg(p)));
        QVERIFY2(t.contains(stripLabel), qPrintable(QStringLiteral("page %1 has no signature strip").arg(p)));
        if (t.contains(QStringLiteral("问：")))
            lastQuestionSeen = p;
    }
    QVERIFY(lastQuestionSeen >= pages - 2);   // the Q/A flows over the pages, not cut off
    const QString middle = OutputKit::pageToPng(pdf, pages / 2, m_dir.filePath(QStringLiteral("inquiry-30-middle")));
    QVERIFY(OutputKit::inkFraction(middle) > 0.01);
}

void TestPdfRenderer::sameInputSameBytes()
{
    QString error;
    const QByteArray a = PdfRenderer::renderToBytes(OutputKit::inquiryTemplate(), OutputKit::inquiryValues(), info(), &error);
    QVERIFY2(!a.isEmpty(), qPrintable(error));
    const QByteArray b = PdfRenderer::renderToBytes(OutputKit::inquiryTemplate(), OutputKit::inquiryValues(), info(), &error);
    QCOMPARE(QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex(), QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    RenderInfo later = info();
    later.generatedAt = later.generatedAt.addSecs(60);
    QVERIFY(PdfRenderer::renderToBytes(OutputKit::inquiryTemplate(), OutputKit::inquiryValues(), later, &error) != a);
    const QString pdf = m_dir.filePath(QStringLiteral("same.pdf"));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(a);
    f.close();
    const QString meta = QString::fromUtf8(OutputKit::run(QStringLiteral("pdfinfo"), {pdf}).out);
    QVERIFY2(meta.contains(QRegularExpression(QStringLiteral("Creator:\\s+fieldterm"))), qPrintable(meta));
    QVERIFY2(meta.contains(QStringLiteral("2026")), qPrintable(meta));   // the creation date is generatedAt
}

void TestPdfRenderer::refusalAndRelevance()
{
    QJsonObject values = OutputKit::inquiryValues(2);
    values.insert(QStringLiteral("personSignature"),
                  QJsonObject{{QStringLiteral("refused"), true},
                              {QStringLiteral("refusalReason"), QStringLiteral("对处罚有异议")},
                              {QStringLiteral("signedAt"), QStringLiteral("2026-11-20T10:40")}});
    values.insert(QStringLiteral("note"), QStringLiteral("不应出现的备注"));
    RenderInfo i = info();
    i.isRelevant = [](const QString &path) { return path != QLatin1String("note"); };
    const QString pdf = m_dir.filePath(QStringLiteral("refusal.pdf"));
    QString error;
    QVERIFY2(PdfRenderer::renderToFile(OutputKit::inquiryTemplate(), values, i, pdf, &error), qPrintable(error));
    const QString text = OutputKit::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("当事人拒绝签名：对处罚有异议")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("不应出现的备注")));
    QVERIFY(text.contains(QStringLiteral("问：")) && text.contains(QStringLiteral("答：")));
    QVERIFY(text.contains(QStringLiteral("李四")));
    QVERIFY(text.contains(QStringLiteral("当事人")));   // the choice's label, not its key
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPdfRenderer t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_pdfrenderer.moc"
