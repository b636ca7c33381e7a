// Verifier on real files: all registered files match; a flipped byte and a deleted file are
// each reported by name with what is wrong, for both hash algorithms; the store is not touched.
#include "datapaths.h"
#include "evidenceingest.h"
#include "verifier.h"
#include "testtools.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

struct Fixture {
    QTemporaryDir tmp;
    DataPaths paths{tmp.path()};
    QStringList files;

    // Registers n photos through the ingest (the production path) with the given algorithm.
    bool populate(const QString &algorithm, int n)
    {
        EvidenceIngest ingest(paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), algorithm);
        if (!ingest.open())
            return false;
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 1; i <= n; ++i) {
            PhotoTaken p;
            p.path = paths.evidenceDir(now) + QLatin1Char('/')
                + evidenceFileName(QStringLiteral("SIM0001"), QStringLiteral("11010001"), now, i, QStringLiteral("jpg"));
            if (!TestTools::writeFile(p.path, TestTools::pattern(10'000 + i, i)))
                return false;
            p.wall = now.toUTC();
            ingest.onPhotoTaken(p);
            files << p.path;
        }
        return true;
    }
};

bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    f.seek(offset);
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    return f.putChar(char(c ^ 0x01));
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/sha256sum/openssl missing: tools/deps-debian.txt lists them");
        registerRecorderMetaTypes();
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("sha256") << "sha256";
        QTest::newRow("sm3") << "sm3";
    }
    void detectsTampering()
    {
        QFETCH(QString, algorithm);
        Fixture f;
        QVERIFY(f.populate(algorithm, 3));
        const QString before = TestTools::sqlite(f.paths.database(), QStringLiteral("SELECT group_concat(status || hash, ',') FROM evidence"));

        Verifier verifier(f.paths);
        VerifyReport clean;
        QString error;
        QVERIFY2(verifier.run(&clean, &error), qPrintable(error));
        QCOMPARE(clean.checked, 3);
        QCOMPARE(clean.matched, 3);
        QVERIFY(clean.allMatch());

        QVERIFY(flipByte(f.files.at(0), 5000));
        QVERIFY(QFile::remove(f.files.at(2)));
        VerifyReport report;
        QVERIFY2(verifier.run(&report, &error), qPrintable(error));
        QCOMPARE(report.checked, 2);
        QCOMPARE(report.matched, 1);
        QCOMPARE(report.issues.size(), 2);
        const VerifyIssue &mismatch = report.issues.at(0).problem == VerifyIssue::Problem::HashMismatch ? report.issues.at(0) : report.issues.at(1);
        const VerifyIssue &missing = report.issues.at(0).problem == VerifyIssue::Problem::Missing ? report.issues.at(0) : report.issues.at(1);
        QCOMPARE(mismatch.problem, VerifyIssue::Problem::HashMismatch);
        QCOMPARE(mismatch.record.absolutePath, f.files.at(0));
        QCOMPARE(mismatch.actualHash, TestTools::toolHash(algorithm, f.files.at(0)));   // the tool sees the change too
        QVERIFY(mismatch.message().startsWith(QStringLiteral("哈希不匹配")));
        QVERIFY(mismatch.message().contains(f.files.at(0)));
        QCOMPARE(missing.problem, VerifyIssue::Problem::Missing);
        QCOMPARE(missing.record.absolutePath, f.files.at(2));
        QVERIFY(missing.message().startsWith(QStringLiteral("文件缺失")));
        QVERIFY(missing.message().contains(f.files.at(2)));

        // Verification only reads.
        QCOMPARE(TestTools::sqlite(f.paths.database(), QStringLiteral("SELECT group_concat(status || hash, ',') FROM evidence")), before);
    }

    void rowsFlaggedMissingAreReported()
    {
        // Start-up reconciliation flags a deleted file before verify runs: verify still names it.
        Fixture f;
        QVERIFY(f.populate(QStringLiteral("sha256"), 2));
        QVERIFY(QFile::remove(f.files.at(1)));
        {
            EvidenceIngest ingest(f.paths, QStringLiteral("SIM0001"), QStringLiteral("11010001"), QStringLiteral("sha256"));
            QVERIFY(ingest.open());
            QCOMPARE(ingest.reconcile().markedMissing, 1);
        }
        QVERIFY(TestTools::writeFile(f.files.at(1), "something else entirely"));   // even if a file reappears
        Verifier verifier(f.paths);
        VerifyReport report;
        QString error;
        QVERIFY2(verifier.run(&report, &error), qPrintable(error));
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().problem, VerifyIssue::Problem::Missing);
        QCOMPARE(report.issues.first().record.absolutePath, f.files.at(1));
    }

    void unreadableStoreIsAnError()
    {
        QTemporaryDir tmp;
        Verifier verifier(DataPaths(tmp.path()));
        VerifyReport report;
        QString error;
        QVERIFY(!verifier.run(&report, &error));
        QVERIFY(error.contains(QStringLiteral("无法打开")));
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
