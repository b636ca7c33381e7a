#pragma once
// StorageInfo: free space where evidence is written, and which volume holds it. An interface so
// that tests can inject a "card filling up" or "card pulled" fault; the real backend asks the
// kernel (statvfs, stat).

#include <QString>
#include <QtGlobal>

class StorageInfo
{
public:
    virtual ~StorageInfo() = default;
    // Bytes available to this process at path, or -1 when it cannot be read.
    virtual qint64 availableBytes(const QString &path) const = 0;
    // The volume (device number) holding path, or -1 when path cannot be reached — a card
    // unmounted under a recording shows as a change of volume or as -1.
    virtual qint64 volumeId(const QString &path) const;
    // True when path is where a volume is mounted (its volume differs from its parent's).
    bool isMountPoint(const QString &path) const;
};

class StatvfsStorageInfo final : public StorageInfo
{
public:
    qint64 availableBytes(const QString &path) const override;
};
