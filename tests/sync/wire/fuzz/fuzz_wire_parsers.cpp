// libFuzzer target for the parsers that read bytes from the other side of the wire: structured
// field dictionaries and items, Signature-Input/Signature (parse, coverage and signature-base
// rebuilding), Content-Digest, tus Upload-Metadata, Manifest-/Receipt-Signature headers. The first
// input byte picks the parser; the rest is the header value (for signatures: two values split at
// the first newline). Nothing may crash, leak or hang; a parse that fails must say why.
//
// Built with -fsanitize=fuzzer,address by `tools/fuzz.sh SECONDS fuzz_wire_parsers`; in the
// normal build a small main() replays the seed corpus (ctest wire.fuzz_corpus).

#include "contentdigest.h"
#include "messagesignature.h"
#include "signedjson.h"
#include "structuredfield.h"
#include "tusmetadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

void mustSayWhy(bool ok, const QString &error)
{
    if (!ok && error.isEmpty()) {
        std::fprintf(stderr, "a refused input must say why\n");
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray value = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0: {
        StructuredField::Dictionary dict;
        QByteArray error;
        if (StructuredField::parseDictionary(value, &dict, &error))
            (void)StructuredField::serializeDictionary(dict);
        else if (error.isEmpty())
            __builtin_trap();
        break;
    }
    case 1: {
        const qsizetype split = value.indexOf('\n');
        MessageSignature::Request request;
        request.method = "PATCH";
        request.targetUri = "http://127.0.0.1:8088/tus/abc";
        request.headers = {{"signature-input", value.left(split < 0 ? value.size() : split)},
                           {"signature", split < 0 ? QByteArray() : value.mid(split + 1)},
                           {"content-digest", "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"},
                           {"upload-offset", "0"}};
        MessageSignature::Parsed parsed;
        QString error;
        const bool ok = MessageSignature::parse(request, &parsed, &error);
        mustSayWhy(ok, error);
        if (ok) {
            QByteArray base;
            (void)MessageSignature::checkCoverage(request, parsed, true, &error);
            (void)MessageSignature::signatureBase(request, parsed.components, parsed.serializedParams, &base, &error);
        }
        break;
    }
    case 2: {
        QString detail;
        (void)ContentDigest::check(value, QByteArrayLiteral("{\"hello\": \"world\"}"), &detail);
        break;
    }
    case 3: {
        TusMetadata::Pairs pairs;
        QString error;
        const bool ok = TusMetadata::decode(value, &pairs, &error);
        mustSayWhy(ok, error);
        if (ok)
            (void)TusMetadata::encode(pairs);
        break;
    }
    default: {
        QByteArray signature;
        QString error;
        mustSayWhy(SignedJson::parseSignatureHeader(value, &signature, &error), error);
        break;
    }
    }
    return 0;
}

#ifndef FIELDTERM_LIBFUZZER
// Replays the files in the directories given on the command line; exit 0 when every input ran.
int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++count;
        }
    }
    std::printf("replayed %d inputs\n", count);
    return count > 0 ? 0 : 1;
}
#endif
