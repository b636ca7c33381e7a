#include "evidenceingest.h"

#include "auditactions.h"
#include "casestore.h"

#include "evidencelogging.h"
#include "evidencename.h"
#include "evidencewriter.h"
#include "hasher.h"
#include "store.h"
#include "storetime.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

EvidenceIngest::EvidenceIngest(const DataPaths &paths, const QString &deviceId, const QString &officerNo,
                               const QString &hashAlgorithm, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_deviceId(deviceId)
    , m_officerNo(officerNo)
    , m_algorithm(hashAlgorithm)
{
    registerRecorderMetaTypes();
    registerEvidenceMetaTypes();
    qRegisterMetaType<ReconcileReport>();
}

EvidenceIngest::~EvidenceIngest() = default;

bool EvidenceIngest::open()
{
    if (m_db.isOpen())
        return true;
    QString error;
    if (!m_paths.ensure(&error)) {
        emit storeError(error);
        return false;
    }
    MigrationResult migration;
    if (!Store::openWriter(&m_db, m_paths.database(), &error, &migration)) {
        qCCritical(lcEvidence).noquote() << error;
        emit storeError(error);
        return false;
    }
    if (!migration.backupPath.isEmpty())
        qCInfo(lcEvidence) << "store upgraded from v" << migration.fromVersion << "; backup at" << migration.backupPath;
    return true;
}

ReconcileReport EvidenceIngest::reconcile()
{
    if (!ensureOpen())
        return ReconcileReport();
    Reconciler reconciler(m_db, m_paths, m_algorithm);
    return reconciler.run();
}

void EvidenceIngest::openAndReconcile()
{
    QString message;
    const QMetaObject::Connection capture =
        connect(this, &EvidenceIngest::storeError, this, [&message](const QString &m) { message = m; });
    const bool opened = open();
    disconnect(capture);
    if (!opened) {
        emit failed(message);
        return;
    }
    emit ready(reconcile());
}

bool EvidenceIngest::ensureOpen()
{
    if (m_db.isOpen())
        return true;
    emit storeError(QCoreApplication::translate("EvidenceIngest", "证据数据库未打开，无法登记文件。请重新启动程序。"));
    return false;
}

void EvidenceIngest::reportFailure(const QString &what, const QString &path, const QString &detail)
{
    qCCritical(lcEvidence).noquote() << what << path << detail;
    emit storeError(QCoreApplication::translate("EvidenceIngest", "%1失败：%2（%3）。文件已保留在存储卡上，下次启动时会自动登记；如反复出现请检查存储卡。")
                        .arg(what, QFileInfo(path).fileName(), detail));
}

bool EvidenceIngest::ensureRecording(const QString &recordingId, bool audioOnly, const QDateTime &when)
{
    RecordingRow stub;
    stub.id = recordingId;
    stub.deviceId = m_deviceId;
    stub.officerNo = m_officerNo;
    stub.audioOnly = audioOnly;
    stub.pressWall = when;
    QString error;
    if (!EvidenceWriter(m_db).ensureRecording(stub, &error)) {
        reportFailure(QCoreApplication::translate("EvidenceIngest", "登记录像"), recordingId, error);
        return false;
    }
    return true;
}

void EvidenceIngest::onRecordingStarted(const RecordingStarted &info)
{
    if (!ensureOpen())
        return;
    RecordingRow row;
    row.id = info.recordingId;
    row.deviceId = m_deviceId;
    row.officerNo = m_officerNo;
    row.audioOnly = info.mode == RecordingMode::AudioOnly;
    row.pressWall = info.pressWall;
    row.pressMonoNs = info.pressMonoNs;
    row.firstFrameWall = info.firstFrameWall;
    row.firstFrameMonoNs = info.firstFrameMonoNs;
    row.prerecordMs = info.prerecordMs;
    if (!info.thumbnailPath.isEmpty())
        row.thumbnail = m_paths.relative(info.thumbnailPath);
    QString error;
    Transaction tx(m_db);
    const QJsonObject details{{QStringLiteral("mode"), row.audioOnly ? QStringLiteral("audio") : QStringLiteral("av")},
                              {QStringLiteral("press_wall"), StoreTime::toText(info.pressWall)},
                              {QStringLiteral("prerecord_ms"), info.prerecordMs}};
    if (!tx.isActive() || !EvidenceWriter(m_db).upsertRecording(row, &error)
        || !audit(AuditAction::RecordStart, QStringLiteral("recording"), info.recordingId, details, &error)
        || (linkActiveCase(info.recordingId), !tx.commit())) {
        reportFailure(QCoreApplication::translate("EvidenceIngest", "登记录像"), info.recordingId, error.isEmpty() ? tx.error() : error);
        return;
    }
    emit recordingChanged(info.recordingId);
}

void EvidenceIngest::onSegmentOpened(const SegmentOpened &info)
{
    if (!ensureOpen())
        return;
    EvidenceRecord rec;
    rec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!EvidenceName::kindForPath(info.finalPath, &rec.kind) || rec.kind == EvidenceKind::Photo) {
        qCWarning(lcEvidence) << "segment with an unexpected name, registered as video:" << info.finalPath;
        rec.kind = EvidenceKind::Video;
    }
    rec.recordingId = info.recordingId;
    rec.segmentIndex = info.index;
    rec.path = m_paths.relative(info.finalPath);
    rec.deviceId = m_deviceId;
    rec.officerNo = m_officerNo;
    rec.startWall = info.startWall;
    rec.startMonoNs = info.startMonoNs;
    rec.createdAt = QDateTime::currentDateTimeUtc();
    rec.position = m_position;   // where the segment starts
    QString error;
    Transaction tx(m_db);
    if (!tx.isActive() || !ensureRecording(info.recordingId, rec.kind == EvidenceKind::Audio, info.startWall)
        || !EvidenceWriter(m_db).insertOpen(rec, &error) || !tx.commit()) {
        if (!error.isEmpty() || !tx.error().isEmpty())
            reportFailure(QCoreApplication::translate("EvidenceIngest", "登记录像分段"), info.finalPath, error.isEmpty() ? tx.error() : error);
        return;
    }
    qCDebug(lcEvidence) << "segment opened" << info.index << rec.path;
}

bool EvidenceIngest::audit(const char *action, const QString &objectType, const QString &objectId,
                           const QJsonObject &details, QString *error)
{
    return m_audit.append({m_officerNo, QLatin1String(action), objectType, objectId, details, {}}, error);
}

bool EvidenceIngest::commitFile(EvidenceRecord record, const QString &absolutePath, const char *auditAction)
{
    QString error;
    qint64 bytes = 0;
    const QString hash = Hasher::hashFileHex(m_algorithm, absolutePath, &error, &bytes);
    if (hash.isEmpty()) {
        reportFailure(QCoreApplication::translate("EvidenceIngest", "计算校验值"), absolutePath, error);
        return false;
    }
    if (record.sizeBytes > 0 && record.sizeBytes != bytes)
        qCWarning(lcEvidence) << "reported size" << record.sizeBytes << "differs from the file's" << bytes << absolutePath;
    record.sizeBytes = bytes;   // what was hashed is what the row describes
    record.hash = hash;
    record.hashAlgorithm = m_algorithm;
    record.status = EvidenceStatus::Ok;
    record.path = m_paths.relative(absolutePath);

    EvidenceWriter writer(m_db);
    Transaction tx(m_db);
    bool ok = tx.isActive();
    if (ok && !record.recordingId.isEmpty())
        ok = ensureRecording(record.recordingId, record.kind == EvidenceKind::Audio, record.startWall);
    if (ok)
        ok = writer.upsertFinal(record, &error);
    if (ok) {
        // The file's hash enters the audit chain with it: the chain head then vouches for it.
        const QJsonObject details{{QStringLiteral("kind"), evidenceKindKey(record.kind)},
                                  {QStringLiteral("path"), record.path},
                                  {QStringLiteral("recording_id"), record.recordingId},
                                  {QStringLiteral("segment"), record.segmentIndex},
                                  {QStringLiteral("size"), record.sizeBytes},
                                  {QStringLiteral("hash_alg"), record.hashAlgorithm},
                                  {QStringLiteral("hash"), record.hash}};
        ok = audit(auditAction, QStringLiteral("evidence"), record.path, details, &error);
    }
    if (ok && record.kind == EvidenceKind::Photo && !m_activeCaseId.isEmpty()) {
        // A photo taken while a case is active belongs to it; a refused link never costs the photo.
        QString refused;
        EvidenceRecord stored;
        bool found = false;
        if (writer.findByPath(record.path, &stored, &found, &error) && found
            && !CaseStore::linkEvidenceInTx(m_db, m_audit, m_activeCaseId, stored.id, m_officerNo, QDateTime::currentDateTimeUtc(), &refused))
            qCWarning(lcEvidence).noquote() << "photo" << record.path << "not linked to case" << m_activeCaseId << ":" << refused;
    }
    if (ok)
        ok = tx.commit();
    if (!ok) {
        if (!error.isEmpty() || !tx.error().isEmpty())
            reportFailure(QCoreApplication::translate("EvidenceIngest", "登记证据"), absolutePath, error.isEmpty() ? tx.error() : error);
        return false;
    }
    EvidenceRecord stored;
    bool found = false;
    if (writer.findByPath(record.path, &stored, &found, &error) && found) {
        stored.absolutePath = absolutePath;
        qCInfo(lcEvidence) << "evidence registered" << stored.path << stored.hashAlgorithm << stored.hash;
        emit evidenceRegistered(stored);
    }
    return true;
}

void EvidenceIngest::onSegmentClosed(const SegmentClosed &info)
{
    if (!ensureOpen())
        return;
    EvidenceRecord rec;
    rec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);   // used only when no placeholder exists
    if (!EvidenceName::kindForPath(info.finalPath, &rec.kind) || rec.kind == EvidenceKind::Photo)
        rec.kind = EvidenceKind::Video;
    rec.recordingId = info.recordingId;
    rec.segmentIndex = info.index;
    rec.deviceId = m_deviceId;
    rec.officerNo = m_officerNo;
    rec.sizeBytes = info.sizeBytes;
    rec.durationMs = info.durationNs >= 0 ? info.durationNs / 1000000 : -1;
    rec.startWall = info.startWall;
    rec.endWall = info.endWall;
    rec.startMonoNs = info.startMonoNs;
    rec.endMonoNs = info.endMonoNs;
    rec.createdAt = QDateTime::currentDateTimeUtc();
    if (commitFile(rec, info.finalPath, AuditAction::EvidenceRegistered))
        emit recordingChanged(info.recordingId);
}

void EvidenceIngest::onMarkerAdded(const MarkerAdded &info)
{
    if (!ensureOpen())
        return;
    MarkerRecord m;
    m.recordingId = info.recordingId;
    m.type = markerTypeKey(info.type);
    m.offsetMs = info.offsetMs;
    m.wall = info.wall.isValid() ? info.wall : QDateTime::currentDateTimeUtc();
    QString error;
    Transaction tx(m_db);
    const QJsonObject details{{QStringLiteral("type"), m.type}, {QStringLiteral("offset_ms"), m.offsetMs}};
    if (!tx.isActive() || !ensureRecording(info.recordingId, false, m.wall) || !EvidenceWriter(m_db).insertMarker(m, &error)
        || !audit(AuditAction::Marker, QStringLiteral("recording"), info.recordingId, details, &error) || !tx.commit()) {
        if (!error.isEmpty() || !tx.error().isEmpty())
            reportFailure(QCoreApplication::translate("EvidenceIngest", "登记标记"), info.recordingId, error.isEmpty() ? tx.error() : error);
        return;
    }
    emit recordingChanged(info.recordingId);
}

void EvidenceIngest::onRecordingStopped(const RecordingStopped &info)
{
    if (!ensureOpen())
        return;
    QString error;
    const QString note = std::exchange(m_stopNote, QString());
    const QJsonObject details{{QStringLiteral("reason"), info.reason}, {QStringLiteral("note"), note},
                              {QStringLiteral("stop_wall"), StoreTime::toText(info.stopWall)}};
    Transaction tx(m_db);
    if (!tx.isActive()
        || !EvidenceWriter(m_db).finishRecording(info.recordingId, info.stopWall, info.reason, RecordingStatus::Closed, &error)
        || !EvidenceWriter(m_db).setStopNote(info.recordingId, note, &error)
        || !audit(AuditAction::RecordStop, QStringLiteral("recording"), info.recordingId, details, &error)
        || !tx.commit()) {
        reportFailure(QCoreApplication::translate("EvidenceIngest", "结束录像"), info.recordingId, error.isEmpty() ? tx.error() : error);
        return;
    }
    emit recordingChanged(info.recordingId);
}

void EvidenceIngest::onPhotoTaken(const PhotoTaken &info)
{
    if (!ensureOpen())
        return;
    EvidenceRecord rec;
    rec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    rec.kind = EvidenceKind::Photo;
    if (!info.recordingId.isEmpty()) {
        bool exists = false;
        QString error;
        if (EvidenceWriter(m_db).recordingExists(info.recordingId, &exists, &error) && exists)
            rec.recordingId = info.recordingId;
        else
            qCWarning(lcEvidence) << "photo names an unknown recording" << info.recordingId << "- stored without it";
    }
    rec.deviceId = m_deviceId;
    rec.officerNo = m_officerNo;
    rec.sizeBytes = info.sizeBytes;
    rec.durationMs = 0;
    rec.startWall = info.wall;
    rec.endWall = info.wall;
    rec.startMonoNs = info.monoNs;
    rec.endMonoNs = info.monoNs;
    rec.createdAt = QDateTime::currentDateTimeUtc();
    rec.position = m_position;
    if (commitFile(rec, info.path, AuditAction::Photo) && !rec.recordingId.isEmpty())
        emit recordingChanged(rec.recordingId);
}

void EvidenceIngest::setOfficer(const QString &officerNo)
{
    m_officerNo = officerNo;
}

void EvidenceIngest::setFix(const GeoFix &fix)
{
    EvidencePosition p;
    p.valid = fix.valid && !fix.stale;
    if (p.valid) {
        p.latitude = fix.latitude;
        p.longitude = fix.longitude;
        p.fixQuality = fix.quality == FixQuality::None ? QString() : fixQualityKey(fix.quality);
        p.accuracyMeters = fix.horizontalAccuracy;
    }
    m_position = p;
}

void EvidenceIngest::linkActiveCase(const QString &recordingId)
{
    if (m_activeCaseId.isEmpty())
        return;
    // A refused link (the case was closed meanwhile) must never cost the recording: the link
    // runs in a savepoint inside our transaction and only a store failure fails the commit.
    QString refused;
    if (!CaseStore::linkRecordingInTx(m_db, m_audit, m_activeCaseId, recordingId, m_officerNo, QDateTime::currentDateTimeUtc(), &refused))
        qCWarning(lcEvidence).noquote() << "recording" << recordingId << "not linked to case" << m_activeCaseId << ":" << refused;
}

void EvidenceIngest::setStopNote(const QString &note)
{
    m_stopNote = note;
}

void EvidenceIngest::setActiveCase(const QString &caseId)
{
    m_activeCaseId = caseId;
}

void EvidenceIngest::flush()
{
    emit flushed();
}

void EvidenceIngest::close()
{
    m_db.close();
}
