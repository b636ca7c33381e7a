// The Documents facade over the real store (no QML): a case created through Cases, a
// 责令改正通知书 made from it (defaults from the case), filled from the shipped sample field by
// field with every change autosaved, refused while incomplete, locked with the next number and a
// PDF whose text carries that number (pdftotext), frozen, and corrected through a new version.
#include "casescontroller.h"
#include "documentscontroller.h"
#include "domainstore.h"
#include "partyid.h"
#include "sessioncontroller.h"

#include "../app/testtools.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DomainStore> m_domain;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<CasesController> m_cases;
    std::unique_ptr<DocumentsController> m_docs;
    QString m_caseId;

    QString db() const { return m_dir.filePath(QStringLiteral("fieldterm.db")); }

    QVariantMap row(const QString &path) const
    {
        QAbstractListModel *m = m_docs->form();
        const QHash<int, QByteArray> roles = m->roleNames();
        for (int i = 0; i < m->rowCount(); ++i) {
            if (m->index(i).data(DocumentFormModel::PathRole).toString() != path)
                continue;
            QVariantMap out;
            for (auto it = roles.begin(); it != roles.end(); ++it)
                out.insert(QString::fromLatin1(it.value()), m->index(i).data(it.key()));
            return out;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const DeviceProfile profile = DeviceProfile::simulatedDefault();
        const DataPaths paths(m_dir.path());
        QString error;
        QVERIFY(paths.ensure(&error));
        m_domain = std::make_unique<DomainStore>(profile, paths);
        m_session = std::make_unique<SessionController>(m_domain.get(), nullptr, std::function<bool()>(), 120);
        m_cases = std::make_unique<CasesController>(m_domain.get(), nullptr, nullptr);
        m_docs = std::make_unique<DocumentsController>(m_domain.get(), m_cases.get(), std::function<QJsonObject()>());
        QVERIFY2(m_domain->open(&error), qPrintable(error));
        QCOMPARE(m_docs->templates().size(), 5);
        QVERIFY(m_docs->loaded().errors.isEmpty());
        QVERIFY(m_session->signInNow(QStringLiteral("31000000001"), QStringLiteral("111111")));

        const QString first17 = QStringLiteral("31010519800101002");
        const QVariantMap created = m_cases->createCase(
            {{QStringLiteral("type"), QStringLiteral("general")}, {QStringLiteral("partyKind"), QStringLiteral("person")},
             {QStringLiteral("partyName"), QStringLiteral("王芳")}, {QStringLiteral("partyIdNo"), first17 + PartyId::residentIdCheckChar(first17)},
             {QStringLiteral("address"), QStringLiteral("上海市静安区南京西路 1000 号")},
             {QStringLiteral("powerItemCode"), m_cases->searchPowerItems(QString()).first().toMap().value(QStringLiteral("code"))}});
        QVERIFY(created.value(QStringLiteral("ok")).toBool());
        m_caseId = created.value(QStringLiteral("caseId")).toString();
    }

    void draftIsPrefilledAndAutosaved()
    {
        const QString id = m_docs->create(m_caseId, QStringLiteral("correction_order"));
        QVERIFY2(!id.isEmpty(), qPrintable(m_docs->lastError()));
        QCOMPARE(m_docs->documentId(), id);
        QCOMPARE(m_docs->status(), QStringLiteral("draft"));
        QVERIFY(m_docs->form()->rowCount() > 5);
        // Defaults from the case: the party's address and the power item's legal basis.
        QCOMPARE(row(QStringLiteral("partyAddress")).value(QStringLiteral("value")).toString(), QStringLiteral("上海市静安区南京西路 1000 号"));
        QVERIFY(!row(QStringLiteral("legalBasis")).value(QStringLiteral("value")).toString().isEmpty());
        QVERIFY(!m_docs->canLock());
        QVERIFY(!m_docs->lock().isEmpty());   // incomplete: refused, naming what is missing
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT count(*) FROM documents WHERE status = 'locked'")), QStringLiteral("0"));

        // A deadline in the past is refused next to its field — and still autosaved as typed.
        m_docs->setValue(QStringLiteral("correctBy"), QStringLiteral("2020-01-01"));
        QVERIFY(!row(QStringLiteral("correctBy")).value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT json_extract(values_json, '$.correctBy') FROM documents WHERE id = '%1'").arg(id)),
                 QStringLiteral("2020-01-01"));
        QVERIFY(m_docs->savedText().startsWith(QStringLiteral("已自动保存")));

        // Fill from the shipped sample, one field at a time, as a user would.
        QFile f(QStringLiteral(":/templates/samples/correction_order.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject sample = QJsonDocument::fromJson(f.readAll()).object();
        for (auto it = sample.begin(); it != sample.end(); ++it) {
            if (!row(it.key()).value(QStringLiteral("readOnly")).toBool())
                m_docs->setValue(it.key(), it.value().toVariant());
        }
        QVERIFY2(m_docs->canLock(), qPrintable(m_docs->missingItems().join(QLatin1Char('\n'))));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT json_extract(values_json, '$.correctBy') FROM documents WHERE id = '%1'").arg(id)),
                 sample.value(QStringLiteral("correctBy")).toString());
    }

    void lockNumbersFreezesAndPrints()
    {
        const QString id = m_docs->documentId();
        QCOMPARE(m_docs->lock(), QString());
        QVERIFY(m_docs->locked());
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(m_docs->number(), QStringLiteral("市监责改〔%1〕1号").arg(year));
        QVERIFY(QFile::exists(m_docs->pdfPath()));
        bool ok = false;
        const QByteArray text = TestTools::run(QStringLiteral("pdftotext"), {m_docs->pdfPath(), QStringLiteral("-")}, &ok);
        QVERIFY(ok);
        QVERIFY2(QString::fromUtf8(text).contains(m_docs->number()), text.constData());
        QCOMPARE(TestTools::toolHash(QStringLiteral("sha256"), m_docs->pdfPath()),
                 TestTools::sqlite(db(), QStringLiteral("SELECT pdf_hash FROM documents WHERE id = '%1'").arg(id)));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT json_extract(details, '$.pdf_hash') = d.pdf_hash FROM audit_log a"
                                                        " JOIN documents d ON d.id = a.object_id WHERE a.action = 'document_lock'")),
                 QStringLiteral("1"));

        // Frozen: the facade refuses, and so would the database.
        m_docs->setValue(QStringLiteral("violationFacts"), QStringLiteral("改过的事实"));
        QVERIFY(!m_docs->lastError().isEmpty());
        QVERIFY(!TestTools::sqlite(db(), QStringLiteral("SELECT values_json FROM documents WHERE id = '%1'").arg(id)).contains(QStringLiteral("改过的事实")));
        const QVariantList listed = m_docs->documentsFor(m_caseId);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toMap().value(QStringLiteral("number")).toString(), m_docs->number());
    }

    void correctionIsANewVersion()
    {
        const QString lockedId = m_docs->documentId();
        const QString draft = m_docs->newVersion();
        QVERIFY2(!draft.isEmpty(), qPrintable(m_docs->lastError()));
        QCOMPARE(m_docs->version(), 2);
        QCOMPARE(m_docs->status(), QStringLiteral("draft"));
        QCOMPARE(TestTools::sqlite(db(), QStringLiteral("SELECT supersedes_id FROM documents WHERE id = '%1'").arg(draft)), lockedId);
        m_docs->setValue(QStringLiteral("violationFacts"), QStringLiteral("更正后的违法事实：🚓 \"引号\" <b>"));
        QCOMPARE(m_docs->lastError(), QString());
        QCOMPARE(m_docs->lock(), QString());
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(m_docs->number(), QStringLiteral("市监责改〔%1〕2号").arg(year));   // no gap, no reuse
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
