#pragma once
// The back-office web page's logging category (fieldterm.backoffice.web). Never logs passwords,
// session cookies or enrollment codes.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWeb)
