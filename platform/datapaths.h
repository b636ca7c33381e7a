#pragma once
// DataPaths: where the terminal keeps its store, evidence and keys (ARCHITECTURE.md, storage
// layout). The app and fieldterm-cli resolve the same default so they always see one store.

#include <QDateTime>
#include <QString>

class DataPaths
{
public:
    // root empty = $XDG_DATA_HOME/fieldterm (QStandardPaths::GenericDataLocation).
    explicit DataPaths(const QString &root = QString());

    static QString defaultRoot();

    QString root() const { return m_root; }
    QString database() const;          // fieldterm.db
    QString evidenceRoot() const;      // evidence/
    QString evidenceDir(const QDateTime &when) const; // evidence/YYYY/MM/DD
    QString thumbnails() const;        // thumbs/ (not evidence: derived previews)
    QString keys() const;              // keys/
    QString profile() const;           // profile.json (optional; simulated default otherwise)

    // Path of a file relative to root(), as the store records it.
    QString relative(const QString &absolutePath) const;
    QString absolute(const QString &relativePath) const;

    // Creates the folders above with owner-only permissions. Returns false with *error set.
    bool ensure(QString *error) const;

private:
    QString m_root;
};

// Evidence file naming per PRODUCT.md: <deviceId>_<officerNo>_<YYYYMMDDhhmmss>_<seq>.<ext>
QString evidenceFileName(const QString &deviceId, const QString &officerNo, const QDateTime &start,
                         int seq, const QString &ext);
