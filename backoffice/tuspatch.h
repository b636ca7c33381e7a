#pragma once
// TusPatch: the tus PATCH request (docs/PROTOCOL.md §4), streamed. HttpFront hands over the
// request head; everything that can be checked before the body (signature, upload, offset,
// sizes, checksum algorithm) is checked then, and a refused request's body is read and dropped,
// never stored. Accepted bytes are hashed (Content-Digest, Upload-Checksum, the upload's running
// whole-file hash) and written to the .part file while they arrive, with writeback started every
// MiB; at the end the digests are compared and the chunk acknowledged. Its fsync and offset
// commit trail by one chunk (TusUploads::trail; the last chunk's do not), so the database — and
// HEAD after a crash — only ever names bytes on disk.

#include "httpfront.h"

#include <memory>

class RequestVerifier;
class TusUploads;

namespace TusPatch {

// A handler for PATCH /tus/<id>; null for any other request.
std::unique_ptr<HttpFront::StreamHandler> claim(const std::shared_ptr<TusUploads> &uploads, RequestVerifier *verifier,
                                                const HttpFront::RequestHead &head);

} // namespace TusPatch
