#include "pinkdf.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace {

const char *digestName(const QString &kdf)
{
    if (kdf == QLatin1String(PinKdf::Sha256))
        return "SHA256";
    if (kdf == QLatin1String(PinKdf::Sm3))
        return "SM3";
    return nullptr;
}

// Wipes a temporary copy of secret bytes before it is freed.
struct Wiped {
    QByteArray bytes;
    ~Wiped()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

} // namespace

namespace PinKdf {

QString kdfForCryptoProfile(const QString &cryptoProfile)
{
    if (cryptoProfile == QLatin1String("intl"))
        return QLatin1String(Sha256);
    if (cryptoProfile == QLatin1String("gm"))
        return QLatin1String(Sm3);
    return QString();
}

bool isSupported(const QString &kdf)
{
    return digestName(kdf) != nullptr;
}

QByteArray derive(const QString &kdf, const QByteArray &password, const QByteArray &salt, int iterations, int keyLength)
{
    const char *digest = digestName(kdf);
    if (!digest || iterations < 1 || keyLength < 1)
        return QByteArray();
    EVP_KDF *impl = EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_PBKDF2, nullptr);
    if (!impl)
        return QByteArray();
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(impl);
    EVP_KDF_free(impl);
    if (!ctx)
        return QByteArray();

    // OSSL_PARAM wants non-const pointers; the KDF only reads them.
    Wiped pass{password};
    pass.bytes.detach();
    QByteArray saltCopy = salt;
    uint64_t iter = uint64_t(iterations);
    // pkcs5=0 would enforce SP 800-132 lower bounds (salt ≥ 128 bits, ≥ 1000 iterations; the
    // FIPS provider's default). Set explicitly off so the short known-answer vectors derive the
    // same on any provider; hashPin() meets those bounds anyway.
    int pkcs5 = 1;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>(digest), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pass.bytes.data(), size_t(pass.bytes.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(), size_t(saltCopy.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &iter),
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_PKCS5, &pkcs5),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(keyLength, Qt::Uninitialized);
    const bool ok = EVP_KDF_derive(ctx, reinterpret_cast<unsigned char *>(out.data()), size_t(keyLength), params) == 1;
    EVP_KDF_CTX_free(ctx);
    return ok ? out : QByteArray();
}

QByteArray randomSalt()
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), saltBytes) != 1)
        return QByteArray();
    return salt;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The lengths are public (always keyBytes for stored hashes); only the content is compared
    // in constant time.
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

PinHash hashPin(const QString &kdf, const QString &pin, QString *error)
{
    PinHash h;
    if (!isSupported(kdf)) {
        *error = QCoreApplication::translate("PinKdf", "不支持的 PIN 密钥派生算法 %1").arg(kdf);
        return h;
    }
    const QByteArray salt = randomSalt();
    if (salt.isEmpty()) {
        *error = QCoreApplication::translate("PinKdf", "系统随机数生成器不可用，无法设置 PIN。请重启设备后重试。");
        return h;
    }
    Wiped utf8{pin.toUtf8()};
    const QByteArray hash = derive(kdf, utf8.bytes, salt, defaultIterations);
    if (hash.isEmpty()) {
        *error = QCoreApplication::translate("PinKdf", "PIN 密钥派生失败（%1）。请重启设备后重试。").arg(kdf);
        return h;
    }
    h.kdf = kdf;
    h.iterations = defaultIterations;
    h.salt = salt;
    h.hash = hash;
    return h;
}

bool verifyPin(const PinHash &stored, const QString &pin)
{
    if (!stored.isValid())
        return false;
    Wiped utf8{pin.toUtf8()};
    const QByteArray computed = derive(stored.kdf, utf8.bytes, stored.salt, stored.iterations, int(stored.hash.size()));
    return !computed.isEmpty() && constantTimeEquals(computed, stored.hash);
}

} // namespace PinKdf
