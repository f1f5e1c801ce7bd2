#pragma once

#include <QString>

namespace syncsites {

/// Stored hashes of site secrets: HMAC-SHA-256 keyed with a random 16-byte salt, stored as
/// `hmac-sha256$<salt, base64>$<mac, base64>`. A site secret is a random machine value (24 bytes from the
/// CSPRNG), not something a person chose: no dictionary helps an attacker, so a slow hash only cost the hub
/// CPU (PBKDF2 took 40-75 ms a handshake, a core's worth at 5,000 sites). This costs about a microsecond.
///
/// Hashes left by older versions (PBKDF2, see Pbkdf2Hash) still verify; needsRehash() is then true and the
/// handshake replaces the hash.
///
/// Threading: stateless; any thread. Errors: verify() answers false for a malformed stored hash.
class SecretHasher
{
public:
    /// The `hash_cost` stored beside a hash of this scheme (there is no work factor).
    static constexpr int kStoredCost = 0;

    /// A new stored hash of `secret` (UTF-8) with a fresh random salt.
    static QString hash(const QString& secret);
    /// Whether `secret` matches `stored` (this scheme, or a PBKDF2 hash of an older version). Compares every
    /// byte whatever the result.
    static bool verify(const QString& secret, const QString& stored);
    /// Spends about the time of a verify() of this scheme: for a site that does not exist.
    static void verifyNothing(const QString& secret);
    /// True when `stored` is not of this scheme (a PBKDF2 hash, or malformed).
    static bool needsRehash(const QString& stored);
};

} // namespace syncsites
