#pragma once
// Hasher: SHA-256 or SM3 over bytes or whole files, through OpenSSL's EVP API. The crypto
// profile picks the algorithm: "intl" → sha256, "gm" → sm3.

#include <QByteArray>
#include <QString>

class Hasher
{
public:
    // algorithm: "sha256" or "sm3". An unknown name makes isValid() false.
    explicit Hasher(const QString &algorithm);
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    bool isValid() const { return m_ctx != nullptr; }
    QString algorithm() const { return m_algorithm; }

    void addData(const char *data, qint64 size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    QByteArray result();   // raw digest; the hasher is reset afterwards

    static bool isSupported(const QString &algorithm);
    static QByteArray hash(const QString &algorithm, const QByteArray &data);   // raw digest

    // Streams a file through the hash in 1 MiB reads. Returns the lower-case hex digest, or an
    // empty string with *error set (Chinese, names the file).
    static QString hashFileHex(const QString &algorithm, const QString &path, QString *error,
                               qint64 *bytesRead = nullptr);

private:
    void reset();
    QString m_algorithm;
    struct evp_md_ctx_st *m_ctx = nullptr;
    const struct evp_md_st *m_md = nullptr;
};
