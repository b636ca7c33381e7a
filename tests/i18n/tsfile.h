#pragma once
// TsFile: reads a Qt Linguist .ts file (XML) into a flat list of messages, for checking that a
// translation is complete without depending on the Linguist tools' own reader.

#include <QList>
#include <QString>
#include <QStringList>

struct TsMessage {
    QString context;
    QString source;
    QString comment;        // disambiguation, "" when none
    bool numerus = false;
    QString type;           // translation type: "" (finished), unfinished, vanished, obsolete
    QStringList forms;      // the translation; one entry, or one per plural form when numerus

    bool current() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

struct TsFile {
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;

    // False with *error on an unreadable file or malformed XML.
    bool load(const QString &path, QString *error);
};

// The placeholders of a text, sorted: "%1", "%2", "%n" (a %L1 counts as %1), each as often as it
// occurs, so a translation must carry the same ones the same number of times.
QStringList placeholders(const QString &text);
