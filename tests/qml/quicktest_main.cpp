// Runs the Qt Quick Test files of one folder (QUICK_TEST_SOURCE_DIR) against the static
// `Fieldterm` QML module and, for pages, the QML-only fake of Fieldterm.Core in fakecore/.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(FieldtermPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The module's files live under qrc:/Fieldterm (RESOURCE_PREFIX /).
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->addImportPath(QStringLiteral(FIELDTERM_FAKE_CORE_DIR));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(fieldterm_qml, Setup)

#include "quicktest_main.moc"
