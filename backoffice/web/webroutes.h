#pragma once
// WebRoutes: the back-office web page on the receiver's QHttpServer.
//
//   GET  /login                      sign-in page (no session needed), POST /login (form or JSON)
//   POST /logout
//   GET  /, /cases, /cases/<id>, /devices        pages (302 to /login without a session)
//   GET  /web/static/<file>                       page assets (no data in them)
//   GET  /web/api/me, /web/api/cases, /web/api/cases/<id>
//   GET  /web/api/cases/<id>/files/<evidence id>  media with Range support
//   GET  /web/api/cases/<id>/export               evidence package (<caseNo>.zip)
//   GET  /web/api/devices                         admin
//   POST /web/api/codes, /web/api/devices/<id>/revoke       admin; also under the names
//   POST /admin/api/enrollment-codes, /admin/api/devices/<id>/revoke   of docs/PROTOCOL.md §3
// Every /web/api/* answers 401 without a valid session; every POST but /login also needs the
// header `X-Fieldterm-CSRF: 1` (with SameSite=Strict cookies, a cross-site page can send
// neither). Login, logout, export, code issue and revoke each leave an `events` row.

class QHttpServer;
struct ReceiverContext;

namespace WebRoutes {

void install(QHttpServer *server, ReceiverContext *ctx);

} // namespace WebRoutes
