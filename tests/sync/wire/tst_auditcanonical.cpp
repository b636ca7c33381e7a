// AuditCanonical (fieldterm-audit-v1): the canonical bytes of a row are the tag and ten
// netstrings whose lengths count UTF-8 bytes — checked against a literal written out by hand;
// the hash agrees with sha256sum / openssl sm3 (the independent witnesses) over those bytes;
// an unknown algorithm gives no hash. (The terminal's own chain test, audit.chain, proves that
// AuditLog delegates here without changing a byte of existing chains.)
#include "auditcanonical.h"
#include "testtools.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

AuditRowFields sampleRow()
{
    AuditRowFields r;
    r.seq = 7;
    r.at = QStringLiteral("2026-11-22T04:00:00.000Z");
    r.officerNo = QStringLiteral("X001");
    r.deviceId = QStringLiteral("SIM0001");
    r.action = QStringLiteral("case.create");
    r.objectType = QStringLiteral("case");
    r.objectId = QStringLiteral("c-1");
    r.details = QStringLiteral("{\"note\":\"现场\"}");
    r.prevHash = AuditCanonical::genesisHash();
    r.hashAlgorithm = QStringLiteral("sha256");
    return r;
}

} // namespace

class TestAuditCanonical : public QObject
{
    Q_OBJECT
private slots:
    void bytesAreTheDocumentedFormat()
    {
        QCOMPARE(AuditCanonical::genesisHash(), QString(64, QLatin1Char('0')));
        const QByteArray expected = QStringLiteral("fieldterm-audit-v1"
                                                   "1:7,"
                                                   "24:2026-11-22T04:00:00.000Z,"
                                                   "4:X001,"
                                                   "7:SIM0001,"
                                                   "11:case.create,"
                                                   "4:case,"
                                                   "3:c-1,"
                                                   "17:{\"note\":\"现场\"},"
                                                   "64:0000000000000000000000000000000000000000000000000000000000000000,"
                                                   "6:sha256,")
                                        .toUtf8();
        QCOMPARE(AuditCanonical::bytes(sampleRow()), expected);
        // Golden value: the same row hashed when the format was defined in app/audit.
        QCOMPARE(AuditCanonical::hashHex(sampleRow()), QStringLiteral("edb51ad5871ec5204a14750bbc9ddd331b64a5053a9c2755c2e653fbc60d5dff"));

        AuditRowFields empty;
        empty.hashAlgorithm = QStringLiteral("sm3");
        QCOMPARE(AuditCanonical::bytes(empty), QByteArray("fieldterm-audit-v11:0,0:,0:,0:,0:,0:,0:,0:,0:,3:sm3,"));
    }

    void hashMatchesTools_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("sha256") << QStringLiteral("sha256");
        QTest::newRow("sm3") << QStringLiteral("sm3");
    }

    void hashMatchesTools()
    {
        QFETCH(QString, algorithm);
        AuditRowFields row = sampleRow();
        row.hashAlgorithm = algorithm;
        row.seq = 1234567890123LL;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("row"));
        QVERIFY(TestTools::writeFile(file, AuditCanonical::bytes(row)));
        QCOMPARE(AuditCanonical::hashHex(row), TestTools::toolHash(algorithm, file));
        // Every field is covered: a change anywhere changes the hash.
        const QString base = AuditCanonical::hashHex(row);
        AuditRowFields changed = row;
        changed.details = QStringLiteral("{\"note\":\"现场 \"}");
        QVERIFY(AuditCanonical::hashHex(changed) != base);
        changed = row;
        changed.prevHash = QString(64, QLatin1Char('1'));
        QVERIFY(AuditCanonical::hashHex(changed) != base);
        // Moving a character between adjacent fields changes the bytes (netstrings are unambiguous).
        changed = row;
        changed.action = row.action + QLatin1Char('x');
        changed.objectType = row.objectType.mid(1);
        QVERIFY(AuditCanonical::bytes(changed) != AuditCanonical::bytes(row));
    }

    void unknownAlgorithmGivesNoHash()
    {
        AuditRowFields row = sampleRow();
        row.hashAlgorithm = QStringLiteral("md5");
        QCOMPARE(AuditCanonical::hashHex(row), QString());
    }
};

QTEST_GUILESS_MAIN(TestAuditCanonical)
#include "tst_auditcanonical.moc"
