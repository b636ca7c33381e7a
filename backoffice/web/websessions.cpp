#include "websessions.h"

#include "database.h"
#include "hasher.h"
#include "pinkdf.h"
#include "receivercontext.h"
#include "webevents.h"
#include "weblogging.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>

namespace {

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(Hasher::hash(QStringLiteral("sha256"), token).toHex());
}

QByteArray derive(const QString &password, const QByteArray &salt)
{
    return PinKdf::derive(QString::fromLatin1(PinKdf::Sha256), password.toUtf8(), salt, PinKdf::defaultIterations);
}

} // namespace

WebSessions::LoginResult WebSessions::login(const QString &username, const QString &password, QByteArray *token,
                                            User *user)
{
    Database &db = *m_ctx->db;
    const qint64 now = m_ctx->nowSecs();
    if (m_failures.size() > 10000) {
        // Bounded: names that are not locked any more are forgotten first.
        for (auto it = m_failures.begin(); it != m_failures.end();)
            it = it->lockedUntil > now ? std::next(it) : m_failures.erase(it);
    }
    Failures &failures = m_failures[username];
    if (failures.lockedUntil > now)
        return LoginResult::LockedOut;

    Statement st = db.prepare("SELECT pw_salt, pw_hash, role FROM users WHERE username = ?");
    st.bind(1, username);
    const Statement::Step step = st.step();
    if (step == Statement::Step::Error)
        return LoginResult::Error;
    bool ok = false;
    QString role;
    if (step == Statement::Step::Row) {
        const QByteArray computed = derive(password, st.blob(0));
        ok = !computed.isEmpty() && PinKdf::constantTimeEquals(computed, st.blob(1));
        role = st.text(2);
    } else {
        derive(password, QByteArray(PinKdf::saltBytes, '\0'));   // same cost for unknown names
    }
    if (!ok) {
        if (++failures.count >= maxFailures) {
            failures.count = 0;
            failures.lockedUntil = now + lockoutSecs;
            qCWarning(lcWeb) << "too many failed sign-ins, locked for" << lockoutSecs << "s";
        }
        return LoginResult::Refused;
    }
    m_failures.remove(username);

    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QByteArray value = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

    Statement prune = db.prepare("DELETE FROM sessions WHERE expires_at <= ?");
    prune.bind(1, now);
    prune.exec();
    Statement insert = db.prepare("INSERT INTO sessions (token_hash, username, expires_at) VALUES (?, ?, ?)");
    insert.bind(1, tokenHash(value)).bind(2, username).bind(3, now + sessionSecs);
    if (!insert.exec()) {
        qCWarning(lcWeb) << "could not store a session:" << insert.error();
        return LoginResult::Error;
    }
    *token = value;
    user->username = username;
    user->role = role;
    return LoginResult::Ok;
}

QByteArray WebSessions::tokenFrom(const QHttpServerRequest &request)
{
    for (const auto &header : request.headers()) {
        if (header.first.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : header.second.split(';')) {
            const QByteArray pair = part.trimmed();
            const int eq = pair.indexOf('=');
            if (eq > 0 && pair.left(eq) == cookieName)
                return pair.mid(eq + 1);
        }
    }
    return {};
}

WebSessions::User WebSessions::userFor(const QHttpServerRequest &request) const
{
    const QByteArray token = tokenFrom(request);
    if (token.isEmpty())
        return {};
    Statement st = m_ctx->db->prepare(
        "SELECT s.username, u.role FROM sessions s JOIN users u ON u.username = s.username "
        "WHERE s.token_hash = ? AND s.expires_at > ?");
    st.bind(1, tokenHash(token)).bind(2, m_ctx->nowSecs());
    if (st.step() != Statement::Step::Row)
        return {};
    return User{st.text(0), st.text(1)};
}

void WebSessions::logout(const QHttpServerRequest &request)
{
    const QByteArray token = tokenFrom(request);
    if (token.isEmpty())
        return;
    Statement st = m_ctx->db->prepare("DELETE FROM sessions WHERE token_hash = ?");
    st.bind(1, tokenHash(token));
    st.exec();
}

QByteArray WebSessions::setCookie(const QByteArray &token, bool secure)
{
    QByteArray value = QByteArray(cookieName) + '=' + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + QByteArray::number(sessionSecs);
    if (secure)
        value += "; Secure";
    return value;
}

QByteArray WebSessions::clearCookie(bool secure)
{
    QByteArray value = QByteArray(cookieName) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
    if (secure)
        value += "; Secure";
    return value;
}

bool WebSessions::setPassword(ReceiverContext *ctx, const QString &username, const QString &password,
                              const QString &role, QString *error)
{
    const QByteArray salt = PinKdf::randomSalt();
    const QByteArray hash = salt.isEmpty() ? QByteArray() : derive(password, salt);
    if (hash.isEmpty()) {
        *error = QStringLiteral("key derivation failed");
        return false;
    }
    Statement st = ctx->db->prepare(
        "INSERT INTO users (username, pw_salt, pw_hash, role, created_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (username) DO UPDATE SET pw_salt = excluded.pw_salt, pw_hash = excluded.pw_hash, "
        "role = excluded.role");
    st.bind(1, username).bindBlob(2, salt).bindBlob(3, hash).bind(4, role).bind(5, WebEvents::isoUtc(ctx->nowSecs()));
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    return true;
}
