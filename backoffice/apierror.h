#pragma once
// ApiError: every refusal of the protocol endpoints — a JSON body {"error","message"} (message in
// Chinese, saying what to do) and one `events` row (actor: the device, or "anonymous").

#include <QHttpServerResponse>
#include <QString>

struct ReceiverContext;

namespace ApiError {

QHttpServerResponse refuse(ReceiverContext *ctx, int status, const QString &code, const QString &message,
                           const QString &actor, const QString &object, const QString &detail = QString());

// A JSON response with a custom status (also the ones Qt has no name for, such as 460).
QHttpServerResponse json(const QByteArray &body, int status);

} // namespace ApiError
