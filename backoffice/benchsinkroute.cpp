// PUT /bench/sink/<name> (only with --bench-sink): the upload benchmark's baseline. The body is
// written to <data>/bench/<name> as it arrives, through the same front (HttpFront) as a tus
// PATCH, and fsync'd once at the end — what any plain server would do with `curl -T`.

#include "apierror.h"
#include "durablefile.h"
#include "httpfront.h"
#include "protocolroutes.h"
#include "receivercontext.h"
#include "receiverstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

namespace {

class SinkHandler : public HttpFront::StreamHandler
{
public:
    SinkHandler(ReceiverContext *ctx, const QString &name) : m_ctx(ctx), m_object(QStringLiteral("/bench/sink/") + name)
    {
        QString error;
        const QString dir = QDir(ctx->dataDir).filePath(QStringLiteral("bench"));
        m_file.setFileName(QDir(dir).filePath(name));
        if (!ReceiverStore::isSafeName(name)) {
            m_error = 400;
            m_detail = QStringLiteral("bad name");
        } else if (!DurableFile::ensurePrivateDir(dir, &error) || !m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            m_error = 507;
            m_detail = error.isEmpty() ? m_file.errorString() : error;
        }
    }

    void body(const QByteArray &, const char *data, qint64 size) override
    {
        if (m_error == 0 && m_file.write(data, size) != size) {
            m_error = 507;
            m_detail = m_file.errorString();
        }
    }

    QHttpServerResponse finish() override
    {
        QString error;
        if (m_error == 0) {
            m_file.close();
            if (!DurableFile::syncFile(m_file.fileName(), &error)) {
                m_error = 507;
                m_detail = error;
            }
        }
        if (m_error == 400) {
            return ApiError::refuse(m_ctx, 400, QStringLiteral("bad_name"), QCoreApplication::translate("BenchSinkRoute", "文件名无效。"),
                                    QString(), m_object, m_detail);
        }
        if (m_error != 0) {
            return ApiError::refuse(m_ctx, 507, QStringLiteral("storage"),
                                    QCoreApplication::translate("BenchSinkRoute", "服务器无法保存文件（存储错误）。"), QString(), m_object,
                                    m_detail);
        }
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Created);
    }

private:
    ReceiverContext *m_ctx;
    QString m_object;
    QFile m_file;
    int m_error = 0;
    QString m_detail;
};

} // namespace

namespace BenchSinkRoute {

HttpFront::StreamRoute route(ReceiverContext *ctx)
{
    return [ctx](const HttpFront::RequestHead &head) -> std::unique_ptr<HttpFront::StreamHandler> {
        static const QByteArray prefix = QByteArrayLiteral("/bench/sink/");
        const QByteArray path = head.path();
        if (head.method != "PUT" || !path.startsWith(prefix))
            return nullptr;
        return std::make_unique<SinkHandler>(ctx, QString::fromUtf8(QByteArray::fromPercentEncoding(path.mid(prefix.size()))));
    };
}

} // namespace BenchSinkRoute
