#pragma once
// Logging category of evidence ingest, reconciliation and verification.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEvidence)   // fieldterm.evidence
