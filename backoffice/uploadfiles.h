#pragma once
// UploadFiles: where the bytes of a tus upload live and how they move — uploads/<id>.part while
// open, files/<device>/<evidence id> once complete and verified, quarantine/<id> on a hash
// mismatch — and the link between completed uploads and what manifests promised
// (expected_files).

#include <QString>

struct ReceiverContext;

namespace UploadFiles {

// The directory name under files/ for a device ('' → "_open", the unsigned --open-tus clients).
QString deviceDir(const QString &deviceId);

// Appends data at offset to the file (truncating anything past offset first, e.g. bytes written
// before a crash that were never acknowledged), then fsyncs. Errors in English (for the log).
bool appendDurably(const QString &path, qint64 offset, const QByteArray &data, QString *error);

// Marks every expected_files row of (device, evidence) that is still pending: verified when its
// hash equals actualHash (same algorithm), mismatch otherwise. Returns false when a row of the
// manifest disagrees with the bytes (the upload must then be quarantined).
bool matchExpected(ReceiverContext *ctx, const QString &deviceId, const QString &evidenceId, const QString &uploadId,
                   const QString &hashAlg, const QString &actualHash, bool dryRun);

} // namespace UploadFiles
