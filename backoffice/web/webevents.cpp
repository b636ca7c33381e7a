#include "webevents.h"

#include "receiverstore.h"

#include <QJsonDocument>

namespace WebEvents {

QString isoUtc(qint64 unixSecs)
{
    return ReceiverStore::isoFromSecs(unixSecs);
}

void record(Database &db, qint64 nowSecs, const QString &actor, const QString &action, const QString &object,
            const QJsonObject &details)
{
    ReceiverStore::logEvent(db, nowSecs, actor, action, object,
                            details.isEmpty() ? QString()
                                              : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

} // namespace WebEvents
