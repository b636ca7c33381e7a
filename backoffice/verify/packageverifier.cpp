#include "packageverifier.h"

#include "auditcanonical.h"
#include "deviceidentity.h"
#include "hasher.h"
#include "signedjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool algorithmFromKey(const QString &key, DeviceIdentity::Algorithm *out)
{
    if (key == QLatin1String("ed25519")) {
        *out = DeviceIdentity::Algorithm::Ed25519;
        return true;
    }
    if (key == QLatin1String("sm2-sm3")) {
        *out = DeviceIdentity::Algorithm::Sm2;
        return true;
    }
    return false;
}

void add(VerifyReport *report, const QString &code, bool ok, const QString &message)
{
    report->checks.append({code, ok, message});
}

// Finds the package entry of a listed file: "files/<id>-<name>" or "files/<id>".
QString entryFor(const PackageContents &package, const QString &evidenceId)
{
    QString id = evidenceId;
    id.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    const QString exact = QStringLiteral("files/") + id;
    if (package.files.contains(exact))
        return exact;
    const QString prefix = exact + QLatin1Char('-');
    for (auto it = package.files.cbegin(); it != package.files.cend(); ++it) {
        if (it.key().startsWith(prefix))
            return it.key();
    }
    return QString();
}

void checkFile(const PackageContents &package, const QString &hashAlg, const QString &code, const QString &id,
               const QString &label, const QString &expected, VerifyReport *report)
{
    const QString entry = entryFor(package, id);
    if (entry.isEmpty()) {
        add(report, code, false, QCoreApplication::translate("PackageVerifier", "%1缺失：%2 未包含在证据包中（尚未收到或未导出）").arg(label, id));
        return;
    }
    const PackageContents::FileDigest &d = package.files.value(entry);
    const QString actual = hashAlg == QLatin1String("sm3") ? d.sm3 : d.sha256;
    if (actual.compare(expected, Qt::CaseInsensitive) == 0)
        add(report, code, true, QCoreApplication::translate("PackageVerifier", "%1哈希一致：%2").arg(label, entry));
    else
        add(report, code, false, QCoreApplication::translate("PackageVerifier", "%1哈希不符：%2（清单 %3，实际 %4）").arg(label, entry, expected, actual));
}

void checkAudit(const PackageContents &package, const QJsonObject &manifest, const QString &deviceId,
                VerifyReport *report)
{
    const QJsonObject head = manifest.value(QStringLiteral("auditHead")).toObject();
    const qint64 headSeq = qint64(head.value(QStringLiteral("seq")).toDouble());
    const QString headHash = head.value(QStringLiteral("hash")).toString();
    const QList<QByteArray> lines = package.entries.value(QStringLiteral("audit.jsonl")).split('\n');
    QStringList problems;
    qint64 expectedSeq = 1;
    QString prevHash = AuditCanonical::genesisHash();
    QString lastHash;
    qint64 lastSeq = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            problems << QCoreApplication::translate("PackageVerifier", "audit.jsonl 第 %1 条之后有无法解析的行").arg(lastSeq);
            break;
        }
        QString hash;
        const AuditRowFields row = AuditCanonical::fromJson(o, &hash);
        if (row.seq != expectedSeq)
            problems << QCoreApplication::translate("PackageVerifier", "审计记录序号不连续：应为第 %1 条，实为第 %2 条（有记录缺失）").arg(expectedSeq).arg(row.seq);
        else if (row.prevHash.compare(prevHash, Qt::CaseInsensitive) != 0)
            problems << QCoreApplication::translate("PackageVerifier", "审计记录第 %1 条与上一条不衔接（prevHash 不符）").arg(row.seq);
        if (row.deviceId != deviceId)
            problems << QCoreApplication::translate("PackageVerifier", "审计记录第 %1 条不属于设备 %2").arg(row.seq).arg(deviceId);
        const QString recomputed = AuditCanonical::hashHex(row);
        if (recomputed.isEmpty() || recomputed.compare(hash, Qt::CaseInsensitive) != 0)
            problems << QCoreApplication::translate("PackageVerifier", "审计记录第 %1 条哈希不符（内容被改动）").arg(row.seq);
        prevHash = hash;
        expectedSeq = row.seq + 1;
        lastSeq = row.seq;
        lastHash = hash;
        if (problems.size() > 20)
            break;
    }
    if (lastSeq != headSeq || (headSeq > 0 && lastHash.compare(headHash, Qt::CaseInsensitive) != 0))
        problems << QCoreApplication::translate("PackageVerifier", "审计链未止于清单记载的 auditHead（第 %1 条），证据包中止于第 %2 条").arg(headSeq).arg(lastSeq);
    if (problems.isEmpty())
        add(report, QStringLiteral("audit_chain"), true, QCoreApplication::translate("PackageVerifier", "审计链完整：第 1 至 %1 条，止于清单记载的 auditHead").arg(headSeq));
    for (const QString &p : problems)
        add(report, QStringLiteral("audit_chain"), false, p);
}

void checkReceipt(const PackageContents &package, const QJsonObject &manifest, const QString &manifestHash,
                  VerifyReport *report)
{
    const QByteArray receipt = package.entries.value(QStringLiteral("receipt.json"));
    const QByteArray sig = package.entries.value(QStringLiteral("receipt.sig"));
    const QByteArray pem = package.entries.value(QStringLiteral("receiver-public-key.pem"));
    const QJsonObject receiver = QJsonDocument::fromJson(package.entries.value(QStringLiteral("receiver.json"))).object();
    DeviceIdentity::Algorithm alg;
    if (receipt.isEmpty() || sig.isEmpty() || pem.isEmpty()
        || !algorithmFromKey(receiver.value(QStringLiteral("algorithm")).toString(), &alg)) {
        add(report, QStringLiteral("receipt_signature"), false, QCoreApplication::translate("PackageVerifier", "缺少接收回执、回执签名或接收端公钥"));
        return;
    }
    QString error;
    if (SignedJson::verify(pem, alg, receipt, sig, &error))
        add(report, QStringLiteral("receipt_signature"), true, QCoreApplication::translate("PackageVerifier", "回执签名有效（接收端公钥指纹 %1）").arg(DeviceIdentity::fingerprintOfPem(pem)));
    else
        add(report, QStringLiteral("receipt_signature"), false, QCoreApplication::translate("PackageVerifier", "回执签名无效：receipt.sig 不是接收端公钥对 receipt.json 的签名"));
    const QJsonObject r = QJsonDocument::fromJson(receipt).object();
    const bool hashOk = r.value(QStringLiteral("manifestHash")).toString().compare(manifestHash, Qt::CaseInsensitive) == 0;
    const bool idOk = r.value(QStringLiteral("manifestId")).toString() == manifest.value(QStringLiteral("manifestId")).toString();
    if (hashOk && idOk)
        add(report, QStringLiteral("receipt_manifest"), true, QCoreApplication::translate("PackageVerifier", "回执所记清单哈希与 manifest.json 一致"));
    else
        add(report, QStringLiteral("receipt_manifest"), false,
            QCoreApplication::translate("PackageVerifier", "回执所记清单（%1）与 manifest.json 的哈希 %2 不一致")
                .arg(r.value(QStringLiteral("manifestHash")).toString(), manifestHash));
}

} // namespace

bool VerifyReport::allOk() const
{
    if (!readable)
        return false;
    for (const Check &c : checks) {
        if (!c.ok)
            return false;
    }
    return true;
}

namespace PackageVerifier {


VerifyReport verify(const PackageContents &package)
{
    VerifyReport report;
    const QByteArray manifestBytes = package.entries.value(QStringLiteral("manifest.json"));
    const QByteArray manifestSig = package.entries.value(QStringLiteral("manifest.sig"));
    const QByteArray devicePem = package.entries.value(QStringLiteral("device-public-key.pem"));
    const QJsonObject device = QJsonDocument::fromJson(package.entries.value(QStringLiteral("device.json"))).object();
    if (manifestBytes.isEmpty() || devicePem.isEmpty() || device.isEmpty()) {
        report.readError = QCoreApplication::translate("PackageVerifier", "证据包不完整：缺少 manifest.json、device-public-key.pem 或 device.json");
        return report;
    }
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || manifest.value(QStringLiteral("format")).toString() != QLatin1String("fieldterm-manifest-v1")) {
        report.readError = QCoreApplication::translate("PackageVerifier", "manifest.json 不是有效的 fieldterm-manifest-v1 清单");
        return report;
    }
    DeviceIdentity::Algorithm alg;
    report.deviceAlgorithm = device.value(QStringLiteral("algorithm")).toString();
    if (!algorithmFromKey(report.deviceAlgorithm, &alg)) {
        report.readError = QCoreApplication::translate("PackageVerifier", "device.json 中的签名算法未知：%1").arg(report.deviceAlgorithm);
        return report;
    }
    const QString hashAlg = manifest.value(QStringLiteral("hashAlg")).toString();
    if (!Hasher::isSupported(hashAlg)) {
        report.readError = QCoreApplication::translate("PackageVerifier", "清单的哈希算法未知：%1").arg(hashAlg);
        return report;
    }
    report.readable = true;
    report.deviceId = device.value(QStringLiteral("id")).toString();
    report.deviceFingerprint = DeviceIdentity::fingerprintOfPem(devicePem);
    report.manifestId = manifest.value(QStringLiteral("manifestId")).toString();
    report.caseNo = manifest.value(QStringLiteral("case")).toObject().value(QStringLiteral("caseNo")).toString();

    QString error;
    if (manifestSig.isEmpty() || !SignedJson::verify(devicePem, alg, manifestBytes, manifestSig, &error))
        add(&report, QStringLiteral("manifest_signature"), false,
            QCoreApplication::translate("PackageVerifier", "清单签名无效：manifest.sig 不是设备公钥对 manifest.json 原始字节的签名（清单被改动或签名被替换）"));
    else
        add(&report, QStringLiteral("manifest_signature"), true, QCoreApplication::translate("PackageVerifier", "清单签名有效（%1）").arg(report.deviceAlgorithm));
    const QString manifestDevice = manifest.value(QStringLiteral("deviceId")).toString();
    if (manifestDevice != report.deviceId)
        add(&report, QStringLiteral("manifest_device"), false,
            QCoreApplication::translate("PackageVerifier", "清单的设备编号 %1 与 device.json 的 %2 不一致").arg(manifestDevice, report.deviceId));

    for (const QJsonValue &v : manifest.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        checkFile(package, hashAlg, QStringLiteral("file"), e.value(QStringLiteral("id")).toString(), QCoreApplication::translate("PackageVerifier", "证据文件"),
                  e.value(QStringLiteral("hash")).toString(), &report);
    }
    for (const QJsonValue &v : manifest.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString pdf = d.value(QStringLiteral("pdfEvidenceId")).toString();
        if (pdf.isEmpty())
            continue;
        checkFile(package, hashAlg, QStringLiteral("document_pdf"), pdf, QCoreApplication::translate("PackageVerifier", "文书 PDF "),
                  d.value(QStringLiteral("pdfHash")).toString(), &report);
    }
    checkAudit(package, manifest, manifestDevice, &report);
    checkReceipt(package, manifest, SignedJson::hashHex(hashAlg, manifestBytes), &report);
    return report;
}

} // namespace PackageVerifier
