#include "officerscommand.h"

#include "auditlog.h"
#include "clisession.h"
#include "database.h"
#include "demoofficers.h"
#include "officerimport.h"
#include "officerstore.h"
#include "pinkdf.h"
#include "signin.h"
#include "store.h"
#include "storetime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>

namespace {

QString stateText(const Officer &o, const QDateTime &now)
{
    if (!o.active)
        return QCoreApplication::translate("fieldterm-cli", "已停用");
    if (o.isLockedAt(now))
        return QCoreApplication::translate("fieldterm-cli", "已锁定至 %1").arg(o.lockedUntil.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")));
    return QCoreApplication::translate("fieldterm-cli", "正常");
}

QJsonObject officerToJson(const Officer &o, const QDateTime &now)
{
    return QJsonObject{{QStringLiteral("officerNo"), o.officerNo},
                       {QStringLiteral("name"), o.name},
                       {QStringLiteral("agency"), o.agency},
                       {QStringLiteral("squad"), o.squad},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(Permissions::roleKeys(o.roles))},
                       {QStringLiteral("roleText"), o.roleText()},
                       {QStringLiteral("active"), o.active},
                       {QStringLiteral("locked"), o.isLockedAt(now)},
                       {QStringLiteral("lockedUntil"), o.isLockedAt(now) ? StoreTime::toText(o.lockedUntil) : QString()},
                       {QStringLiteral("failedAttempts"), o.failedAttempts},
                       {QStringLiteral("lockouts"), o.lockouts}};
}

int listOfficers(OfficerStore &store, bool json)
{
    QList<Officer> all;
    QString error;
    if (!store.list(&all, &error)) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "读取执法人员失败：%1").arg(error));
        return ExitStoreFailed;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray array;
        for (const Officer &o : std::as_const(all))
            array.append(officerToJson(o, now));
        CliSession::printOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QByteArray out = QCoreApplication::translate("fieldterm-cli", "执法证号\t姓名\t单位\t中队\t角色\t状态").toUtf8() + '\n';
    for (const Officer &o : std::as_const(all)) {
        const QStringList fields{o.officerNo, o.name, o.agency, o.squad.isEmpty() ? QStringLiteral("-") : o.squad, o.roleText(), stateText(o, now)};
        out += fields.join(QLatin1Char('\t')).toUtf8() + '\n';
    }
    out += QCoreApplication::translate("fieldterm-cli", "共 %n 名执法人员", nullptr, int(all.size())).toUtf8() + '\n';
    CliSession::printOut(out);
    return ExitOk;
}

// The first line of stdin, without its line break. Not echoed anywhere.
bool readPinLine(QString *pin)
{
    char buf[256];
    if (!std::fgets(buf, sizeof buf, stdin))
        return false;
    size_t n = std::strlen(buf);
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    *pin = QString::fromUtf8(buf, qsizetype(n));
    std::memset(buf, 0, sizeof buf);
    return true;
}

void printImportJson(const ImportResult &r)
{
    QJsonArray issues;
    for (const ImportIssue &i : r.issues)
        issues.append(QJsonObject{{QStringLiteral("entry"), i.entry}, {QStringLiteral("field"), i.field}, {QStringLiteral("message"), i.message}});
    const QJsonObject out{{QStringLiteral("ok"), r.ok},
                          {QStringLiteral("added"), r.added},
                          {QStringLiteral("updated"), r.updated},
                          {QStringLiteral("pins_reset"), r.pinsReset},
                          {QStringLiteral("errors"), issues}};
    CliSession::printOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
}

// Prints an import's outcome (JSON, or the refusal / the summary line); returns the exit code.
int reportImport(const ImportResult &result, bool json, const QString &summary)
{
    if (json)
        printImportJson(result);
    if (!result.ok) {
        CliSession::printErr(result.message());
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "导入被拒绝，未导入任何人员。请修改文件后重试。"));
        return ExitFailure;
    }
    if (!json)
        CliSession::printOut(summary.toUtf8() + '\n');
    return ExitOk;
}

// First provisioning: no officers yet, so no admin can authorise the import.
int bootstrapOfficers(OfficerStore &store, const QString &path, bool json)
{
    QString error;
    if (store.count(&error) != 0) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "本设备已有执法人员：officers import 须由管理员授权，请加上 --admin 管理员执法证号。"));
        return ExitUsage;
    }
    const ImportResult result = OfficerImport(store).bootstrapFile(path);
    return reportImport(result, json, QCoreApplication::translate("fieldterm-cli", "首次导入完成：新增 %1 名执法人员。此后的导入须由管理员授权（--admin）。")
                                          .arg(result.added));
}

int importOfficers(OfficerStore &store, const QString &path, const QString &adminNo, bool json)
{
    // A file that cannot be read is refused before anyone types a PIN for nothing.
    if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable()) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "无法读取导入文件 %1，请检查路径。").arg(path));
        return ExitFailure;
    }
    CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "请输入管理员 PIN："));
    QString pin;
    if (!readPinLine(&pin) || pin.isEmpty()) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "未读到管理员 PIN（应为标准输入的第一行），未导入任何人员。"));
        return ExitFailure;
    }
    SignIn signIn(store.database(), store.audit());
    const SignInResult r = signIn.signIn(adminNo, pin);
    pin.fill(QLatin1Char('0'));
    if (!r.ok()) {
        CliSession::printErr(r.message);
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "管理员身份未通过验证，未导入任何人员。"));
        return r.outcome == SignInResult::Outcome::Error ? ExitStoreFailed : ExitFailure;
    }
    OfficerImport import(store);
    const ImportResult result = import.importFile(path, *r.signedIn);
    QString error;
    if (!signIn.signOut(adminNo, &error))
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "无法记录管理员退出：%1").arg(error));
    return reportImport(result, json, QCoreApplication::translate("fieldterm-cli", "已导入 %1 名执法人员：新增 %2 名，更新 %3 名（其中重置 PIN %4 名）。")
                                          .arg(result.added + result.updated).arg(result.added).arg(result.updated).arg(result.pinsReset));
}

} // namespace

int runOfficers(CliSession &session)
{
    const CliOptions &o = session.options();
    const QStringList &words = o.positional;
    const bool list = words == QStringList{QStringLiteral("list")} && o.admin.isEmpty();
    const bool import = words.size() == 2 && words.first() == QLatin1String("import");
    if (!list && !import) {
        CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "officers 命令的用法：officers list [--json] 或 officers import 文件 --admin 管理员执法证号"
                                                                          "（设备上还没有任何人员时，首次导入可省略 --admin）"));
        return ExitUsage;
    }
    Database writer;
    QString error;
    if (!Store::openWriter(&writer, session.paths().database(), &error)) {
        CliSession::printErr(error);
        return ExitStoreFailed;
    }
    const DeviceProfile &profile = session.profile();
    AuditLog audit(writer, profile.deviceId, profile.hashAlgorithm());
    OfficerStore store(writer, audit, PinKdf::kdfForCryptoProfile(profile.cryptoProfile));
    if (profile.simulated) {
        int added = 0;
        if (!seedDemoOfficers(store, &error, &added)) {
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "无法添加演示执法人员：%1").arg(error));
            return ExitStoreFailed;
        }
        if (added > 0)
            CliSession::printErr(QCoreApplication::translate("fieldterm-cli", "模拟设备：已添加 %1 名演示执法人员（见 resources/officers/README.md）。").arg(added));
    }
    if (list)
        return listOfficers(store, o.json);
    if (o.admin.isEmpty())
        return bootstrapOfficers(store, words.at(1), o.json);
    return importOfficers(store, words.at(1), o.admin, o.json);
}
