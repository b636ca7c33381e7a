#include "mediaresponse.h"

#include "weblogging.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace MediaResponse {

RangeParse parseRange(const QByteArray &header, qint64 size, Range *range)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty() || !value.startsWith("bytes="))
        return RangeParse::None;
    const QByteArray spec = value.mid(6).trimmed();
    if (spec.contains(','))
        return RangeParse::None;   // several ranges: answer with the whole file
    const int dash = spec.indexOf('-');
    if (dash < 0)
        return RangeParse::None;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    bool okA = true;
    bool okB = true;
    qint64 first = 0;
    qint64 last = size - 1;
    if (a.isEmpty()) {
        const qint64 suffix = b.toLongLong(&okB);
        if (!okB || suffix <= 0)
            return okB ? RangeParse::Unsatisfiable : RangeParse::None;
        first = qMax<qint64>(0, size - suffix);
    } else {
        first = a.toLongLong(&okA);
        if (!b.isEmpty())
            last = qMin(size - 1, b.toLongLong(&okB));
        if (!okA || !okB || first < 0)
            return RangeParse::None;
        if (!b.isEmpty() && b.toLongLong() < first)
            return RangeParse::None;   // syntactically invalid: ignored (RFC 9110 §14.1.1)
    }
    if (size == 0 || first >= size)
        return RangeParse::Unsatisfiable;
    range->first = first;
    range->last = qMin(last, first + maxSlice - 1);
    return RangeParse::Ok;
}

void send(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QString &path,
          const QByteArray &mimeType, const QByteArray &contentDisposition)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcWeb) << "cannot open stored file" << path << file->errorString();
        delete file;
        responder.write(QByteArray("{\"error\":\"not_found\"}"), QByteArray("application/json"),
                        QHttpServerResponder::StatusCode::NotFound);
        return;
    }
    const qint64 size = file->size();
    const QByteArray disposition = contentDisposition.isEmpty() ? QByteArray("inline") : contentDisposition;
    Range range;
    switch (parseRange(request.value("Range"), size, &range)) {
    case RangeParse::Unsatisfiable:
        delete file;
        responder.write(QByteArray(),
                        {{"Content-Type", mimeType}, {"Content-Range", "bytes */" + QByteArray::number(size)},
                         {"Accept-Ranges", "bytes"}},
                        QHttpServerResponder::StatusCode::RequestRangeNotSatisfiable);
        return;
    case RangeParse::Ok: {
        file->seek(range.first);
        const QByteArray slice = file->read(range.last - range.first + 1);
        delete file;
        const QByteArray contentRange = "bytes " + QByteArray::number(range.first) + '-'
            + QByteArray::number(range.first + slice.size() - 1) + '/' + QByteArray::number(size);
        responder.write(slice,
                        {{"Content-Type", mimeType}, {"Content-Range", contentRange}, {"Accept-Ranges", "bytes"},
                         {"Content-Disposition", disposition}, {"Cache-Control", "private, no-store"}},
                        QHttpServerResponder::StatusCode::PartialContent);
        return;
    }
    case RangeParse::None:
        break;
    }
    // The responder streams the file and owns it from here.
    responder.write(file,
                    {{"Content-Type", mimeType}, {"Accept-Ranges", "bytes"}, {"Content-Disposition", disposition},
                     {"Cache-Control", "private, no-store"}},
                    QHttpServerResponder::StatusCode::Ok);
}

} // namespace MediaResponse
