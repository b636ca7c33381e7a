#include "i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace I18n {

namespace {
const QString kSourceLanguage = QStringLiteral("zh_CN");
const QString kOption = QStringLiteral("--lang");
} // namespace

QStringList languages()
{
    return {kSourceLanguage, QStringLiteral("en")};
}

bool takeLanguageOption(QStringList *args, QString *language, QString *error)
{
    *language = kSourceLanguage;
    for (int i = 0; i < args->size(); ++i) {
        const QString arg = args->at(i);
        if (arg == kOption) {
            if (i + 1 >= args->size()) {
                *error = QCoreApplication::translate("I18n", "选项 --lang 缺少取值（zh_CN 或 en）");
                return false;
            }
            *language = args->at(i + 1);
            args->remove(i, 2);
        } else if (arg.startsWith(kOption + QLatin1Char('='))) {
            *language = arg.mid(kOption.size() + 1);
            args->removeAt(i);
        } else {
            continue;
        }
        break;
    }
    if (!languages().contains(*language)) {
        *error = QCoreApplication::translate("I18n", "选项 --lang 只能是 zh_CN 或 en，收到“%1”").arg(*language);
        return false;
    }
    return true;
}

bool install(const QString &language, QString *error)
{
    // Dates, weekdays and numbers follow the interface language, not the machine's LANG
    // (a kiosk often runs with LANG=C).
    QLocale::setDefault(QLocale(language));
    if (language == kSourceLanguage)
        return true;
    auto *translator = new QTranslator(QCoreApplication::instance());
    const QString file = QStringLiteral(":/i18n/fieldterm_") + language;
    if (!languages().contains(language) || !translator->load(file)) {
        delete translator;
        if (error) {
            *error = QCoreApplication::translate("I18n", "找不到界面语言 %1 的翻译文件 %2.qm，程序安装不完整。请重新安装或改用 --lang zh_CN。")
                         .arg(language, file);
        }
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace I18n
