#include "demoofficers.h"

#include "officerimport.h"
#include "officerslogging.h"
#include "officerstore.h"

#include <QCoreApplication>
#include <QFile>

namespace {

const char kDemoResource[] = ":/officers/demo-officers.json";

bool readDemo(QList<OfficerInput> *inputs, QString *error)
{
    QFile f{QString::fromLatin1(kDemoResource)};
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("DemoOfficers", "内置演示人员列表缺失（%1）。").arg(QLatin1String(kDemoResource));
        return false;
    }
    QList<ImportIssue> issues;
    if (!OfficerImport::parse(f.readAll(), inputs, &issues)) {
        ImportResult r;
        r.issues = issues;
        *error = r.message();
        return false;
    }
    return true;
}

} // namespace

QList<DemoOfficer> demoOfficers()
{
    QList<OfficerInput> inputs;
    QString error;
    if (!readDemo(&inputs, &error)) {
        qCWarning(lcOfficers) << error;
        return {};
    }
    QList<DemoOfficer> out;
    for (const OfficerInput &in : std::as_const(inputs))
        out << DemoOfficer{in.officerNo, in.name, Permissions::roleText(in.roles), in.pin};
    return out;
}

bool seedDemoOfficers(OfficerStore &store, QString *error, int *added)
{
    if (added)
        *added = 0;
    const qint64 existing = store.count(error);
    if (existing < 0)
        return false;
    if (existing > 0)
        return true;
    QList<OfficerInput> inputs;
    if (!readDemo(&inputs, error))
        return false;
    OfficerImport import(store);
    const ImportResult r = import.apply(inputs, QString(), QStringLiteral("demo"));
    if (!r.ok) {
        *error = r.message();
        return false;
    }
    qCInfo(lcOfficers) << "seeded" << r.added << "demo officers";
    if (added)
        *added = r.added;
    return true;
}
