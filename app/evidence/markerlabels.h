#pragma once
// The marker vocabulary of PRODUCT.md as people say it: stored keys ("show_credentials") and
// their Chinese labels (亮证). The CLI accepts either; the UI shows the labels.

#include <QList>
#include <QPair>
#include <QString>

namespace MarkerLabels {

// All (key, label) pairs in the order the UI offers them.
QList<QPair<QString, QString>> all();

QString label(const QString &key);   // the key itself when unknown
// Accepts a key ("notify") or a Chinese label ("告知"); false when it is neither.
bool keyFromText(const QString &text, QString *key);

} // namespace MarkerLabels
