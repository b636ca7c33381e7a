// fieldterm-cli upload against the independent node tus server: the file arrives byte for byte
// (sha256sum), a run killed with SIGKILL mid-upload resumes on the next run from the server's
// offset (it says so, and sends less than the whole file), the server holds one upload, the
// finished upload is audited once, and an unreachable server fails with a Chinese reason.
#include "tusnode.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliUpload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TusNode::haveNode())
            QSKIP("node/npm are not installed: the independent tus server cannot run (apt install nodejs npm)");
        QVERIFY2(TusNode::installed(), "the sync.tusnode_install fixture did not install @tus/server");
    }

    void killedRunResumes()
    {
        QTemporaryDir dir;
        TusNode node;
        QString error;
        // Slow PATCHes leave time to kill the upload half-way.
        QVERIFY2(node.start(dir.filePath(QStringLiteral("store")), {QStringLiteral("--delay-ms"), QStringLiteral("60")}, &error), qPrintable(error));
        const int size = 6 * 1024 * 1024 + 777;
        const QString source = dir.filePath(QStringLiteral("clip.bin"));
        QVERIFY(TestTools::writeFile(source, TestTools::pattern(size, 9)));
        const QString data = dir.filePath(QStringLiteral("data"));
        const QStringList args{QStringLiteral("--data-dir"), data, QStringLiteral("upload"), QStringLiteral("--endpoint"),
                               node.endpoint().toString(), source, QStringLiteral("--chunk-kib"), QStringLiteral("128")};

        QProcess first;
        first.start(QStringLiteral(FIELDTERM_CLI), args);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(node.uploads().size() == 1 && node.sizeOf(node.uploads().first()) >= 1024 * 1024, 120000);
        first.kill();   // SIGKILL: no chance to tidy up
        first.waitForFinished();
        const qint64 kept = node.sizeOf(node.uploads().first());
        QVERIFY2(kept < size, "the upload finished before it could be killed");
        const QString db = data + QStringLiteral("/fieldterm.db");
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT status FROM uploads")), QStringLiteral("uploading"));

        QProcess second;
        second.start(QStringLiteral(FIELDTERM_CLI), args);
        QVERIFY(second.waitForFinished(300000));
        const QString err = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(second.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("继续上传")), qPrintable(err));
        const QRegularExpressionMatch sent = QRegularExpression(QStringLiteral("本次发送 (\\d+) 字节")).match(err);
        QVERIFY2(sent.hasMatch(), qPrintable(err));
        QVERIFY(sent.captured(1).toLongLong() <= size - kept + 128 * 1024);
        QVERIFY(sent.captured(1).toLongLong() < size);

        QCOMPARE(node.uploads().size(), 1);
        const QString url = QString::fromUtf8(second.readAllStandardOutput()).trimmed();
        QCOMPARE(TusNode::idOf(url), node.uploads().first());
        QCOMPARE(node.sha256Of(node.uploads().first()), TestTools::toolHash(QStringLiteral("sha256"), source));
        const QString evidenceId = QStringLiteral("file-") + TestTools::toolHash(QStringLiteral("sha256"), source).left(32);
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT evidence_id || ' ' || status || ' ' || offset FROM uploads")),
                 QStringLiteral("%1 done %2").arg(evidenceId).arg(size));
        QCOMPARE(TestTools::sqlite(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'upload' AND json_extract(details, '$.evidenceId') = '%1'").arg(evidenceId)),
                 QStringLiteral("1"));
        // Signed with the device key even though this server ignores it.
        QVERIFY(QFile::exists(data + QStringLiteral("/keys/device-ed25519.pem")));

        // Uploading it again finds it done: nothing sent, one upload on the server, audited again.
        QProcess third;
        third.start(QStringLiteral(FIELDTERM_CLI), args);
        QVERIFY(third.waitForFinished(120000));
        QCOMPARE(third.exitCode(), 0);
        QVERIFY(QString::fromUtf8(third.readAllStandardError()).contains(QStringLiteral("本次发送 0 字节")));
        QCOMPARE(node.uploads().size(), 1);
    }

    void unreachableServerFails()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("note.txt"));
        QVERIFY(TestTools::writeFile(source, "hello"));
        // A port nothing listens on: find one by binding and releasing it is racy; port 9 (discard) on loopback is closed here.
        QProcess p;
        p.start(QStringLiteral(FIELDTERM_CLI), {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")), QStringLiteral("upload"),
                                                QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9/files"), source,
                                                QStringLiteral("--attempts"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("无法连接到服务器")), qPrintable(err));
    }

    void plainHttpToARemoteServerIsRefused()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("note.txt"));
        QVERIFY(TestTools::writeFile(source, "hello"));
        QProcess p;
        p.start(QStringLiteral(FIELDTERM_CLI), {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")), QStringLiteral("upload"),
                                                QStringLiteral("--endpoint"), QStringLiteral("http://192.0.2.7/files"), source});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("https://")), "no hint to use https");
    }
};

QTEST_GUILESS_MAIN(TestCliUpload)
#include "tst_cli_upload.moc"
