#include "evidencepackage.h"

#include "auditcanonical.h"
#include "database.h"
#include "deviceidentity.h"
#include "hasher.h"
#include "weblogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_write_free(a); }
};

class ZipWriter
{
public:
    bool open(const QString &path, QString *error)
    {
        m_archive.reset(archive_write_new());
        if (archive_write_set_format_zip(m_archive.get()) != ARCHIVE_OK
            || archive_write_set_options(m_archive.get(), "zip:compression=store,zip:hdrcharset=UTF-8") != ARCHIVE_OK
            || archive_write_open_filename(m_archive.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK) {
            *error = QString::fromUtf8(archive_error_string(m_archive.get()));
            return false;
        }
        return true;
    }

    bool addBytes(const QString &name, const QByteArray &bytes, QString *error)
    {
        if (!header(name, bytes.size(), error))
            return false;
        if (!bytes.isEmpty() && archive_write_data(m_archive.get(), bytes.constData(), size_t(bytes.size())) < 0)
            return fail(error);
        return true;
    }

    bool addFile(const QString &name, const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        if (!header(name, file.size(), error))
            return false;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0) {
                *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
                return false;
            }
            if (n == 0)
                break;
            if (archive_write_data(m_archive.get(), buffer.constData(), size_t(n)) < 0)
                return fail(error);
        }
        return true;
    }

    bool close(QString *error)
    {
        if (archive_write_close(m_archive.get()) != ARCHIVE_OK)
            return fail(error);
        return true;
    }

private:
    bool header(const QString &name, qint64 size, QString *error)
    {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
        archive_entry_set_size(entry, size);
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
        const int rc = archive_write_header(m_archive.get(), entry);
        archive_entry_free(entry);
        if (rc != ARCHIVE_OK)
            return fail(error);
        return true;
    }

    bool fail(QString *error)
    {
        *error = QString::fromUtf8(archive_error_string(m_archive.get()));
        return false;
    }

    std::unique_ptr<archive, ArchiveDeleter> m_archive;
};

QString readme()
{
    return QCoreApplication::translate(
        "EvidencePackage",
        "执法案件证据包 — 核验说明\n"
        "\n"
        "本证据包由督查平台接收端导出，内容与终端上传时完全一致：\n"
        "  manifest.json            终端签名的案件清单（原始字节，未经任何改动）\n"
        "  manifest.sig             终端私钥对 manifest.json 原始字节的签名\n"
        "  device-public-key.pem    终端公钥；device.json 记录终端编号、算法和公钥指纹\n"
        "  receipt.json/receipt.sig 接收端出具的回执及其签名\n"
        "  receiver-public-key.pem  接收端公钥；receiver.json 记录算法\n"
        "  files/                   清单列出且已收到的证据文件与文书 PDF（文件名：证据编号-原文件名）\n"
        "  audit.jsonl              终端审计日志（至清单 auditHead 所指序号，每行一条）\n"
        "\n"
        "一键核验：fieldterm-verify 本文件.zip（加 --json 输出机器可读结果）。\n"
        "全部通过时退出码为 0；任何一项不通过时退出码为 1，并逐项列出问题。\n"
        "\n"
        "手工核验（国际算法 ed25519 / sha256）：\n"
        "  openssl pkeyutl -verify -pubin -inkey device-public-key.pem -rawin -in manifest.json -sigfile manifest.sig\n"
        "  sha256sum files/*   （与 manifest.json 中 evidence[].hash、documents[].pdfHash 比对）\n"
        "国密算法（sm2-sm3 / sm3）：\n"
        "  openssl pkeyutl -verify -pubin -inkey device-public-key.pem -rawin -digest sm3 \\\n"
        "      -pkeyopt distid:1234567812345678 -in manifest.json -sigfile manifest.sig\n"
        "  openssl dgst -sm3 files/*\n"
        "回执：用 receiver-public-key.pem 以同样方式核验 receipt.json 与 receipt.sig，\n"
        "并确认 receipt.json 中 manifestHash 等于 manifest.json 的哈希。\n"
        "请将 device.json 中的公钥指纹（公钥 DER 的 SHA-256）与设备登记表核对。\n");
}

} // namespace

namespace EvidencePackage {

QString entryName(const QString &evidenceId, const QString &fileName)
{
    QString safe = fileName;
    safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    QString id = evidenceId;
    id.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("files/") + id + (safe.isEmpty() ? QString() : QStringLiteral("-") + safe);
}


bool write(Database &db, const QString &dataDir, const QString &manifestId, const Receiver &receiver,
           const QString &outPath, QString *caseNo, QString *error)
{
    Statement m = db.prepare("SELECT device_id, case_no, bytes, signature FROM manifests WHERE id = ?");
    m.bind(1, manifestId);
    if (m.step() != Statement::Step::Row) {
        *error = QStringLiteral("unknown manifest");
        return false;
    }
    const QString deviceId = m.text(0);
    *caseNo = m.text(1);
    const QByteArray manifestBytes = m.blob(2);
    const QByteArray manifestSig = m.blob(3);
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();

    Statement d = db.prepare("SELECT algorithm, public_key_pem, enrolled_at, revoked_at FROM devices WHERE device_id = ?");
    d.bind(1, deviceId);
    if (d.step() != Statement::Step::Row) {
        *error = QStringLiteral("device not registered");
        return false;
    }
    const QByteArray devicePem = d.text(1).toUtf8();
    const QJsonObject deviceJson{{QStringLiteral("id"), deviceId},
                                 {QStringLiteral("algorithm"), d.text(0)},
                                 {QStringLiteral("fingerprint"), DeviceIdentity::fingerprintOfPem(devicePem)},
                                 {QStringLiteral("enrolledAt"), d.text(2)},
                                 {QStringLiteral("revokedAt"), d.isNull(3) ? QJsonValue() : QJsonValue(d.text(3))}};

    Statement r = db.prepare(
        "SELECT bytes, signature FROM receipts WHERE manifest_id = ? ORDER BY issued_at DESC, rowid DESC LIMIT 1");
    r.bind(1, manifestId);
    const bool hasReceipt = r.step() == Statement::Step::Row;
    const QByteArray receiptBytes = hasReceipt ? r.blob(0) : QByteArray();
    const QByteArray receiptSig = hasReceipt ? r.blob(1) : QByteArray();

    ZipWriter zip;
    if (!zip.open(outPath, error))
        return false;
    const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Indented); };
    if (!zip.addBytes(QStringLiteral("manifest.json"), manifestBytes, error)
        || !zip.addBytes(QStringLiteral("manifest.sig"), manifestSig, error)
        || !zip.addBytes(QStringLiteral("device-public-key.pem"), devicePem, error)
        || !zip.addBytes(QStringLiteral("device.json"), json(deviceJson), error)
        || !zip.addBytes(QStringLiteral("receiver-public-key.pem"), receiver.publicKeyPem, error)
        || !zip.addBytes(QStringLiteral("receiver.json"),
                         json({{QStringLiteral("keyId"), QStringLiteral("receiver")},
                               {QStringLiteral("algorithm"), receiver.algorithm},
                               {QStringLiteral("fingerprint"), DeviceIdentity::fingerprintOfPem(receiver.publicKeyPem)}}),
                         error))
        return false;
    if (hasReceipt
        && (!zip.addBytes(QStringLiteral("receipt.json"), receiptBytes, error)
            || !zip.addBytes(QStringLiteral("receipt.sig"), receiptSig, error)))
        return false;

    // Listed files: evidence, then document PDFs.
    QList<QPair<QString, QString>> listed;   // evidence id, file name from the manifest
    for (const QJsonValue &v : manifest.value(QStringLiteral("evidence")).toArray())
        listed.append({v.toObject().value(QStringLiteral("id")).toString(),
                       v.toObject().value(QStringLiteral("fileName")).toString()});
    for (const QJsonValue &v : manifest.value(QStringLiteral("documents")).toArray()) {
        const QString pdf = v.toObject().value(QStringLiteral("pdfEvidenceId")).toString();
        if (!pdf.isEmpty())
            listed.append({pdf, QString()});
    }
    for (const auto &item : listed) {
        Statement up = db.prepare(
            "SELECT path, file_name FROM uploads WHERE device_id = ? AND evidence_id = ? AND status = 'complete' "
            "ORDER BY completed_at DESC LIMIT 1");
        up.bind(1, deviceId).bind(2, item.first);
        if (up.step() != Statement::Step::Row)
            continue;   // not received: the verifier reports it missing
        const QString relative = up.text(0);
        if (QDir::isAbsolutePath(relative) || relative.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            qCWarning(lcWeb) << "skipping an upload with an unsafe path" << item.first;
            continue;
        }
        const QString name = entryName(item.first, item.second.isEmpty() ? up.text(1) : item.second);
        if (!zip.addFile(name, QDir(dataDir).filePath(relative), error))
            return false;
    }

    const qint64 headSeq = qint64(manifest.value(QStringLiteral("auditHead")).toObject().value(QStringLiteral("seq")).toDouble());
    QByteArray audit;
    Statement a = db.prepare(
        "SELECT seq, at, officer_no, action, object_type, object_id, details, prev_hash, hash, hash_alg "
        "FROM audit_rows WHERE device_id = ? AND seq <= ? ORDER BY seq");
    a.bind(1, deviceId).bind(2, headSeq);
    while (a.step() == Statement::Step::Row) {
        AuditRowFields fields;
        fields.seq = a.int64(0);
        fields.at = a.text(1);
        fields.officerNo = a.text(2);
        fields.deviceId = deviceId;
        fields.action = a.text(3);
        fields.objectType = a.text(4);
        fields.objectId = a.text(5);
        fields.details = a.text(6);
        fields.prevHash = a.text(7);
        fields.hashAlgorithm = a.text(9);
        const QJsonObject row = AuditCanonical::toJson(fields, a.text(8));
        audit += QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
    }
    if (!zip.addBytes(QStringLiteral("audit.jsonl"), audit, error)
        || !zip.addBytes(QStringLiteral("README.txt"), readme().toUtf8(), error))
        return false;
    return zip.close(error);
}

} // namespace EvidencePackage
