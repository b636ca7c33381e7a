#include "deviceidentity.h"

#include "hasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {0};
    ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return QString::fromLatin1(buf);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, int(n)) : QByteArray();
}

// The digest-sign/verify context for the algorithm: no pre-hash for Ed25519; SM3 with the
// distinguishing ID for SM2. Owns both contexts (EVP_MD_CTX does not free a pkey context that
// was set on it with EVP_MD_CTX_set_pkey_ctx).
struct DigestContext {
    EVP_MD_CTX *md = nullptr;
    EVP_PKEY_CTX *pctx = nullptr;

    DigestContext(EVP_PKEY *key, DeviceIdentity::Algorithm algorithm, bool signing)
    {
        md = EVP_MD_CTX_new();
        if (!md)
            return;
        const EVP_MD *digest = nullptr;
        if (algorithm == DeviceIdentity::Algorithm::Sm2) {
            pctx = EVP_PKEY_CTX_new(key, nullptr);
            if (!pctx || EVP_PKEY_CTX_set1_id(pctx, DeviceIdentity::sm2DistinguishingId,
                                              int(std::strlen(DeviceIdentity::sm2DistinguishingId))) <= 0) {
                release();
                return;
            }
            EVP_MD_CTX_set_pkey_ctx(md, pctx);
            digest = EVP_sm3();
        }
        const int ok = signing ? EVP_DigestSignInit(md, nullptr, digest, nullptr, key)
                               : EVP_DigestVerifyInit(md, nullptr, digest, nullptr, key);
        if (ok != 1)
            release();
    }
    ~DigestContext() { release(); }
    DigestContext(const DigestContext &) = delete;
    DigestContext &operator=(const DigestContext &) = delete;
    void release()
    {
        EVP_MD_CTX_free(md);
        EVP_PKEY_CTX_free(pctx);
        md = nullptr;
        pctx = nullptr;
    }
};

bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    const QByteArray native = QFile::encodeName(part);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    bool ok = fd >= 0;
    ok = ok && ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    ok = ok && ::rename(native.constData(), QFile::encodeName(path).constData()) == 0;
    if (ok) {
        const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
        return true;
    }
    *error = QString::fromLocal8Bit(strerror(errno));
    QFile::remove(part);
    return false;
}

} // namespace

DeviceIdentity::~DeviceIdentity()
{
    EVP_PKEY_free(m_key);
}

DeviceIdentity::Algorithm DeviceIdentity::forCryptoProfile(const QString &cryptoProfile)
{
    return cryptoProfile == QLatin1String("gm") ? Algorithm::Sm2 : Algorithm::Ed25519;
}

QString DeviceIdentity::algorithmKey(Algorithm algorithm)
{
    return algorithm == Algorithm::Sm2 ? QStringLiteral("sm2-sm3") : QStringLiteral("ed25519");
}

QString DeviceIdentity::keyFileName(Algorithm algorithm)
{
    return QStringLiteral("device-%1.pem").arg(algorithmKey(algorithm));
}

bool DeviceIdentity::loadOrCreate(const QString &keysDir, Algorithm algorithm, QString *error, bool *created)
{
    return loadOrCreateFile(QDir(keysDir).filePath(keyFileName(algorithm)), algorithm, error, created);
}

bool DeviceIdentity::loadOrCreateFile(const QString &path, Algorithm algorithm, QString *error, bool *created)
{
    const QString keysDir = QFileInfo(path).absolutePath();
    if (created)
        *created = false;
    EVP_PKEY_free(m_key);
    m_key = nullptr;
    m_algorithm = algorithm;
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("DeviceIdentity", "无法读取设备密钥 %1（%2）。请检查存储卡。").arg(path, f.errorString());
            return false;
        }
        const QByteArray pem = f.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        m_key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        const bool matches = m_key && (algorithm == Algorithm::Sm2 ? EVP_PKEY_is_a(m_key, "SM2") : EVP_PKEY_is_a(m_key, "ED25519"));
        if (!matches) {
            EVP_PKEY_free(m_key);
            m_key = nullptr;
            *error = QCoreApplication::translate("DeviceIdentity", "设备密钥 %1 已损坏或不是 %2 密钥。请联系管理员重新登记本设备。")
                         .arg(path, algorithmKey(algorithm));
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(keysDir)) {
        *error = QCoreApplication::translate("DeviceIdentity", "无法创建密钥目录 %1。请检查存储卡是否可写。").arg(keysDir);
        return false;
    }
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm == Algorithm::Sm2 ? "SM2" : "ED25519");
    if (!key) {
        *error = QCoreApplication::translate("DeviceIdentity", "生成设备密钥失败（%1）。").arg(opensslError());
        return false;
    }
    BIO *bio = BIO_new(BIO_s_mem());
    const bool pemOk = PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    const QByteArray pem = bioBytes(bio);
    BIO_free(bio);
    QString detail;
    if (!pemOk || !writeOwnerOnly(path, pem, &detail)) {
        EVP_PKEY_free(key);
        *error = QCoreApplication::translate("DeviceIdentity", "无法保存设备密钥 %1（%2）。请检查存储卡是否可写。")
                     .arg(path, pemOk ? detail : opensslError());
        return false;
    }
    m_key = key;
    if (created)
        *created = true;
    return true;
}

QByteArray DeviceIdentity::publicKeyPem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key);
    const QByteArray pem = bioBytes(bio);
    BIO_free(bio);
    return pem;
}

QByteArray DeviceIdentity::publicKeyDer() const
{
    if (!m_key)
        return {};
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(m_key, &der);
    const QByteArray out = n > 0 ? QByteArray(reinterpret_cast<const char *>(der), n) : QByteArray();
    OPENSSL_free(der);
    return out;
}

QString DeviceIdentity::fingerprintOfPem(const QByteArray &pem)
{
    QByteArray base64;
    for (const QByteArray &line : pem.split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.isEmpty() && !l.startsWith("-----"))
            base64 += l;
    }
    const QByteArray der = QByteArray::fromBase64(base64);
    return der.isEmpty() ? QString() : QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), der).toHex());
}

QString DeviceIdentity::fingerprint() const
{
    return QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), publicKeyDer()).toHex());
}

QByteArray DeviceIdentity::sign(const QByteArray &data, QString *error) const
{
    if (!m_key) {
        *error = QCoreApplication::translate("DeviceIdentity", "设备密钥未加载，无法签名。");
        return {};
    }
    DigestContext ctx(m_key, m_algorithm, true);
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    QByteArray sig;
    if (ctx.md && EVP_DigestSign(ctx.md, nullptr, &len, in, size_t(data.size())) == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(ctx.md, reinterpret_cast<unsigned char *>(sig.data()), &len, in, size_t(data.size())) == 1)
            sig.resize(qsizetype(len));
        else
            sig.clear();
    }
    if (sig.isEmpty())
        *error = QCoreApplication::translate("DeviceIdentity", "签名失败（%1）。").arg(opensslError());
    return sig;
}

bool DeviceIdentity::verify(const QByteArray &publicKeyPem, Algorithm algorithm, const QByteArray &data,
                            const QByteArray &signature, QString *error)
{
    BIO *bio = BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key) {
        *error = QCoreApplication::translate("DeviceIdentity", "公钥无法读取。");
        return false;
    }
    bool ok = false;
    {
        DigestContext ctx(key, algorithm, false);
        ok = ctx.md
            && EVP_DigestVerify(ctx.md, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) == 1;
    }
    EVP_PKEY_free(key);
    ERR_clear_error();
    if (!ok)
        *error = QCoreApplication::translate("DeviceIdentity", "签名与数据不符。");
    return ok;
}
