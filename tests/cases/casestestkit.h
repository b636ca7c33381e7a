#pragma once
// Shared by the cases tests: a real store in a temporary directory with the audit log, the
// embedded catalogue and a clock the test moves; fixtures for the v1 evidence tables
// (recordings, markers, photos) with chosen times; row counts; the sqlite3 CLI as witness.

#include "auditlog.h"
#include "auditverifier.h"
#include "casestore.h"
#include "casetypes.h"
#include "database.h"
#include "powercatalogue.h"
#include "store.h"
#include "storetime.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CasesKit {

// Resident ids and credit codes with check characters computed independently (Python, by the
// formulas of GB 11643-1999 and GB 32100-2015), not by the code under test.
inline QStringList validResidentIds()
{
    return {QStringLiteral("11010519491231002X"), QStringLiteral("44030419900307123X"),
            QStringLiteral("310101198511224569"), QStringLiteral("330106200002290010"),
            QStringLiteral("650102197001017770"), QStringLiteral("510107199912310038"),
            QStringLiteral("320583198808088885")};
}

inline QStringList validCreditCodes()
{
    return {QStringLiteral("91350100M000100Y43"), QStringLiteral("91110000600037341L"),
            QStringLiteral("91330106MA2B0LXL42"), QStringLiteral("12100000400000624D"),
            QStringLiteral("92310115MA1K3YJ21B"), QStringLiteral("52330100MJ88401713"),
            QStringLiteral("31330000MD0123456R")};
}

inline CaseInput validInput()
{
    CaseInput in;
    in.type = QStringLiteral("general");
    in.partyKind = QStringLiteral("person");
    in.partyName = QStringLiteral("张三");
    in.partyIdNo = QStringLiteral("11010519491231002X");
    in.partyPhone = QStringLiteral("+86 138-0000-0000");
    in.address = QStringLiteral("杭州市西湖区文三路 90 号");
    in.hasPosition = true;
    in.latitude = 30.2741;
    in.longitude = 120.1551;
    in.powerItemCode = QStringLiteral("330217001000");
    in.taskRef = QStringLiteral("双随机-2026-017");
    in.summary = QStringLiteral("现场发现未取得食品经营许可证经营预包装食品。");
    return in;
}

// A store with everything the cases code needs. now is what the injected clock returns.
struct Env {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<AuditLog> audit;
    PowerCatalogue catalogue;
    QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(1, 30), Qt::UTC);
    std::unique_ptr<CaseStore> store;

    bool open(const QString &deviceId = QStringLiteral("SIM0001"))
    {
        QString error;
        if (!dir.isValid() || !Store::openWriter(&db, path(), &error)) {
            qWarning() << "open failed" << error;
            return false;
        }
        if (!catalogue.loadEmbedded(&error)) {
            qWarning() << "catalogue" << error;
            return false;
        }
        audit = std::make_unique<AuditLog>(db, deviceId, QStringLiteral("sha256"));
        store = std::make_unique<CaseStore>(db, *audit, catalogue, deviceId, [this] { return now; });
        return true;
    }
    QString path() const { return dir.filePath(QStringLiteral("fieldterm.db")); }
    CaseStore::Clock clock() { return [this] { return now; }; }
};

inline qint64 count(Database &db, const char *table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    qint64 n = -1;
    db.queryInt(sql.constData(), &n);
    return n;
}

// One value from the sqlite3 command-line tool (an independent reader of our file).
inline QString sqlite(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<sqlite3 failed>");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

inline bool insertRecording(Database &db, const QString &id, const QDateTime &press, const QDateTime &stop,
                            const QString &mode = QStringLiteral("av"), const QString &thumbnail = QString())
{
    Statement st = db.prepare("INSERT INTO recordings (id, device_id, officer_no, mode, press_wall, stop_wall, thumbnail, status)"
                              " VALUES (?1, 'SIM0001', 'ZJ0001', ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, id).bind(2, mode).bind(3, StoreTime::toText(press)).bind(4, StoreTime::toText(stop)).bind(5, thumbnail)
        .bind(6, stop.isValid() ? QStringLiteral("closed") : QStringLiteral("recording"));
    return st.exec();
}

inline bool insertSegment(Database &db, const QString &id, const QString &recordingId, int index, qint64 durationMs,
                          const QDateTime &start)
{
    Statement st = db.prepare("INSERT INTO evidence (id, kind, recording_id, segment_index, path, duration_ms, start_wall,"
                              " hash, hash_alg, status, created_at) VALUES (?1, 'video', ?2, ?3, ?4, ?5, ?6, ?7, 'sha256', 'ok', ?6)");
    st.bind(1, id).bind(2, recordingId).bind(3, index).bind(4, QStringLiteral("evidence/%1.mp4").arg(id))
        .bind(5, durationMs).bind(6, StoreTime::toText(start)).bind(7, QString(64, QLatin1Char('a')));
    return st.exec();
}

inline bool insertPhoto(Database &db, const QString &id, const QString &recordingId, const QDateTime &at)
{
    Statement st = db.prepare("INSERT INTO evidence (id, kind, recording_id, path, start_wall, hash, hash_alg, status, created_at)"
                              " VALUES (?1, 'photo', ?2, ?3, ?4, ?5, 'sha256', 'ok', ?4)");
    st.bind(1, id).bind(2, recordingId).bind(3, QStringLiteral("evidence/%1.jpg").arg(id)).bind(4, StoreTime::toText(at))
        .bind(5, QString(64, QLatin1Char('b')));
    return st.exec();
}

inline bool insertMarker(Database &db, const QString &recordingId, const QString &type, qint64 offsetMs, const QDateTime &wall)
{
    Statement st = db.prepare("INSERT INTO markers (recording_id, type, offset_ms, wall) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, recordingId).bind(2, type).bind(3, offsetMs).bind(4, StoreTime::toText(wall));
    return st.exec();
}

// The audit chain as a fresh reader connection sees it.
inline AuditVerifyResult verifyAudit(const QString &path)
{
    Database reader;
    QString error;
    if (!Store::openReader(&reader, path, &error)) {
        AuditVerifyResult r;
        r.problem = AuditVerifyResult::Problem::ReadError;
        r.message = error;
        return r;
    }
    return AuditVerifier::verify(reader);
}

} // namespace CasesKit
