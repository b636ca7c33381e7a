#include "packagereader.h"

#include "hasher.h"

#include <QCoreApplication>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

struct ReadDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};

} // namespace

namespace PackageReader {

bool read(const QString &path, PackageContents *out, QString *error)
{
    std::unique_ptr<archive, ReadDeleter> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK) {
        *error = QCoreApplication::translate("PackageReader", "无法打开证据包 %1：%2")
                     .arg(path, QString::fromUtf8(archive_error_string(a.get())));
        return false;
    }
    archive_entry *entry = nullptr;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            *error = QCoreApplication::translate("PackageReader", "证据包已损坏：%1")
                         .arg(QString::fromUtf8(archive_error_string(a.get())));
            return false;
        }
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const bool isFile = name.startsWith(QLatin1String("files/"));
        Hasher sha(QStringLiteral("sha256"));
        Hasher sm3(QStringLiteral("sm3"));
        QByteArray bytes;
        qint64 size = 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), size_t(buffer.size()));
            if (n < 0) {
                *error = QCoreApplication::translate("PackageReader", "读取证据包条目 %1 失败：%2")
                             .arg(name, QString::fromUtf8(archive_error_string(a.get())));
                return false;
            }
            if (n == 0)
                break;
            size += n;
            if (isFile) {
                sha.addData(buffer.constData(), n);
                sm3.addData(buffer.constData(), n);
            } else {
                if (size > maxInMemoryEntry) {
                    *error = QCoreApplication::translate("PackageReader", "证据包条目 %1 过大").arg(name);
                    return false;
                }
                bytes.append(buffer.constData(), n);
            }
        }
        if (isFile) {
            out->files.insert(name, {QString::fromLatin1(sha.result().toHex()), QString::fromLatin1(sm3.result().toHex()), size});
        } else {
            out->entries.insert(name, bytes);
        }
    }
    return true;
}

} // namespace PackageReader
