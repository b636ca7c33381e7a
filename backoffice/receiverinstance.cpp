#include "receiverinstance.h"

#include "backofficelogging.h"
#include "durablefile.h"
#include "pinkdf.h"
#include "receiverstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

QString ReceiverInstance::receiverKeyFileName(DeviceIdentity::Algorithm algorithm)
{
    return QStringLiteral("receiver-%1.pem").arg(DeviceIdentity::algorithmKey(algorithm));
}

bool ReceiverInstance::open(const QString &dataDir, const QString &cryptoProfile, QString *error, QString *adminPasswordFile)
{
    const QString dir = QDir(dataDir).absolutePath();
    QString detail;
    if (!DurableFile::ensurePrivateDir(dir, &detail)) {
        *error = QCoreApplication::translate("ReceiverInstance", "无法创建数据目录 %1（%2）。请检查路径和权限。").arg(dir, detail);
        return false;
    }
    if (!ReceiverStore::open(m_db, QDir(dir).filePath(QStringLiteral("receiver.db")), &detail)) {
        *error = QCoreApplication::translate("ReceiverInstance", "无法打开接收端数据库（%1）。请检查数据目录。").arg(detail);
        return false;
    }
    const DeviceIdentity::Algorithm algorithm = DeviceIdentity::forCryptoProfile(cryptoProfile);
    const QString keysDir = QDir(dir).filePath(QStringLiteral("keys"));
    if (!DurableFile::ensurePrivateDir(keysDir, &detail)) {
        *error = QCoreApplication::translate("ReceiverInstance", "无法创建密钥目录 %1（%2）。").arg(keysDir, detail);
        return false;
    }
    bool created = false;
    if (!m_key.loadOrCreateFile(QDir(keysDir).filePath(receiverKeyFileName(algorithm)), algorithm, error, &created))
        return false;
    if (created) {
        ReceiverStore::logEvent(m_db, QDateTime::currentSecsSinceEpoch(), QStringLiteral("receiver"),
                                QStringLiteral("receiver_key_created"), receiverKeyFileName(algorithm), m_key.fingerprint());
    }
    m_ctx.dataDir = dir;
    m_ctx.db = &m_db;
    m_ctx.receiverKey = &m_key;
    m_ctx.hashAlg = algorithm == DeviceIdentity::Algorithm::Sm2 ? QStringLiteral("sm3") : QStringLiteral("sha256");
    m_ctx.nowSecs = [] { return QDateTime::currentSecsSinceEpoch(); };
    return ensureAdmin(error, adminPasswordFile);
}

bool ReceiverInstance::ensureAdmin(QString *error, QString *passwordFile)
{
    qint64 users = 0;
    QString detail;
    if (!m_db.queryInt("SELECT count(*) FROM users", &users, &detail)) {
        *error = QCoreApplication::translate("ReceiverInstance", "无法读取用户表（%1）。").arg(detail);
        return false;
    }
    if (users > 0)
        return true;
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    const PinKdf::PinHash hash = PinKdf::hashPin(QString::fromLatin1(PinKdf::Sha256), password, error);
    if (!hash.isValid())
        return false;
    const QString path = QDir(m_ctx.dataDir).filePath(QStringLiteral("admin-password"));
    QFile::remove(path);
    if (!DurableFile::writeAndCommit(path, password.toUtf8() + '\n', &detail)) {
        *error = QCoreApplication::translate("ReceiverInstance", "无法写入管理员初始密码文件 %1（%2）。").arg(path, detail);
        return false;
    }
    Statement st = m_db.prepare("INSERT INTO users (username, pw_salt, pw_hash, role, created_at) VALUES ('admin', ?, ?, 'admin', ?)");
    st.bindBlob(1, hash.salt).bindBlob(2, hash.hash).bind(3, ReceiverStore::isoFromSecs(m_ctx.nowSecs()));
    if (!st.exec()) {
        *error = QCoreApplication::translate("ReceiverInstance", "无法创建管理员账号（%1）。").arg(st.error());
        return false;
    }
    ReceiverStore::logEvent(m_db, m_ctx.nowSecs(), QStringLiteral("receiver"), QStringLiteral("admin_created"),
                            QStringLiteral("admin"), QString());
    if (passwordFile)
        *passwordFile = path;
    return true;
}
