// PUT /bench/sink/<name> (only with --bench-sink): writes the body to <data>/bench/<name>, so the
// upload benchmark can compare `curl -T` with the tus client against the same server.

#include "apierror.h"
#include "durablefile.h"
#include "protocolroutes.h"
#include "receivercontext.h"
#include "receiverstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHttpServer>

namespace BenchSinkRoute {

void install(QHttpServer *server, ReceiverContext *ctx)
{
    server->route(QStringLiteral("/bench/sink/<arg>"), QHttpServerRequest::Method::Put,
                  [ctx](const QString &name, const QHttpServerRequest &request) {
                      const QString object = QStringLiteral("/bench/sink/") + name;
                      QString error;
                      const QString dir = QDir(ctx->dataDir).filePath(QStringLiteral("bench"));
                      if (!ReceiverStore::isSafeName(name)) {
                          return ApiError::refuse(ctx, 400, QStringLiteral("bad_name"),
                                                  QCoreApplication::translate("BenchSinkRoute", "文件名无效。"), QString(), object);
                      }
                      QFile f(QDir(dir).filePath(name));
                      if (!DurableFile::ensurePrivateDir(dir, &error) || !f.open(QIODevice::WriteOnly | QIODevice::Truncate)
                          || f.write(request.body()) != request.body().size() || !f.flush()) {
                          return ApiError::refuse(ctx, 507, QStringLiteral("storage"),
                                                  QCoreApplication::translate("BenchSinkRoute", "服务器无法保存文件（存储错误）。"),
                                                  QString(), object, error.isEmpty() ? f.errorString() : error);
                      }
                      f.close();
                      DurableFile::syncFile(f.fileName(), &error);
                      return QHttpServerResponse(QHttpServerResponse::StatusCode::Created);
                  });
}

} // namespace BenchSinkRoute
