#pragma once
// OfficerImport: provisioning from a JSON file, by an admin.
//
//   {"officers": [{"officerNo": "31000000001", "name": "张明", "agency": "某市市场监督管理局",
//                  "squad": "一中队", "roles": ["inspector"], "pin": "111111"}, …]}
//
// officerNo, name and roles are required; agency, squad, pin and "active" (true/false) are
// optional; any other key is refused (a misspelt "pin" must not pass silently). A new officer
// needs a pin; an existing one is updated, and its PIN reset only when "pin" is given.
//
// All or nothing: every entry is parsed and validated before anything is hashed or written;
// any problem refuses the whole file with messages naming the entry (1-based) and the field.
// Then the PINs are hashed (outside the write lock), and all officers plus one audit row
// officers_imported (count, actor; never a PIN or hash) are written in one transaction.
// Only a signed-in officer holding ManageOfficers may import, and the import may not leave the
// device without an active admin.

#include "officer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class OfficerStore;
class SignedInOfficer;

struct ImportIssue {
    int entry = 0;     // 1-based; 0 = the file or the actor as a whole
    QString field;     // officerNo, name, agency, squad, roles, pin, active, or ""
    QString message;   // Chinese, names the entry and the field
};

struct ImportResult {
    bool ok = false;
    int added = 0;
    int updated = 0;
    int pinsReset = 0;
    QList<ImportIssue> issues;
    QString message() const;   // all issue messages, one per line
};

bool seedDemoOfficers(OfficerStore &store, QString *error, int *added);

class OfficerImport
{
    Q_DECLARE_TR_FUNCTIONS(OfficerImport)
public:
    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

    explicit OfficerImport(OfficerStore &store);

    ImportResult importFile(const QString &path, const SignedInOfficer &actor);
    // source: a short name for the audit row (the file name).
    ImportResult importJson(const QByteArray &json, const SignedInOfficer &actor, const QString &source = QString());

    // First provisioning of a device: only while it has no officers at all, so nobody can sign
    // in to authorise an import. The file must make at least one active admin (apply() checks);
    // audited with source "bootstrap:<file>" and no actor.
    ImportResult bootstrapFile(const QString &path);

    // The file format only (no database): fills *out or *issues.
    static bool parse(const QByteArray &json, QList<OfficerInput> *out, QList<ImportIssue> *issues);

private:
    friend bool seedDemoOfficers(OfficerStore &store, QString *error, int *added);
    ImportResult apply(const QList<OfficerInput> &inputs, const QString &actorNo, const QString &source);

    OfficerStore &m_store;
};
