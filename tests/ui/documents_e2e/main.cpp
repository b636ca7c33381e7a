// Each shipped template filled end to end in a Qt Quick Test against the REAL object graph:
// DocumentFormPage bound to the C++ Documents facade over a real store (a temporary data
// directory, a demo inspector signed in, a case created through Cases). The test fills every
// field from the template's shipped sample through the facade the page uses, checks the page
// shows the rows without errors, presses the page's lock button, and has the resulting PDF
// checked by poppler (pdftoppm: not blank; pdftotext: title and number present).
#include "casescontroller.h"
#include "documentscontroller.h"
#include "domainstore.h"
#include "dutyinfo.h"
#include "partyid.h"
#include "sessioncontroller.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(FieldtermPlugin)
Q_IMPORT_QML_PLUGIN(Fieldterm_CorePlugin)

// What the QML test asks of C++: the case, the samples, and the PDF checks.
class EndToEnd : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString caseId MEMBER caseId CONSTANT)
public:
    QString caseId;

    Q_INVOKABLE QVariantMap sample(const QString &templateId) const
    {
        QFile f(QStringLiteral(":/templates/samples/%1.json").arg(templateId));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
    }

    // {ok, message}: the PDF renders to a non-blank first page and its text has title and number.
    Q_INVOKABLE QVariantMap checkPdf(const QString &pdf, const QString &title, const QString &number) const
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                                             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, dir.filePath(QStringLiteral("p"))});
        p.waitForFinished(60000);
        const QImage img(dir.filePath(QStringLiteral("p-1.png")));
        int ink = 0;
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2)
                ink += qGray(img.pixel(x, y)) < 160;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
        const bool ok = !img.isNull() && ink > 200 && text.contains(QString(title).remove(QLatin1Char(' ')))
                        && text.contains(QString(number).remove(QLatin1Char(' ')));
        return {{QStringLiteral("ok"), ok},
                {QStringLiteral("message"), QStringLiteral("png %1, ink %2, text has title %3, number %4")
                                                .arg(img.isNull() ? QStringLiteral("missing") : QStringLiteral("ok"))
                                                .arg(ink)
                                                .arg(text.contains(QString(title).remove(QLatin1Char(' '))))
                                                .arg(text.contains(QString(number).remove(QLatin1Char(' '))))}};
    }
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        const DeviceProfile profile = DeviceProfile::simulatedDefault();
        const DataPaths paths(m_dir.path());
        QString error;
        paths.ensure(&error);
        m_location = std::make_unique<FixedLocationSource>(GeoFix{true, 31.2304, 121.4737});
        m_duty = std::make_unique<DutyInfo>(profile, m_location.get());
        m_domain = std::make_unique<DomainStore>(profile, paths);
        m_session = std::make_unique<SessionController>(m_domain.get(), nullptr, std::function<bool()>(), 3600);
        m_cases = std::make_unique<CasesController>(m_domain.get(), nullptr, m_duty.get());
        m_documents = std::make_unique<DocumentsController>(m_domain.get(), m_cases.get(), std::function<QJsonObject()>());
        DutyInfo::setInstance(m_duty.get());
        SessionController::setInstance(m_session.get());
        CasesController::setInstance(m_cases.get());
        DocumentsController::setInstance(m_documents.get());
        if (!m_domain->open(&error))
            qFatal("store: %s", qPrintable(error));
        if (!m_session->signInNow(QStringLiteral("31000000001"), QStringLiteral("111111")))
            qFatal("demo sign-in failed");
        const QString first17 = QStringLiteral("31010519800101002");
        const QVariantMap created = m_cases->createCase(
            {{QStringLiteral("type"), QStringLiteral("general")}, {QStringLiteral("partyKind"), QStringLiteral("person")},
             {QStringLiteral("partyName"), QStringLiteral("王芳")}, {QStringLiteral("partyIdNo"), first17 + PartyId::residentIdCheckChar(first17)},
             {QStringLiteral("address"), QStringLiteral("上海市静安区南京西路 1000 号")},
             {QStringLiteral("powerItemCode"), m_cases->searchPowerItems(QString()).first().toMap().value(QStringLiteral("code"))}});
        m_e2e.caseId = created.value(QStringLiteral("caseId")).toString();
        engine->rootContext()->setContextProperty(QStringLiteral("E2E"), &m_e2e);
    }

private:
    QTemporaryDir m_dir;
    EndToEnd m_e2e;
    std::unique_ptr<FixedLocationSource> m_location;
    std::unique_ptr<DutyInfo> m_duty;
    std::unique_ptr<DomainStore> m_domain;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<CasesController> m_cases;
    std::unique_ptr<DocumentsController> m_documents;
};

QUICK_TEST_MAIN_WITH_SETUP(documents_e2e, Setup)

#include "main.moc"
