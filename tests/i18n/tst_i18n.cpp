// The translations are complete and really used: every string the code shows has a finished
// English translation with the same placeholders (checked against a fresh lupdate scan of the
// code, so a string added without updating the .ts fails here), the .qm embedded in the programs
// matches the .ts, and choosing zh_CN (the source language) changes nothing.

#include "i18n.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QString kTsDir = QStringLiteral(FIELDTERM_TS_DIR);

QString describe(const TsMessage &m)
{
    return m.context + QLatin1String(": \"") + m.source + QLatin1Char('"');
}

// Loads a .ts file or fails the calling test.
TsFile loadTs(const QString &path)
{
    TsFile ts;
    QString error;
    if (!ts.load(path, &error))
        qFatal("%s", qPrintable(error));
    return ts;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void tsFilesDeclareLanguages()
    {
        const TsFile en = loadTs(kTsDir + QStringLiteral("/fieldterm_en.ts"));
        QCOMPARE(en.language, QStringLiteral("en"));
        QCOMPARE(en.sourceLanguage, QStringLiteral("zh_CN"));
        const TsFile zh = loadTs(kTsDir + QStringLiteral("/fieldterm_zh_CN.ts"));
        QCOMPARE(zh.language, QStringLiteral("zh_CN"));
        QCOMPARE(zh.sourceLanguage, QStringLiteral("zh_CN"));
        // Guards against an empty or truncated file passing every per-message check below.
        QVERIFY2(en.messages.size() > 100, qPrintable(QString::number(en.messages.size())));
    }

    // One row per message of fieldterm_en.ts that the code still uses.
    void englishFinished_data()
    {
        QTest::addColumn<int>("index");
        const TsFile en = loadTs(kTsDir + QStringLiteral("/fieldterm_en.ts"));
        for (int i = 0; i < en.messages.size(); ++i) {
            const TsMessage &m = en.messages.at(i);
            if (m.current())
                QTest::addRow("%s", qPrintable(describe(m).left(60).replace(QLatin1Char('\n'), QLatin1Char(' ')))) << i;
        }
    }
    void englishFinished()
    {
        QFETCH(int, index);
        const TsMessage m = loadTs(kTsDir + QStringLiteral("/fieldterm_en.ts")).messages.at(index);
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("translation is %1").arg(m.type)));
        QVERIFY(!m.forms.isEmpty());
        if (m.numerus)
            QCOMPARE(m.forms.size(), 2);   // English: singular, plural
        for (const QString &form : m.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), "empty translation");
            QCOMPARE(placeholders(form), placeholders(m.source));
        }
    }

    // lupdate re-scans the code now: every string in it must be in fieldterm_en.ts, current and
    // finished. Also fails on tr() calls whose context lupdate cannot know (a free function, or
    // a class without Q_OBJECT / Q_DECLARE_TR_FUNCTIONS): what it extracts would not match the
    // context the program asks for at run time, so the translation would never be used.
    void codeScanFullyTranslated()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString fresh = tmp.filePath(QStringLiteral("fresh_en.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(FIELDTERM_LUPDATE),
                      {QStringLiteral("-source-language"), QStringLiteral("zh_CN"), QStringLiteral("-target-language"),
                       QStringLiteral("en"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QLatin1Char('@') + QStringLiteral(FIELDTERM_LUPDATE_LIST), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString log = QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));

        QStringList contextProblems;
        for (const QString &line : log.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("cannot be called without context")) || line.contains(QLatin1String("lacks Q_OBJECT macro")))
                contextProblems << line.trimmed();
        }
        QVERIFY2(contextProblems.isEmpty(),
                 qPrintable(QStringLiteral("tr() calls lupdate cannot give a context (use a class with Q_OBJECT or "
                                           "Q_DECLARE_TR_FUNCTIONS(Context), or QCoreApplication::translate):\n  ")
                            + contextProblems.join(QLatin1String("\n  "))));

        const TsFile scanned = loadTs(fresh);
        QVERIFY(!scanned.messages.isEmpty());
        QHash<QString, TsMessage> committed;
        for (const TsMessage &m : loadTs(kTsDir + QStringLiteral("/fieldterm_en.ts")).messages)
            committed.insert(m.key(), m);
        QStringList missing;
        for (const TsMessage &m : scanned.messages) {
            const auto it = committed.constFind(m.key());
            if (it == committed.constEnd())
                missing << describe(m) + QStringLiteral(" — not in the .ts");
            else if (!it->current())
                missing << describe(m) + QStringLiteral(" — marked ") + it->type + QLatin1String(" but used");
            else if (!it->type.isEmpty())
                missing << describe(m) + QStringLiteral(" — ") + it->type;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) in the code lack a finished English translation. Run "
                                           "`cmake --build BUILD --target update_translations`, then translate them in "
                                           "resources/translations/fieldterm_en.ts:\n  ")
                                .arg(missing.size())
                            + missing.join(QLatin1String("\n  "))));
    }

    // The .qm built into the programs says what fieldterm_en.ts says (lrelease ran on this .ts).
    void embeddedEnglishMatchesTs()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/fieldterm_en")));
        for (const TsMessage &m : loadTs(kTsDir + QStringLiteral("/fieldterm_en.ts")).messages) {
            if (!m.current() || !m.type.isEmpty())
                continue;
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const QString one = translator.translate(context.constData(), source.constData(), comment.constData(), m.numerus ? 1 : -1);
            QVERIFY2(one == m.forms.constFirst(), qPrintable(describe(m) + QStringLiteral(" → ") + one));
            if (m.numerus)
                QCOMPARE(translator.translate(context.constData(), source.constData(), comment.constData(), 2), m.forms.at(1));
        }
    }

    // zh_CN is the source language: its .qm (embedded too) must not replace any string.
    void sourceLanguageIsNoOp()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/fieldterm_zh_CN")));
        for (const TsMessage &m : loadTs(kTsDir + QStringLiteral("/fieldterm_zh_CN.ts")).messages) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const QString text = translator.translate(context.constData(), source.constData(), comment.constData(), m.numerus ? 1 : -1);
            QVERIFY2(text.isEmpty() || text == m.source, qPrintable(describe(m) + QStringLiteral(" → ") + text));
        }
        QVERIFY(I18n::install(QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("Marker", "亮证"), QStringLiteral("亮证"));
    }

    void languageOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("rest");
        const QStringList list{QStringLiteral("--data-dir"), QStringLiteral("D"), QStringLiteral("list")};
        QTest::newRow("absent") << list << true << QStringLiteral("zh_CN") << list;
        QTest::newRow("separate") << (QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + list) << true << QStringLiteral("en") << list;
        QTest::newRow("equals, after command") << (list + QStringList{QStringLiteral("--lang=en")}) << true << QStringLiteral("en") << list;
        QTest::newRow("source language") << (list + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")}) << true << QStringLiteral("zh_CN") << list;
        QTest::newRow("unknown") << (QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + list) << false << QString() << QStringList();
        QTest::newRow("missing value") << (list + QStringList{QStringLiteral("--lang")}) << false << QString() << QStringList();
    }
    void languageOption()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        QString chosen, error;
        QCOMPARE(I18n::takeLanguageOption(&args, &chosen, &error), ok);
        if (!ok) {
            QVERIFY(error.contains(QLatin1String("--lang")));
            return;
        }
        QFETCH(QString, language);
        QFETCH(QStringList, rest);
        QCOMPARE(chosen, language);
        QCOMPARE(args, rest);
    }

    // Last: installs English for the rest of the process.
    void installEnglish()
    {
        QString error;
        QVERIFY(!I18n::install(QStringLiteral("fr"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(I18n::install(QStringLiteral("en"), &error), qPrintable(error));
        QCOMPARE(QCoreApplication::translate("Marker", "亮证"), QStringLiteral("Show credentials"));
        QCOMPARE(QCoreApplication::translate("Marker", "陈述申辩"), QStringLiteral("Statement/defence"));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
