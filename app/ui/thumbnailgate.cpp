#include "thumbnailgate.h"

#include "domainstore.h"
#include "uilogging.h"
#include "viewaudit.h"

#include <QCoreApplication>
#include <QUrl>

ThumbnailGate::ThumbnailGate(QObject *parent)
    : QObject(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &ThumbnailGate::flush);
}

ThumbnailGate::Audit ThumbnailGate::signedInAudit(DomainStore *store, const QString &list)
{
    return [store, list](const QStringList &recordingIds) -> QString {
        if (!store->isOpen())
            return QCoreApplication::translate("ThumbnailGate", "证据数据库尚未就绪，请稍候再试。");
        if (!store->current())
            return QCoreApplication::translate("ThumbnailGate", "请先登录。");
        ViewAudit audit(store->db(), store->audit());
        return audit.recordingThumbnailsShown(store->current()->officer(), recordingIds, list);
    };
}

void ThumbnailGate::request(const QString &recordingId)
{
    if (recordingId.isEmpty() || m_revealed.contains(recordingId) || m_pending.contains(recordingId))
        return;
    m_pending << recordingId;
    m_flush.start();
}

QString ThumbnailGate::url(const QString &recordingId, const QString &path) const
{
    return path.isEmpty() || !isRevealed(recordingId) ? QString() : QUrl::fromLocalFile(path).toString();
}

bool ThumbnailGate::isPending(const QString &recordingId, const QString &path, bool audioOnly) const
{
    return !audioOnly && !path.isEmpty() && !isRevealed(recordingId);
}

void ThumbnailGate::reset()
{
    m_flush.stop();
    m_pending.clear();
    m_revealed.clear();
}

void ThumbnailGate::flush()
{
    const QStringList ids = std::exchange(m_pending, {});
    if (ids.isEmpty())
        return;
    const QString refusal = m_audit ? m_audit(ids)
                                    : QCoreApplication::translate("ThumbnailGate", "证据数据库尚未就绪，请稍候再试。");
    if (!refusal.isEmpty()) {
        qCWarning(lcUi).noquote() << "thumbnails not shown:" << ids.size() << "recordings:" << refusal;
        emit refused(refusal);
        return;
    }
    for (const QString &id : ids)
        m_revealed.insert(id);
    emit revealed(ids);
}
