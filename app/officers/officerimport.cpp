#include "officerimport.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"
#include "officerrows.h"
#include "officerslogging.h"
#include "officerstore.h"
#include "officervalidation.h"
#include "signin.h"
#include "transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

const QStringList kTextKeys{QStringLiteral("officerNo"), QStringLiteral("name"), QStringLiteral("agency"),
                            QStringLiteral("squad"), QStringLiteral("pin")};
const QStringList kKnownKeys = kTextKeys + QStringList{QStringLiteral("roles"), QStringLiteral("active")};

ImportIssue entryIssue(int entry, const QString &field, const QString &text)
{
    return ImportIssue{entry, field, QCoreApplication::translate("OfficerImport", "第 %1 条人员记录：%2").arg(entry).arg(text)};
}

ImportIssue fileIssue(const QString &text)
{
    return ImportIssue{0, QString(), text};
}

ImportResult refused(const QList<ImportIssue> &issues)
{
    ImportResult r;
    r.issues = issues;
    return r;
}

// One entry of the file into an OfficerInput; problems go to *issues.
OfficerInput parseEntry(const QJsonObject &o, int entry, QList<ImportIssue> *issues)
{
    OfficerInput in;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kKnownKeys.contains(it.key()))
            *issues << entryIssue(entry, it.key(),
                                  QCoreApplication::translate("OfficerImport", "未知字段“%1”。可用字段：officerNo、name、agency、squad、roles、pin、active。").arg(it.key()));
    }
    for (const QString &key : kTextKeys) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isString()) {
            *issues << entryIssue(entry, key, QCoreApplication::translate("OfficerImport", "字段 %1 须为文本（用英文双引号括起来，例如 \"123456\"）。").arg(key));
            continue;
        }
        const QString text = v.toString();
        if (key == QLatin1String("officerNo"))
            in.officerNo = text;
        else if (key == QLatin1String("name"))
            in.name = text;
        else if (key == QLatin1String("agency"))
            in.agency = text;
        else if (key == QLatin1String("squad"))
            in.squad = text;
        else
            in.pin = text;
    }
    const QJsonValue roles = o.value(QLatin1String("roles"));
    if (!roles.isUndefined() && !roles.isArray()) {
        *issues << entryIssue(entry, QStringLiteral("roles"),
                              QCoreApplication::translate("OfficerImport", "字段 roles 须为角色列表，例如 [\"inspector\"]。"));
    } else {
        for (const QJsonValue &r : roles.toArray()) {
            const std::optional<Role> role = Permissions::roleFromKey(r.toString());
            if (role && r.isString())
                in.roles << *role;
            else
                in.unknownRoleKeys << (r.isString() ? r.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{r}).toJson(QJsonDocument::Compact)));
        }
        in.roles = Permissions::normalized(in.roles);
    }
    const QJsonValue active = o.value(QLatin1String("active"));
    if (!active.isUndefined() && !active.isBool())
        *issues << entryIssue(entry, QStringLiteral("active"), QCoreApplication::translate("OfficerImport", "字段 active 须为 true 或 false。"));
    in.active = active.toBool(true);
    return in;
}

} // namespace

QString ImportResult::message() const
{
    QStringList lines;
    for (const ImportIssue &i : issues)
        lines << i.message;
    return lines.join(QLatin1Char('\n'));
}

OfficerImport::OfficerImport(OfficerStore &store)
    : m_store(store)
{
}

bool OfficerImport::parse(const QByteArray &json, QList<OfficerInput> *out, QList<ImportIssue> *issues)
{
    out->clear();
    issues->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *issues << fileIssue(tr("文件不是有效的 JSON（第 %1 个字节附近：%2）。请检查文件格式后重试。").arg(parseError.offset).arg(parseError.errorString()));
        return false;
    }
    const QJsonValue list = doc.object().value(QLatin1String("officers"));
    if (!doc.isObject() || !list.isArray()) {
        *issues << fileIssue(tr("文件须为 {\"officers\": [...]} 格式，缺少 officers 列表。"));
        return false;
    }
    const QJsonArray entries = list.toArray();
    if (entries.isEmpty()) {
        *issues << fileIssue(tr("文件中没有人员记录（officers 列表为空）。"));
        return false;
    }
    QHash<QString, int> seen;
    for (int i = 0; i < entries.size(); ++i) {
        const int entry = i + 1;
        if (!entries.at(i).isObject()) {
            *issues << entryIssue(entry, QString(), tr("须为 JSON 对象，例如 {\"officerNo\": \"31000000001\", …}。"));
            continue;
        }
        const OfficerInput in = parseEntry(entries.at(i).toObject(), entry, issues);
        if (!in.officerNo.isEmpty() && seen.contains(in.officerNo))
            *issues << entryIssue(entry, QStringLiteral("officerNo"), tr("执法证号 %1 与第 %2 条重复。").arg(in.officerNo).arg(seen.value(in.officerNo)));
        else if (!in.officerNo.isEmpty())
            seen.insert(in.officerNo, entry);
        *out << in;
    }
    return issues->isEmpty();
}

ImportResult OfficerImport::importFile(const QString &path, const SignedInOfficer &actor)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refused({fileIssue(tr("无法读取导入文件 %1：%2").arg(path, f.errorString()))});
    if (f.size() > maxFileBytes)
        return refused({fileIssue(tr("导入文件 %1 过大（超过 4 MB），请拆分后分批导入。").arg(path))});
    return importJson(f.readAll(), actor, QFileInfo(path).fileName());
}

ImportResult OfficerImport::bootstrapFile(const QString &path)
{
    QString error;
    const qint64 existing = m_store.count(&error);
    if (existing != 0) {
        return refused({fileIssue(existing < 0 ? tr("无法读取执法人员信息：%1").arg(error)
                                               : tr("本设备已有执法人员，首次导入只能在没有任何人员时进行。请由管理员用 --admin 导入。"))});
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refused({fileIssue(tr("无法读取导入文件 %1：%2").arg(path, f.errorString()))});
    if (f.size() > maxFileBytes)
        return refused({fileIssue(tr("导入文件 %1 过大（超过 4 MB），请拆分后分批导入。").arg(path))});
    QList<OfficerInput> inputs;
    QList<ImportIssue> issues;
    if (!parse(f.readAll(), &inputs, &issues))
        return refused(issues);
    return apply(inputs, QString(), QStringLiteral("bootstrap:") + QFileInfo(path).fileName());
}

ImportResult OfficerImport::importJson(const QByteArray &json, const SignedInOfficer &actor, const QString &source)
{
    // The actor as stored now, not as at sign-in: roles may have changed since.
    QString error;
    const std::optional<Officer> current = m_store.find(actor.officerNo(), &error);
    if (!error.isEmpty())
        return refused({fileIssue(tr("无法读取执法人员信息：%1").arg(error))});
    if (!current || !current->active || !current->can(Permission::ManageOfficers))
        return refused({fileIssue(tr("执法人员 %1 无权导入人员：需要管理员角色。请由管理员登录后导入。").arg(actor.officerNo()))});

    QList<OfficerInput> inputs;
    QList<ImportIssue> issues;
    if (!parse(json, &inputs, &issues))
        return refused(issues);
    return apply(inputs, actor.officerNo(), source);
}

ImportResult OfficerImport::apply(const QList<OfficerInput> &inputs, const QString &actorNo, const QString &source)
{
    // 1. Validate everything (cheap) before any KDF runs or anything is written.
    QList<ImportIssue> issues;
    QString error;
    for (int i = 0; i < inputs.size(); ++i) {
        const std::optional<Officer> existing = m_store.find(inputs.at(i).officerNo, &error);
        if (!error.isEmpty())
            return refused({fileIssue(tr("无法读取执法人员信息：%1").arg(error))});
        for (const FieldError &e : OfficerValidation::validate(inputs.at(i), !existing.has_value()))
            issues << entryIssue(i + 1, e.field, e.message);
    }
    if (!issues.isEmpty())
        return refused(issues);

    // 2. Hash the PINs outside the write lock (~0.5 s each).
    QList<PinKdf::PinHash> pins;
    for (int i = 0; i < inputs.size(); ++i) {
        pins << PinKdf::PinHash();
        if (inputs.at(i).pin.isEmpty())
            continue;
        pins.last() = m_store.hashPin(inputs.at(i).pin, &error);
        if (!pins.last().isValid())
            return refused({entryIssue(i + 1, QStringLiteral("pin"), error)});
    }

    // 3. Everything, and its one audit row, in one transaction.
    ImportResult r;
    QStringList numbers;
    Database &db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive())
        return refused({fileIssue(tr("无法写入执法人员信息：%1。未导入任何人员，请重试。").arg(tx.error()))});
    for (int i = 0; i < inputs.size(); ++i) {
        const PinKdf::PinHash *pin = inputs.at(i).pin.isEmpty() ? nullptr : &pins.at(i);
        bool added = false;
        if (!m_store.writeInTransaction(inputs.at(i), pin, &added, &error))
            return refused({entryIssue(i + 1, QString(), tr("无法写入：%1。未导入任何人员，请重试。").arg(error))});
        ++(added ? r.added : r.updated);
        if (pin && !added)
            ++r.pinsReset;
        numbers << inputs.at(i).officerNo;
    }
    qint64 admins = 0;
    if (!OfficerRows::countActiveAdmins(db, &admins, &error))
        return refused({fileIssue(tr("无法写入执法人员信息：%1。未导入任何人员，请重试。").arg(error))});
    if (admins == 0)
        return refused({fileIssue(tr("导入后将没有可用的管理员账号，已拒绝导入。请在文件中保留至少一名在用的管理员（admin）。"))});

    const QJsonObject details{{QStringLiteral("count"), int(inputs.size())},
                              {QStringLiteral("added"), r.added},
                              {QStringLiteral("updated"), r.updated},
                              {QStringLiteral("pins_reset"), r.pinsReset},
                              {QStringLiteral("officers"), QJsonArray::fromStringList(numbers)},
                              {QStringLiteral("actor"), actorNo},
                              {QStringLiteral("source"), source}};
    if (!m_store.audit().append({actorNo, QLatin1String(AuditAction::OfficersImported), QStringLiteral("officer"), QString(), details, m_store.now()},
                                &error)
        || !tx.commit()) {
        return refused({fileIssue(tr("无法写入执法人员信息：%1。未导入任何人员，请重试。").arg(error.isEmpty() ? tx.error() : error))});
    }
    qCInfo(lcOfficers) << "imported" << inputs.size() << "officers (" << r.added << "added," << r.updated << "updated) by"
                       << (actorNo.isEmpty() ? QStringLiteral("<system>") : actorNo) << "from" << source;
    r.ok = true;
    return r;
}
