#pragma once
// FieldValidator: checks one value against its field's type (docspec "Type validation") — text
// lengths, numbers and min/max, money in yuan with at most 2 decimals, real dates and times,
// 身份证号 / 统一社会信用代码 via PartyId, phone digits, choice values among the options, GPS
// ranges, evidence references, signatures (strokes, or a refusal with its reason). Messages are
// Chinese and name the field's label. Required-ness, relevance and constraints are the form's job.

#include "templatetypes.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace FieldValidator {

// Default maximum lengths when a text field sets none.
constexpr int kTextMaxLength = 200;
constexpr int kLongTextMaxLength = 5000;
constexpr int kAddressMaxLength = 300;

// Nothing entered: null, "", [], an object with no filled member, an unsigned signature.
bool isEmpty(const TemplateField &field, const QJsonValue &value);

// "" when a non-empty value fits the type; else the Chinese message naming field.label.
QString check(const TemplateField &field, const QJsonValue &value, const QDate &today);

// A signature value with at least one stroke, or refused with a reason.
bool isSignedOrRefused(const QJsonValue &value);

} // namespace FieldValidator
