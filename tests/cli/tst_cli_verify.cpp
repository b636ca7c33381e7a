// fieldterm-cli verify / photo / usage: tampering and deletion named on stderr with a non-zero
// exit; a storage reserve above free space refuses to record and leaves nothing behind; the
// default data directory is $XDG_DATA_HOME/fieldterm; bad options are refused by name.
#include "clitestkit.h"

#include <QTest>

using namespace CliKit;

namespace {

bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    return f.putChar(char(c ^ 0x20));
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestTools::haveTools(), "sqlite3/sha256sum/openssl missing: tools/deps-debian.txt lists them");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe (ffmpeg) missing");
    }

    void verifyNamesTamperedAndMissingFiles()
    {
        QTemporaryDir dir;
        const Result rec = run(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--segment-seconds"), QStringLiteral("2")}
                               + smallFrames() + QStringList{QStringLiteral("record"), QStringLiteral("--seconds"), QStringLiteral("3")});
        QVERIFY2(rec.exitCode == 0, qPrintable(rec.errText()));
        const QJsonArray list = listJson(dir.path());
        QCOMPARE(list.size(), 2);
        const QString first = list.at(0).toObject().value(QLatin1String("path")).toString();
        const QString second = list.at(1).toObject().value(QLatin1String("path")).toString();

        Result v = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.errText()));
        QVERIFY(QString::fromUtf8(v.out).contains(QStringLiteral("全部")));

        QVERIFY(flipByte(first, QFileInfo(first).size() / 2));
        v = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("verify")});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.errText().contains(QStringLiteral("哈希不匹配：") + first), qPrintable(v.errText()));
        QVERIFY(!v.errText().contains(second));

        QVERIFY(QFile::remove(second));
        v = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("verify")});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.errText().contains(QStringLiteral("哈希不匹配：") + first), qPrintable(v.errText()));
        QVERIFY2(v.errText().contains(QStringLiteral("文件缺失：") + second), qPrintable(v.errText()));
        // The row of the deleted file is flagged, never deleted.
        QCOMPARE(TestTools::sqlite(dir.filePath(QStringLiteral("fieldterm.db")), QStringLiteral("SELECT group_concat(status, ',') FROM evidence ORDER BY segment_index")),
                 QStringLiteral("ok,missing"));
    }

    void storageReserveRefusesToRecord()
    {
        QTemporaryDir dir;
        const Result r = run(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--reserve-mb"), QStringLiteral("100000000")}
                             + smallFrames() + QStringList{QStringLiteral("record"), QStringLiteral("--seconds"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QStringLiteral("存储空间不足")), qPrintable(r.errText()));
        QCOMPARE(listJson(dir.path()).size(), 0);
        QVERIFY(filesUnder(dir.filePath(QStringLiteral("evidence")), {QStringLiteral("*")}).isEmpty());
        QCOMPARE(TestTools::sqlite(dir.filePath(QStringLiteral("fieldterm.db")), QStringLiteral("SELECT count(*) FROM evidence")), QStringLiteral("0"));
    }

    void defaultDataDirIsXdgDataHome()
    {
        QTemporaryDir xdg;
        const QString dataDir = xdg.filePath(QStringLiteral("fieldterm"));
        const QProcessEnvironment env = environment(xdg.path());
        const Result rec = run(QStringList{QStringLiteral("--data-dir"), dataDir} + smallFrames()
                                   + QStringList{QStringLiteral("record"), QStringLiteral("--seconds"), QStringLiteral("1")},
                               env);
        QVERIFY2(rec.exitCode == 0, qPrintable(rec.errText()));

        const Result list = run({QStringLiteral("list"), QStringLiteral("--json")}, env);   // no --data-dir
        QVERIFY2(list.exitCode == 0, qPrintable(list.errText()));
        const QJsonArray files = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().toObject().value(QLatin1String("path")).toString().startsWith(dataDir + QStringLiteral("/evidence/")));
        const Result verify = run({QStringLiteral("verify")}, env);
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.errText()));
        const Result text = run({QStringLiteral("list")}, env);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("共 1 个证据文件")));
    }

    void photoIsRegistered()
    {
        QTemporaryDir dir;
        const Result r = run(QStringList{QStringLiteral("--data-dir"), dir.path()} + smallFrames() + QStringList{QStringLiteral("photo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QString path = QString::fromUtf8(r.out).trimmed();
        QVERIFY2(path.endsWith(QLatin1String(".jpg")) && QFileInfo::exists(path), qPrintable(path));
        const Probe probe = ffprobe(path);
        QCOMPARE(probe.width, 320);
        QCOMPARE(probe.height, 240);
        const QJsonArray list = listJson(dir.path());
        QCOMPARE(list.size(), 1);
        const QJsonObject f = list.first().toObject();
        QCOMPARE(f.value(QLatin1String("path")).toString(), path);
        QCOMPARE(f.value(QLatin1String("kind")).toString(), QStringLiteral("photo"));
        QCOMPARE(f.value(QLatin1String("hash")).toString(), TestTools::toolHash(QStringLiteral("sha256"), path));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList{} << "缺少命令";
        QTest::newRow("unknown command") << QStringList{"erase"} << "erase";
        QTest::newRow("unknown option") << QStringList{"list", "--frobnicate"} << "--frobnicate";
        QTest::newRow("record without seconds") << QStringList{"record"} << "--seconds";
        QTest::newRow("width out of range") << QStringList{"--width", "100", "list"} << "--width";
        QTest::newRow("odd height") << QStringList{"--height", "241", "list"} << "--height";
        QTest::newRow("bad preset") << QStringList{"--preset", "turbo", "list"} << "--preset";
        QTest::newRow("bad crypto") << QStringList{"--crypto", "md5", "list"} << "--crypto";
        QTest::newRow("prerecord too long") << QStringList{"record", "--seconds", "1", "--prerecord", "500"} << "--prerecord";
        QTest::newRow("bad marker type") << QStringList{"record", "--seconds", "3", "--mark", "1:coffee"} << "coffee";
        QTest::newRow("marker after the end") << QStringList{"record", "--seconds", "3", "--mark", "5:告知"} << "--mark";
        QTest::newRow("record option on list") << QStringList{"list", "--seconds", "3"} << "--seconds";
        QTest::newRow("bad profile file") << QStringList{"--profile", "/nonexistent/profile.json", "list"} << "profile.json";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const Result r = run(QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(mentions), qPrintable(r.errText()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("fieldterm.db"))));   // refused before touching anything
    }

    void helpIsChinese()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        for (const char *word : {"用法", "record", "photo", "list", "verify", "--data-dir", "--profile", "--prerecord", "--mark",
                                 "--audio-only", "--json", "--segment-seconds", "--reserve-mb", "--crypto", "退出码"})
            QVERIFY2(text.contains(QString::fromUtf8(word)), word);
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
