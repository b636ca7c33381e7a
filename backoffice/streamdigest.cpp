#include "streamdigest.h"

#include <QString>

#include <openssl/evp.h>

StreamDigest::StreamDigest(const char *name)
{
    const EVP_MD *md = EVP_get_digestbyname(name);
    if (!md)
        return;
    m_ctx = EVP_MD_CTX_new();
    if (m_ctx && EVP_DigestInit_ex(m_ctx, md, nullptr) != 1) {
        EVP_MD_CTX_free(m_ctx);
        m_ctx = nullptr;
    }
}

StreamDigest::~StreamDigest()
{
    EVP_MD_CTX_free(m_ctx);
}

std::unique_ptr<StreamDigest> StreamDigest::forFileHash(const QString &hashAlg)
{
    const char *name = hashAlg == QLatin1String("sha256") ? "SHA256" : hashAlg == QLatin1String("sm3") ? "SM3" : nullptr;
    if (!name)
        return nullptr;
    auto digest = std::make_unique<StreamDigest>(name);
    return digest->isValid() ? std::move(digest) : nullptr;
}

void StreamDigest::update(const char *data, qint64 size)
{
    if (m_ctx && size > 0)
        EVP_DigestUpdate(m_ctx, data, size_t(size));
}

std::unique_ptr<StreamDigest> StreamDigest::copy() const
{
    std::unique_ptr<StreamDigest> out(new StreamDigest);
    if (m_ctx) {
        out->m_ctx = EVP_MD_CTX_new();
        if (out->m_ctx && EVP_MD_CTX_copy_ex(out->m_ctx, m_ctx) != 1) {
            EVP_MD_CTX_free(out->m_ctx);
            out->m_ctx = nullptr;
        }
    }
    return out;
}

QByteArray StreamDigest::result()
{
    if (!m_ctx)
        return QByteArray();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_ctx, out, &len) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}
