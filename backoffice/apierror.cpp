#include "apierror.h"

#include "backofficelogging.h"
#include "receivercontext.h"
#include "receiverstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ApiError {

QHttpServerResponse json(const QByteArray &body, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body,
                               static_cast<QHttpServerResponse::StatusCode>(status));
}

QHttpServerResponse refuse(ReceiverContext *ctx, int status, const QString &code, const QString &message,
                           const QString &actor, const QString &object, const QString &detail)
{
    qCInfo(lcBackoffice).noquote() << "refused" << status << code << object << detail;
    if (ctx && ctx->db) {
        QJsonObject details{{QStringLiteral("status"), status}, {QStringLiteral("error"), code}};
        if (!detail.isEmpty())
            details.insert(QStringLiteral("detail"), detail);
        ReceiverStore::logEvent(*ctx->db, ctx->nowSecs(), actor, QStringLiteral("refused"), object,
                                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    }
    const QJsonObject body{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

} // namespace ApiError
