#include "webroutes.h"

#include "casereader.h"
#include "database.h"
#include "deviceidentity.h"
#include "enrollmentcodes.h"
#include "evidencepackage.h"
#include "mediaresponse.h"
#include "receivercontext.h"
#include "webevents.h"
#include "weblogging.h"
#include "websessions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

struct State {
    explicit State(ReceiverContext *c) : ctx(c), sessions(c), cases(c) {}
    ReceiverContext *ctx;
    WebSessions sessions;
    CaseReader cases;
};

bool isSecure(const State &s, const QHttpServerResponder &responder)
{
    return s.ctx->tls || (responder.socket() && responder.socket()->inherits("QSslSocket"));
}

QHttpServerResponse jsonResponse(const QJsonDocument &doc, Status status = Status::Ok)
{
    QHttpServerResponse r(QByteArray("application/json"), doc.toJson(QJsonDocument::Compact), status);
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("X-Content-Type-Options", "nosniff");
    return r;
}

QHttpServerResponse errorResponse(Status status, const char *code, const QString &message)
{
    return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                                  {QStringLiteral("message"), message}}),
                        status);
}

QHttpServerResponse redirect(const QByteArray &location)
{
    QHttpServerResponse r(Status::Found);
    r.setHeader("Location", location);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

QHttpServerResponse page(const char *name)
{
    QFile file(QStringLiteral(":/web/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return QHttpServerResponse(Status::NotFound);
    QHttpServerResponse r(QByteArray("text/html; charset=utf-8"), file.readAll());
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("X-Frame-Options", "DENY");
    r.setHeader("Referrer-Policy", "no-referrer");
    r.setHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; "
                "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    return r;
}

QHttpServerResponse unauthenticated()
{
    return errorResponse(Status::Unauthorized, "unauthenticated",
                         QCoreApplication::translate("WebRoutes", "请先登录"));
}

QHttpServerResponse forbidden()
{
    return errorResponse(Status::Forbidden, "forbidden",
                         QCoreApplication::translate("WebRoutes", "只有管理员可以执行此操作"));
}

bool hasCsrfHeader(const QHttpServerRequest &request)
{
    return request.value("X-Fieldterm-CSRF").trimmed() == "1";
}

QString decodeId(const QString &captured)
{
    return QUrl::fromPercentEncoding(captured.toUtf8());
}

QByteArray contentDisposition(const QString &fileName)
{
    QByteArray ascii;
    for (const QChar ch : fileName) {
        const ushort u = ch.unicode();
        ascii += (u >= 0x20 && u < 0x7f && u != '"' && u != '\\' && u != '/') ? char(u) : '_';
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
}

void installPages(QHttpServer *server, const std::shared_ptr<State> &s)
{
    server->route("/", Method::Get, [s](const QHttpServerRequest &req) {
        return redirect(s->sessions.userFor(req).isValid() ? "/cases" : "/login");
    });
    server->route("/login", Method::Get, [](const QHttpServerRequest &) { return page("login.html"); });
    server->route("/cases", Method::Get, [s](const QHttpServerRequest &req) {
        return s->sessions.userFor(req).isValid() ? page("cases.html") : redirect("/login");
    });
    server->route("/cases/<arg>", Method::Get, [s](const QString &, const QHttpServerRequest &req) {
        return s->sessions.userFor(req).isValid() ? page("case.html") : redirect("/login");
    });
    server->route("/devices", Method::Get, [s](const QHttpServerRequest &req) {
        const WebSessions::User user = s->sessions.userFor(req);
        if (!user.isValid())
            return redirect("/login");
        return user.isAdmin() ? page("devices.html") : redirect("/cases");
    });
    server->route("/web/static/<arg>", Method::Get, [](const QString &name, const QHttpServerRequest &) {
        static const QHash<QString, QByteArray> types{{QStringLiteral("web.js"), "text/javascript; charset=utf-8"},
                                                      {QStringLiteral("web.css"), "text/css; charset=utf-8"}};
        if (!types.contains(name))
            return QHttpServerResponse(Status::NotFound);
        QFile file(QStringLiteral(":/web/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return QHttpServerResponse(Status::NotFound);
        QHttpServerResponse r(types.value(name), file.readAll());
        r.setHeader("X-Content-Type-Options", "nosniff");
        return r;
    });
}

void installLogin(QHttpServer *server, const std::shared_ptr<State> &s)
{
    server->route("/login", Method::Post, [s](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        QString username;
        QString password;
        const bool json = req.value("Content-Type").contains("json");
        if (json) {
            const QJsonObject o = QJsonDocument::fromJson(req.body()).object();
            username = o.value(QStringLiteral("username")).toString();
            password = o.value(QStringLiteral("password")).toString();
        } else {
            QByteArray body = req.body();
            body.replace('+', "%20");
            const QUrlQuery form(QString::fromLatin1(body));
            username = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
            password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        }
        username = username.trimmed();
        const qint64 now = s->ctx->nowSecs();
        QByteArray token;
        WebSessions::User user;
        const auto result = username.isEmpty() ? WebSessions::LoginResult::Refused
                                               : s->sessions.login(username, password, &token, &user);
        if (result != WebSessions::LoginResult::Ok) {
            const bool locked = result == WebSessions::LoginResult::LockedOut;
            WebEvents::record(*s->ctx->db, now, username.isEmpty() ? QStringLiteral("anonymous") : username,
                              locked ? QStringLiteral("web_login_locked") : QStringLiteral("web_login_failed"),
                              QStringLiteral("session"));
            if (!json) {
                redirect(locked ? "/login?error=locked" : "/login?error=1").write(std::move(responder));
                return;
            }
            if (locked) {
                errorResponse(Status::TooManyRequests, "locked_out",
                              QCoreApplication::translate("WebRoutes", "密码错误次数过多，请 5 分钟后再试"))
                    .write(std::move(responder));
            } else if (result == WebSessions::LoginResult::Error) {
                errorResponse(Status::InternalServerError, "store_error",
                              QCoreApplication::translate("WebRoutes", "登录暂时不可用，请稍后再试"))
                    .write(std::move(responder));
            } else {
                errorResponse(Status::Unauthorized, "login_failed",
                              QCoreApplication::translate("WebRoutes", "用户名或密码错误"))
                    .write(std::move(responder));
            }
            return;
        }
        WebEvents::record(*s->ctx->db, now, user.username, QStringLiteral("web_login"), QStringLiteral("session"));
        QHttpServerResponse r = json ? jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("username"), user.username},
                                                                              {QStringLiteral("role"), user.role}}))
                                     : redirect("/cases");
        r.addHeader("Set-Cookie", WebSessions::setCookie(token, isSecure(*s, responder)));
        r.write(std::move(responder));
    });

    server->route("/logout", Method::Post, [s](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        const WebSessions::User user = s->sessions.userFor(req);
        if (!user.isValid()) {
            unauthenticated().write(std::move(responder));
            return;
        }
        if (!hasCsrfHeader(req)) {
            errorResponse(Status::Forbidden, "csrf", QCoreApplication::translate("WebRoutes", "请求缺少防伪标头"))
                .write(std::move(responder));
            return;
        }
        s->sessions.logout(req);
        WebEvents::record(*s->ctx->db, s->ctx->nowSecs(), user.username, QStringLiteral("web_logout"),
                          QStringLiteral("session"));
        QHttpServerResponse r = jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
        r.addHeader("Set-Cookie", WebSessions::clearCookie(isSecure(*s, responder)));
        r.write(std::move(responder));
    });
}

// Runs `handler(user)` when the request has a session (and, for admin/mutating calls, the role
// and the CSRF header); otherwise answers 401/403.
template<typename Handler>
QHttpServerResponse guarded(State &s, const QHttpServerRequest &req, bool admin, bool mutating, Handler handler)
{
    const WebSessions::User user = s.sessions.userFor(req);
    if (!user.isValid())
        return unauthenticated();
    if (mutating && !hasCsrfHeader(req))
        return errorResponse(Status::Forbidden, "csrf", QCoreApplication::translate("WebRoutes", "请求缺少防伪标头"));
    if (admin && !user.isAdmin())
        return forbidden();
    return handler(user);
}

QHttpServerResponse issueCode(State &s, const WebSessions::User &user)
{
    const qint64 now = s.ctx->nowSecs();
    QString code;
    QString expiresAt;
    QString error;
    if (!EnrollmentCodes::issue(*s.ctx->db, user.username, now, &code, &expiresAt, &error)) {
        qCWarning(lcWeb) << "could not issue an enrollment code:" << error;
        return errorResponse(Status::InternalServerError, "store_error",
                             QCoreApplication::translate("WebRoutes", "无法生成注册码，请稍后再试"));
    }
    WebEvents::record(*s.ctx->db, now, user.username, QStringLiteral("enrollment_code_issued"),
                      QStringLiteral("enrollment_code"), {{QStringLiteral("expiresAt"), expiresAt}});
    return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("expiresAt"), expiresAt}}),
                        Status::Created);
}

QHttpServerResponse revokeDevice(State &s, const WebSessions::User &user, const QString &deviceId)
{
    const qint64 now = s.ctx->nowSecs();
    Statement st = s.ctx->db->prepare("UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL");
    st.bind(1, WebEvents::isoUtc(now)).bind(2, deviceId);
    if (!st.exec())
        return errorResponse(Status::InternalServerError, "store_error",
                             QCoreApplication::translate("WebRoutes", "无法吊销设备，请稍后再试"));
    if (s.ctx->db->changes() == 0) {
        Statement exists = s.ctx->db->prepare("SELECT 1 FROM devices WHERE device_id = ?");
        exists.bind(1, deviceId);
        if (exists.step() != Statement::Step::Row)
            return errorResponse(Status::NotFound, "unknown_device", QCoreApplication::translate("WebRoutes", "设备不存在"));
    }
    WebEvents::record(*s.ctx->db, now, user.username, QStringLiteral("device_revoked"), deviceId);
    return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("revoked"), true}}));
}

QJsonArray devices(State &s)
{
    QJsonArray out;
    Statement st = s.ctx->db->prepare(
        "SELECT device_id, algorithm, public_key_pem, enrolled_at, revoked_at, label FROM devices ORDER BY device_id");
    while (st.step() == Statement::Step::Row) {
        out.append(QJsonObject{{QStringLiteral("deviceId"), st.text(0)},
                               {QStringLiteral("algorithm"), st.text(1)},
                               {QStringLiteral("fingerprint"), DeviceIdentity::fingerprintOfPem(st.text(2).toUtf8())},
                               {QStringLiteral("enrolledAt"), st.text(3)},
                               {QStringLiteral("revokedAt"), st.isNull(4) ? QJsonValue() : QJsonValue(st.text(4))},
                               {QStringLiteral("label"), st.text(5)}});
    }
    return out;
}

void installApi(QHttpServer *server, const std::shared_ptr<State> &s)
{
    server->route("/web/api/me", Method::Get, [s](const QHttpServerRequest &req) {
        return guarded(*s, req, false, false, [](const WebSessions::User &u) {
            return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("username"), u.username},
                                                          {QStringLiteral("role"), u.role}}));
        });
    });
    server->route("/web/api/cases", Method::Get, [s](const QHttpServerRequest &req) {
        return guarded(*s, req, false, false,
                       [s](const WebSessions::User &) { return jsonResponse(QJsonDocument(s->cases.list())); });
    });
    server->route("/web/api/cases/<arg>", Method::Get, [s](const QString &id, const QHttpServerRequest &req) {
        return guarded(*s, req, false, false, [s, id](const WebSessions::User &) {
            QJsonObject detail;
            if (!s->cases.detail(decodeId(id), &detail))
                return errorResponse(Status::NotFound, "unknown_case", QCoreApplication::translate("WebRoutes", "案件不存在"));
            return jsonResponse(QJsonDocument(detail));
        });
    });
    server->route("/web/api/cases/<arg>/files/<arg>", Method::Get,
                  [s](const QString &caseId, const QString &evidenceId, const QHttpServerRequest &req,
                      QHttpServerResponder &&responder) {
                      if (!s->sessions.userFor(req).isValid()) {
                          unauthenticated().write(std::move(responder));
                          return;
                      }
                      CaseReader::StoredFile file;
                      if (!s->cases.fileForCase(decodeId(caseId), decodeId(evidenceId), &file)) {
                          errorResponse(Status::NotFound, "not_found", QCoreApplication::translate("WebRoutes", "文件不存在或尚未收到"))
                              .write(std::move(responder));
                          return;
                      }
                      MediaResponse::send(req, std::move(responder), file.path, file.mimeType.toLatin1());
                  });
    server->route("/web/api/cases/<arg>/export", Method::Get,
                  [s](const QString &caseIdRaw, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
                      const WebSessions::User user = s->sessions.userFor(req);
                      if (!user.isValid()) {
                          unauthenticated().write(std::move(responder));
                          return;
                      }
                      const QString caseId = decodeId(caseIdRaw);
                      CaseReader::ManifestRow row;
                      if (!s->cases.latestManifest(caseId, &row)) {
                          errorResponse(Status::NotFound, "unknown_case", QCoreApplication::translate("WebRoutes", "案件不存在"))
                              .write(std::move(responder));
                          return;
                      }
                      QDir(s->ctx->dataDir).mkpath(QStringLiteral("exports"));
                      QTemporaryFile tmp(QDir(s->ctx->dataDir).filePath(QStringLiteral("exports/export-XXXXXX.zip")));
                      QString caseNo;
                      QString error;
                      EvidencePackage::Receiver receiver;
                      if (s->ctx->receiverKey && s->ctx->receiverKey->isValid()) {
                          receiver.publicKeyPem = s->ctx->receiverKey->publicKeyPem();
                          receiver.algorithm = DeviceIdentity::algorithmKey(s->ctx->receiverKey->algorithm());
                      }
                      if (!tmp.open() || !EvidencePackage::write(*s->ctx->db, s->ctx->dataDir, row.id, receiver,
                                                                 tmp.fileName(), &caseNo, &error)) {
                          qCWarning(lcWeb) << "export failed for manifest" << row.id << error;
                          errorResponse(Status::InternalServerError, "export_failed",
                                        QCoreApplication::translate("WebRoutes", "证据包导出失败，请查看服务器日志"))
                              .write(std::move(responder));
                          return;
                      }
                      WebEvents::record(*s->ctx->db, s->ctx->nowSecs(), user.username, QStringLiteral("case_exported"),
                                        caseId, {{QStringLiteral("manifestId"), row.id}, {QStringLiteral("caseNo"), caseNo}});
                      // The open descriptor keeps the bytes while the temporary file's name goes
                      // away with `tmp`; the responder streams and owns the QFile.
                      auto *file = new QFile(tmp.fileName());
                      file->open(QIODevice::ReadOnly);
                      const QString name = (caseNo.isEmpty() ? caseId : caseNo) + QStringLiteral(".zip");
                      responder.write(file,
                                      {{"Content-Type", "application/zip"},
                                       {"Content-Disposition", contentDisposition(name)},
                                       {"Cache-Control", "no-store"}},
                                      Status::Ok);
                  });
    server->route("/web/api/devices", Method::Get, [s](const QHttpServerRequest &req) {
        return guarded(*s, req, true, false, [s](const WebSessions::User &) { return jsonResponse(QJsonDocument(devices(*s))); });
    });
    for (const char *path : {"/web/api/codes", "/admin/api/enrollment-codes"}) {
        server->route(path, Method::Post, [s](const QHttpServerRequest &req) {
            return guarded(*s, req, true, true, [s](const WebSessions::User &u) { return issueCode(*s, u); });
        });
    }
    for (const char *path : {"/web/api/devices/<arg>/revoke", "/admin/api/devices/<arg>/revoke"}) {
        server->route(path, Method::Post, [s](const QString &id, const QHttpServerRequest &req) {
            return guarded(*s, req, true, true, [s, id](const WebSessions::User &u) { return revokeDevice(*s, u, decodeId(id)); });
        });
    }
}

} // namespace

namespace WebRoutes {

void install(QHttpServer *server, ReceiverContext *ctx)
{
    auto state = std::make_shared<State>(ctx);
    installPages(server, state);
    installLogin(server, state);
    installApi(server, state);
}

} // namespace WebRoutes
