// The shipped templates (:/templates, embedded in fieldterm_documents): every one loads without
// a single error, and every sample in :/templates/samples fills its template completely — no
// issue, no missing signature — through the real form engine (defaults, computed values,
// relevance, validation). Reads whatever is embedded, so a new template is covered as it lands.

#include "documentform.h"
#include "templateloader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace {

// A context like the one the app builds from a case (docspec: ctx).
QJsonObject caseContext()
{
    return QJsonDocument::fromJson(R"({
        "case": {"caseNo": "沪浦市监〔2026〕88号", "type": "general", "partyKind": "organisation",
                 "partyName": "上海浦江食品有限公司", "partyIdNo": "91310115MA1K3YJ21B",
                 "partyPhone": "021-58881234", "address": "上海市浦东新区川沙路 100 号",
                 "powerItem": {"code": "330217001000", "name": "对未取得食品经营许可从事食品经营的处罚",
                               "legalBasis": "《中华人民共和国食品安全法》第一百二十二条", "discretion": ""}},
        "officers": [{"officerNo": "31000000001", "name": "张明"}, {"officerNo": "31000000002", "name": "李娜"}],
        "agency": "浦东市监", "deviceId": "SIM0001"})").object();
}

bool loadShipped(const QString &id, DocumentTemplate *tpl, QJsonObject *sample)
{
    const TemplateLoadResult result = TemplateLoader::loadDirectory(QStringLiteral(":/templates"));
    for (const DocumentTemplate &t : result.templates) {
        if (t.id == id)
            *tpl = t;
    }
    QFile file(QStringLiteral(":/templates/samples/%1.json").arg(id));
    if (tpl->id != id || !file.open(QIODevice::ReadOnly)) {
        qWarning() << "no shipped template or sample" << id;
        return false;
    }
    *sample = QJsonDocument::fromJson(file.readAll()).object();
    return !sample->isEmpty();
}

} // namespace

class TestShipped : public QObject
{
    Q_OBJECT
private slots:
    void everyTemplateLoads()
    {
        const TemplateLoadResult result = TemplateLoader::loadDirectory(QStringLiteral(":/templates"));
        QStringList errors;
        for (const TemplateLoadError &e : result.errors)
            errors << e.toString();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const QStringList files = QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QCOMPARE(result.templates.size(), files.size());
        for (const DocumentTemplate &t : result.templates) {
            QVERIFY2(!t.title.isEmpty(), qPrintable(t.id));
            QVERIFY2(t.version >= 1, qPrintable(t.id));
            QVERIFY2(t.numbering.pattern.contains(QLatin1String("{seq}")), qPrintable(t.id));
        }
    }

    void everySampleIsComplete_data()
    {
        QTest::addColumn<QString>("id");
        const QStringList samples =
            QDir(QStringLiteral(":/templates/samples")).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!samples.isEmpty());
        for (const QString &name : samples)
            QTest::newRow(qPrintable(name)) << QFileInfo(name).completeBaseName();
    }
    void everySampleIsComplete()
    {
        QFETCH(QString, id);
        const TemplateLoadResult result = TemplateLoader::loadDirectory(QStringLiteral(":/templates"));
        const DocumentTemplate *tpl = nullptr;
        for (const DocumentTemplate &t : result.templates) {
            if (t.id == id)
                tpl = &t;
        }
        QVERIFY2(tpl, qPrintable(QStringLiteral("sample %1 has no loaded template").arg(id)));

        QFile file(QStringLiteral(":/templates/samples/%1.json").arg(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));

        DocumentForm form(*tpl, caseContext(), [] { return QDateTime(QDate(2026, 11, 20), QTime(10, 30)); });
        const QJsonObject sample = doc.object();
        form.setValues(sample);
        QStringList issues;
        for (const FormIssue &issue : form.issues())
            issues << issue.path + QStringLiteral(": ") + issue.message;
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
        QVERIFY(form.isComplete());
        QCOMPARE(form.missingSignatures(), QStringList());
        // Computed values agree with what the sample wrote down (the sample is self-consistent).
        const QJsonObject values = form.values();
        for (auto it = sample.begin(); it != sample.end(); ++it) {
            const TemplateField *f = tpl->field(it.key());
            QVERIFY2(f, qPrintable(QStringLiteral("sample key %1 is not a field").arg(it.key())));
            if (!f->computed.isEmpty())
                QVERIFY2(values.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }

    // The two rules the issue names, on the shipped templates themselves (ids fixed by docspec).
    void shippedFineLimit_data()
    {
        QTest::addColumn<QString>("partyKind");
        QTest::addColumn<double>("amount");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("person 199") << "person" << 199.0 << true;
        QTest::newRow("person 200") << "person" << 200.0 << true;
        QTest::newRow("person 201") << "person" << 201.0 << false;
        QTest::newRow("organisation 3000") << "organisation" << 3000.0 << true;
        QTest::newRow("organisation 3001") << "organisation" << 3001.0 << false;
    }
    void shippedFineLimit()
    {
        QFETCH(QString, partyKind);
        QFETCH(double, amount);
        QFETCH(bool, accepted);
        DocumentTemplate tpl;
        QJsonObject sample;
        QVERIFY(loadShipped(QStringLiteral("onsite_penalty_decision"), &tpl, &sample));
        DocumentForm form(tpl, caseContext(), [] { return QDateTime(QDate(2026, 11, 20), QTime(10, 30)); });
        form.setValues(sample);
        QVERIFY(form.setValue(QStringLiteral("partyKind"), partyKind));
        QVERIFY(form.setValue(QStringLiteral("penaltyType"), QStringLiteral("fine")));
        QVERIFY(form.setValue(QStringLiteral("fineAmount"), amount));
        const QString error = form.errorAt(QStringLiteral("fineAmount"));
        QVERIFY2(accepted == error.isEmpty(), qPrintable(error));
        if (!accepted)
            QVERIFY(error.contains(QStringLiteral("第五十一条")));
    }

    void shippedDeadline_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("yesterday") << "2026-11-19" << false;
        QTest::newRow("today") << "2026-11-20" << false;
        QTest::newRow("tomorrow") << "2026-11-21" << true;
    }
    void shippedDeadline()
    {
        QFETCH(QString, date);
        QFETCH(bool, accepted);
        DocumentTemplate tpl;
        QJsonObject sample;
        QVERIFY(loadShipped(QStringLiteral("correction_order"), &tpl, &sample));
        DocumentForm form(tpl, caseContext(), [] { return QDateTime(QDate(2026, 11, 20), QTime(10, 30)); });
        form.setValues(sample);
        QVERIFY(form.isComplete());
        QVERIFY(form.setValue(QStringLiteral("correctBy"), date));
        QCOMPARE(form.isComplete(), accepted);
        QCOMPARE(form.errorAt(QStringLiteral("correctBy")).isEmpty(), accepted);
    }

    void everyTemplateStartsFromDefaults_data() { everySampleIsComplete_data(); }
    void everyTemplateStartsFromDefaults()
    {
        // A new document from the case context: defaults fill without expression errors.
        QFETCH(QString, id);
        const TemplateLoadResult result = TemplateLoader::loadDirectory(QStringLiteral(":/templates"));
        for (const DocumentTemplate &t : result.templates) {
            if (t.id != id)
                continue;
            DocumentForm form(t, caseContext(), [] { return QDateTime(QDate(2026, 11, 20), QTime(10, 30)); });
            form.initialValues();
            for (const FormIssue &issue : form.issues()) {
                QVERIFY2(!issue.message.contains(QStringLiteral("无法计算")), qPrintable(issue.path + issue.message));
            }
            QVERIFY(!form.rows().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestShipped)
#include "tst_shipped.moc"
