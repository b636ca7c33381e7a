#include "enrollmentcodes.h"

#include "database.h"
#include "hasher.h"
#include "receiverstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace {

QString codeHash(const QString &code)
{
    return QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), code.trimmed().toUtf8()).toHex());
}

constexpr qint64 validitySecs = 24 * 3600;

} // namespace

namespace EnrollmentCodes {

bool issue(Database &db, const QString &by, qint64 nowSecs, QString *code, QString *expiresAt, QString *error)
{
    // 8 digits from the system's cryptographic generator (getrandom on Linux).
    QString digits;
    for (int i = 0; i < 8; ++i)
        digits += QChar(u'0' + int(QRandomGenerator::system()->bounded(10)));
    const QString expires = ReceiverStore::isoFromSecs(nowSecs + validitySecs);
    Statement st = db.prepare("INSERT INTO enrollment_codes (code_hash, created_at, created_by, expires_at) VALUES (?, ?, ?, ?)", error);
    if (!st.isValid())
        return false;
    st.bind(1, codeHash(digits)).bind(2, ReceiverStore::isoFromSecs(nowSecs)).bind(3, by).bind(4, expires);
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    *code = digits;
    if (expiresAt)
        *expiresAt = expires;
    return true;
}

bool consume(Database &db, const QString &code, const QString &deviceId, qint64 nowSecs, QString *error)
{
    Statement st = db.prepare("SELECT expires_at, used_at FROM enrollment_codes WHERE code_hash = ?", error);
    if (!st.isValid())
        return false;
    st.bind(1, codeHash(code));
    const Statement::Step step = st.step();
    if (step != Statement::Step::Row) {
        *error = step == Statement::Step::Error
            ? st.error()
            : QCoreApplication::translate("EnrollmentCodes", "登记码无效。请向后台管理员索取新的登记码。");
        return false;
    }
    if (!st.isNull(1)) {
        *error = QCoreApplication::translate("EnrollmentCodes", "登记码已被使用过。每个登记码只能使用一次，请索取新的登记码。");
        return false;
    }
    const qint64 expires = ReceiverStore::secsFromIso(st.text(0));
    if (expires < 0 || nowSecs > expires) {
        *error = QCoreApplication::translate("EnrollmentCodes", "登记码已过期（有效期 24 小时）。请索取新的登记码。");
        return false;
    }
    Statement use = db.prepare("UPDATE enrollment_codes SET used_at = ?, used_by = ? WHERE code_hash = ? AND used_at IS NULL", error);
    if (!use.isValid())
        return false;
    use.bind(1, ReceiverStore::isoFromSecs(nowSecs)).bind(2, deviceId).bind(3, codeHash(code));
    if (!use.exec() || db.changes() != 1) {
        *error = use.error().isEmpty()
            ? QCoreApplication::translate("EnrollmentCodes", "登记码已被使用过。每个登记码只能使用一次，请索取新的登记码。")
            : use.error();
        return false;
    }
    return true;
}

} // namespace EnrollmentCodes
