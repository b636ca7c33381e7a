#pragma once
// StreamDigest: one OpenSSL EVP digest fed in pieces, copyable mid-stream — the receiver hashes
// request bodies while they arrive (Content-Digest, Upload-Checksum) and keeps a running hash of
// each open upload between PATCHes, so a finished file need not be read again.

#include <QByteArray>

#include <memory>

class StreamDigest
{
public:
    // name: an OpenSSL digest name ("SHA256", "SHA1", "SHA512", "SM3"); isValid() false if unknown.
    explicit StreamDigest(const char *name);
    ~StreamDigest();
    StreamDigest(const StreamDigest &) = delete;
    StreamDigest &operator=(const StreamDigest &) = delete;

    // The digest for a file hash algorithm of the protocol ("sha256", "sm3"); null if unknown.
    static std::unique_ptr<StreamDigest> forFileHash(const QString &hashAlg);

    bool isValid() const { return m_ctx != nullptr; }
    void update(const char *data, qint64 size);
    std::unique_ptr<StreamDigest> copy() const;   // the same state, independent from here on
    QByteArray result();                           // raw digest; no update after this

private:
    StreamDigest() = default;
    struct evp_md_ctx_st *m_ctx = nullptr;
};
