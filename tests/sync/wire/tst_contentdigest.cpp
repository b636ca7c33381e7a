// ContentDigest (RFC 9530): the RFC's example values for {"hello": "world"}, every algorithm
// cross-checked with `openssl dgst` (the independent witness) on a larger body; a changed body,
// a wrong-length digest, unknown-only algorithms and malformed fields are told apart.
#include "contentdigest.h"
#include "testtools.h"

#include <QTemporaryDir>
#include <QTest>

class TestContentDigest : public QObject
{
    Q_OBJECT
private slots:
    void rfcExamples()
    {
        const QByteArray body("{\"hello\": \"world\"}");
        // RFC 9530 §2 / Appendix B, and RFC 9421's test request (sha-512).
        QCOMPARE(ContentDigest::header(body), QByteArray("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"));
        const QByteArray both = ContentDigest::header(body, {QStringLiteral("sha-256"), QStringLiteral("sha-512")});
        QCOMPARE(both, QByteArray("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:, "
                                  "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:"));
        QCOMPARE(ContentDigest::check(both, body), ContentDigest::Check::Match);
        QCOMPARE(ContentDigest::check("sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:", body),
                 ContentDigest::Check::Match);
        // The empty body.
        QCOMPARE(ContentDigest::header(QByteArray()), QByteArray("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:"));
        // Unknown algorithms are left out of the header rather than guessed.
        QCOMPARE(ContentDigest::header(body, {QStringLiteral("md5"), QStringLiteral("sha-256")}),
                 QByteArray("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"));
    }

    void agreesWithOpenssl_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("opensslName");
        QTest::newRow("sha-256") << QStringLiteral("sha-256") << QStringLiteral("-sha256");
        QTest::newRow("sha-512") << QStringLiteral("sha-512") << QStringLiteral("-sha512");
        QTest::newRow("sm3") << QStringLiteral("sm3") << QStringLiteral("-sm3");
    }

    void agreesWithOpenssl()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, opensslName);
        QTemporaryDir dir;
        const QByteArray body = TestTools::pattern(300000, 7);
        const QString file = dir.filePath(QStringLiteral("body"));
        QVERIFY(TestTools::writeFile(file, body));
        bool ok = false;
        const QByteArray raw = TestTools::run(QStringLiteral("openssl"), {QStringLiteral("dgst"), opensslName, QStringLiteral("-binary"), file}, &ok);
        QVERIFY(ok);
        const QByteArray expected = algorithm.toLatin1() + "=:" + raw.toBase64() + ':';
        QCOMPARE(ContentDigest::header(body, {algorithm}), expected);
        QCOMPARE(ContentDigest::check(expected, body), ContentDigest::Check::Match);
        QByteArray changed = body;
        changed[1000] = char(changed.at(1000) ^ 0x20);
        QString detail;
        QCOMPARE(ContentDigest::check(expected, changed, &detail), ContentDigest::Check::Mismatch);
        QVERIFY2(detail.contains(algorithm), qPrintable(detail));
    }

    void outcomes_data()
    {
        const QByteArray good = "X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=";
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected");
        QTest::newRow("match") << "sha-256=:" + good + ':' << int(ContentDigest::Check::Match);
        QTest::newRow("match beside unknown") << "unixsum=:AAAA:, sha-256=:" + good + ":, id-sha-256=?1" << int(ContentDigest::Check::Match);
        QTest::newRow("unknown as token ignored") << "md5=abc, sha-256=:" + good + ':' << int(ContentDigest::Check::Match);
        QTest::newRow("one known mismatches") << "sha-256=:" + good + ":, sha-512=:AAAA:" << int(ContentDigest::Check::Mismatch);
        QTest::newRow("other bytes") << QByteArray("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:") << int(ContentDigest::Check::Mismatch);
        QTest::newRow("truncated digest") << "sha-256=:" + good.left(40) + ':' << int(ContentDigest::Check::Mismatch);
        QTest::newRow("unknown only") << QByteArray("md5=:XrY7u+Ae7tCTyyK7j1rNww==:, unixsum=:AAAA:") << int(ContentDigest::Check::NoKnownAlgorithm);
        QTest::newRow("upper-case name") << "SHA-256=:" + good + ':' << int(ContentDigest::Check::Malformed);
        QTest::newRow("empty") << QByteArray("  ") << int(ContentDigest::Check::Malformed);
        QTest::newRow("not a dictionary") << QByteArray("sha-256 " + good) << int(ContentDigest::Check::Malformed);
        QTest::newRow("known as string") << "sha-256=\"" + good + '"' << int(ContentDigest::Check::Malformed);
        QTest::newRow("known as inner list") << "sha-256=(:" + good + ":)" << int(ContentDigest::Check::Malformed);
        QTest::newRow("bad base64") << QByteArray("sha-256=:X48E9q*Ookqq:") << int(ContentDigest::Check::Malformed);
    }

    void outcomes()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        QString detail;
        QCOMPARE(int(ContentDigest::check(header, "{\"hello\": \"world\"}", &detail)), expected);
        if (expected != int(ContentDigest::Check::Match))
            QVERIFY(!detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentDigest)
#include "tst_contentdigest.moc"
