#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>

namespace syncsites {

/// Who a session token speaks for.
enum class TokenSubject
{
    Site, ///< a site, after its handshake
    User, ///< a person, after signing in
};

/// What a valid token stands for.
struct TokenInfo
{
    TokenSubject kind = TokenSubject::Site;
    QString subject;     ///< the site name or the username
    QDateTime issuedAt;  ///< UTC
    QDateTime expiresAt; ///< UTC
};

/// A token as handed to its holder, once.
struct IssuedToken
{
    QString token;
    QDateTime expiresAt;
};

/// In-memory session tokens: opaque random strings (32 bytes from the system CSPRNG, URL-safe base64) with an
/// expiry, for sites and for users. Only the SHA-256 of each token is kept, so a memory dump of the store holds
/// no usable token (plain SHA-256 suffices: the tokens have 256 bits of entropy, nothing to guess).
///
/// Each subject keeps at most kMaxTokensPerSubject live tokens; issuing one more revokes its oldest, so that
/// repeated sign-ins cannot grow the store without bound.
///
/// Threading: every method is thread-safe (one mutex). The clock is injectable for tests; it must be
/// thread-safe too. Errors: lookup() returns `invalid_token` (unknown or revoked) or `token_expired`.
/// Tokens do not survive a restart: holders sign in again.
class TokenStore
{
public:
    using Clock = std::function<QDateTime()>; ///< current time, UTC
    static constexpr int kTokenBytes = 32;
    static constexpr int kMaxTokensPerSubject = 32;

    /// `clock` defaults to QDateTime::currentDateTimeUtc.
    explicit TokenStore(Clock clock = Clock());

    /// A new token for `subject`, valid for `lifetime` (at least a second).
    IssuedToken issue(TokenSubject kind, const QString& subject, std::chrono::seconds lifetime);
    /// What `token` stands for, while it is neither revoked nor expired.
    Result<TokenInfo> lookup(const QString& token) const;
    /// Returns whether the token was known (expired or not).
    bool revoke(const QString& token);
    /// Revokes every token of one subject (its secret changed, it was removed, it signed out everywhere) but
    /// `except` (the session that changed its own password stays signed in); returns how many.
    int revokeSubject(TokenSubject kind, const QString& subject, const QString& except = QString());
    /// Forgets expired tokens; returns how many. Call it now and then (e.g. once a minute).
    int sweepExpired();
    /// Tokens held, expired ones not yet swept included.
    int size() const;
    /// Tokens held that are not expired: the "active sessions" of a subject kind.
    int activeCount(TokenSubject kind) const;

    /// SHA-256 of a token: how tokens are keyed, so that no usable token is kept in memory.
    static QByteArray digest(const QString& token);

private:
    struct Entry
    {
        TokenInfo info;
        quint64 sequence = 0; // issue order, to find a subject's oldest token
    };

    QDateTime now() const;

    Clock m_clock;
    mutable std::mutex m_mutex;
    QHash<QByteArray, Entry> m_tokens; // by SHA-256 of the token
    quint64 m_nextSequence = 0;
};

} // namespace syncsites
