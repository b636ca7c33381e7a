#pragma once
// Base64Strict: decodes standard base64 (RFC 4648 §4, `+` `/`) refusing anything else —
// characters outside the alphabet, padding in the middle, impossible lengths. Qt's decoder
// alone skips or tolerates such input, which a wire parser must not.

#include <QByteArray>

namespace Base64Strict {

enum class Padding { Required, Optional };

bool decode(const QByteArray &text, QByteArray *out, Padding padding = Padding::Required);

} // namespace Base64Strict
