#pragma once
// StorageInfo: free space where evidence is written. An interface so that tests can inject a
// "card filling up" fault; the real backend asks the kernel (statvfs).

#include <QString>
#include <QtGlobal>

class StorageInfo
{
public:
    virtual ~StorageInfo() = default;
    // Bytes available to this process at path, or -1 when it cannot be read.
    virtual qint64 availableBytes(const QString &path) const = 0;
};

class StatvfsStorageInfo final : public StorageInfo
{
public:
    qint64 availableBytes(const QString &path) const override;
};
