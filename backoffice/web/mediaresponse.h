#pragma once
// MediaResponse: sends a stored evidence file with the right Content-Type and HTTP range
// support (RFC 9110 §14), so <video> can seek: a single `bytes=` range → 206 with
// Content-Range (at most maxSlice bytes per answer; the browser asks for the rest), an
// unsatisfiable one → 416, none (or several) → 200 streamed from disk.

#include <QByteArray>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponder;

namespace MediaResponse {

inline constexpr qint64 maxSlice = 8 * 1024 * 1024;

struct Range {
    qint64 first = 0;
    qint64 last = 0;   // inclusive
};
enum class RangeParse { None, Ok, Unsatisfiable };
// Parses a Range header value against a file of `size` bytes (slices longer than maxSlice are shortened).
RangeParse parseRange(const QByteArray &header, qint64 size, Range *range);

void send(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QString &path,
          const QByteArray &mimeType, const QByteArray &contentDisposition = {});

} // namespace MediaResponse
