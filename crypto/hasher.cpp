#include "hasher.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace {
const EVP_MD *digestFor(const QString &algorithm)
{
    if (algorithm == QLatin1String("sha256"))
        return EVP_sha256();
    if (algorithm == QLatin1String("sm3"))
        return EVP_sm3();
    return nullptr;
}
} // namespace

Hasher::Hasher(const QString &algorithm)
    : m_algorithm(algorithm)
    , m_md(digestFor(algorithm))
{
    if (m_md) {
        m_ctx = EVP_MD_CTX_new();
        reset();
    }
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(m_ctx);
}

void Hasher::reset()
{
    if (m_ctx && EVP_DigestInit_ex(m_ctx, m_md, nullptr) != 1) {
        EVP_MD_CTX_free(m_ctx);
        m_ctx = nullptr;
    }
}

void Hasher::addData(const char *data, qint64 size)
{
    if (m_ctx && size > 0)
        EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray Hasher::result()
{
    if (!m_ctx)
        return QByteArray();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, out, &len);
    reset();
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

bool Hasher::isSupported(const QString &algorithm)
{
    return digestFor(algorithm) != nullptr;
}

QByteArray Hasher::hash(const QString &algorithm, const QByteArray &data)
{
    Hasher h(algorithm);
    h.addData(data);
    return h.result();
}

QString Hasher::hashFileHex(const QString &algorithm, const QString &path, QString *error, qint64 *bytesRead)
{
    Hasher h(algorithm);
    if (!h.isValid()) {
        *error = QCoreApplication::translate("Hasher", "不支持的摘要算法 %1").arg(algorithm);
        return QString();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Hasher", "无法读取文件 %1：%2").arg(path, f.errorString());
        return QString();
    }
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0) {
            *error = QCoreApplication::translate("Hasher", "读取文件 %1 时出错：%2").arg(path, f.errorString());
            return QString();
        }
        if (n == 0)
            break;
        h.addData(buf.constData(), n);
        total += n;
    }
    if (bytesRead)
        *bytesRead = total;
    return QString::fromLatin1(h.result().toHex());
}
