#pragma once
// DeviceIdentity: the device's own signing key pair, by crypto profile —
//   intl → Ed25519;
//   gm   → SM2 signatures over SM3, with the SM2 distinguishing ID set explicitly to
//          "1234567812345678" (GM/T 0009's default), so any verifier can reproduce it
//          (`openssl pkeyutl -verify … -digest sm3 -pkeyopt distid:1234567812345678`).
// The private key is generated on first use into <keys>/device-<algorithm>.pem, owner-only
// (0600, written to a .part, fsync'd, renamed), and loaded afterwards; it never leaves this
// class except as that file. Everything goes through OpenSSL 3's EVP API.

#include <QByteArray>
#include <QString>

struct evp_pkey_st;

class DeviceIdentity
{
public:
    enum class Algorithm { Ed25519, Sm2 };
    static constexpr const char *sm2DistinguishingId = "1234567812345678";

    DeviceIdentity() = default;
    ~DeviceIdentity();
    DeviceIdentity(const DeviceIdentity &) = delete;
    DeviceIdentity &operator=(const DeviceIdentity &) = delete;

    static Algorithm forCryptoProfile(const QString &cryptoProfile);   // "gm" → Sm2, else Ed25519
    static QString algorithmKey(Algorithm algorithm);                  // "ed25519" | "sm2-sm3"
    static QString keyFileName(Algorithm algorithm);                   // "device-ed25519.pem" …

    // Loads the key from keysDir, or creates it when absent (*created = true). Errors are
    // Chinese and say what to do.
    bool loadOrCreate(const QString &keysDir, Algorithm algorithm, QString *error, bool *created = nullptr);
    // The same with an explicit key file (the receiver keeps keys/receiver-<algorithm>.pem).
    bool loadOrCreateFile(const QString &path, Algorithm algorithm, QString *error, bool *created = nullptr);
    bool isValid() const { return m_key != nullptr; }
    Algorithm algorithm() const { return m_algorithm; }

    QByteArray publicKeyPem() const;
    QByteArray publicKeyDer() const;
    QString fingerprint() const;   // SHA-256 of the DER public key, lower-case hex
    // The same fingerprint of a public key given as PEM (what `openssl pkey -pubin -outform DER
    // | sha256sum` prints); empty when it is not PEM.
    static QString fingerprintOfPem(const QByteArray &publicKeyPem);

    // The signature of data (Ed25519: 64 bytes; SM2: DER-encoded r, s). Empty on failure.
    QByteArray sign(const QByteArray &data, QString *error) const;
    static bool verify(const QByteArray &publicKeyPem, Algorithm algorithm, const QByteArray &data,
                       const QByteArray &signature, QString *error);

private:
    evp_pkey_st *m_key = nullptr;
    Algorithm m_algorithm = Algorithm::Ed25519;
};
