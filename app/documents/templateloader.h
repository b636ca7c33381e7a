#pragma once
// TemplateLoader: turns template JSON (resources/templates/<id>.json, embedded under
// :/templates) into DocumentTemplate and refuses anything it cannot prove sound — malformed
// JSON, unknown keys (typos), unknown field types, bad or duplicate ids, options on the wrong
// type, expressions that do not compile, names that are not fields, cyclic computations. Each
// problem names the template (id, else the file) and the field path, in Chinese; a bad
// template is skipped and every other one still loads. The JSON format is described in
// resources/templates/README.md.

#include "templatetypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct TemplateLoadError {
    QString templateId;   // the template's id when it could be read, else empty
    QString file;         // the source (file path or a caller's label)
    QString fieldPath;    // e.g. "qa.q" for a field inside a repeat; empty for the template itself
    QString message;      // Chinese

    // "模板 inquiry_record（inquiry_record.json）字段 qa.q：…" — one line for logs and stderr.
    QString toString() const;
};

struct TemplateLoadResult {
    QList<DocumentTemplate> templates;     // the good ones, sorted by id
    QList<TemplateLoadError> errors;
};

namespace TemplateLoader {

// Every *.json directly in dir (a path or ":/templates"); samples/ and other sub-folders are
// not templates. Two files with the same id: the second is refused.
TemplateLoadResult loadDirectory(const QString &dir = QStringLiteral(":/templates"));

// One template from bytes; source names it in messages (a file path or label). Returns false
// and appends to *errors (never throws, never crashes: the fuzz target feeds it any bytes).
bool loadBytes(const QByteArray &json, const QString &source, DocumentTemplate *out,
               QList<TemplateLoadError> *errors);

// Names every expression may use besides field ids (today, now; item, index in a repeat;
// ctx in defaults) — kept here so the form and the checks agree.
QStringList reservedNames();

} // namespace TemplateLoader
