#include "admincommands.h"

#include "database.h"
#include "enrollmentcodes.h"
#include "hasher.h"
#include "receivercontext.h"
#include "receiverstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace AdminCommands {

bool isCommand(const QString &word)
{
    static const QStringList words{QStringLiteral("issue-code"), QStringLiteral("revoke"), QStringLiteral("publish"),
                                   QStringLiteral("devices")};
    return words.contains(word);
}

bool revoke(ReceiverContext *ctx, const QString &deviceId, const QString &by, QString *error)
{
    Statement st = ctx->db->prepare("UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL");
    st.bind(1, ReceiverStore::isoFromSecs(ctx->nowSecs())).bind(2, deviceId);
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    if (ctx->db->changes() != 1) {
        *error = QCoreApplication::translate("AdminCommands", "没有已登记且未停用的设备 %1。").arg(deviceId);
        return false;
    }
    ReceiverStore::logEvent(*ctx->db, ctx->nowSecs(), by, QStringLiteral("device_revoked"), deviceId, QString());
    return true;
}

bool publish(ReceiverContext *ctx, const QString &name, const QByteArray &json, QString *etag, QString *error)
{
    if (name != QLatin1String("tasks") && name != QLatin1String("catalogue") && name != QLatin1String("templates")) {
        *error = QCoreApplication::translate("AdminCommands", "下发数据名称只能是 tasks、catalogue 或 templates。");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = QCoreApplication::translate("AdminCommands", "文件不是有效的 JSON（%1，位置 %2）。")
                     .arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    *etag = QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), json).toHex());
    Statement st = ctx->db->prepare("INSERT INTO downlink (name, etag, body, updated_at) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (name) DO UPDATE SET etag = excluded.etag, body = excluded.body, "
                                    "updated_at = excluded.updated_at");
    st.bind(1, name).bind(2, *etag).bindBlob(3, json).bind(4, ReceiverStore::isoFromSecs(ctx->nowSecs()));
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    ReceiverStore::logEvent(*ctx->db, ctx->nowSecs(), QStringLiteral("cli"), QStringLiteral("downlink_published"), name, *etag);
    return true;
}

int run(ReceiverContext *ctx, const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = args.value(0);
    QString error;
    if (command == QLatin1String("issue-code")) {
        QString code, expires;
        if (!EnrollmentCodes::issue(*ctx->db, QStringLiteral("cli"), ctx->nowSecs(), &code, &expires, &error)) {
            err << QCoreApplication::translate("AdminCommands", "无法生成登记码：%1").arg(error) << Qt::endl;
            return 1;
        }
        ReceiverStore::logEvent(*ctx->db, ctx->nowSecs(), QStringLiteral("cli"), QStringLiteral("enrollment_code_issued"),
                                QStringLiteral("enrollment_code"), QStringLiteral("expires %1").arg(expires));
        out << code << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("revoke") && args.size() == 2) {
        if (!revoke(ctx, args.at(1), QStringLiteral("cli"), &error)) {
            err << QCoreApplication::translate("AdminCommands", "无法停用设备：%1").arg(error) << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate("AdminCommands", "设备 %1 已停用。").arg(args.at(1)) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("publish") && args.size() == 3) {
        QFile f(args.at(2));
        if (!f.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("AdminCommands", "无法读取文件 %1（%2）。").arg(args.at(2), f.errorString()) << Qt::endl;
            return 1;
        }
        QString etag;
        if (!publish(ctx, args.at(1), f.readAll(), &etag, &error)) {
            err << QCoreApplication::translate("AdminCommands", "无法发布：%1").arg(error) << Qt::endl;
            return 1;
        }
        out << etag << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("devices")) {
        Statement st = ctx->db->prepare("SELECT device_id, algorithm, enrolled_at, revoked_at, public_key_pem FROM devices ORDER BY device_id");
        while (st.step() == Statement::Step::Row) {
            QByteArray der = st.text(4).toLatin1();
            der.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
            const QString fingerprint =
                QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), QByteArray::fromBase64(der.simplified())).toHex());
            out << st.text(0) << '\t' << st.text(1) << '\t' << st.text(2) << '\t'
                << (st.isNull(3) ? QStringLiteral("active") : QStringLiteral("revoked ") + st.text(3)) << '\t' << fingerprint
                << Qt::endl;
        }
        return 0;
    }
    err << QCoreApplication::translate("AdminCommands",
                                       "用法：fieldterm-backoffice --data-dir DIR issue-code | revoke DEVICE_ID | publish tasks|catalogue|templates FILE.json | devices")
        << Qt::endl;
    return 2;
}

} // namespace AdminCommands
