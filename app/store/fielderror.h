#pragma once
// FieldError: one invalid field of a form or import — its key (e.g. "partyIdNo", "officerNo")
// and a Chinese message that names the field and says what is allowed. Shared by every module
// that validates input before writing (officers, cases, documents), so facades can show any of
// them next to the right field.

#include <QString>

struct FieldError {
    QString field;
    QString message;
};
