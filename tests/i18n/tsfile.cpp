#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

void readMessage(QXmlStreamReader &xml, const QString &context, TsMessage *m)
{
    m->context = context;
    m->numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("source")) {
            m->source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m->comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m->type = xml.attributes().value(QLatin1String("type")).toString();
            if (m->numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m->forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m->forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else {
            xml.skipCurrentElement();   // location, extracomment, translatorcomment, oldsource
        }
    }
}

} // namespace

bool TsFile::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + f.errorString();
        return false;
    }
    QXmlStreamReader xml(&f);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        *error = path + QLatin1String(": not a .ts file");
        return false;
    }
    language = xml.attributes().value(QLatin1String("language")).toString();
    sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                TsMessage m;
                readMessage(xml, context, &m);
                messages << m;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    found.sort();
    return found;
}
