#include "reconciler.h"

#include "database.h"
#include "evidencelogging.h"
#include "evidencename.h"
#include "evidencewriter.h"
#include "durablefile.h"
#include "fmp4.h"
#include "hasher.h"
#include "mediaprobe.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

bool ReconcileReport::changedAnything() const
{
    return renamedParts || recoveredOpen || registeredOrphans || markedMissing || interruptedRecordings
        || removedEmptyParts || !errors.isEmpty();
}

QString ReconcileReport::summary() const
{
    return QCoreApplication::translate("Reconciler",
                                       "启动检查：恢复未完成文件 %1 个，登记无记录文件 %2 个，标记缺失 %3 个，"
                                       "中断的录像 %4 个，删除空文件 %5 个，错误 %6 个")
        .arg(recoveredOpen)
        .arg(registeredOrphans)
        .arg(markedMissing)
        .arg(interruptedRecordings)
        .arg(removedEmptyParts)
        .arg(errors.size());
}

Reconciler::Reconciler(Database &db, const DataPaths &paths, const QString &hashAlgorithm)
    : m_db(db)
    , m_paths(paths)
    , m_algorithm(hashAlgorithm)
{
}

ReconcileReport Reconciler::run()
{
    ReconcileReport report;
    QStringList parts;
    QStringList finals;
    QDirIterator it(m_paths.evidenceRoot(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        EvidenceKind kind;
        if (path.endsWith(QLatin1String(EvidenceName::partSuffix)))
            parts << path;
        else if (EvidenceName::kindForPath(path, &kind))
            finals << path;
        else
            qCWarning(lcEvidence) << "not an evidence file, left alone:" << path;
    }
    parts.sort();
    for (const QString &part : std::as_const(parts))
        handlePart(part, &report, &finals);
    finals.sort();
    finals.removeDuplicates();
    for (const QString &file : std::as_const(finals))
        handleFinal(file, &report);
    flagMissing(&report);

    EvidenceWriter writer(m_db);
    QString error;
    Transaction tx(m_db);
    if (!tx.isActive() || !writer.interruptUnfinished(&report.interruptedIds, &error) || !tx.commit()) {
        report.errors << QCoreApplication::translate("Reconciler", "无法标记中断的录像：%1").arg(error.isEmpty() ? tx.error() : error);
        report.interruptedIds.clear();
    }
    report.interruptedRecordings = int(report.interruptedIds.size());
    for (const QString &id : std::as_const(report.interruptedIds))
        qCWarning(lcEvidence) << "recording" << id << "was interrupted (process ended while recording)";

    if (report.changedAnything())
        qCWarning(lcEvidence).noquote() << report.summary();
    else
        qCInfo(lcEvidence).noquote() << report.summary();
    for (const QString &e : std::as_const(report.errors))
        qCWarning(lcEvidence).noquote() << e;
    return report;
}

void Reconciler::handlePart(const QString &partPath, ReconcileReport *report, QStringList *finals)
{
    const QString finalPath = partPath.chopped(int(qstrlen(EvidenceName::partSuffix)));
    EvidenceKind kind;
    if (!EvidenceName::kindForPath(finalPath, &kind)) {
        qCWarning(lcEvidence) << "unknown kind of partial file, left alone:" << partPath;
        return;
    }
    QString error;
    if (QFileInfo(partPath).size() == 0) {
        // Killed before the first fragment reached the disk: there is nothing to keep.
        qCWarning(lcEvidence) << "removing empty partial file (killed before its first fragment):" << partPath;
        if (!QFile::remove(partPath)) {
            report->errors << QCoreApplication::translate("Reconciler", "无法删除空文件 %1").arg(partPath);
            return;
        }
        DurableFile::syncDir(QFileInfo(partPath).absolutePath(), &error);
        if (!QFileInfo::exists(finalPath)) {
            EvidenceWriter writer(m_db);
            Transaction tx(m_db);
            if (!tx.isActive() || !writer.removeOpenPlaceholder(m_paths.relative(finalPath), &error) || !tx.commit())
                report->errors << QCoreApplication::translate("Reconciler", "无法删除空文件 %1 的占位记录：%2").arg(partPath, error);
        }
        report->removedEmptyParts++;
        report->removedPaths << partPath;
        return;
    }

    // Never overwrite: if the final name is taken, the partial file keeps a name of its own
    // (and is then registered as a file without a row).
    QString target = finalPath;
    for (int n = 1; QFileInfo::exists(target); ++n) {
        const QFileInfo fi(finalPath);
        target = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral("-r%1.").arg(n) + fi.suffix();
    }
    // The same header repair as a segment closed normally (SegmentWriter::finalise), before the
    // file is hashed: GStreamer 1.22's mp4mux leaves the header's durations wrong, and players
    // that trust them (qtdemux, splitmuxsrc in playback/) would mistime this segment.
    QString fixError;
    if (!Fmp4::fixHeader(partPath, &fixError))
        qCWarning(lcEvidence) << "fragment header not fixed:" << partPath << fixError;
    if (!DurableFile::commit(partPath, target, &error)) {
        report->errors << QCoreApplication::translate("Reconciler", "无法恢复未完成的文件 %1：%2").arg(partPath, error);
        return;
    }
    qCInfo(lcEvidence) << "recovered partial file" << partPath << "as" << target;
    report->renamedParts++;
    finals->append(target);
}

namespace {

qint64 probeDurationMs(const QString &path, EvidenceKind kind)
{
    if (kind == EvidenceKind::Photo)
        return 0;
    const qint64 ns = MediaProbe::durationNs(path);
    return ns > 0 ? ns / 1000000 : -1;
}

} // namespace

void Reconciler::handleFinal(const QString &path, ReconcileReport *report)
{
    EvidenceWriter writer(m_db);
    const QString rel = m_paths.relative(path);
    EvidenceRecord row;
    bool found = false;
    QString error;
    if (!writer.findByPath(rel, &row, &found, &error)) {
        report->errors << QCoreApplication::translate("Reconciler", "无法查询文件 %1 的记录：%2").arg(path, error);
        return;
    }
    if (found && (row.status == EvidenceStatus::Ok || row.status == EvidenceStatus::Recovered))
        return;   // registered; the verifier checks its hash

    qint64 size = 0;
    const QString hash = Hasher::hashFileHex(m_algorithm, path, &error, &size);
    if (hash.isEmpty()) {
        report->errors << QCoreApplication::translate("Reconciler", "无法计算文件 %1 的校验值：%2").arg(path, error);
        return;
    }

    EvidenceRecord rec;
    if (found && row.status == EvidenceStatus::Missing) {
        // The file is back (e.g. the card was re-inserted): only the very same bytes count.
        if (row.hash != hash || row.hashAlgorithm != m_algorithm) {
            report->errors << QCoreApplication::translate("Reconciler", "文件 %1 重新出现，但与登记的校验值不一致，仍标记为缺失").arg(path);
            return;
        }
        rec = row;
        rec.note = QCoreApplication::translate("Reconciler", "文件重新出现，校验值与登记一致");
    } else if (found) {   // 'open': the process ended while writing or before hashing
        rec = row;
        rec.note = QCoreApplication::translate("Reconciler", "录制中断后于启动时恢复");
    } else {
        EvidenceName::kindForPath(path, &rec.kind);
        rec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        rec.path = rel;
        EvidenceName::Parsed parsed;
        if (EvidenceName::parse(path, &parsed)) {
            rec.deviceId = parsed.deviceId;
            rec.officerNo = parsed.officerNo;
            rec.startWall = parsed.start;
        }
        rec.note = QCoreApplication::translate("Reconciler", "启动时发现的无记录文件，已登记");
    }
    rec.sizeBytes = size;
    rec.hash = hash;
    rec.hashAlgorithm = m_algorithm;
    rec.status = EvidenceStatus::Recovered;
    if (rec.durationMs <= 0)
        rec.durationMs = probeDurationMs(path, rec.kind);
    if (!rec.endWall.isValid()) {
        rec.endWall = (rec.startWall.isValid() && rec.durationMs >= 0) ? rec.startWall.addMSecs(rec.durationMs)
                                                                      : QFileInfo(path).lastModified().toUTC();
    }

    Transaction tx(m_db);
    if (!tx.isActive() || !writer.upsertFinal(rec, &error) || !tx.commit()) {
        report->errors << QCoreApplication::translate("Reconciler", "无法登记文件 %1：%2").arg(path, error.isEmpty() ? tx.error() : error);
        return;
    }
    qCInfo(lcEvidence) << "registered as recovered:" << path << (found ? "(had a row)" : "(no row)");
    if (found && row.status == EvidenceStatus::Open)
        report->recoveredOpen++;
    else if (!found)
        report->registeredOrphans++;
    report->recoveredPaths << path;
}

void Reconciler::flagMissing(ReconcileReport *report)
{
    EvidenceWriter writer(m_db);
    QList<EvidenceRecord> rows;
    QString error;
    if (!writer.allEvidence(&rows, &error)) {
        report->errors << QCoreApplication::translate("Reconciler", "无法读取证据记录：%1").arg(error);
        return;
    }
    for (const EvidenceRecord &row : std::as_const(rows)) {
        if (row.status == EvidenceStatus::Missing)
            continue;
        const QString path = m_paths.absolute(row.path);
        if (QFileInfo::exists(path))
            continue;
        const QString note = QCoreApplication::translate("Reconciler", "启动检查时文件缺失（%1）")
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        Transaction tx(m_db);
        if (!tx.isActive() || !writer.markMissing(row.id, note, &error) || !tx.commit()) {
            report->errors << QCoreApplication::translate("Reconciler", "无法标记缺失文件 %1：%2").arg(path, error.isEmpty() ? tx.error() : error);
            continue;
        }
        qCWarning(lcEvidence) << "evidence file missing, row flagged:" << path;
        report->markedMissing++;
        report->missingPaths << path;
    }
}
