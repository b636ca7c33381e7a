// GET /api/v1/downlink/<name> (docs/PROTOCOL.md §6): tasks, catalogue, templates — published by
// `fieldterm-backoffice publish` — with ETag / If-None-Match.

#include "apierror.h"
#include "database.h"
#include "protocolroutes.h"
#include "receivercontext.h"
#include "requestverifier.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return true;
    const QList<QByteArray> tags = ifNoneMatch.split(',');
    for (QByteArray tag : tags) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

QHttpServerResponse get(ReceiverContext *ctx, RequestVerifier *verifier, const QString &name, const QHttpServerRequest &request)
{
    VerifiedDevice device;
    if (auto refusal = verifier->verify(request, &device))
        return std::move(*refusal);
    Statement st = ctx->db->prepare("SELECT etag, body FROM downlink WHERE name = ?");
    st.bind(1, name);
    if (st.step() != Statement::Step::Row) {
        // Nothing published yet is the normal state, asked on every sync: answered, not logged as a refusal.
        const QJsonObject body{{QStringLiteral("error"), QStringLiteral("downlink_missing")},
                               {QStringLiteral("message"), QCoreApplication::translate("DownlinkRoute", "服务器上还没有发布这份下发数据。")}};
        return ApiError::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 404);
    }
    const QByteArray etag = '"' + st.text(0).toLatin1() + '"';
    if (etagMatches(RequestVerifier::header(request, "if-none-match"), etag)) {
        QHttpServerResponse r(QHttpServerResponse::StatusCode::NotModified);
        r.setHeader(QByteArrayLiteral("ETag"), etag);
        return r;
    }
    QHttpServerResponse r = ApiError::json(st.blob(1), 200);
    r.setHeader(QByteArrayLiteral("ETag"), etag);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return r;
}

} // namespace

namespace DownlinkRoute {

void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier)
{
    server->route(QStringLiteral("/api/v1/downlink/<arg>"), QHttpServerRequest::Method::Get,
                  [ctx, verifier](const QString &name, const QHttpServerRequest &request) {
                      return get(ctx, verifier, name, request);
                  });
}

} // namespace DownlinkRoute
