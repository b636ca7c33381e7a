// DocumentStore on a real SQLite file: autosave, kill -9 while typing (a child process of this
// binary), numbering without gaps (also when a lock fails half-way), frozen locked rows,
// version chains, hashes checked with sha256sum / openssl / sqlite3, and the audit chain.
#include "auditlog.h"
#include "auditverifier.h"
#include "casestore.h"
#include "database.h"
#include "datapaths.h"
#include "documentstore.h"
#include "outputtestkit.h"
#include "powercatalogue.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

const char childEnv[] = "FIELDTERM_DOCSTORE_CHILD";   // "<db path>|<document id>" selects child mode
const QString agency = QStringLiteral("沪市监");

struct Env {
    QTemporaryDir dir;
    std::unique_ptr<DataPaths> paths;
    Database db;
    std::unique_ptr<AuditLog> audit;
    PowerCatalogue catalogue;
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<DocumentStore> docs;
    QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(2, 30), Qt::UTC);
    QString caseId;

    bool open(const QString &algorithm = QStringLiteral("sha256"))
    {
        QString error;
        paths = std::make_unique<DataPaths>(dir.path());
        if (!dir.isValid() || !Store::openWriter(&db, paths->database(), &error) || !catalogue.loadEmbedded(&error)) {
            qWarning() << "open failed" << error;
            return false;
        }
        audit = std::make_unique<AuditLog>(db, QStringLiteral("SIM0001"), algorithm);
        cases = std::make_unique<CaseStore>(db, *audit, catalogue, QStringLiteral("SIM0001"), [this] { return now; });
        docs = std::make_unique<DocumentStore>(db, *audit, *paths, QStringLiteral("SIM0001"), algorithm, [this] { return now; });
        CaseInput in;
        in.type = QStringLiteral("general");
        in.partyKind = QStringLiteral("person");
        in.partyName = QStringLiteral("李四");
        in.partyIdNo = QStringLiteral("310101198511224569");
        in.address = QStringLiteral("上海市浦东新区世纪大道 100 号");
        in.powerItemCode = QStringLiteral("330217001000");
        const CreateResult c = cases->create(in, QStringLiteral("11010001"));
        if (!c.ok)
            qWarning() << "case" << c.error << c.errors.size();
        caseId = c.caseId;
        return c.ok;
    }
    QString draft(const QJsonObject &values = OutputKit::inquiryValues())
    {
        QString error;
        const QString id = docs->createDraft(caseId, OutputKit::inquiryTemplate(), values, QStringLiteral("11010001"), &error);
        if (id.isEmpty())
            qWarning() << "createDraft" << error;
        return id;
    }
    RenderInfo info() const
    {
        RenderInfo i;
        i.agency = agency;
        i.caseNo = QStringLiteral("SIM0001-2026-00001");
        return i;
    }
    LockResult lock(const QString &id) { return docs->lock(id, OutputKit::inquiryTemplate(), info(), QStringLiteral("11010001")); }
    QString dbPath() const { return paths->database(); }
};

// Child mode: autosave one more Q/A pair per change and say so after each commit.
int childMain()
{
    const QStringList spec = qEnvironmentVariable(childEnv).split(QLatin1Char('|'));
    Database db;
    QString error;
    if (spec.size() != 2 || !Store::openWriter(&db, spec.at(0), &error))
        return 3;
    AuditLog audit(db, QStringLiteral("SIM0001"), QStringLiteral("sha256"));
    DataPaths paths(QFileInfo(spec.at(0)).absolutePath());
    DocumentStore store(db, audit, paths, QStringLiteral("SIM0001"), QStringLiteral("sha256"));
    QJsonObject values = OutputKit::inquiryValues(0);
    QJsonArray qa;
    for (int n = 1; n <= 100000; ++n) {
        qa.append(OutputKit::qaItem(n, 40));
        values.insert(QStringLiteral("qa"), qa);
        values.insert(QStringLiteral("typed"), n);
        if (!store.saveDraft(spec.at(1), values).isEmpty())
            return 4;
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestDocumentStore : public QObject
{
    Q_OBJECT

private slots:
    void createDraftIsAudited();
    void autosavePersistsEachChange();
    void killDuringTypingKeepsEveryAcknowledgedChange();
    void lockNumbersWithoutGaps();
    void failedLockGivesTheNumberBack();
    void incompleteDocumentIsNotLocked();
    void lockedRowsRefuseChanges();
    void hashesMatchIndependentTools_data();
    void hashesMatchIndependentTools();
    void newVersionChain();
    void textIsStoredVerbatim();
    void auditChainVerifies();
};

void TestDocumentStore::createDraftIsAudited()
{
    Env env;
    QVERIFY(env.open());
    const QJsonObject values = OutputKit::inquiryValues();
    const QString id = env.draft(values);
    QVERIFY(!id.isEmpty());
    DocumentRecord r;
    QString error;
    QVERIFY2(env.docs->get(id, &r, &error), qPrintable(error));
    QCOMPARE(r.status, QStringLiteral("draft"));
    QCOMPARE(r.version, 1);
    QCOMPARE(r.values, values);
    QCOMPARE(r.valuesJson.toUtf8(), DocumentStore::serialise(values));
    QVERIFY(r.number.isEmpty());
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT action FROM audit_log WHERE object_id = '%1'").arg(id)),
             QStringLiteral("document_create"));
    QCOMPARE(env.docs->list(env.caseId).size(), 1);

    QString refused;
    QVERIFY(env.docs->createDraft(QStringLiteral("no-such-case"), OutputKit::inquiryTemplate(), values, QStringLiteral("x"), &refused).isEmpty());
    QVERIFY2(refused.contains(QStringLiteral("找不到案件")), qPrintable(refused));
}

void TestDocumentStore::autosavePersistsEachChange()
{
    Env env;
    QVERIFY(env.open());
    const QString id = env.draft(OutputKit::inquiryValues(0));
    const qint64 auditRows = OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    QJsonObject values = OutputKit::inquiryValues(0);
    for (int n = 1; n <= 15; ++n) {
        values.insert(QStringLiteral("note"), QStringLiteral("第 %1 次修改").arg(n));
        QCOMPARE(env.docs->saveDraft(id, values), QString());
        // Another process sees the change at once: it is committed, not buffered.
        QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT json_extract(values_json, '$.note') FROM documents WHERE id = '%1'").arg(id)),
                 QStringLiteral("第 %1 次修改").arg(n));
    }
    // No audit row per keystroke.
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), auditRows);
    QVERIFY(env.docs->saveDraft(QStringLiteral("unknown"), values).contains(QStringLiteral("找不到文书")));
}

void TestDocumentStore::killDuringTypingKeepsEveryAcknowledgedChange()
{
    Env env;
    QVERIFY(env.open());
    const QString id = env.draft(OutputKit::inquiryValues(0));
    env.db.close();   // the child is the writer now; this process only reopens afterwards

    QProcess child;
    QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
    penv.insert(QLatin1String(childEnv), env.dbPath() + QLatin1Char('|') + id);
    child.setProcessEnvironment(penv);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    const auto acknowledged = [&out] {
        const QList<QByteArray> lines = out.split('\n');
        int last = 0;
        for (const QByteArray &l : lines) {
            if (l.startsWith("saved "))
                last = l.mid(6).toInt();   // an incomplete last line parses short or 0: never more than was said
        }
        return last;
    };
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput(), acknowledged() >= 40), 60000);
    ::kill(pid_t(child.processId()), SIGKILL);   // mid-stream: it is saving the next change now
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    out += child.readAllStandardOutput();
    const int said = acknowledged();
    QVERIFY(said >= 40);

    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    Database reopened;
    QString error;
    QVERIFY2(Store::openWriter(&reopened, env.dbPath(), &error), qPrintable(error));
    Statement st = reopened.prepare("SELECT values_json FROM documents WHERE id = ?1");
    st.bind(1, id);
    QCOMPARE(st.step(), Statement::Step::Row);
    const QJsonObject values = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    const int typed = values.value(QStringLiteral("typed")).toInt();
    const QJsonArray qa = values.value(QStringLiteral("qa")).toArray();
    qInfo() << "acknowledged" << said << "found" << typed;
    QVERIFY2(typed >= said, qPrintable(QStringLiteral("acknowledged %1, stored %2").arg(said).arg(typed)));
    QVERIFY(typed <= said + 1);   // at most the one in flight when killed
    QCOMPARE(qa.size(), typed);
    for (int i = 0; i < qa.size(); ++i)
        QCOMPARE(qa.at(i).toObject(), OutputKit::qaItem(i + 1, 40));
}

void TestDocumentStore::lockNumbersWithoutGaps()
{
    Env env;
    QVERIFY(env.open());
    for (int n = 1; n <= 4; ++n) {
        const QString id = env.draft();
        const LockResult r = env.lock(id);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.number, QStringLiteral("沪市监询〔2026〕%1号").arg(n));
        QVERIFY(QFile::exists(r.pdfPath));
        QVERIFY(r.pdfPath.endsWith(QStringLiteral("documents/2026/11/沪市监询〔2026〕%1号_v1.pdf").arg(n)));
        QVERIFY(!QFile::exists(r.pdfPath + QStringLiteral(".part")));
        QCOMPARE(QFile(r.pdfPath).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT name || '=' || value FROM counters WHERE name LIKE 'docno/%'")),
             QStringLiteral("docno/沪市监询/test_inquiry/2026=4"));
    // A new year starts again at 1.
    env.now = QDateTime(QDate(2027, 1, 5), QTime(2, 0), Qt::UTC);
    const LockResult r = env.lock(env.draft());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.number, QStringLiteral("沪市监询〔2027〕1号"));
}

void TestDocumentStore::failedLockGivesTheNumberBack()
{
    Env env;
    QVERIFY(env.open());
    const QString a = env.draft();
    const QString b = env.draft();
    // documents/ is a plain file: the PDF cannot be written (even as root, unlike a chmod).
    const QString docsDir = QDir(env.dir.path()).filePath(QStringLiteral("documents"));
    {
        QFile blocker(docsDir);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    const LockResult failed = env.lock(a);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QStringLiteral("文书未锁定，文号未占用")), qPrintable(failed.error));
    DocumentRecord r;
    QString error;
    QVERIFY(env.docs->get(a, &r, &error));
    QCOMPARE(r.status, QStringLiteral("draft"));
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT count(*) FROM counters WHERE name LIKE 'docno/%'")), QStringLiteral("0"));
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document_lock'")), QStringLiteral("0"));

    QVERIFY(QFile::remove(docsDir));
    const LockResult first = env.lock(b);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.number, QStringLiteral("沪市监询〔2026〕1号"));   // the failed attempt's number, not lost
    const LockResult second = env.lock(a);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.number, QStringLiteral("沪市监询〔2026〕2号"));

    // A PDF left by a lock that crashed before its commit never blocks the number it had.
    const QString c = env.draft();
    const QString stale = QDir(env.dir.path()).filePath(QStringLiteral("documents/2026/11/沪市监询〔2026〕3号_v1.pdf"));
    {
        QFile f(stale);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 half-written");
    }
    const LockResult third = env.lock(c);
    QVERIFY2(third.ok, qPrintable(third.error));
    QCOMPARE(third.number, QStringLiteral("沪市监询〔2026〕3号"));
    QCOMPARE(OutputKit::fileDigest(third.pdfPath), third.pdfHash);
    QCOMPARE(QDir(QFileInfo(stale).absolutePath()).entryList({QStringLiteral("*.uncommitted-*")}, QDir::Files).size(), 1);
}

void TestDocumentStore::incompleteDocumentIsNotLocked()
{
    Env env;
    QVERIFY(env.open());
    const QString id = env.draft();
    const LockResult r = env.docs->lock(id, OutputKit::inquiryTemplate(), env.info(), QStringLiteral("11010001"),
                                        {QStringLiteral("被询问人签名：尚未签名")});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("被询问人签名：尚未签名")), qPrintable(r.error));
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT count(*) FROM counters WHERE name LIKE 'docno/%'")), QStringLiteral("0"));
    // Another template (or version) than the draft's is refused too.
    DocumentTemplate other = OutputKit::inquiryTemplate();
    other.version = 2;
    const LockResult wrong = env.docs->lock(id, other, env.info(), QStringLiteral("11010001"));
    QVERIFY(!wrong.ok);
    QVERIFY2(wrong.error.contains(QStringLiteral("不一致")), qPrintable(wrong.error));
}

void TestDocumentStore::lockedRowsRefuseChanges()
{
    Env env;
    QVERIFY(env.open());
    const QString id = env.draft();
    const LockResult r = env.lock(id);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString refused = env.docs->saveDraft(id, OutputKit::inquiryValues(1));
    QVERIFY2(refused.contains(QStringLiteral("已锁定")) && refused.contains(r.number), qPrintable(refused));
    const LockResult again = env.lock(id);
    QVERIFY(!again.ok);
    QVERIFY(again.error.contains(QStringLiteral("已锁定")));
    // Below the API: the trigger refuses, whoever writes.
    QVERIFY(!env.db.exec("UPDATE documents SET values_json = '{}' WHERE status = 'locked'"));
    QVERIFY(!env.db.exec("DELETE FROM documents WHERE status = 'locked'"));
    QVERIFY(OutputKit::sqlite(env.dbPath(), QStringLiteral("UPDATE documents SET number = 'x' WHERE id = '%1'").arg(id)).contains(QStringLiteral("never changes")));
    DocumentRecord now;
    QString error;
    QVERIFY(env.docs->get(id, &now, &error));
    QCOMPARE(now.values, OutputKit::inquiryValues());
    QCOMPARE(now.number, r.number);
}

void TestDocumentStore::hashesMatchIndependentTools_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("sha256") << QStringLiteral("sha256");
    QTest::newRow("sm3") << QStringLiteral("sm3");
}

void TestDocumentStore::hashesMatchIndependentTools()
{
    QFETCH(QString, algorithm);
    Env env;
    QVERIFY(env.open(algorithm));
    const QString id = env.draft();
    const LockResult r = env.lock(id);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(OutputKit::fileDigest(r.pdfPath, algorithm), r.pdfHash);
    // values_hash covers the exact bytes stored: sqlite3 writes them out, the tool hashes them.
    const QString dump = QDir(env.dir.path()).filePath(QStringLiteral("values.json"));
    OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT writefile('%1', values_json) FROM documents WHERE id = '%2'").arg(dump, id));
    QCOMPARE(OutputKit::fileDigest(dump, algorithm), r.valuesHash);
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT pdf_hash || ' ' || values_hash || ' ' || hash_alg || ' ' || pdf_path FROM documents WHERE id = '%1'").arg(id)),
             QStringLiteral("%1 %2 %3 %4").arg(r.pdfHash, r.valuesHash, algorithm, QDir(env.dir.path()).relativeFilePath(r.pdfPath)));
    // The audit row carries both hashes and the number.
    const QJsonObject details = QJsonDocument::fromJson(OutputKit::sqlite(env.dbPath(),
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'document_lock' AND object_id = '%1'").arg(id)).toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("number")).toString(), r.number);
    QCOMPARE(details.value(QStringLiteral("pdf_hash")).toString(), r.pdfHash);
    QCOMPARE(details.value(QStringLiteral("values_hash")).toString(), r.valuesHash);
    QCOMPARE(details.value(QStringLiteral("template")).toString(), QStringLiteral("test_inquiry"));
    // The stored PDF says what it is.
    const QString text = OutputKit::pdfText(r.pdfPath);
    QVERIFY(text.contains(r.number));
    QVERIFY(text.contains(QStringLiteral("SIM0001-2026-00001")));
}

void TestDocumentStore::newVersionChain()
{
    Env env;
    QVERIFY(env.open());
    const QString v1 = env.draft();
    QString error;
    QVERIFY(env.docs->newVersion(v1, QStringLiteral("11010001"), &error).isEmpty());   // a draft is edited in place
    QVERIFY(error.contains(QStringLiteral("尚未锁定")));
    const LockResult l1 = env.lock(v1);
    QVERIFY2(l1.ok, qPrintable(l1.error));

    const QString v2 = env.docs->newVersion(v1, QStringLiteral("11010002"), &error);
    QVERIFY2(!v2.isEmpty(), qPrintable(error));
    DocumentRecord r2;
    QVERIFY(env.docs->get(v2, &r2, &error));
    QCOMPARE(r2.version, 2);
    QCOMPARE(r2.supersedesId, v1);
    QCOMPARE(r2.status, QStringLiteral("draft"));
    QCOMPARE(r2.values, OutputKit::inquiryValues());
    QVERIFY(env.docs->newVersion(v1, QStringLiteral("11010002"), &error).isEmpty());   // one successor only
    QVERIFY2(error.contains(QStringLiteral("已有第 2 版")), qPrintable(error));

    QJsonObject changed = OutputKit::inquiryValues();
    changed.insert(QStringLiteral("note"), QStringLiteral("更正：询问地点门牌号"));
    QCOMPARE(env.docs->saveDraft(v2, changed), QString());
    const LockResult l2 = env.lock(v2);
    QVERIFY2(l2.ok, qPrintable(l2.error));
    QCOMPARE(l2.number, QStringLiteral("沪市监询〔2026〕2号"));
    QVERIFY(l2.pdfPath.endsWith(QStringLiteral("_v2.pdf")));
    QVERIFY(l2.valuesHash != l1.valuesHash);
    const QList<DocumentRecord> all = env.docs->list(env.caseId);
    QCOMPARE(all.size(), 2);
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'document_version'")).contains(v1), true);
}

void TestDocumentStore::textIsStoredVerbatim()
{
    Env env;
    QVERIFY(env.open());
    QJsonObject values = OutputKit::inquiryValues(1);
    const QString nasty = QStringLiteral("'); DROP TABLE documents; -- <b>&amp;</b> \"引号\" 😀 ../../etc/passwd");
    values.insert(QStringLiteral("note"), nasty);
    const QString id = env.draft(values);
    QVERIFY(!id.isEmpty());
    DocumentRecord r;
    QString error;
    QVERIFY(env.docs->get(id, &r, &error));
    QCOMPARE(r.values.value(QStringLiteral("note")).toString(), nasty);
    const LockResult l = env.lock(id);
    QVERIFY2(l.ok, qPrintable(l.error));
    QVERIFY(OutputKit::pdfText(l.pdfPath).contains(QStringLiteral("DROP TABLE documents; -- <b>&amp;</b>")));

    // Over-large values are refused whole, naming the limit.
    QJsonObject huge = values;
    huge.insert(QStringLiteral("note"), QString(int(DocumentStore::MaxValuesBytes), QLatin1Char('x')));
    const QString d2 = env.draft(OutputKit::inquiryValues(1));
    const QString refused = env.docs->saveDraft(d2, huge);
    QVERIFY2(refused.contains(QStringLiteral("过大")), qPrintable(refused));
}

void TestDocumentStore::auditChainVerifies()
{
    Env env;
    QVERIFY(env.open());
    const QString v1 = env.draft();
    QVERIFY(env.lock(v1).ok);
    QString error;
    const QString v2 = env.docs->newVersion(v1, QStringLiteral("11010001"), &error);
    QVERIFY(!v2.isEmpty());
    QVERIFY(env.lock(v2).ok);
    QCOMPARE(OutputKit::sqlite(env.dbPath(), QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE object_type = 'document' ORDER BY seq)")),
             QStringLiteral("document_create,document_lock,document_version,document_lock"));
    Database reader;
    QVERIFY(Store::openReader(&reader, env.dbPath(), &error));
    const AuditVerifyResult v = AuditVerifier::verify(reader);
    QVERIFY2(v.intact(), qPrintable(v.message));
    QVERIFY(v.rowsChecked >= 5);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(childEnv)) {
        QCoreApplication app(argc, argv);
        return childMain();
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestDocumentStore t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_documentstore.moc"
