#pragma once
// I18n: chooses a program's interface language and installs the matching translation that the
// build embedded under :/i18n. zh_CN is the source language (the strings in the code are
// Chinese), so choosing it installs nothing; "en" loads fieldterm_en.qm.

#include <QString>
#include <QStringList>

namespace I18n {

// The languages a user may choose, source language first: "zh_CN", "en".
QStringList languages();

// Takes "--lang X" / "--lang=X" out of args (so a parser that does not know it never sees it).
// *language becomes X, or "zh_CN" when absent. False with *error (translated) when X is not one
// of languages() or the value is missing.
bool takeLanguageOption(QStringList *args, QString *language, QString *error);

// Installs :/i18n/fieldterm_<language>.qm on the running application (the translator is owned by
// the application object). zh_CN: nothing to install, returns true. False with *error (when
// given) if the language is unknown or its file is not embedded.
bool install(const QString &language, QString *error = nullptr);

} // namespace I18n
