#include "storagestatus.h"

#include "storageinfo.h"

#include <QJSEngine>

namespace {
StorageStatus *s_instance = nullptr;
}

StorageStatus::StorageStatus(const StorageInfo *storage, const QString &path, qint64 reserveMB, int bitrateKbps,
                             QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_path(path)
    , m_reserveMB(reserveMB)
    , m_bitrateKbps(bitrateKbps)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &StorageStatus::refresh);
    m_timer.start();
    refresh();
}

StorageStatus::~StorageStatus()
{
    if (s_instance == this)
        s_instance = nullptr;
}

StorageStatus *StorageStatus::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void StorageStatus::setInstance(StorageStatus *instance) { s_instance = instance; }

int StorageStatus::minutesFor(qint64 availableBytes, qint64 reserveBytes, int bitrateKbps)
{
    if (availableBytes <= reserveBytes || bitrateKbps <= 0)
        return 0;
    const double bytesPerMinute = bitrateKbps * 1000.0 / 8.0 * 60.0;
    return int((availableBytes - reserveBytes) / bytesPerMinute);
}

int StorageStatus::minutesLeft() const
{
    return minutesFor(m_available, m_reserveMB * 1048576, m_bitrateKbps);
}

bool StorageStatus::low() const
{
    return m_available < 0 || minutesLeft() < 30;
}

void StorageStatus::refresh()
{
    const qint64 available = m_storage->availableBytes(m_path);
    if (available == m_available)
        return;
    m_available = available;
    emit changed();
}
