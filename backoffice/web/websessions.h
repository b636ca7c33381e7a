#pragma once
// WebSessions: the back-office users' sign-in. Passwords are checked against `users`
// (PBKDF2-HMAC-SHA256 via crypto/pinkdf, PinKdf::defaultIterations); five wrong passwords for
// one username lock it for five minutes. A session is 32 random bytes in the `ft_session`
// cookie (HttpOnly, SameSite=Strict, Path=/, Secure over TLS), kept only as its SHA-256 in
// `sessions`, valid 8 hours.

#include <QByteArray>
#include <QHash>
#include <QString>

class QHttpServerRequest;
struct ReceiverContext;

class WebSessions
{
public:
    static constexpr const char *cookieName = "ft_session";
    static constexpr qint64 sessionSecs = 8 * 3600;
    static constexpr int maxFailures = 5;
    static constexpr qint64 lockoutSecs = 5 * 60;

    struct User {
        QString username;
        QString role;   // admin | reviewer
        bool isValid() const { return !username.isEmpty(); }
        bool isAdmin() const { return role == QLatin1String("admin"); }
    };

    enum class LoginResult { Ok, Refused, LockedOut, Error };

    explicit WebSessions(ReceiverContext *ctx) : m_ctx(ctx) {}

    // On Ok, *token is the new cookie value (never log it).
    LoginResult login(const QString &username, const QString &password, QByteArray *token, User *user);
    User userFor(const QHttpServerRequest &request) const;
    void logout(const QHttpServerRequest &request);

    static QByteArray tokenFrom(const QHttpServerRequest &request);
    static QByteArray setCookie(const QByteArray &token, bool secure);
    static QByteArray clearCookie(bool secure);

    // Creates or replaces a user (admin tooling and tests).
    static bool setPassword(ReceiverContext *ctx, const QString &username, const QString &password,
                            const QString &role, QString *error);

private:
    struct Failures {
        int count = 0;
        qint64 lockedUntil = 0;
    };
    ReceiverContext *m_ctx;
    QHash<QString, Failures> m_failures;
};
