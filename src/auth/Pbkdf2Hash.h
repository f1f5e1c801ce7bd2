#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace syncsites {

/// The stored hashes of SyncSites before Argon2id: PBKDF2-HMAC-SHA256 as
/// `pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>`. Only checked now, never written: a hub keeps
/// the ones it has until their owner next signs in (a person) or syncs (a site), when PasswordHasher or
/// SecretHasher replaces them with the current scheme.
///
/// The derivation is OpenSSL's PKCS5_PBKDF2_HMAC (QPasswordDigestor::deriveKeyPbkdf2 gives the same bytes).
/// Threading: stateless. Errors: verify() answers false for anything malformed; parse() says what is wrong.
class Pbkdf2Hash
{
public:
    /// Stored costs outside [1, kMaxIterations] are refused, so a corrupt or hostile stored hash cannot make
    /// one check take minutes.
    static constexpr int kMaxIterations = 10000000;

    struct Parsed
    {
        int iterations = 0;
        QByteArray salt;
        QByteArray hash;
    };

    /// Whether `stored` is of this scheme at all (its prefix), well-formed or not.
    static bool isPbkdf2(const QString& stored);
    /// Splits a stored hash. Errors: `malformed_password_hash` (with the reason in the message).
    static Result<Parsed> parse(const QString& stored);
    /// Whether `secret` (UTF-8) matches `stored`, at the stored cost; false for anything malformed.
    static bool verify(const QString& secret, const QString& stored);
    /// Writes a hash in the old format: for tests that need a hub as an older version left it.
    static QString hashForTests(const QString& secret, int iterations);
    /// PBKDF2-HMAC-SHA256 itself. Empty on an OpenSSL failure.
    static QByteArray derive(const QByteArray& secret, const QByteArray& salt, int iterations, int bytes);
};

} // namespace syncsites
