// backoffice.manifest: case manifests and receipts (docs/PROTOCOL.md §5) — the signature is
// checked over the exact bytes (a re-signed manifest and whitespace-changed bytes are refused),
// idempotent by id, 409 on other bytes, the previous-manifest chain, expected files verified
// before and after their upload, and a receipt whose signature `openssl pkeyutl` verifies with
// the receiver's public key. Both crypto profiles.

#include "auditcanonical.h"
#include "database.h"
#include "hasher.h"
#include "receivertestsupport.h"
#include "signedjson.h"
#include "tusmetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestManifest : public QObject
{
    Q_OBJECT
private slots:
    void manifests_data();
    void manifests();
};

void TestManifest::manifests_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("intl") << QStringLiteral("intl");
    QTest::newRow("gm") << QStringLiteral("gm");
}

namespace {

struct Ctx
{
    InProcessReceiver *receiver;
    SignedClient *client;
    TestDevice *device;
    QString hashAlg;
};

QString hashHex(const QString &alg, const QByteArray &data)
{
    return QString::fromLatin1(Hasher::hash(alg, data).toHex());
}

HttpResult postManifest(Ctx &c, const QByteArray &bytes, const QByteArray &signature)
{
    return c.client->send("POST", c.receiver->url(QStringLiteral("/api/v1/manifests")), bytes,
                          {{"Content-Type", "application/json"}, {"Manifest-Signature", SignedJson::signatureHeader(signature)}},
                          c.device);
}

bool upload(Ctx &c, const QString &evidenceId, const QByteArray &content)
{
    const QByteArray meta = TusMetadata::encode({{"evidenceId", evidenceId.toUtf8()}, {"caseId", "case-1"}, {"kind", "video"},
                                                 {"filename", "f.bin"}, {"size", QByteArray::number(content.size())},
                                                 {"hash", hashHex(c.hashAlg, content).toLatin1()}, {"hashAlg", c.hashAlg.toLatin1()}});
    HttpResult r = c.client->send("POST", c.receiver->url(QStringLiteral("/tus/")), QByteArray(),
                                  {{"Tus-Resumable", "1.0.0"}, {"Upload-Length", QByteArray::number(content.size())}, {"Upload-Metadata", meta}},
                                  c.device);
    if (r.status != 201)
        return false;
    r = c.client->send("PATCH", c.receiver->url(QString::fromUtf8(r.header("location"))), content,
                       {{"Tus-Resumable", "1.0.0"}, {"Content-Type", "application/offset+octet-stream"}, {"Upload-Offset", "0"}},
                       c.device);
    return r.status == 204;
}

// A manifest as the device writes it: compact bytes, keys in the protocol's order.
QByteArray manifestBytes(const QString &id, const QString &deviceId, const QString &hashAlg, const QJsonValue &previous,
                         const QJsonArray &documents, const QJsonArray &evidence, qint64 auditSeq, const QString &auditHash)
{
    QByteArray b = "{\"format\":\"fieldterm-manifest-v1\",\"manifestId\":\"" + id.toUtf8() + "\",\"deviceId\":\"" + deviceId.toUtf8()
        + "\",\"createdAt\":\"2026-11-22T04:00:00.000Z\",\"hashAlg\":\"" + hashAlg.toUtf8() + "\",\"previousManifestHash\":"
        + (previous.isNull() ? QByteArray("null") : "\"" + previous.toString().toUtf8() + "\"")
        + ",\"auditHead\":{\"seq\":" + QByteArray::number(auditSeq) + ",\"hash\":\"" + auditHash.toUtf8() + "\"},"
        + "\"case\":{\"id\":\"case-1\",\"caseNo\":\"简易〔2026〕001号\",\"type\":\"summary\",\"status\":\"closed\",\"steps\":[]},"
        + "\"documents\":" + QJsonDocument(documents).toJson(QJsonDocument::Compact)
        + ",\"evidence\":" + QJsonDocument(evidence).toJson(QJsonDocument::Compact) + "}";
    return b;
}

QJsonObject receiptEntry(const QJsonObject &receipt, const char *list, const QString &id)
{
    for (const QJsonValue &v : receipt.value(QLatin1String(list)).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

void TestManifest::manifests()
{
    QFETCH(QString, profile);
    const auto alg = DeviceIdentity::forCryptoProfile(profile);
    const QString hashAlg = profile == QLatin1String("gm") ? QStringLiteral("sm3") : QStringLiteral("sha256");
    InProcessReceiver receiver(profile);
    QString error;
    QVERIFY2(receiver.start(&error), qPrintable(error));
    SignedClient client;
    TestDevice device(QStringLiteral("SIM0001"), alg);
    QCOMPARE(client.enroll(receiver.url(QString()), device, receiver.issueCode()).status, 201);
    Ctx c{&receiver, &client, &device, hashAlg};

    const QByteArray video1 = QByteArray(150000, 'v');
    const QByteArray video2 = QByteArray(90000, 'w');
    const QByteArray pdf = QByteArray("%PDF-1.7 test document");
    QVERIFY(upload(c, QStringLiteral("ev-1"), video1));   // before the manifest

    // The device's audit rows 1..2, the head the manifest names.
    AuditRowFields row;
    row.seq = 1;
    row.at = QStringLiteral("2026-11-22T03:59:00.000Z");
    row.officerNo = QStringLiteral("A001");
    row.deviceId = device.id;
    row.action = QStringLiteral("case_create");
    row.objectType = QStringLiteral("case");
    row.objectId = QStringLiteral("case-1");
    row.details = QStringLiteral("{}");
    row.prevHash = AuditCanonical::genesisHash();
    row.hashAlgorithm = hashAlg;
    const QString h1 = AuditCanonical::hashHex(row);

    const QJsonArray evidence{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("ev-1")}, {QStringLiteral("kind"), QStringLiteral("video")},
                    {QStringLiteral("hash"), hashHex(hashAlg, video1)}, {QStringLiteral("size"), video1.size()}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("ev-2")}, {QStringLiteral("kind"), QStringLiteral("video")},
                    {QStringLiteral("hash"), hashHex(hashAlg, video2)}, {QStringLiteral("size"), video2.size()}}};
    const QJsonArray documents{QJsonObject{{QStringLiteral("id"), QStringLiteral("doc-1")},
                                           {QStringLiteral("templateId"), QStringLiteral("penalty-decision")},
                                           {QStringLiteral("pdfHash"), hashHex(hashAlg, pdf)},
                                           {QStringLiteral("pdfEvidenceId"), QStringLiteral("pdf-1")}}};
    const QString manifestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray bytes = manifestBytes(manifestId, device.id, hashAlg, QJsonValue::Null, documents, evidence, 1, h1);
    const QByteArray signature = device.key.sign(bytes, &error);
    QVERIFY2(!signature.isEmpty(), qPrintable(error));

    // Refused: the same bytes signed by another key; the original signature over changed whitespace.
    TestDevice other(device.id, alg);
    HttpResult r = postManifest(c, bytes, other.key.sign(bytes, &error));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("manifest_signature_invalid"));
    QByteArray spaced = bytes;
    spaced.replace("\"format\":", "\"format\": ");
    r = postManifest(c, spaced, signature);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("manifest_signature_invalid"));
    // Without a Manifest-Signature header.
    r = client.send("POST", receiver.url(QStringLiteral("/api/v1/manifests")), bytes, {{"Content-Type", "application/json"}}, &device);
    QCOMPARE(r.status, 400);

    // Accepted: a receipt signed by the receiver.
    r = postManifest(c, bytes, signature);
    QCOMPARE(r.status, 200);
    QByteArray receiptSig;
    QVERIFY(SignedJson::parseSignatureHeader(r.header("receipt-signature"), &receiptSig, &error));
    const QByteArray receiverPem = receiver.ctx()->receiverKey->publicKeyPem();
    QVERIFY(SignedJson::verify(receiverPem, alg, r.body, receiptSig, &error));
    QJsonObject receipt = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(receipt.value(QStringLiteral("format")).toString(), QStringLiteral("fieldterm-receipt-v1"));
    QCOMPARE(receipt.value(QStringLiteral("manifestId")).toString(), manifestId);
    QCOMPARE(receipt.value(QStringLiteral("manifestHash")).toString(), hashHex(hashAlg, bytes));
    QCOMPARE(receipt.value(QStringLiteral("deviceId")).toString(), device.id);
    QCOMPARE(receipt.value(QStringLiteral("caseId")).toString(), QStringLiteral("case-1"));
    QCOMPARE(receiptEntry(receipt, "evidence", QStringLiteral("ev-1")).value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
    QCOMPARE(receiptEntry(receipt, "evidence", QStringLiteral("ev-2")).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(receiptEntry(receipt, "documents", QStringLiteral("doc-1")).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(receipt.value(QStringLiteral("auditHead")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    // Independent check of the receipt signature: openssl pkeyutl with the receiver's public key.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (!openssl.isEmpty()) {
        QTemporaryDir tmp;
        auto write = [&tmp](const QString &name, const QByteArray &data) {
            QFile f(tmp.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(QStringLiteral("receipt.json"), r.body));
        QVERIFY(write(QStringLiteral("receipt.sig"), receiptSig));
        QVERIFY(write(QStringLiteral("receiver.pem"), receiverPem));
        QStringList args{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                         tmp.filePath(QStringLiteral("receiver.pem")), QStringLiteral("-rawin"), QStringLiteral("-in"),
                         tmp.filePath(QStringLiteral("receipt.json")), QStringLiteral("-sigfile"), tmp.filePath(QStringLiteral("receipt.sig"))};
        if (alg == DeviceIdentity::Algorithm::Sm2)
            args << QStringLiteral("-digest") << QStringLiteral("sm3") << QStringLiteral("-pkeyopt") << QStringLiteral("distid:1234567812345678");
        QByteArray out;
        QCOMPARE(runProcess(openssl, args, &out), 0);
        QVERIFY(out.contains("Signature Verified Successfully"));
        // A changed receipt does not verify.
        QByteArray changed = r.body;
        changed.replace("verified", "pending!");
        QVERIFY(write(QStringLiteral("receipt.json"), changed));
        QVERIFY(runProcess(openssl, args, &out) != 0);
    }

    // Stored exactly as received.
    Statement st = receiver.db().prepare("SELECT bytes, signature, hash, chain_ok FROM manifests WHERE id = ?");
    st.bind(1, manifestId);
    QCOMPARE(st.step(), Statement::Step::Row);
    QCOMPARE(st.blob(0), bytes);
    QCOMPARE(st.blob(1), signature);
    QCOMPARE(st.text(2), hashHex(hashAlg, bytes));
    QCOMPARE(st.int64(3), 1);

    // The rest arrives; audit row 1 arrives; the same manifest again → everything verified.
    QVERIFY(upload(c, QStringLiteral("ev-2"), video2));
    QVERIFY(upload(c, QStringLiteral("pdf-1"), pdf));
    const QJsonObject auditRow{{QStringLiteral("seq"), 1}, {QStringLiteral("at"), row.at}, {QStringLiteral("officerNo"), row.officerNo},
                               {QStringLiteral("deviceId"), row.deviceId}, {QStringLiteral("action"), row.action},
                               {QStringLiteral("objectType"), row.objectType}, {QStringLiteral("objectId"), row.objectId},
                               {QStringLiteral("details"), row.details}, {QStringLiteral("prevHash"), row.prevHash},
                               {QStringLiteral("hash"), h1}, {QStringLiteral("hashAlg"), hashAlg}};
    r = client.send("POST", receiver.url(QStringLiteral("/api/v1/audit")),
                    QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), device.id}, {QStringLiteral("rows"), QJsonArray{auditRow}}})
                        .toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}}, &device);
    QCOMPARE(r.status, 200);
    r = postManifest(c, bytes, signature);
    QCOMPARE(r.status, 200);
    QVERIFY(SignedJson::parseSignatureHeader(r.header("receipt-signature"), &receiptSig, &error));
    QVERIFY(SignedJson::verify(receiverPem, alg, r.body, receiptSig, &error));
    const QJsonObject again = QJsonDocument::fromJson(r.body).object();
    QVERIFY(again.value(QStringLiteral("receiptId")).toString() != receipt.value(QStringLiteral("receiptId")).toString());
    QCOMPARE(receiptEntry(again, "evidence", QStringLiteral("ev-2")).value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
    QCOMPARE(receiptEntry(again, "documents", QStringLiteral("doc-1")).value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
    QCOMPARE(again.value(QStringLiteral("auditHead")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
    qint64 receipts = 0;
    QVERIFY(receiver.db().queryInt("SELECT count(*) FROM receipts", &receipts));
    QCOMPARE(receipts, 2);
    qint64 verified = 0;
    QVERIFY(receiver.db().queryInt("SELECT count(*) FROM expected_files WHERE state = 'verified'", &verified));
    QCOMPARE(verified, 3);

    // Same id, other bytes (properly signed): 409.
    QByteArray otherBytes = bytes;
    otherBytes.replace("\"status\":\"closed\"", "\"status\":\"open\"");
    r = postManifest(c, otherBytes, device.key.sign(otherBytes, &error));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("manifest_conflict"));

    // The chain: a second manifest naming the first is fine; a third naming nothing is stored but flagged.
    const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray secondBytes = manifestBytes(second, device.id, hashAlg, hashHex(hashAlg, bytes), {}, {}, 1, h1);
    QCOMPARE(postManifest(c, secondBytes, device.key.sign(secondBytes, &error)).status, 200);
    const QString third = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray thirdBytes = manifestBytes(third, device.id, hashAlg, hashHex(hashAlg, bytes), {}, {}, 1, h1);
    QCOMPARE(postManifest(c, thirdBytes, device.key.sign(thirdBytes, &error)).status, 200);
    Statement chain = receiver.db().prepare("SELECT id, chain_ok FROM manifests WHERE id IN (?, ?)");
    chain.bind(1, second).bind(2, third);
    QHash<QString, qint64> ok;
    while (chain.step() == Statement::Step::Row)
        ok.insert(chain.text(0), chain.int64(1));
    QCOMPARE(ok.value(second), 1);
    QCOMPARE(ok.value(third), 0);

    // A file whose bytes differ from the manifest's promise: quarantined (422) even though it
    // matches what its own upload declared.
    const QString fourth = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonArray promised{QJsonObject{{QStringLiteral("id"), QStringLiteral("ev-3")}, {QStringLiteral("kind"), QStringLiteral("photo")},
                                          {QStringLiteral("hash"), hashHex(hashAlg, "the real photo")}}};
    const QByteArray fourthBytes = manifestBytes(fourth, device.id, hashAlg, hashHex(hashAlg, thirdBytes), {}, promised, 1, h1);
    QCOMPARE(postManifest(c, fourthBytes, device.key.sign(fourthBytes, &error)).status, 200);
    QVERIFY(!upload(c, QStringLiteral("ev-3"), "a different photo"));
    QVERIFY(!QFile::exists(receiver.dataDir() + QStringLiteral("/files/SIM0001/ev-3")));

    // Evidence recorded outside any case: "case" is null.
    const QString loose = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray looseBytes = manifestBytes(loose, device.id, hashAlg, hashHex(hashAlg, fourthBytes), {}, {}, 1, h1);
    const int caseStart = looseBytes.indexOf("\"case\":{");
    const int caseEnd = looseBytes.indexOf("},\"documents\"");
    looseBytes.replace(caseStart, caseEnd + 1 - caseStart, "\"case\":null");
    r = postManifest(c, looseBytes, device.key.sign(looseBytes, &error));
    QCOMPARE(r.status, 200);
    QVERIFY(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("caseId")).isNull());
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
