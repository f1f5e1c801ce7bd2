#include "TokenStore.h"

#include "AuthLog.h"
#include "PasswordHasher.h"

#include <QCryptographicHash>

namespace syncsites {

TokenStore::TokenStore(Clock clock) : m_clock(std::move(clock)) {}

QByteArray TokenStore::digest(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

QDateTime TokenStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

IssuedToken TokenStore::issue(TokenSubject kind, const QString& subject, std::chrono::seconds lifetime)
{
    const QString token = PasswordHasher::randomSecret(kTokenBytes);
    const QDateTime issuedAt = now();
    const QDateTime expiresAt = issuedAt.addSecs(qMax<qint64>(1, lifetime.count()));

    std::lock_guard<std::mutex> lock(m_mutex);
    int held = 0;
    auto oldest = m_tokens.end();
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
        if (it->info.kind != kind || it->info.subject != subject || it->info.expiresAt <= issuedAt)
            continue;
        ++held;
        if (oldest == m_tokens.end() || it->sequence < oldest->sequence)
            oldest = it;
    }
    if (held >= kMaxTokensPerSubject && oldest != m_tokens.end()) {
        qCInfo(lcAuth).noquote() << "revoking the oldest token of" << subject << ": it holds" << held << "tokens";
        m_tokens.erase(oldest);
    }
    m_tokens.insert(digest(token), Entry{TokenInfo{kind, subject, issuedAt, expiresAt}, m_nextSequence++});
    return IssuedToken{token, expiresAt};
}

Result<TokenInfo> TokenStore::lookup(const QString& token) const
{
    const QByteArray key = digest(token);
    const QDateTime current = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_tokens.constFind(key);
    if (it == m_tokens.cend()) {
        return Error{QStringLiteral("invalid_token"),
                     QStringLiteral("The session token is not valid (unknown, revoked, or the server restarted); "
                                    "sign in again."),
                     QVariant()};
    }
    if (it->info.expiresAt <= current) {
        return Error{QStringLiteral("token_expired"),
                     QStringLiteral("The session token expired at %1; sign in again.")
                         .arg(it->info.expiresAt.toString(Qt::ISODate)),
                     QVariant()};
    }
    return it->info;
}

bool TokenStore::revoke(const QString& token)
{
    const QByteArray key = digest(token);
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_tokens.remove(key) > 0;
}

int TokenStore::revokeSubject(TokenSubject kind, const QString& subject, const QString& except)
{
    const QByteArray kept = except.isEmpty() ? QByteArray() : digest(except);
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto removed = m_tokens.removeIf([&](const QHash<QByteArray, Entry>::iterator& it) {
        return it->info.kind == kind && it->info.subject == subject && it.key() != kept;
    });
    return static_cast<int>(removed);
}

int TokenStore::sweepExpired()
{
    const QDateTime current = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto removed =
        m_tokens.removeIf([&](const QHash<QByteArray, Entry>::iterator& it) { return it->info.expiresAt <= current; });
    return static_cast<int>(removed);
}

int TokenStore::size() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return static_cast<int>(m_tokens.size());
}

int TokenStore::activeCount(TokenSubject kind) const
{
    const QDateTime current = now();
    std::lock_guard<std::mutex> lock(m_mutex);
    int count = 0;
    for (const Entry& entry : m_tokens) {
        if (entry.info.kind == kind && entry.info.expiresAt > current)
            ++count;
    }
    return count;
}

} // namespace syncsites
