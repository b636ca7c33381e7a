#pragma once
// CaseValidator: checks a new case's fields before anything is written, and reports every
// invalid field at once (field key + Chinese message naming the field and saying what to fix),
// so the create form can mark them all. The same checks serve the form's per-field validation
// while typing (validateField), so the form and the store can never disagree.
//
// Lengths count characters as SQLite's length() does (code points), so an emoji counts once
// and the schema's CHECKs never reject what passed here.

#include "casetypes.h"

#include <QCoreApplication>
#include <QDate>

class PowerCatalogue;

class CaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)
public:
    static constexpr int maxPartyName = 100;
    static constexpr int maxPhone = 32;
    static constexpr int maxAddress = 200;
    static constexpr int maxTaskRef = 100;
    static constexpr int maxSummary = 2000;
    static constexpr int maxNote = 500;

    CaseValidator(const PowerCatalogue &catalogue, const QDate &today);

    // One field by key (type, partyKind, partyName, partyIdNo, partyPhone, address,
    // powerItemCode, taskRef, summary); partyKind decides which id rule applies.
    // "" when valid, else the Chinese message.
    QString validateField(const QString &field, const QString &value, const QString &partyKind) const;
    QString validatePosition(bool hasPosition, double latitude, double longitude) const;

    // All fields; *normalised (optional) gets the input as it will be stored (trimmed names,
    // upper-case ids).
    QList<FieldError> validate(const CaseInput &input, CaseInput *normalised = nullptr) const;

    // The step note (advance): ≤ 500 characters.
    static QString validateNote(const QString &note);

    static int characters(const QString &text);   // code points, as SQLite length()

private:
    const PowerCatalogue &m_catalogue;
    QDate m_today;
};
