#pragma once
// RequestVerifier: the receiver's side of docs/PROTOCOL.md §2. Every /api/v1/* and /tus/*
// request passes through verify(), which runs the checks in the protocol's order — signature
// headers and covered components, enrolled device (unknown 401, revoked 403), algorithm,
// `created` window (±300 s on ctx->nowSecs), nonce (600 s, kept in the database so a restart
// does not reopen it), Content-Digest against the body, and finally the signature itself.
// Only a request that passes everything records its nonce.

#include "deviceidentity.h"
#include "messagesignature.h"

#include <QHttpServerResponse>
#include <QString>

#include <optional>

class Database;
class QHttpServerRequest;
namespace HttpFront { struct RequestHead; }
struct ReceiverContext;

struct VerifiedDevice
{
    QString deviceId;                 // '' for an unsigned tus request in --open-tus mode
    DeviceIdentity::Algorithm algorithm = DeviceIdentity::Algorithm::Ed25519;
    QByteArray publicKeyPem;
    MessageSignature::Parsed signature;
    bool isSigned = false;
};

class RequestVerifier
{
public:
    static constexpr qint64 windowSecs = 300;
    static constexpr qint64 nonceSecs = 600;

    explicit RequestVerifier(ReceiverContext *ctx) : m_ctx(ctx) {}

    // The request as the client signed it: method, absolute URI rebuilt from the scheme, the Host
    // header and the path + query as sent, headers with lower-case names.
    static MessageSignature::Request wireRequest(const QHttpServerRequest &request, bool tls);
    static QByteArray methodName(const QHttpServerRequest &request);
    static QByteArray header(const QHttpServerRequest &request, const QByteArray &lowerName);
    // The same for a request whose body is streamed (HttpFront); target is sent as-is.
    static MessageSignature::Request wireRequest(const HttpFront::RequestHead &head, bool tls);

    // Verifies a request from an enrolled device. allowUnsigned: accept a request without any
    // signature header as device '' (--open-tus). On refusal returns the response to send.
    std::optional<QHttpServerResponse> verify(const QHttpServerRequest &request, VerifiedDevice *out,
                                              bool allowUnsigned = false);

    // A request whose body is still arriving (a streamed tus PATCH): every check but the
    // Content-Digest, and its nonce is not yet recorded. The caller hashes the body as it arrives
    // and then calls finishBody(), which refuses a mismatch or records the nonce.
    std::optional<QHttpServerResponse> verifyHead(const MessageSignature::Request &wire, bool hasBody, VerifiedDevice *out,
                                                  bool allowUnsigned = false);
    std::optional<QHttpServerResponse> finishBody(const MessageSignature::Request &wire, const VerifiedDevice &device,
                                                  bool digestMatches, const QString &detail);

    // Records a used nonce (inside the caller's transaction, if any). Errors in English.
    static bool storeNonce(Database &db, const QString &deviceId, const QByteArray &nonce, qint64 now, QString *error);

    // Enrollment: the same checks with the key from the request body (proof of possession); the
    // device need not be enrolled. The nonce is recorded under deviceId.
    std::optional<QHttpServerResponse> verifyWithKey(const QHttpServerRequest &request, const QString &deviceId,
                                                     DeviceIdentity::Algorithm algorithm,
                                                     const QByteArray &publicKeyPem);

private:
    // body null: streamed, not here yet (no digest check, no nonce recorded).
    std::optional<QHttpServerResponse> verifyWire(const MessageSignature::Request &wire, const QByteArray *body,
                                                  bool hasBody, VerifiedDevice *out, bool allowUnsigned);
    std::optional<QHttpServerResponse> parseAndCheckCoverage(bool hasBody, const MessageSignature::Request &wire,
                                                             MessageSignature::Parsed *parsed);
    QHttpServerResponse digestRefusal(const QString &deviceId, const QString &object, const QString &detail);
    std::optional<QHttpServerResponse> recordNonce(const QString &deviceId, const QByteArray &nonce, const QString &object);
    std::optional<QHttpServerResponse> checkRest(const QByteArray *body,
                                                 const MessageSignature::Request &wire,
                                                 const MessageSignature::Parsed &parsed, const QString &deviceId,
                                                 DeviceIdentity::Algorithm algorithm, const QByteArray &publicKeyPem);
    void pruneNonces(qint64 now);

    ReceiverContext *m_ctx;
    qint64 m_lastPrune = 0;
};
