// MessageSignature (RFC 9421 as docs/PROTOCOL.md §2 profiles it): RFC 9421's own Ed25519
// example (Appendix B.2.6) reproduced byte for byte — base and signature; sign → parse → verify
// round trips for both algorithms; the signature base and signature checked by `openssl pkeyutl`
// (the independent witness); and every tampering (method, URI, covered header, parameter, body
// digest, other key, uncovered header) refused.
#include "contentdigest.h"
#include "deviceidentity.h"
#include "messagesignature.h"
#include "structuredfield.h"
#include "testtools.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

// RFC 9421 Appendix B.1.4, "test-key-ed25519" (PKCS#8 of the JWK's d), and B.2.6.
const QByteArray rfcPrivateKey = "-----BEGIN PRIVATE KEY-----\n"
                                 "MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n"
                                 "-----END PRIVATE KEY-----\n";
const QByteArray rfcPublicKey = "-----BEGIN PUBLIC KEY-----\n"
                                "MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n"
                                "-----END PUBLIC KEY-----\n";
const QByteArray rfcSignatureInput = "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" "
                                     "\"content-length\");created=1618884473;keyid=\"test-key-ed25519\"";
const QByteArray rfcBase = "\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n"
                           "\"@method\": POST\n"
                           "\"@path\": /foo\n"
                           "\"@authority\": example.com\n"
                           "\"content-type\": application/json\n"
                           "\"content-length\": 18\n"
                           "\"@signature-params\": (\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" "
                           "\"content-length\");created=1618884473;keyid=\"test-key-ed25519\"";
const QByteArray rfcSignature = "wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==";

MessageSignature::Request rfcTestRequest()
{
    MessageSignature::Request r;
    r.method = "POST";
    r.targetUri = "https://example.com/foo?param=Value&Pet=dog";
    r.headers = {
        {"host", "example.com"},
        {"date", "Tue, 20 Apr 2021 02:07:55 GMT"},
        {"content-type", "application/json"},
        {"content-digest", "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:"},
        {"content-length", "18"},
    };
    return r;
}

// A tus PATCH as the device sends it, with a body and its digest.
MessageSignature::Request patchRequest(const QByteArray &body)
{
    MessageSignature::Request r;
    r.method = "PATCH";
    r.targetUri = "http://127.0.0.1:8088/tus/0f3a9c";
    r.headers = {
        {"tus-resumable", "1.0.0"},
        {"upload-offset", "8388608"},
        {"content-type", "application/offset+octet-stream"},
        {"upload-checksum", "sha256 " + QByteArray::fromHex("00ff").toBase64()},
    };
    r.setHeader("content-digest", ContentDigest::header(body));
    return r;
}

QStringList opensslOptions(DeviceIdentity::Algorithm algorithm)
{
    if (algorithm == DeviceIdentity::Algorithm::Sm2)
        return {QStringLiteral("-digest"), QStringLiteral("sm3"), QStringLiteral("-pkeyopt"), QStringLiteral("distid:1234567812345678")};
    return {};
}

bool opensslVerifies(const QTemporaryDir &dir, const QByteArray &publicKeyPem, DeviceIdentity::Algorithm algorithm,
                     const QByteArray &base, const QByteArray &signature, QByteArray *output)
{
    const QString pub = dir.filePath(QStringLiteral("pub.pem"));
    const QString baseFile = dir.filePath(QStringLiteral("base"));
    const QString sigFile = dir.filePath(QStringLiteral("sig"));
    if (!TestTools::writeFile(pub, publicKeyPem) || !TestTools::writeFile(baseFile, base) || !TestTools::writeFile(sigFile, signature))
        return false;
    bool ok = false;
    QByteArray err;
    const QByteArray out = TestTools::run(QStringLiteral("openssl"),
                                          QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                                      QStringLiteral("-inkey"), pub, QStringLiteral("-rawin"), QStringLiteral("-in"),
                                                      baseFile, QStringLiteral("-sigfile"), sigFile}
                                              + opensslOptions(algorithm),
                                          &ok, &err);
    if (output)
        *output = out + err;
    return ok && out.contains("Verified Successfully");
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT
private slots:
    void rfc9421ExampleEd25519()
    {
        // The member as RFC 9421 gives it parses and re-serialises to the same bytes.
        StructuredField::Dictionary input;
        QByteArray parseError;
        QVERIFY2(StructuredField::parseDictionary(rfcSignatureInput, &input, &parseError), parseError.constData());
        QCOMPARE(input.size(), 1);
        QCOMPARE(input.first().first, QByteArray("sig-b26"));
        const QByteArray serialized = StructuredField::serializeMember(input.first().second);
        QCOMPARE(serialized, rfcSignatureInput.mid(int(qstrlen("sig-b26="))));
        QList<QByteArray> components;
        for (const auto &item : input.first().second.innerList)
            components.append(item.text);

        QByteArray base;
        QString error;
        QVERIFY2(MessageSignature::signatureBase(rfcTestRequest(), components, serialized, &base, &error), qPrintable(error));
        QCOMPARE(base, rfcBase);

        // Ed25519 is deterministic: the RFC's key over our base gives the RFC's signature.
        QTemporaryDir dir;
        QVERIFY(TestTools::writeFile(dir.filePath(DeviceIdentity::keyFileName(DeviceIdentity::Algorithm::Ed25519)), rfcPrivateKey));
        DeviceIdentity key;
        QVERIFY2(key.loadOrCreate(dir.path(), DeviceIdentity::Algorithm::Ed25519, &error), qPrintable(error));
        QCOMPARE(key.publicKeyPem(), rfcPublicKey);
        const QByteArray signature = key.sign(base, &error);
        QCOMPARE(signature.toBase64(), rfcSignature);
        QVERIFY(DeviceIdentity::verify(rfcPublicKey, DeviceIdentity::Algorithm::Ed25519, base,
                                       QByteArray::fromBase64(rfcSignature), &error));
        QByteArray out;
        QVERIFY2(opensslVerifies(dir, rfcPublicKey, DeviceIdentity::Algorithm::Ed25519, base, QByteArray::fromBase64(rfcSignature), &out),
                 out.constData());

        // The RFC's example lacks our profile's nonce and alg: parse() refuses it.
        MessageSignature::Request request = rfcTestRequest();
        request.setHeader("signature-input", "sig1" + rfcSignatureInput.mid(int(qstrlen("sig-b26"))));
        request.setHeader("signature", "sig1=:" + rfcSignature + ':');
        MessageSignature::Parsed parsed;
        QVERIFY(!MessageSignature::parse(request, &parsed, &error));
        QVERIFY2(error.contains(QLatin1String("nonce")), qPrintable(error));
    }

    void derivedComponents()
    {
        MessageSignature::Request r;
        r.method = "GET";
        r.targetUri = "HTTPS://Example.COM:443/a/b?x=1#frag";
        QByteArray base;
        QString error;
        QVERIFY(MessageSignature::signatureBase(r, {"@authority", "@scheme", "@path", "@query"}, "()", &base, &error));
        QCOMPARE(base, QByteArray("\"@authority\": example.com\n\"@scheme\": https\n\"@path\": /a/b\n\"@query\": ?x=1\n"
                                  "\"@signature-params\": ()"));
        r.targetUri = "http://127.0.0.1:8088";
        QVERIFY(MessageSignature::signatureBase(r, {"@authority", "@path", "@query"}, "()", &base, &error));
        QCOMPARE(base, QByteArray("\"@authority\": 127.0.0.1:8088\n\"@path\": /\n\"@query\": ?\n\"@signature-params\": ()"));
        QVERIFY(!MessageSignature::signatureBase(r, {"@request-response"}, "()", &base, &error));

        // @target-uri: scheme and host lower-case, default port, user info and fragment dropped.
        QCOMPARE(MessageSignature::normalizedTargetUri("HTTP://User@Example.COM:80?a=B#frag"), QByteArray("http://example.com/?a=B"));
        QCOMPARE(MessageSignature::normalizedTargetUri("https://h:8443/Tus/X"), QByteArray("https://h:8443/Tus/X"));
        QCOMPARE(MessageSignature::normalizedTargetUri("/tus/x"), QByteArray());
        r.targetUri = "HTTP://127.0.0.1:80/tus/x#f";
        QVERIFY(MessageSignature::signatureBase(r, {"@target-uri"}, "()", &base, &error));
        QCOMPARE(base, QByteArray("\"@target-uri\": http://127.0.0.1/tus/x\n\"@signature-params\": ()"));
        r.targetUri = "/tus/x";
        QVERIFY(!MessageSignature::signatureBase(r, {"@target-uri"}, "()", &base, &error));
        r.targetUri = "http://127.0.0.1:8088";
        QVERIFY(!MessageSignature::signatureBase(r, {"@method", "@method"}, "()", &base, &error));
        QVERIFY(!MessageSignature::signatureBase(r, {"Upload-Offset"}, "()", &base, &error));
        QVERIFY(!MessageSignature::signatureBase(r, {"upload-offset"}, "()", &base, &error));   // absent
    }

    void componentsAndParams()
    {
        const MessageSignature::Request r = patchRequest("chunk");
        QCOMPARE(MessageSignature::componentsFor(r),
                 (QList<QByteArray>{"@method", "@target-uri", "content-digest", "tus-resumable", "upload-offset", "upload-checksum"}));
        MessageSignature::Request all;
        all.method = "POST";
        all.targetUri = "http://127.0.0.1/";
        const QList<QByteArray> headers{"manifest-signature", "upload-defer-length", "upload-concat", "upload-checksum",
                                        "upload-metadata", "upload-offset", "upload-length", "tus-resumable", "content-digest",
                                        "content-type", "date"};
        for (const QByteArray &h : headers)
            all.headers.append({h, "x"});
        QCOMPARE(MessageSignature::componentsFor(all),
                 (QList<QByteArray>{"@method", "@target-uri", "content-digest", "tus-resumable", "upload-length", "upload-offset",
                                    "upload-metadata", "upload-checksum", "upload-concat", "upload-defer-length",
                                    "manifest-signature"}));

        MessageSignature::Params p;
        p.created = 1732240000;
        p.nonce = "AAECAwQFBgcICQoLDA0ODw==";
        p.keyId = QStringLiteral("SIM0001");
        p.alg = QStringLiteral("ed25519");
        QCOMPARE(MessageSignature::signatureParams({"@method", "@target-uri", "content-digest"}, p),
                 QByteArray("(\"@method\" \"@target-uri\" \"content-digest\");created=1732240000;"
                            "nonce=\"AAECAwQFBgcICQoLDA0ODw==\";keyid=\"SIM0001\";alg=\"ed25519\""));

        DeviceIdentity::Algorithm a;
        QVERIFY(MessageSignature::algorithmFromName(QStringLiteral("fieldterm-sm2-sm3"), &a));
        QCOMPARE(a, DeviceIdentity::Algorithm::Sm2);
        QCOMPARE(MessageSignature::algorithmName(a), QStringLiteral("fieldterm-sm2-sm3"));
        QVERIFY(MessageSignature::algorithmFromName(QStringLiteral("ed25519"), &a));
        QCOMPARE(a, DeviceIdentity::Algorithm::Ed25519);
        QVERIFY(!MessageSignature::algorithmFromName(QStringLiteral("rsa-pss-sha512"), &a));
    }

    void roundTripAndTampering_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("ed25519") << int(DeviceIdentity::Algorithm::Ed25519);
        QTest::newRow("fieldterm-sm2-sm3") << int(DeviceIdentity::Algorithm::Sm2);
    }

    void roundTripAndTampering()
    {
        QFETCH(int, algorithm);
        const auto alg = DeviceIdentity::Algorithm(algorithm);
        QTemporaryDir dir;
        QString error;
        DeviceIdentity key;
        QVERIFY2(key.loadOrCreate(dir.filePath(QStringLiteral("keys")), alg, &error), qPrintable(error));

        const QByteArray body = TestTools::pattern(4096, 3);
        MessageSignature::Request request = patchRequest(body);
        QVERIFY2(MessageSignature::sign(&request, key, QStringLiteral("SIM0001"), &error), qPrintable(error));
        const QByteArray input = request.header("signature-input");
        QVERIFY2(input.startsWith("sig1=(\"@method\" \"@target-uri\" \"content-digest\" \"tus-resumable\" \"upload-offset\" "
                                  "\"upload-checksum\");created="),
                 input.constData());
        QVERIFY(input.endsWith(";keyid=\"SIM0001\";alg=\"" + MessageSignature::algorithmName(alg).toLatin1() + '"'));
        QVERIFY(request.header("signature").startsWith("sig1=:"));

        MessageSignature::Parsed parsed;
        QVERIFY2(MessageSignature::parse(request, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.components, MessageSignature::componentsFor(request));
        QVERIFY(qAbs(parsed.params.created - QDateTime::currentSecsSinceEpoch()) < 3600);
        QCOMPARE(QByteArray::fromBase64(parsed.params.nonce).size(), 16);
        QCOMPARE(parsed.params.keyId, QStringLiteral("SIM0001"));
        QCOMPARE(parsed.params.alg, MessageSignature::algorithmName(alg));
        QCOMPARE("sig1=" + parsed.serializedParams, input);
        QVERIFY2(MessageSignature::verify(request, parsed, key.publicKeyPem(), alg, &error), qPrintable(error));
        QVERIFY2(MessageSignature::checkCoverage(request, parsed, true, &error), qPrintable(error));
        QCOMPARE(ContentDigest::check(request.header("content-digest"), body), ContentDigest::Check::Match);

        // The independent witness: openssl verifies the base we rebuild with the signature sent.
        QByteArray base;
        QVERIFY(MessageSignature::signatureBase(request, parsed.components, parsed.serializedParams, &base, &error));
        QVERIFY(base.endsWith("\"@signature-params\": " + parsed.serializedParams));
        QVERIFY(base.contains("\n\"upload-offset\": 8388608\n"));
        QByteArray out;
        QVERIFY2(opensslVerifies(dir, key.publicKeyPem(), alg, base, parsed.signature, &out), out.constData());
        QByteArray changedBase = base;
        changedBase.replace("8388608", "8388609");
        QVERIFY(!opensslVerifies(dir, key.publicKeyPem(), alg, changedBase, parsed.signature, &out));

        // Two signatures of the same request differ in nonce (fresh randomness each time).
        MessageSignature::Request again = patchRequest(body);
        QVERIFY(MessageSignature::sign(&again, key, QStringLiteral("SIM0001"), &error));
        MessageSignature::Parsed parsedAgain;
        QVERIFY(MessageSignature::parse(again, &parsedAgain, &error));
        QVERIFY(parsedAgain.params.nonce != parsed.params.nonce);

        // Tampering: each change to what is covered breaks verification.
        const auto refused = [&](MessageSignature::Request tampered, const char *what) {
            MessageSignature::Parsed p;
            QString e;
            if (!MessageSignature::parse(tampered, &p, &e))
                return true;
            const bool ok = MessageSignature::verify(tampered, p, key.publicKeyPem(), alg, &e);
            if (ok)
                qWarning("tampering not detected: %s", what);
            return !ok;
        };
        {
            auto t = request;
            t.method = "POST";
            QVERIFY(refused(t, "method"));
        }
        {
            auto t = request;
            t.targetUri = "http://127.0.0.1:8088/tus/0f3a9d";
            QVERIFY(refused(t, "uri"));
        }
        {
            auto t = request;
            t.setHeader("upload-offset", "0");
            QVERIFY(refused(t, "upload-offset"));
        }
        {
            auto t = request;
            t.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) { return h.first == "upload-checksum"; });
            QVERIFY(refused(t, "covered header removed"));
        }
        {
            auto t = request;
            t.setHeader("upload-length", "1");   // a covered-when-present header added after signing
            QVERIFY(refused(t, "uncovered tus header"));
        }
        {
            auto t = request;
            t.setHeader("content-digest", ContentDigest::header(body + "x"));
            QVERIFY(refused(t, "body digest"));
        }
        for (const auto &swap : QList<QPair<QByteArray, QByteArray>>{{"created=", "created=1"},
                                                                      {"keyid=\"SIM0001\"", "keyid=\"SIM0002\""},
                                                                      {"nonce=\"", "nonce=\"A"}}) {
            auto t = request;
            QByteArray v = input;
            v.replace(swap.first, swap.second);
            t.setHeader("signature-input", v);
            QVERIFY(refused(t, swap.first.constData()));
        }
        {
            // Dropping a covered component from Signature-Input changes the base.
            auto t = request;
            QByteArray v = input;
            v.replace(" \"upload-checksum\"", "");
            t.setHeader("signature-input", v);
            MessageSignature::Parsed p;
            QVERIFY(MessageSignature::parse(t, &p, &error));
            QVERIFY(!MessageSignature::verify(t, p, key.publicKeyPem(), alg, &error));
        }
        {
            auto t = request;
            QByteArray sig = QByteArray::fromBase64(request.header("signature").mid(6).chopped(1));
            sig[sig.size() / 2] = char(sig.at(sig.size() / 2) ^ 0x01);
            t.setHeader("signature", "sig1=:" + sig.toBase64() + ':');
            QVERIFY(refused(t, "signature bytes"));
        }

        // The wrong key, and the right key under the other algorithm's name.
        DeviceIdentity stranger;
        QVERIFY(stranger.loadOrCreate(dir.filePath(QStringLiteral("stranger")), alg, &error));
        QVERIFY(!MessageSignature::verify(request, parsed, stranger.publicKeyPem(), alg, &error));
        const auto otherAlg = alg == DeviceIdentity::Algorithm::Sm2 ? DeviceIdentity::Algorithm::Ed25519 : DeviceIdentity::Algorithm::Sm2;
        QVERIFY(!MessageSignature::verify(request, parsed, key.publicKeyPem(), otherAlg, &error));
        QVERIFY2(error.contains(QLatin1String("alg")), qPrintable(error));
    }

    void coverageRules()
    {
        QTemporaryDir dir;
        QString error;
        DeviceIdentity key;
        QVERIFY(key.loadOrCreate(dir.path(), DeviceIdentity::Algorithm::Ed25519, &error));
        // A request without a body carries no Content-Digest and need not cover it…
        MessageSignature::Request head;
        head.method = "HEAD";
        head.targetUri = "http://127.0.0.1:8088/tus/abc";
        head.headers = {{"tus-resumable", "1.0.0"}};
        QVERIFY(MessageSignature::sign(&head, key, QStringLiteral("SIM0001"), &error));
        MessageSignature::Parsed parsed;
        QVERIFY(MessageSignature::parse(head, &parsed, &error));
        QCOMPARE(parsed.components, (QList<QByteArray>{"@method", "@target-uri", "tus-resumable"}));
        QVERIFY(MessageSignature::verify(head, parsed, key.publicKeyPem(), DeviceIdentity::Algorithm::Ed25519, &error));
        // …but a receiver that saw a body insists on it.
        QVERIFY(!MessageSignature::checkCoverage(head, parsed, true, &error));
        QVERIFY2(error.contains(QLatin1String("content-digest")), qPrintable(error));

        // A validly signed input that leaves @target-uri out is refused.
        MessageSignature::Params p;
        p.created = 1732240000;
        p.nonce = "bm9uY2U=";
        p.keyId = QStringLiteral("SIM0001");
        p.alg = QStringLiteral("ed25519");
        const QList<QByteArray> components{"@method", "tus-resumable"};
        const QByteArray params = MessageSignature::signatureParams(components, p);
        QByteArray base;
        QVERIFY(MessageSignature::signatureBase(head, components, params, &base, &error));
        MessageSignature::Request partial = head;
        partial.setHeader("signature-input", "sig1=" + params);
        partial.setHeader("signature", "sig1=:" + key.sign(base, &error).toBase64() + ':');
        QVERIFY(MessageSignature::parse(partial, &parsed, &error));
        QVERIFY(!MessageSignature::verify(partial, parsed, key.publicKeyPem(), DeviceIdentity::Algorithm::Ed25519, &error));
        QVERIFY2(error.contains(QLatin1String("@target-uri")), qPrintable(error));
    }

    void parseRefusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("expect");
        const QByteArray sig = "sig1=:AAAA:";
        const QByteArray tail = ";created=1;nonce=\"n\";keyid=\"k\";alg=\"ed25519\"";
        QTest::newRow("no input") << QByteArray() << sig << QStringLiteral("missing");
        QTest::newRow("no signature") << "sig1=(\"@method\")" + tail << QByteArray() << QStringLiteral("missing");
        QTest::newRow("other label") << "sig2=(\"@method\")" + tail << QByteArray("sig2=:AAAA:") << QStringLiteral("sig1");
        QTest::newRow("not inner list") << "sig1=\"@method\"" + tail << sig << QStringLiteral("inner list");
        QTest::newRow("token component") << "sig1=(method)" + tail << sig << QStringLiteral("not a string");
        QTest::newRow("component params") << "sig1=(\"content-digest\";sf)" + tail << sig << QStringLiteral("parameters");
        QTest::newRow("no created") << QByteArray("sig1=(\"@method\");nonce=\"n\";keyid=\"k\";alg=\"ed25519\"") << sig << QStringLiteral("created");
        QTest::newRow("created string") << QByteArray("sig1=(\"@method\");created=\"1\";nonce=\"n\";keyid=\"k\";alg=\"ed25519\"") << sig
                                        << QStringLiteral("created");
        QTest::newRow("no keyid") << QByteArray("sig1=(\"@method\");created=1;nonce=\"n\";alg=\"ed25519\"") << sig << QStringLiteral("keyid");
        QTest::newRow("no alg") << QByteArray("sig1=(\"@method\");created=1;nonce=\"n\";keyid=\"k\"") << sig << QStringLiteral("alg");
        QTest::newRow("keyid token") << QByteArray("sig1=(\"@method\");created=1;nonce=\"n\";keyid=k;alg=\"ed25519\"") << sig << QStringLiteral("keyid");
        QTest::newRow("malformed input") << "sig1=(\"@method\"" + tail << sig << QStringLiteral("malformed");
        QTest::newRow("signature not bytes") << "sig1=(\"@method\")" + tail << QByteArray("sig1=\"AAAA\"") << QStringLiteral("byte sequence");
        QTest::newRow("signature bad base64") << "sig1=(\"@method\")" + tail << QByteArray("sig1=:AA*A:") << QStringLiteral("malformed");
    }

    void parseRefusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, signature);
        QFETCH(QString, expect);
        MessageSignature::Request r;
        r.method = "GET";
        r.targetUri = "http://127.0.0.1/";
        if (!input.isEmpty())
            r.setHeader("signature-input", input);
        if (!signature.isEmpty())
            r.setHeader("signature", signature);
        MessageSignature::Parsed parsed;
        QString error;
        QVERIFY(!MessageSignature::parse(r, &parsed, &error));
        QVERIFY2(error.contains(expect, Qt::CaseInsensitive), qPrintable(error));
    }

    void headerValuesAreTrimmedAndCombined()
    {
        MessageSignature::Request r;
        r.headers = {{"tus-resumable", "  1.0.0 \t"}, {"X-Multi", "a"}, {"x-multi", " b "}};
        QCOMPARE(r.header("tus-resumable"), QByteArray("1.0.0"));
        QCOMPARE(r.header("x-multi"), QByteArray("a, b"));
        QVERIFY(r.hasHeader("x-multi"));
        QVERIFY(!r.hasHeader("upload-offset"));
        QCOMPARE(r.header("upload-offset"), QByteArray());
        r.setHeader("x-multi", "c");
        QCOMPARE(r.header("x-multi"), QByteArray("c"));
        QCOMPARE(r.headers.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
