#pragma once
// DocumentText: a field value as it is printed on paper (and shown in lists): option labels
// instead of keys, dates as 2026年11月20日, money as 人民币 200.00 元, a person with id and phone,
// coordinates with hemispheres. One place, so the PDF and the screen say the same thing.

#include "templatetypes.h"

#include <QJsonValue>
#include <QString>

namespace DocumentText {

// Empty for an empty value (null, "", [], {}). Signatures and repeats are not text: they give
// a short summary ("已签名" / "拒绝签名：理由" / "共 3 项").
QString display(const TemplateField &field, const QJsonValue &value);

bool isEmpty(const QJsonValue &value);

QString date(const QString &isoDate);           // "2026-11-20" → "2026年11月20日"
QString dateTime(const QString &isoDateTime);   // "2026-11-20T09:30" → "2026年11月20日 09时30分"
QString money(double yuan);                      // 200 → "人民币 200.00 元"

} // namespace DocumentText
