#include "recordertypes.h"

#include <ctime>

namespace {
struct MarkerKey {
    MarkerType type;
    const char *key;
};
// Stored keys; the store's CHECK constraint lists the same words.
constexpr MarkerKey kMarkerKeys[] = {
    {MarkerType::ShowCredentials, "show_credentials"},
    {MarkerType::Notify, "notify"},
    {MarkerType::Question, "question"},
    {MarkerType::Statement, "statement"},
    {MarkerType::Sign, "sign"},
    {MarkerType::Serve, "serve"},
    {MarkerType::Other, "other"},
};
} // namespace

QString markerTypeKey(MarkerType type)
{
    for (const MarkerKey &k : kMarkerKeys) {
        if (k.type == type)
            return QString::fromLatin1(k.key);
    }
    return QStringLiteral("other");
}

bool markerTypeFromKey(const QString &key, MarkerType *out)
{
    for (const MarkerKey &k : kMarkerKeys) {
        if (key == QLatin1String(k.key)) {
            if (out)
                *out = k.type;
            return true;
        }
    }
    return false;
}

void registerRecorderMetaTypes()
{
    qRegisterMetaType<RecorderState>();
    qRegisterMetaType<RecordingMode>();
    qRegisterMetaType<MarkerType>();
    qRegisterMetaType<RecordingStarted>();
    qRegisterMetaType<SegmentOpened>();
    qRegisterMetaType<SegmentClosed>();
    qRegisterMetaType<MarkerAdded>();
    qRegisterMetaType<RecordingStopped>();
    qRegisterMetaType<PhotoTaken>();
    qRegisterMetaType<RecorderError>();
}

qint64 monotonicNowNs()
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}
