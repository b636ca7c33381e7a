#pragma once
// Test support for the receiver: an in-process fieldterm-backoffice (real QHttpServer on
// 127.0.0.1, port 0, real SQLite file in a QTemporaryDir, injectable clock), the real program as
// a child process, test devices with their own keys, and an HTTP client that signs requests with
// sync/wire exactly as a device does (QNetworkAccessManager underneath).

#include "deviceidentity.h"
#include "httpfront.h"
#include "receiverinstance.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

struct HttpResult
{
    int status = 0;                               // 0: transport error
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;        // lower-case names
    QString error;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString errorCode() const;                    // "error" of a JSON error body
};

class InProcessReceiver
{
public:
    explicit InProcessReceiver(const QString &cryptoProfile = QStringLiteral("intl"), bool openTus = false);
    ~InProcessReceiver();

    bool start(QString *error);      // (re)opens the data directory and listens on a free port
    void stop();                     // closes server and database (a "restart" is stop + start)
    QString url(const QString &path) const;
    ReceiverContext *ctx() { return m_instance->context(); }
    Database &db() { return m_instance->database(); }
    QString dataDir() const { return m_dir.path(); }
    quint16 port() const { return m_port; }
    QString issueCode();             // a fresh one-time enrollment code

    qint64 clockOffset = 0;          // added to the real clock (ctx->nowSecs)

private:
    QTemporaryDir m_dir;
    QString m_profile;
    bool m_openTus;
    std::unique_ptr<ReceiverInstance> m_instance;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<HttpFront::Server> m_front;   // destroyed before m_server
    quint16 m_port = 0;
};

// The real fieldterm-backoffice program (path from FIELDTERM_BACKOFFICE_BIN), started on port 0.
class ReceiverProcess
{
public:
    ~ReceiverProcess();
    bool start(const QString &dataDir, const QStringList &extraArgs, QString *error);
    void kill();                     // SIGKILL and wait
    QString url(const QString &path) const;
    static QString program();
    // Runs a subcommand (issue-code, revoke …) and returns its stdout (trimmed); *exitCode set.
    static QByteArray runCommand(const QString &dataDir, const QStringList &args, int *exitCode);

private:
    QProcess m_process;
    quint16 m_port = 0;
};

class TestDevice
{
public:
    TestDevice(const QString &id, DeviceIdentity::Algorithm algorithm);
    QString id;
    DeviceIdentity key;
    QString algorithmKey() const { return DeviceIdentity::algorithmKey(key.algorithm()); }

private:
    QTemporaryDir m_keys;
};

struct SignOptions
{
    const DeviceIdentity *key = nullptr;   // sign with this key instead of the device's
    QString keyId;                         // instead of the device id
    qint64 created = 0;                    // 0 → now
    QByteArray nonce;                      // empty → random
    QByteArray bodyAfterSigning;           // non-empty: send this body instead (tampering)
};

class SignedClient
{
public:
    // Sends a request; signs it as `device` when given. headers: name (any case) → value.
    HttpResult send(const QByteArray &method, const QString &url, const QByteArray &body = QByteArray(),
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, const TestDevice *device = nullptr,
                    const SignOptions &options = {});

    // POST /api/v1/enroll signed with the device's key.
    HttpResult enroll(const QString &baseUrl, const TestDevice &device, const QString &code);

private:
    QNetworkAccessManager m_nam;
};

// Runs a program to completion while the event loop keeps serving (the in-process server answers).
int runProcess(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
