#pragma once
// Shared by the engine tests: a small valid template built as JSON (so every test also goes
// through the real loader), mutators to break it one way at a time, and a pinned clock.

#include "documentform.h"
#include "templateloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace EngineKit {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 30));
}

inline QJsonObject field(const QString &id, const QString &type, const QString &label, const QJsonObject &extra = {})
{
    QJsonObject f{{"id", id}, {"type", type}, {"label", label}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        f.insert(it.key(), it.value());
    return f;
}

inline QJsonObject templateWith(const QJsonArray &fields, const QString &id = QStringLiteral("test_doc"))
{
    return QJsonObject{{"id", id},
                       {"version", 1},
                       {"title", QStringLiteral("测试文书")},
                       {"numbering", QJsonObject{{"prefix", QStringLiteral("{agency}测")},
                                                 {"pattern", QStringLiteral("{prefix}〔{year}〕{seq}号")}}},
                       {"fields", fields}};
}

// Loads JSON through the real loader; on failure prints the errors and returns false.
inline bool load(const QJsonObject &json, DocumentTemplate *out, QList<TemplateLoadError> *errors = nullptr)
{
    QList<TemplateLoadError> local;
    QList<TemplateLoadError> &errs = errors ? *errors : local;
    const bool ok = TemplateLoader::loadBytes(QJsonDocument(json).toJson(), QStringLiteral("test.json"), out, &errs);
    if (!ok && !errors) {
        for (const TemplateLoadError &e : errs)
            qWarning().noquote() << e.toString();
    }
    return ok;
}

inline QJsonObject caseContext(const QString &partyKind = QStringLiteral("person"))
{
    return QJsonObject{
        {"case", QJsonObject{{"caseNo", QStringLiteral("测〔2026〕1号")},
                             {"type", "simple"},
                             {"partyKind", partyKind},
                             {"partyName", QStringLiteral("王五")},
                             {"partyIdNo", "11010519491231002X"},
                             {"partyPhone", "13800000000"},
                             {"address", QStringLiteral("上海市黄浦区中山东一路 1 号")},
                             {"powerItem", QJsonObject{{"code", "X1"},
                                                       {"name", QStringLiteral("某处罚")},
                                                       {"legalBasis", QStringLiteral("《某法》第一条")},
                                                       {"discretion", ""}}}}},
        {"officers", QJsonArray{QJsonObject{{"officerNo", "31000000001"}, {"name", QStringLiteral("张明")}},
                                QJsonObject{{"officerNo", "31000000002"}, {"name", QStringLiteral("李娜")}}}},
        {"agency", QStringLiteral("黄浦市监")},
        {"deviceId", "SIM0001"}};
}

inline QStringList issueText(const DocumentForm &form)
{
    QStringList out;
    for (const FormIssue &i : form.issues())
        out << i.path + QStringLiteral(": ") + i.message;
    return out;
}

} // namespace EngineKit
