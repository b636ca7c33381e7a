#include "uploadfiles.h"

#include "database.h"
#include "receivercontext.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace UploadFiles {

QString deviceDir(const QString &deviceId)
{
    return deviceId.isEmpty() ? QStringLiteral("_open") : deviceId;
}

bool appendDurably(const QString &path, qint64 offset, const QByteArray &data, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("open %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    bool ok = ::ftruncate(fd, offset) == 0;
    qint64 written = 0;
    while (ok && written < data.size()) {
        const ssize_t n = ::pwrite(fd, data.constData() + written, size_t(data.size() - written), offset + written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ok = false;
        else
            written += n;
    }
    if (ok)
        ok = ::fsync(fd) == 0;
    if (!ok)
        *error = QStringLiteral("write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    ::close(fd);
    return ok;
}

bool matchExpected(ReceiverContext *ctx, const QString &deviceId, const QString &evidenceId, const QString &uploadId,
                   const QString &hashAlg, const QString &actualHash, bool dryRun)
{
    Statement st = ctx->db->prepare("SELECT manifest_id, hash, hash_alg FROM expected_files "
                                    "WHERE device_id = ? AND evidence_id = ? AND state = 'pending'");
    st.bind(1, deviceId).bind(2, evidenceId);
    bool allMatch = true;
    QList<QPair<QString, bool>> results;
    while (st.step() == Statement::Step::Row) {
        // A manifest that states another algorithm cannot be compared with this hash: it stays
        // pending (the device re-uploads with the manifest's algorithm).
        if (st.text(2) != hashAlg)
            continue;
        const bool match = st.text(1).compare(actualHash, Qt::CaseInsensitive) == 0;
        allMatch = allMatch && match;
        results.append({st.text(0), match});
    }
    if (dryRun)
        return allMatch;
    for (const auto &r : results) {
        Statement up = ctx->db->prepare("UPDATE expected_files SET state = ?, upload_id = ? "
                                        "WHERE device_id = ? AND evidence_id = ? AND manifest_id = ?");
        up.bind(1, r.second ? QStringLiteral("verified") : QStringLiteral("mismatch")).bind(2, uploadId)
            .bind(3, deviceId).bind(4, evidenceId).bind(5, r.first);
        up.exec();
    }
    return allMatch;
}

} // namespace UploadFiles
