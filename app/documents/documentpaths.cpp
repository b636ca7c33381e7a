#include "documentpaths.h"

#include "datapaths.h"
#include "documentnumber.h"

#include <QDir>

QString DocumentPaths::root(const DataPaths &paths)
{
    return QDir(paths.root()).filePath(QStringLiteral("documents"));
}

QString DocumentPaths::relativePdfPath(const QDateTime &lockedAt, const QString &number, int version)
{
    const QDate d = lockedAt.toLocalTime().date();
    return QStringLiteral("documents/%1/%2/%3_v%4.pdf")
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(d.month(), 2, 10, QLatin1Char('0'))
        .arg(DocumentNumber::fileSafe(number))
        .arg(version);
}
