#include "simulatedtree.h"

#include <QDir>
#include <QFile>

namespace {

bool put(const QString &dir, const char *name, const QByteArray &value, QString *error)
{
    QFile f(dir + QLatin1Char('/') + QLatin1String(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(value) != value.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

bool makeLed(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    return put(dir, "brightness", "0\n", error) && put(dir, "max_brightness", "255\n", error)
        && put(dir, "trigger", "[none] timer transient\n", error);
}

} // namespace

namespace SimulatedFeedbackTree {

bool create(const QString &ledsRoot, const QStringList &ledNames, QString *error)
{
    for (const QString &name : ledNames) {
        if (!makeLed(ledsRoot + QLatin1Char('/') + name, error))
            return false;
    }
    const QString vibrator = ledsRoot + QStringLiteral("/vibrator");
    return makeLed(vibrator, error) && put(vibrator, "activate", "0\n", error) && put(vibrator, "duration", "0\n", error)
        && put(vibrator, "state", "0\n", error);
}

} // namespace SimulatedFeedbackTree
