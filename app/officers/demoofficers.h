#pragma once
// The demo officers of the simulation profile (resources/officers/demo-officers.json, embedded
// as :/officers/demo-officers.json): seeded into an empty officers table, and listed on the
// login page in simulated mode so a tester knows whom to sign in as. Never used on a device
// profile.

#include <QList>
#include <QString>

class OfficerStore;

struct DemoOfficer {
    QString officerNo;
    QString name;
    QString roleText;   // "执法人员", "中队长", "管理员"
    QString pin;
};

// The embedded list, in file order (empty only if the resource is broken).
QList<DemoOfficer> demoOfficers();

// Adds the demo officers when there are no officers at all (one officers_imported audit row,
// source "demo"); does nothing otherwise. *added = how many were added (0 when skipped).
// Takes ~0.5 s per officer (the PIN KDF).
bool seedDemoOfficers(OfficerStore &store, QString *error, int *added = nullptr);
