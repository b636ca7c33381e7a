#pragma once
// PinKdf: turns an officer's PIN into the hash the store keeps, with PBKDF2 through OpenSSL 3's
// EVP_KDF. Two KDFs, named as stored in officers.pin_kdf:
//   "pbkdf2-sha256"  PBKDF2-HMAC-SHA256 (crypto profile "intl")
//   "pbkdf2-sm3"     PBKDF2-HMAC-SM3    (crypto profile "gm": the SM3-based KDF)
// A PIN has only 10^6..10^12 values, so the cost per guess is what protects it: hashPin() always
// uses defaultIterations (the schema refuses fewer) and a fresh 16-byte random salt per hash.
// derive() is the raw primitive (any iteration count) so known-answer tests can be cheap.
//
// Everything here is pure and thread-safe: the UI runs it on a worker thread (~0.5 s per PIN).

#include <QByteArray>
#include <QString>

namespace PinKdf {

inline constexpr int defaultIterations = 600000;   // OWASP 2023 figure for PBKDF2-HMAC-SHA256
inline constexpr int saltBytes = 16;
inline constexpr int keyBytes = 32;

inline constexpr char Sha256[] = "pbkdf2-sha256";
inline constexpr char Sm3[] = "pbkdf2-sm3";

// "intl" → "pbkdf2-sha256", "gm" → "pbkdf2-sm3"; anything else → empty.
QString kdfForCryptoProfile(const QString &cryptoProfile);
bool isSupported(const QString &kdf);

// PBKDF2 of password over salt. Empty on failure (unknown kdf, iterations < 1, OpenSSL error).
QByteArray derive(const QString &kdf, const QByteArray &password, const QByteArray &salt, int iterations,
                  int keyLength = keyBytes);

QByteArray randomSalt();   // saltBytes from RAND_bytes; empty if the generator fails

// Equality that takes the same time wherever the first difference is (CRYPTO_memcmp).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// What the store keeps about a PIN (hex in the database).
struct PinHash {
    QString kdf;
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
    bool isValid() const { return isSupported(kdf) && iterations > 0 && !salt.isEmpty() && hash.size() == keyBytes; }
};

// A new salt and defaultIterations. On failure returns an invalid PinHash with *error set.
PinHash hashPin(const QString &kdf, const QString &pin, QString *error);
// Recomputes with the stored parameters and compares in constant time.
bool verifyPin(const PinHash &stored, const QString &pin);

} // namespace PinKdf
