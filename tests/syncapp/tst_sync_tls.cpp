// TLS to the receiver is always verified (the unsigned probes below reach the receiver — which
// then answers 401 for the missing signature — only when the TLS session was accepted): a self-signed receiver (certificate made by the openssl
// CLI) is refused until its CA is given; public-key pins (primary and backup) are honoured and a
// wrong pin is refused even with a trusted certificate; enrollment keeps the choice and the
// following sync uses it over HTTPS end to end.
#include "receiverprocess.h"
#include "testtools.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "database.h"
#include "deviceidentity.h"
#include "devicesigner.h"
#include "httpclient.h"

namespace {

QByteArray sh(const QString &script, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    p.waitForFinished(60000);
    *ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        qWarning() << p.readAllStandardError();
    return p.readAllStandardOutput().trimmed();
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FIELDTERM_CLI), args);
    Run r;
    if (!p.waitForFinished(180000))
        p.kill();
    p.waitForFinished();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestSyncTls : public QObject
{
    Q_OBJECT

    QTemporaryDir certs;
    QTemporaryDir receiverDir;
    ReceiverProcess receiver;
    QString certPath;
    QByteArray pin;

    HttpResponse options(const TlsOptions &tls)
    {
        HttpClient http;
        http.setTls(tls);
        HttpRequest request;
        request.method = "OPTIONS";
        request.url = QUrl(receiver.url + QStringLiteral("/tus/"));
        request.headers = {{"tus-resumable", "1.0.0"}};
        return http.perform(request);
    }

private slots:
    void initTestCase()
    {
        certPath = certs.filePath(QStringLiteral("cert.pem"));
        const QString keyPath = certs.filePath(QStringLiteral("key.pem"));
        bool ok = false;
        sh(QStringLiteral("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1"
                          " -addext subjectAltName=IP:127.0.0.1 -keyout '%1' -out '%2' 2>/dev/null").arg(keyPath, certPath),
           &ok);
        QVERIFY(ok);
        pin = "sha256//" + sh(QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der"
                                             " | openssl dgst -sha256 -binary | base64").arg(certPath), &ok);
        QVERIFY(ok);
        QVERIFY(receiver.start(receiverDir.path(), QStringLiteral("intl"),
                               {QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"), keyPath}));
        QVERIFY(receiver.url.startsWith(QStringLiteral("https://")));
    }

    void untrustedCertificateIsRefused()
    {
        const HttpResponse r = options(TlsOptions{});
        QVERIFY(r.transportError);
        QCOMPARE(r.status, 0);
        QVERIFY2(!r.error.isEmpty(), qPrintable(r.detail));
    }

    void trustedCertificateIsAccepted()
    {
        TlsOptions tls;
        tls.caBundle = certPath;
        const HttpResponse r = options(tls);
        QVERIFY2(!r.transportError, qPrintable(r.detail));
        QCOMPARE(r.status, 401);   // the TLS session stood; the receiver then wants a signature
    }

    void pinsArePrimaryOrBackup_data()
    {
        QTest::addColumn<QStringList>("pins");
        QTest::addColumn<bool>("accepted");
        const QString wrong = QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        QTest::newRow("primary matches") << QStringList{QString::fromLatin1(pin)} << true;
        QTest::newRow("backup matches") << QStringList{wrong, QString::fromLatin1(pin)} << true;
        QTest::newRow("no pin matches") << QStringList{wrong} << false;
    }

    void pinsArePrimaryOrBackup()
    {
        QFETCH(QStringList, pins);
        QFETCH(bool, accepted);
        TlsOptions tls;
        tls.caBundle = certPath;   // trusted: only the pin decides
        tls.pins = pins;
        const HttpResponse r = options(tls);
        QCOMPARE(!r.transportError && r.status == 401, accepted);
    }

    void enrollKeepsTheTlsChoiceForSync()
    {
        QTemporaryDir dev;
        const QString code = receiver.issueCode();
        QVERIFY(!code.isEmpty());
        // Without the CA the enrollment cannot even start — verification is never switched off.
        const Run refused = cli({QStringLiteral("--data-dir"), dev.path(), QStringLiteral("enroll"), QStringLiteral("--server"),
                                 receiver.url, QStringLiteral("--code"), code});
        QCOMPARE(refused.exitCode, 1);
        const Run enrolled = cli({QStringLiteral("--data-dir"), dev.path(), QStringLiteral("enroll"), QStringLiteral("--server"),
                                  receiver.url, QStringLiteral("--code"), code, QStringLiteral("--ca-bundle"), certPath,
                                  QStringLiteral("--pin"), QString::fromLatin1(pin)});
        QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
        const Run photo = cli({QStringLiteral("--data-dir"), dev.path(), QStringLiteral("photo")});
        QVERIFY2(photo.exitCode == 0, photo.err.constData());
        const Run sync = cli({QStringLiteral("--data-dir"), dev.path(), QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QCOMPARE(TestTools::sqlite(receiver.db(), QStringLiteral("SELECT count(*) FROM uploads WHERE status = 'complete'")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
