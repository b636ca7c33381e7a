#pragma once
// ProtocolRoutes: installs the device-facing endpoints of docs/PROTOCOL.md on a QHttpServer —
// /api/v1/enroll, /tus/*, /api/v1/manifests, /api/v1/audit(/head), /api/v1/downlink/<name> —
// and, for the upload benchmark only, PUT /bench/sink/<name>. Every route verifies the request
// signature first (RequestVerifier). The web page's routes are installed separately (WebRoutes).
// Two of them stream their bodies instead of going through QHttpServer (tus PATCH, the bench
// sink): install() returns the route that claims those, for HttpFront::Server.

#include "httpfront.h"

class QHttpServer;
struct ReceiverContext;

struct ProtocolRouteOptions
{
    bool benchSink = false;   // --bench-sink
};

namespace ProtocolRoutes {

HttpFront::StreamRoute install(QHttpServer *server, ReceiverContext *ctx, const ProtocolRouteOptions &options = {});

} // namespace ProtocolRoutes

// The groups, each in its own file.
class RequestVerifier;
namespace EnrollRoute { void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier); }
namespace TusRoutes { HttpFront::StreamRoute install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier); }
namespace ManifestRoute { void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier); }
namespace AuditRoutes { void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier); }
namespace DownlinkRoute { void install(QHttpServer *server, ReceiverContext *ctx, RequestVerifier *verifier); }
namespace BenchSinkRoute { HttpFront::StreamRoute route(ReceiverContext *ctx); }
