#pragma once
// SyncPlanner: turns the store's cases, documents and evidence into what the sync engine sends
// (docs/PROTOCOL.md §5). For each case whose content changed since its last manifest — and for
// evidence that belongs to no case, under a manifest with "case": null — it builds the manifest
// JSON once, signs those exact bytes with the device key, stores bytes + signature chained to
// the device's previous manifest, and queues the manifest and every file it lists in the outbox
// (documents → photos → marked recordings → other recordings). All in one transaction with its
// audit row: a plan is queued entirely or not at all.
//
// Only settled evidence goes in (status ok/recovered, hash recorded) and only locked documents;
// what is still open waits for the next plan, which will see the content changed.

#include <QJsonArray>
#include <QString>

class Database;
class DeviceIdentity;

struct SyncPlanResult
{
    int manifests = 0;   // new manifests queued
    int files = 0;       // new files queued
};

class SyncPlanner
{
public:
    SyncPlanner(Database &writer, const DeviceIdentity &identity, const QString &deviceId, const QString &hashAlg);

    bool plan(SyncPlanResult *result, QString *error);

    // The content of a case's manifest without id, time, audit head and chain link — what
    // decides whether the case needs a new manifest. caseId empty = evidence with no case.
    bool caseContent(const QString &caseId, QJsonObject *content, QString *error);

    // PROTOCOL.md §5 audit rows after a seq (ascending, at most limit), from any connection.
    static bool auditRowsAfter(Database &db, qint64 afterSeq, int limit, QJsonArray *rows, QString *error);

private:
    bool planCase(const QString &caseId, SyncPlanResult *result, QString *error);
    bool queueFiles(const QString &caseId, const QJsonObject &content, QString *error, int *queued);

    Database &m_db;
    const DeviceIdentity &m_identity;
    QString m_deviceId;
    QString m_hashAlg;
};
