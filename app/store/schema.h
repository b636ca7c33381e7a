#pragma once
// The store's schema, one migration step per user_version (KDE Kasts' pattern): step N turns a
// version N-1 database into version N and runs inside its own transaction (migrations.cpp).
// Never edit a released step; add the next one.

#include "migrations.h"

#include <QList>

namespace Schema {

constexpr int latestVersion = 6;

// The steps that build the current schema, in order.
QList<MigrationStep> steps();

// v1: recordings, evidence (one row per media file or photo), markers.
bool migrateTo1(Database &db, QString *error);
// v2: officers, audit_log (hash chain), cases, case_steps, case_links, counters; recordings.stop_note.
bool migrateTo2(Database &db, QString *error);
// v3: documents (文书 drafts and locked versions).
bool migrateTo3(Database &db, QString *error);
bool migrateTo4(Database &db, QString *error);   // sync tables (sync/syncschema.h)
// v5: case_reviews (a squad leader's approve / return of a case, append-only).
bool migrateTo5(Database &db, QString *error);
// v6: evidence.latitude / longitude / fix_quality / accuracy_m — where a photo was taken or a
// segment started (NULL without a current fix; rows from before v6 stay NULL).
bool migrateTo6(Database &db, QString *error);

} // namespace Schema
