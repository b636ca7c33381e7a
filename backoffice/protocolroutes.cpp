#include "protocolroutes.h"

#include "requestverifier.h"

#include <QHttpServer>

namespace ProtocolRoutes {

void install(QHttpServer *server, ReceiverContext *ctx, const ProtocolRouteOptions &options)
{
    // One verifier per server: it lives as long as the server (its routes use it).
    auto *verifier = new RequestVerifier(ctx);
    QObject::connect(server, &QObject::destroyed, [verifier] { delete verifier; });
    EnrollRoute::install(server, ctx, verifier);
    TusRoutes::install(server, ctx, verifier);
    ManifestRoute::install(server, ctx, verifier);
    AuditRoutes::install(server, ctx, verifier);
    DownlinkRoute::install(server, ctx, verifier);
    if (options.benchSink)
        BenchSinkRoute::install(server, ctx);
}

} // namespace ProtocolRoutes
