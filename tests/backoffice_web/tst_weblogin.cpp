// backoffice.web_login: the web page through a real server (webtestserver: the web routes over
// a filled receiver directory). curl checks the HTTP contract — redirects and 401s without a
// session, the cookie's attributes, CSRF header, roles, media ranges, the lockout, the export
// (verified with fieldterm-verify), logout, and the events trail; headless Chromium driven by
// puppeteer-core signs in and out, renders the case list and detail (screenshots into the
// build dir) and proves a hostile party name stays text.

#include "hasher.h"
#include "receiverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAdminPassword = QStringLiteral("Admin-Pass-2026");
const QString kReviewerPassword = QStringLiteral("Review-Pass-2026");

struct Http {
    int status = 0;
    QByteArray headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : headers.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace

class TestWebLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusesWithoutSession();
    void browser();
    void login();
    void caseListBadgesAndGaps();
    void mediaRanges();
    void csrfAndRoles();
    void exportVerifies();
    void secureCookieOverTls();
    void lockout();
    void logoutEndsSession();
    void eventsTrail();

private:
    Http curl(const QString &path, const QStringList &args = {}, const QByteArray &cookie = {});
    QByteArray signIn(const QString &username, const QString &password, Http *response = nullptr);

    QTemporaryDir m_dir;
    ReceiverFixture m_fixture;
    ReceiverFixture::CaseIds m_complete;
    ReceiverFixture::CaseIds m_gaps;
    QProcess m_server;
    QString m_base;
    QByteArray m_cookie;
};

Http TestWebLogin::curl(const QString &path, const QStringList &args, const QByteArray &cookie)
{
    const QString headers = m_dir.filePath(QStringLiteral("h.txt"));
    const QString body = m_dir.filePath(QStringLiteral("b.bin"));
    QFile::remove(headers);
    QFile::remove(body);
    QStringList all{QStringLiteral("-sS"), QStringLiteral("-D"), headers, QStringLiteral("-o"), body,
                    QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("--max-time"), QStringLiteral("120")};
    if (!cookie.isEmpty())
        all << QStringLiteral("-H") << QStringLiteral("Cookie: ft_session=") + QString::fromLatin1(cookie);
    if (m_base.startsWith(QLatin1String("https:")))
        all << QStringLiteral("--insecure");   // the test's own self-signed certificate
    all << args << m_base + path;
    QProcess p;
    p.start(QStringLiteral("curl"), all);
    Http r;
    if (!p.waitForFinished(150000))
        return r;
    r.status = p.readAllStandardOutput().trimmed().toInt();
    QFile h(headers);
    if (h.open(QIODevice::ReadOnly))
        r.headers = h.readAll();
    QFile b(body);
    if (b.open(QIODevice::ReadOnly))
        r.body = b.readAll();
    return r;
}

QByteArray TestWebLogin::signIn(const QString &username, const QString &password, Http *response)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    const Http r = curl(QStringLiteral("/login"),
                        {QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
                         QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-binary"),
                         QString::fromUtf8(json)});
    if (response)
        *response = r;
    const QRegularExpression re(QStringLiteral("ft_session=([A-Za-z0-9_-]+)"));
    const auto m = re.match(QString::fromLatin1(r.header("Set-Cookie")));
    return r.status == 200 && m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

void TestWebLogin::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    QVERIFY(m_dir.isValid());
    QString error;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY2(m_fixture.create(data, QStringLiteral("intl"), &error), qPrintable(error));
    QVERIFY2(m_fixture.addCompleteCase(&m_complete, &error), qPrintable(error));
    QVERIFY2(m_fixture.addCaseWithGaps(&m_gaps, &error), qPrintable(error));
    QVERIFY2(m_fixture.addUser(QStringLiteral("admin"), kAdminPassword, QStringLiteral("admin"), &error), qPrintable(error));
    QVERIFY2(m_fixture.addUser(QStringLiteral("reviewer"), kReviewerPassword, QStringLiteral("reviewer"), &error),
             qPrintable(error));

    // FIELDTERM_WEB_SERVER names the real receiver (fieldterm-backoffice) to run these checks
    // against it; otherwise the test-only server with just the web routes.
    const QString receiver = qEnvironmentVariable("FIELDTERM_WEB_SERVER");
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    if (receiver.isEmpty())
        m_server.start(QStringLiteral(WEBTESTSERVER), {QStringLiteral("--data-dir"), data});
    else
        m_server.start(receiver, {QStringLiteral("--data-dir"), data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(m_server.waitForStarted(60000));
    const QRegularExpression re(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray err;
    while (m_base.isEmpty() && m_server.state() == QProcess::Running) {
        m_server.waitForReadyRead(1000);
        err += m_server.readAllStandardError();
        const auto m = re.match(QString::fromUtf8(err));
        if (m.hasMatch())
            m_base = m.captured(1);
    }
    QVERIFY2(!m_base.isEmpty(), err.constData());
}

void TestWebLogin::cleanupTestCase()
{
    if (m_server.state() == QProcess::Running) {
        m_server.terminate();
        if (!m_server.waitForFinished(30000))
            m_server.kill();
    }
}

void TestWebLogin::refusesWithoutSession()
{
    for (const QString &page : {QStringLiteral("/"), QStringLiteral("/cases"), QStringLiteral("/cases/") + m_complete.caseId,
                                QStringLiteral("/devices")}) {
        const Http r = curl(page);
        QVERIFY2(r.status == 302, qPrintable(page));
        QCOMPARE(r.header("Location"), QByteArray("/login"));
    }
    const QString c = QStringLiteral("/web/api/cases/") + m_complete.caseId;
    for (const QString &api : {QStringLiteral("/web/api/me"), QStringLiteral("/web/api/cases"), c, c + QStringLiteral("/export"),
                               c + QStringLiteral("/files/") + m_complete.videoId, QStringLiteral("/web/api/devices")}) {
        const Http r = curl(api);
        QVERIFY2(r.status == 401, qPrintable(api));
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("unauthenticated"));
    }
    for (const QString &api : {QStringLiteral("/web/api/codes"), QStringLiteral("/admin/api/enrollment-codes"),
                               QStringLiteral("/web/api/devices/SIM0001/revoke"), QStringLiteral("/logout")}) {
        const Http r = curl(api, {QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
                                  QStringLiteral("X-Fieldterm-CSRF: 1")});
        QVERIFY2(r.status == 401, qPrintable(api));
    }
    // A forged cookie is no session either.
    QCOMPARE(curl(QStringLiteral("/web/api/cases"), {}, QByteArray(43, 'A')).status, 401);
    QCOMPARE(curl(QStringLiteral("/login")).status, 200);
}

void TestWebLogin::browser()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (node.isEmpty() || npm.isEmpty())
        QSKIP("node/npm are not installed: the Chromium part of this test needs puppeteer-core from npm");
    QVERIFY2(!chromium.isEmpty(), "chromium is not installed (tools/deps-debian.txt)");
    const QString prefix = QStringLiteral(NPM_PREFIX);
    if (!QFile::exists(prefix + QStringLiteral("/node_modules/puppeteer-core/package.json"))) {
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                            QStringLiteral("--prefix"), prefix, QStringLiteral("puppeteer-core@23.11.1")});
        QVERIFY(install.waitForFinished(600000));
        QVERIFY2(install.exitCode() == 0, install.readAll().constData());
    }
    QProcess flow;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), prefix + QStringLiteral("/node_modules"));
    env.insert(QStringLiteral("BASE_URL"), m_base);
    env.insert(QStringLiteral("CHROMIUM"), chromium);
    env.insert(QStringLiteral("WEB_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("WEB_PASSWORD"), kAdminPassword);
    env.insert(QStringLiteral("CASE_NO"), m_complete.caseNo);
    env.insert(QStringLiteral("CASE_ID"), m_complete.caseId);
    env.insert(QStringLiteral("SHOT_DIR"), QStringLiteral(SCREENSHOT_DIR));
    flow.setProcessEnvironment(env);
    flow.setProcessChannelMode(QProcess::MergedChannels);
    flow.start(node, {QStringLiteral(BROWSER_SCRIPT)});
    QVERIFY(flow.waitForFinished(600000));
    const QByteArray out = flow.readAll();
    qInfo().noquote() << QString::fromUtf8(out);
    QVERIFY2(flow.exitStatus() == QProcess::NormalExit && flow.exitCode() == 0, out.constData());
    for (const char *shot : {"/web-cases.png", "/web-case-detail.png", "/web-devices.png"}) {
        const QFileInfo png(QStringLiteral(SCREENSHOT_DIR) + QLatin1String(shot));
        QVERIFY2(png.exists() && png.size() > 10000, shot);
    }
}

void TestWebLogin::login()
{
    Http r;
    QVERIFY(signIn(QStringLiteral("admin"), QStringLiteral("wrong"), &r).isEmpty());
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("Set-Cookie").isEmpty());
    QVERIFY(signIn(QStringLiteral("nobody"), kAdminPassword, &r).isEmpty());
    QCOMPARE(r.status, 401);

    m_cookie = signIn(QStringLiteral("admin"), kAdminPassword, &r);
    QVERIFY2(!m_cookie.isEmpty(), r.headers.constData());
    const QByteArray setCookie = r.header("Set-Cookie");
    QVERIFY(setCookie.contains("HttpOnly"));
    QVERIFY(setCookie.contains("SameSite=Strict"));
    QVERIFY(setCookie.contains("Path=/"));
    QVERIFY(!setCookie.contains("Secure"));   // plain http on loopback
    QCOMPARE(QByteArray::fromBase64(m_cookie, QByteArray::Base64UrlEncoding).size(), 32);
    // Only the cookie's SHA-256 is stored.
    {
        Statement st = m_fixture.db().prepare("SELECT token_hash FROM sessions WHERE username = 'admin'");
        QCOMPARE(st.step(), Statement::Step::Row);
        QCOMPARE(st.text(0), QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), m_cookie).toHex()));
    }

    const Http me = curl(QStringLiteral("/web/api/me"), {}, m_cookie);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    const Http page = curl(QStringLiteral("/cases"), {}, m_cookie);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("案件列表"));
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'self'"));
}

void TestWebLogin::caseListBadgesAndGaps()
{
    const Http r = curl(QStringLiteral("/web/api/cases"), {}, m_cookie);
    QCOMPARE(r.status, 200);
    const QJsonArray cases = r.json().array();
    QCOMPARE(cases.size(), 2);
    QJsonObject complete;
    QJsonObject gaps;
    for (const QJsonValue &v : cases) {
        if (v.toObject().value(QStringLiteral("caseId")).toString() == m_complete.caseId)
            complete = v.toObject();
        else
            gaps = v.toObject();
    }
    QCOMPARE(complete.value(QStringLiteral("caseNo")).toString(), m_complete.caseNo);
    QCOMPARE(complete.value(QStringLiteral("signatureValid")).toBool(), true);
    QCOMPARE(complete.value(QStringLiteral("filesVerified")).toInt(), 3);
    QCOMPARE(complete.value(QStringLiteral("filesTotal")).toInt(), 3);
    QCOMPARE(complete.value(QStringLiteral("auditState")).toString(), QStringLiteral("complete"));
    QCOMPARE(complete.value(QStringLiteral("gaps")).toArray().size(), 0);

    QCOMPARE(gaps.value(QStringLiteral("signatureValid")).toBool(), true);
    QCOMPARE(gaps.value(QStringLiteral("filesVerified")).toInt(), 1);
    QCOMPARE(gaps.value(QStringLiteral("filesTotal")).toInt(), 2);
    QCOMPARE(gaps.value(QStringLiteral("auditState")).toString(), QStringLiteral("pending"));
    QCOMPARE(gaps.value(QStringLiteral("chainOk")).toBool(), true);
    QStringList codes;
    for (const QJsonValue &g : gaps.value(QStringLiteral("gaps")).toArray())
        codes << g.toObject().value(QStringLiteral("code")).toString();
    QVERIFY2(codes.contains(QStringLiteral("decision_without_video")), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(QStringLiteral("step_without_evidence")), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(QStringLiteral("evidence_not_received")), qPrintable(codes.join(u',')));
    QVERIFY(!codes.contains(QStringLiteral("manifest_chain_broken")));

    const Http detail = curl(QStringLiteral("/web/api/cases/") + m_complete.caseId, {}, m_cookie);
    QCOMPARE(detail.status, 200);
    const QJsonObject d = detail.json().object();
    QCOMPARE(d.value(QStringLiteral("evidence")).toArray().size(), 2);
    QCOMPARE(d.value(QStringLiteral("audit")).toArray().size(), 5);
    QCOMPARE(d.value(QStringLiteral("case")).toObject().value(QStringLiteral("steps")).toArray().size(), 4);
    QCOMPARE(curl(QStringLiteral("/web/api/cases/no-such-case"), {}, m_cookie).status, 404);
}

void TestWebLogin::mediaRanges()
{
    const QString base = QStringLiteral("/web/api/cases/%1/files/").arg(m_complete.caseId);
    QFile video(m_fixture.dataDir() + QStringLiteral("/files/SIM0001/") + m_complete.videoId);
    QVERIFY(video.open(QIODevice::ReadOnly));
    const QByteArray bytes = video.readAll();

    Http r = curl(base + m_complete.videoId, {QStringLiteral("-H"), QStringLiteral("Range: bytes=0-99")}, m_cookie);
    QCOMPARE(r.status, 206);
    QCOMPARE(r.header("Content-Type"), QByteArray("video/mp4"));
    QCOMPARE(r.header("Content-Range"), "bytes 0-99/" + QByteArray::number(bytes.size()));
    QCOMPARE(r.body, bytes.left(100));

    r = curl(base + m_complete.videoId, {QStringLiteral("-H"), QStringLiteral("Range: bytes=1000-")}, m_cookie);
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, bytes.mid(1000));
    r = curl(base + m_complete.videoId, {QStringLiteral("-H"), QStringLiteral("Range: bytes=-10")}, m_cookie);
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, bytes.right(10));
    r = curl(base + m_complete.videoId, {QStringLiteral("-H"), QStringLiteral("Range: bytes=999999999-")}, m_cookie);
    QCOMPARE(r.status, 416);
    QCOMPARE(r.header("Content-Range"), "bytes */" + QByteArray::number(bytes.size()));

    r = curl(base + m_complete.videoId, {}, m_cookie);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Accept-Ranges"), QByteArray("bytes"));
    QCOMPARE(r.body, bytes);

    QCOMPARE(curl(base + m_complete.photoId, {}, m_cookie).header("Content-Type"), QByteArray("image/jpeg"));
    r = curl(base + m_complete.pdfId, {}, m_cookie);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(r.body.startsWith("%PDF"));
    // A file of another case (or not listed by this case's manifest) is not served here.
    QCOMPARE(curl(base + m_gaps.pdfId, {}, m_cookie).status, 404);
    QCOMPARE(curl(base + QStringLiteral("..%2F..%2Freceiver.db"), {}, m_cookie).status, 404);
}

void TestWebLogin::csrfAndRoles()
{
    const QStringList post{QStringLiteral("-X"), QStringLiteral("POST")};
    const QStringList csrf{QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"), QStringLiteral("X-Fieldterm-CSRF: 1")};
    Http r = curl(QStringLiteral("/web/api/codes"), post, m_cookie);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("csrf"));

    r = curl(QStringLiteral("/web/api/codes"), csrf, m_cookie);
    QCOMPARE(r.status, 201);
    const QString code = r.json().object().value(QStringLiteral("code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{8}$")).match(code).hasMatch(), qPrintable(code));
    {
        // Scoped: an unfinished read would hold the database's shared lock against the server.
        Statement st = m_fixture.db().prepare("SELECT COUNT(*) FROM enrollment_codes WHERE code_hash = ?");
        st.bind(1, QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), code.toUtf8()).toHex()));
        QCOMPARE(st.step(), Statement::Step::Row);
        QCOMPARE(st.int64(0), 1);
    }
    QCOMPARE(curl(QStringLiteral("/admin/api/enrollment-codes"), csrf, m_cookie).status, 201);

    const QByteArray reviewer = signIn(QStringLiteral("reviewer"), kReviewerPassword);
    QVERIFY(!reviewer.isEmpty());
    QCOMPARE(curl(QStringLiteral("/web/api/cases"), {}, reviewer).status, 200);
    QCOMPARE(curl(QStringLiteral("/web/api/devices"), {}, reviewer).status, 403);
    QCOMPARE(curl(QStringLiteral("/web/api/codes"), csrf, reviewer).status, 403);
    QCOMPARE(curl(QStringLiteral("/devices"), {}, reviewer).status, 302);

    r = curl(QStringLiteral("/web/api/devices"), {}, m_cookie);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("fingerprint")).toString(),
             m_fixture.deviceKey().fingerprint());
    QCOMPARE(curl(QStringLiteral("/web/api/devices/SIM0001/revoke"), post, m_cookie).status, 403);
    QCOMPARE(curl(QStringLiteral("/web/api/devices/NOPE/revoke"), csrf, m_cookie).status, 404);
    QCOMPARE(curl(QStringLiteral("/web/api/devices/SIM0001/revoke"), csrf, m_cookie).status, 200);
    Statement revoked = m_fixture.db().prepare("SELECT revoked_at FROM devices WHERE device_id = 'SIM0001'");
    QCOMPARE(revoked.step(), Statement::Step::Row);
    QVERIFY(!revoked.isNull(0));
}

void TestWebLogin::exportVerifies()
{
    const Http r = curl(QStringLiteral("/web/api/cases/%1/export").arg(m_complete.caseId), {}, m_cookie);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/zip"));
    QVERIFY2(r.header("Content-Disposition").contains("filename*=UTF-8''" + QUrl::toPercentEncoding(m_complete.caseNo + QStringLiteral(".zip"))),
             r.header("Content-Disposition").constData());
    const QString zip = m_dir.filePath(QStringLiteral("export.zip"));
    QFile f(zip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(r.body);
    f.close();
    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(QStringLiteral(FIELDTERM_VERIFY), {zip});
    QVERIFY(verify.waitForFinished(120000));
    const QByteArray out = verify.readAll();
    QVERIFY2(verify.exitCode() == 0, out.constData());
    // Nothing of the export is left behind in the data directory.
    QCOMPARE(QDir(m_fixture.dataDir() + QStringLiteral("/exports")).entryList(QDir::Files).size(), 0);
}

void TestWebLogin::secureCookieOverTls()
{
    const QString receiver = qEnvironmentVariable("FIELDTERM_WEB_SERVER");
    if (receiver.isEmpty())
        QSKIP("TLS is served by fieldterm-backoffice (backoffice.web_login_receiver)");
    const QString cert = m_dir.filePath(QStringLiteral("tls-cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("tls-key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());

    QProcess tls;
    tls.start(receiver, {QStringLiteral("--data-dir"), m_fixture.dataDir(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QVERIFY(tls.waitForStarted(60000));
    QString base;
    QByteArray err;
    const QRegularExpression re(QStringLiteral("listening on (https://127\\.0\\.0\\.1:\\d+)"));
    while (base.isEmpty() && tls.state() == QProcess::Running) {
        tls.waitForReadyRead(1000);
        err += tls.readAllStandardError();
        const auto m = re.match(QString::fromUtf8(err));
        if (m.hasMatch())
            base = m.captured(1);
    }
    QVERIFY2(!base.isEmpty(), err.constData());
    const QString plainBase = m_base;
    m_base = base;
    Http r;
    const QByteArray cookie = signIn(QStringLiteral("admin"), kAdminPassword, &r);
    m_base = plainBase;
    tls.terminate();
    if (!tls.waitForFinished(30000))
        tls.kill();
    QVERIFY2(!cookie.isEmpty(), r.headers.constData());
    QVERIFY2(r.header("Set-Cookie").contains("; Secure"), r.header("Set-Cookie").constData());
}

void TestWebLogin::lockout()
{
    for (int i = 0; i < 5; ++i) {
        Http r;
        QVERIFY(signIn(QStringLiteral("reviewer"), QStringLiteral("nope"), &r).isEmpty());
        QCOMPARE(r.status, 401);
    }
    Http r;
    QVERIFY(signIn(QStringLiteral("reviewer"), kReviewerPassword, &r).isEmpty());
    QCOMPARE(r.status, 429);
    // Another user is not affected.
    QVERIFY(!signIn(QStringLiteral("admin"), kAdminPassword).isEmpty());
}

void TestWebLogin::logoutEndsSession()
{
    QCOMPARE(curl(QStringLiteral("/logout"), {QStringLiteral("-X"), QStringLiteral("POST")}, m_cookie).status, 403);
    const Http r = curl(QStringLiteral("/logout"),
                        {QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"), QStringLiteral("X-Fieldterm-CSRF: 1")},
                        m_cookie);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Set-Cookie").contains("Max-Age=0"));
    QCOMPARE(curl(QStringLiteral("/web/api/cases"), {}, m_cookie).status, 401);
    QCOMPARE(curl(QStringLiteral("/cases"), {}, m_cookie).status, 302);
}

void TestWebLogin::eventsTrail()
{
    QHash<QString, int> counts;
    Statement st = m_fixture.db().prepare("SELECT action, actor, details FROM events");
    while (st.step() == Statement::Step::Row) {
        ++counts[st.text(0)];
        // No secret ever lands in the trail.
        QVERIFY(!st.text(2).contains(kAdminPassword));
        QVERIFY(!st.text(2).contains(QString::fromLatin1(m_cookie)));
    }
    for (const char *action : {"web_login", "web_login_failed", "web_login_locked", "web_logout", "case_exported",
                               "enrollment_code_issued", "device_revoked"})
        QVERIFY2(counts.value(QLatin1String(action)) > 0, action);
}

QTEST_GUILESS_MAIN(TestWebLogin)
#include "tst_weblogin.moc"
