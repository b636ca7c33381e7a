#include "base64strict.h"

namespace Base64Strict {

namespace {
bool isAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
} // namespace

bool decode(const QByteArray &text, QByteArray *out, Padding padding)
{
    int dataLength = 0;
    while (dataLength < text.size() && isAlphabet(text.at(dataLength)))
        ++dataLength;
    int pads = 0;
    for (int i = dataLength; i < text.size(); ++i) {
        if (text.at(i) != '=')
            return false;   // a foreign character, or data after the padding
        ++pads;
    }
    if (pads > 2 || dataLength % 4 == 1)
        return false;
    if (pads > 0 && (dataLength + pads) % 4 != 0)
        return false;
    if (pads == 0 && dataLength % 4 != 0 && padding == Padding::Required)
        return false;
    QByteArray padded = text.left(dataLength);
    while (padded.size() % 4 != 0)
        padded.append('=');
    const auto result = QByteArray::fromBase64Encoding(padded, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

} // namespace Base64Strict
