// backoffice.verify_package: a package exported from a filled receiver verifies (exit 0) with
// fieldterm-verify, in both crypto profiles; each kind of tampering — a flipped byte in a
// file, re-spaced manifest.json, manifest.sig by another key, a dropped audit row, a receipt
// for other bytes — exits 1 naming the problem; an unreadable file exits 2. The device key
// fingerprint printed equals the registry's (DeviceIdentity::fingerprint).

#include "deviceidentity.h"
#include "evidencepackage.h"
#include "receiverfixture.h"
#include "signedjson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <functional>

namespace {

struct Entry {
    QString name;
    QByteArray bytes;
};

QList<Entry> readZip(const QString &path)
{
    QList<Entry> out;
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK) {
        archive_read_free(a);
        return out;
    }
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        Entry entry{QString::fromUtf8(archive_entry_pathname_utf8(e)), QByteArray()};
        char buf[65536];
        la_ssize_t n;
        while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
            entry.bytes.append(buf, n);
        out.append(entry);
    }
    archive_read_free(a);
    return out;
}

bool writeZip(const QString &path, const QList<Entry> &entries)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const Entry &entry : entries) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname_utf8(e, entry.name.toUtf8().constData());
        archive_entry_set_size(e, entry.bytes.size());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        ok = ok && archive_write_header(a, e) == ARCHIVE_OK;
        ok = ok && (entry.bytes.isEmpty() || archive_write_data(a, entry.bytes.constData(), size_t(entry.bytes.size())) >= 0);
        archive_entry_free(e);
    }
    ok = ok && archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok;
}

struct Run {
    int exitCode = -1;
    QString out;
};

Run verify(const QString &package, bool json = false)
{
    QProcess p;
    QStringList args{package};
    if (json)
        args << QStringLiteral("--json");
    p.start(QStringLiteral(FIELDTERM_VERIFY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

} // namespace

class TestVerifyPackage : public QObject
{
    Q_OBJECT

private slots:
    void package_data();
    void package();
};

void TestVerifyPackage::package_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("intl") << QStringLiteral("intl");
    QTest::newRow("gm") << QStringLiteral("gm");
}

void TestVerifyPackage::package()
{
    QFETCH(QString, profile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReceiverFixture fixture;
    QString error;
    ReceiverFixture::CaseIds ids;
    QVERIFY2(fixture.create(dir.filePath(QStringLiteral("data")), profile, &error), qPrintable(error));
    QVERIFY2(fixture.addCompleteCase(&ids, &error), qPrintable(error));

    DeviceIdentity *receiverKey = fixture.context()->receiverKey;
    const EvidencePackage::Receiver receiver{receiverKey->publicKeyPem(), DeviceIdentity::algorithmKey(receiverKey->algorithm())};
    const QString good = dir.filePath(QStringLiteral("good.zip"));
    QString caseNo;
    QVERIFY2(EvidencePackage::write(fixture.db(), fixture.dataDir(), ids.manifestId, receiver, good, &caseNo, &error),
             qPrintable(error));
    QCOMPARE(caseNo, ids.caseNo);

    // The untouched package passes, and prints the registry's fingerprint of the device key.
    Run run = verify(good);
    qInfo().noquote() << run.out;
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    QVERIFY2(run.out.contains(fixture.deviceKey().fingerprint()), qPrintable(run.out));
    run = verify(good, true);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("deviceFingerprint")).toString(), fixture.deviceKey().fingerprint());
    // manifest signature, video, photo, PDF, audit chain, receipt signature, receipt manifest hash.
    QCOMPARE(report.value(QStringLiteral("checks")).toArray().size(), 7);

    const QList<Entry> entries = readZip(good);
    QStringList names;
    for (const Entry &e : entries)
        names << e.name;
    for (const char *required : {"manifest.json", "manifest.sig", "device-public-key.pem", "device.json", "receipt.json",
                                 "receipt.sig", "receiver-public-key.pem", "receiver.json", "audit.jsonl", "README.txt"})
        QVERIFY2(names.contains(QLatin1String(required)), required);
    QVERIFY(names.contains(QStringLiteral("files/%1-VID_20261122_040400.mp4").arg(ids.videoId)));
    QVERIFY(names.contains(QStringLiteral("files/%1-decision.pdf").arg(ids.pdfId)));
    for (const Entry &e : entries) {
        if (e.name == QLatin1String("audit.jsonl"))
            QCOMPARE(e.bytes.count('\n'), 5);
    }

    // Independent witness: openssl checks both signatures from the package's own files, the
    // way README.txt tells a reader to.
    QDir extracted(dir.filePath(QStringLiteral("extracted")));
    QVERIFY(extracted.mkpath(QStringLiteral(".")));
    for (const Entry &e : entries) {
        if (e.name.contains(QLatin1Char('/')))
            continue;
        QFile out(extracted.filePath(e.name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(e.bytes);
    }
    const auto opensslVerify = [&](const char *key, const char *data, const char *sig) {
        QStringList args{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                         extracted.filePath(QLatin1String(key)), QStringLiteral("-rawin"), QStringLiteral("-in"),
                         extracted.filePath(QLatin1String(data)), QStringLiteral("-sigfile"), extracted.filePath(QLatin1String(sig))};
        if (profile == QLatin1String("gm"))
            args << QStringLiteral("-digest") << QStringLiteral("sm3") << QStringLiteral("-pkeyopt")
                 << QStringLiteral("distid:1234567812345678");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    };
    QVERIFY(opensslVerify("device-public-key.pem", "manifest.json", "manifest.sig"));
    QVERIFY(opensslVerify("receiver-public-key.pem", "receipt.json", "receipt.sig"));

    const auto tampered = [&](const char *label, const std::function<bool(QList<Entry> &)> &edit,
                              const QString &expected) {
        QList<Entry> copy = entries;
        QVERIFY2(edit(copy), label);
        const QString path = dir.filePath(QLatin1String(label) + QStringLiteral(".zip"));
        QVERIFY(writeZip(path, copy));
        const Run r = verify(path);
        qInfo().noquote() << label << r.out.split(QLatin1Char('\n')).filter(QStringLiteral("失败")).join(QLatin1Char('\n'));
        QVERIFY2(r.exitCode == 1, qPrintable(QLatin1String(label) + QStringLiteral(": ") + r.out));
        QVERIFY2(r.out.contains(expected), qPrintable(QLatin1String(label) + QStringLiteral(": ") + r.out));
    };
    const auto find = [](QList<Entry> &list, const QString &name) -> Entry * {
        for (Entry &e : list) {
            if (e.name == name || (name.endsWith(QLatin1Char('-')) && e.name.startsWith(name)))
                return &e;
        }
        return nullptr;
    };

    tampered("flipped-byte", [&](QList<Entry> &l) {
        Entry *e = find(l, QStringLiteral("files/%1-").arg(ids.videoId));
        if (!e)
            return false;
        e->bytes[1000] = char(e->bytes[1000] ^ 0x01);
        return true;
    }, QStringLiteral("证据文件哈希不符：files/%1").arg(ids.videoId));

    tampered("manifest-whitespace", [&](QList<Entry> &l) {
        Entry *e = find(l, QStringLiteral("manifest.json"));
        if (!e)
            return false;
        e->bytes.insert(1, ' ');
        return true;
    }, QStringLiteral("清单签名无效"));

    tampered("other-key", [&](QList<Entry> &l) {
        Entry *m = find(l, QStringLiteral("manifest.json"));
        Entry *s = find(l, QStringLiteral("manifest.sig"));
        DeviceIdentity other;
        QString err;
        QTemporaryDir keys;
        if (!m || !s || !other.loadOrCreate(keys.path(), fixture.deviceKey().algorithm(), &err))
            return false;
        s->bytes = SignedJson::sign(other, m->bytes, &err);
        return !s->bytes.isEmpty();
    }, QStringLiteral("清单签名无效"));

    tampered("dropped-audit-row", [&](QList<Entry> &l) {
        Entry *e = find(l, QStringLiteral("audit.jsonl"));
        if (!e)
            return false;
        QList<QByteArray> lines = e->bytes.split('\n');
        lines.removeAt(2);   // seq 3
        e->bytes = lines.join('\n');
        return true;
    }, QStringLiteral("审计记录序号不连续"));

    tampered("dropped-last-audit-row", [&](QList<Entry> &l) {
        Entry *e = find(l, QStringLiteral("audit.jsonl"));
        if (!e)
            return false;
        QList<QByteArray> lines = e->bytes.split('\n');
        lines.removeAt(4);   // seq 5, the manifest's auditHead
        e->bytes = lines.join('\n');
        return true;
    }, QStringLiteral("审计链未止于清单记载的 auditHead"));

    tampered("edited-audit-row", [&](QList<Entry> &l) {
        Entry *e = find(l, QStringLiteral("audit.jsonl"));
        if (!e)
            return false;
        e->bytes.replace("第2条", "第9条");
        return true;
    }, QStringLiteral("审计记录第 2 条哈希不符"));

    tampered("missing-file", [&](QList<Entry> &l) {
        for (int i = 0; i < l.size(); ++i) {
            if (l[i].name.startsWith(QStringLiteral("files/%1").arg(ids.photoId))) {
                l.removeAt(i);
                return true;
            }
        }
        return false;
    }, QStringLiteral("证据文件缺失：%1").arg(ids.photoId));

    tampered("receipt-signature", [&](QList<Entry> &l) {
        Entry *e = find(l, QStringLiteral("receipt.json"));
        if (!e)
            return false;
        e->bytes.replace("verified", "pending!");
        return true;
    }, QStringLiteral("回执签名无效"));

    // Not a zip at all → 2.
    const QString junk = dir.filePath(QStringLiteral("junk.zip"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a zip");
    f.close();
    QCOMPARE(verify(junk).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestVerifyPackage)
#include "tst_verifypackage.moc"
