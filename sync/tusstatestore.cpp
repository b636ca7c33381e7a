#include "tusstatestore.h"

#include "synclogging.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString storeError(const QString &detail)
{
    return QCoreApplication::translate("SqliteTusStateStore", "上传状态数据库出错（%1）：请稍后重试，仍失败时请联系管理员")
        .arg(detail);
}

} // namespace

bool SqliteTusStateStore::open(const QString &databasePath, QString *error, int busyTimeoutMs)
{
    QString detail;
    if (!m_db.open(databasePath, Database::Access::ReadWrite, &detail)) {
        *error = QCoreApplication::translate("SqliteTusStateStore", "无法打开上传状态数据库 %1：%2").arg(databasePath, detail);
        return false;
    }
    const QByteArray pragma = "PRAGMA busy_timeout = " + QByteArray::number(qMax(0, busyTimeoutMs));
    qint64 hasTable = 0;
    if (!m_db.exec(pragma.constData(), &detail)
        || !m_db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'uploads'", &hasTable, &detail)) {
        *error = storeError(detail);
        m_db.close();
        return false;
    }
    if (hasTable != 1) {
        *error = QCoreApplication::translate("SqliteTusStateStore", "数据库 %1 中没有上传状态表：请先用新版程序打开一次数据目录以完成升级")
                     .arg(databasePath);
        m_db.close();
        return false;
    }
    return true;
}

bool SqliteTusStateStore::load(const QString &evidenceId, TusUploadState *state, bool *found, QString *error)
{
    *found = false;
    QString detail;
    Statement s = m_db.prepare("SELECT endpoint, upload_url, offset, size, hash, hash_alg, status, last_error "
                               "FROM uploads WHERE evidence_id = ?1", &detail);
    if (!s.isValid()) {
        *error = storeError(detail);
        return false;
    }
    s.bind(1, evidenceId);
    switch (s.step()) {
    case Statement::Step::Done:
        return true;
    case Statement::Step::Error:
        *error = storeError(s.error());
        return false;
    case Statement::Step::Row:
        break;
    }
    *state = TusUploadState();
    state->evidenceId = evidenceId;
    state->endpoint = s.text(0);
    state->uploadUrl = s.text(1);
    state->offset = s.int64(2);
    state->size = s.int64(3);
    state->hash = s.text(4);
    state->hashAlg = s.text(5);
    state->status = s.text(6);
    state->lastError = s.text(7);
    *found = true;
    return true;
}

bool SqliteTusStateStore::save(const TusUploadState &state, QString *error)
{
    QString detail;
    Statement s = m_db.prepare(
        "INSERT INTO uploads (evidence_id, endpoint, upload_url, offset, size, hash, hash_alg, status, last_error, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (evidence_id) DO UPDATE SET endpoint = excluded.endpoint, upload_url = excluded.upload_url, "
        "offset = excluded.offset, size = excluded.size, hash = excluded.hash, hash_alg = excluded.hash_alg, "
        "status = excluded.status, last_error = excluded.last_error, updated_at = excluded.updated_at",
        &detail);
    if (!s.isValid()) {
        *error = storeError(detail);
        return false;
    }
    const QString status = state.status.isEmpty() ? QStringLiteral("created") : state.status;
    s.bind(1, state.evidenceId)
        .bind(2, state.endpoint)
        .bind(3, state.uploadUrl.isEmpty() ? QString() : state.uploadUrl)
        .bind(4, state.offset)
        .bind(5, state.size)
        .bind(6, state.hash.isEmpty() ? QString() : state.hash)
        .bind(7, state.hashAlg.isEmpty() ? QString() : state.hashAlg)
        .bind(8, status)
        .bind(9, state.lastError.isEmpty() ? QString() : state.lastError)
        .bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!s.exec()) {
        *error = storeError(s.error());
        qCWarning(lcSync) << "saving upload state of" << state.evidenceId << "failed:" << s.error();
        return false;
    }
    return true;
}

bool SqliteTusStateStore::forget(const QString &evidenceId, QString *error)
{
    QString detail;
    Statement s = m_db.prepare("DELETE FROM uploads WHERE evidence_id = ?1", &detail);
    if (!s.isValid()) {
        *error = storeError(detail);
        return false;
    }
    s.bind(1, evidenceId);
    if (!s.exec()) {
        *error = storeError(s.error());
        return false;
    }
    return true;
}
