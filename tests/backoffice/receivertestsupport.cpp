#include "receivertestsupport.h"

#include "contentdigest.h"
#include "enrollmentcodes.h"
#include "messagesignature.h"
#include "protocolroutes.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

QString HttpResult::errorCode() const
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
}

InProcessReceiver::InProcessReceiver(const QString &cryptoProfile, bool openTus)
    : m_profile(cryptoProfile), m_openTus(openTus)
{
}

InProcessReceiver::~InProcessReceiver()
{
    stop();
}

bool InProcessReceiver::start(QString *error)
{
    stop();
    m_instance = std::make_unique<ReceiverInstance>();
    if (!m_instance->open(m_dir.path(), m_profile, error))
        return false;
    ReceiverContext *c = m_instance->context();
    c->openTus = m_openTus;
    c->nowSecs = [this] { return QDateTime::currentSecsSinceEpoch() + clockOffset; };
    m_server = std::make_unique<QHttpServer>();
    ProtocolRouteOptions options;
    options.benchSink = true;
    m_front = std::make_unique<HttpFront::Server>(m_server.get(), ProtocolRoutes::install(m_server.get(), c, options));
    m_port = m_front->listen(QHostAddress::LocalHost, 0, nullptr, error);
    if (m_port == 0) {
        *error = QStringLiteral("listen failed");
        return false;
    }
    return true;
}

void InProcessReceiver::stop()
{
    m_front.reset();
    m_server.reset();
    m_instance.reset();
}

QString InProcessReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QString InProcessReceiver::issueCode()
{
    QString code, expires, error;
    if (!EnrollmentCodes::issue(db(), QStringLiteral("test"), ctx()->nowSecs(), &code, &expires, &error))
        qWarning() << "issue failed" << error;
    return code;
}

ReceiverProcess::~ReceiverProcess()
{
    kill();
}

QString ReceiverProcess::program()
{
    return QString::fromLocal8Bit(qgetenv("FIELDTERM_BACKOFFICE_BIN"));
}

bool ReceiverProcess::start(const QString &dataDir, const QStringList &extraArgs, QString *error)
{
    m_process.setProgram(program());
    m_process.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                           + extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start();
    if (!m_process.waitForStarted(60000)) {
        *error = m_process.errorString();
        return false;
    }
    QByteArray seen;
    const QByteArray marker("fieldterm-backoffice listening on http");
    while (!seen.contains(marker) || !seen.mid(seen.indexOf(marker)).contains('\n')) {
        if (!m_process.waitForReadyRead(120000)) {
            *error = QStringLiteral("no listening line; stderr: ") + QString::fromUtf8(seen);
            return false;
        }
        seen += m_process.readAllStandardError();
    }
    QByteArray line = seen.mid(seen.indexOf(marker));
    line = line.left(line.indexOf('\n'));
    m_port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
    return m_port != 0;
}

void ReceiverProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(60000);
    }
}

QString ReceiverProcess::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QByteArray ReceiverProcess::runCommand(const QString &dataDir, const QStringList &args, int *exitCode)
{
    QByteArray out;
    *exitCode = runProcess(program(), QStringList{QStringLiteral("--data-dir"), dataDir} + args, &out);
    return out.trimmed();
}

TestDevice::TestDevice(const QString &deviceId, DeviceIdentity::Algorithm algorithm) : id(deviceId)
{
    QString error;
    if (!key.loadOrCreate(m_keys.path(), algorithm, &error))
        qFatal("device key: %s", qPrintable(error));
}

HttpResult SignedClient::send(const QByteArray &method, const QString &url, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers, const TestDevice *device,
                              const SignOptions &options)
{
    MessageSignature::Request wire;
    wire.method = method;
    wire.targetUri = url.toUtf8();
    for (const auto &h : headers)
        wire.setHeader(h.first.toLower(), h.second);
    if (!body.isEmpty())
        wire.setHeader("content-digest", ContentDigest::header(body));
    if (device) {
        QString error;
        const DeviceIdentity &key = options.key ? *options.key : device->key;
        if (!MessageSignature::sign(&wire, key, options.keyId.isEmpty() ? device->id : options.keyId, &error, options.created,
                                    options.nonce))
            qWarning() << "signing failed" << error;
    }
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : wire.headers)
        request.setRawHeader(h.first, h.second);
    const QByteArray sent = options.bodyAfterSigning.isEmpty() ? body : options.bodyAfterSigning;
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_nam.get(request);
    else if (method == "HEAD")
        reply = m_nam.head(request);
    else
        reply = m_nam.sendCustomRequest(request, method, sent);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);   // a hung server fails the test, not the suite
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpResult SignedClient::enroll(const QString &baseUrl, const TestDevice &device, const QString &code)
{
    const QJsonObject body{{QStringLiteral("code"), code},
                           {QStringLiteral("deviceId"), device.id},
                           {QStringLiteral("algorithm"), device.algorithmKey()},
                           {QStringLiteral("publicKeyPem"), QString::fromUtf8(device.key.publicKeyPem())}};
    return send("POST", baseUrl + QStringLiteral("/api/v1/enroll"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}}, &device);
}

int runProcess(const QString &program, const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    p.start(program, args);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning || p.waitForStarted(0))
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
