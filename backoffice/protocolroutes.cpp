#include "protocolroutes.h"

#include "requestverifier.h"

#include <QHttpServer>

namespace ProtocolRoutes {

HttpFront::StreamRoute install(QHttpServer *server, ReceiverContext *ctx, const ProtocolRouteOptions &options)
{
    // One verifier per server: it lives as long as the server (its routes use it).
    auto *verifier = new RequestVerifier(ctx);
    QObject::connect(server, &QObject::destroyed, [verifier] { delete verifier; });
    EnrollRoute::install(server, ctx, verifier);
    const HttpFront::StreamRoute tusPatch = TusRoutes::install(server, ctx, verifier);
    ManifestRoute::install(server, ctx, verifier);
    AuditRoutes::install(server, ctx, verifier);
    DownlinkRoute::install(server, ctx, verifier);
    const HttpFront::StreamRoute sink = options.benchSink ? BenchSinkRoute::route(ctx) : HttpFront::StreamRoute();
    return [tusPatch, sink](const HttpFront::RequestHead &head) -> std::unique_ptr<HttpFront::StreamHandler> {
        if (auto handler = tusPatch(head))
            return handler;
        return sink ? sink(head) : nullptr;
    };
}

} // namespace ProtocolRoutes
