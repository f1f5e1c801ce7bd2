#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace syncsites {

/// Slow salted hashes of people's passwords: Argon2id through libsodium (`crypto_pwhash_str`), stored in the
/// standard encoded form `$argon2id$v=19$m=<KiB>,t=<passes>,p=1$<salt>$<hash>`, which carries its own cost so
/// that the cost can rise later (needsRehash() tells when to re-hash, at the next good sign-in). Hashes left by
/// older versions (PBKDF2, see Pbkdf2Hash) still verify and are replaced at the next good sign-in.
///
/// These hashes travel to the sites where their owners work, for signing in offline: the memory-hard scheme is
/// what makes a stolen laptop's copy expensive to attack. Site secrets are random machine secrets and use the
/// fast SecretHasher instead.
///
/// Threading: const and stateless; use from any thread (each hash takes `Cost::memoryKiB` of memory while it
/// runs). Errors: verify() answers false for a malformed, unsupported or absurdly costly stored hash (never
/// throws, never crashes); hash() answers an empty string if libsodium cannot get the memory (logged).
class PasswordHasher
{
public:
    struct Cost
    {
        int memoryKiB = 19 * 1024;
        int passes = 2;
    };

    /// OWASP's 2023 Argon2id setting (m = 19 MiB, t = 2, p = 1): on the 2-core Debian 12 build machine, a
    /// median of 37 ms of CPU per hash or verify (TestServerPasswordHasher::defaultCostTiming prints it).
    static constexpr Cost kDefaultCost{19 * 1024, 2};
    /// `--hash-cost` is the memory in MiB at kDefaultCost's passes; below this floor it is refused.
    static constexpr int kFloorMemoryMiB = 19;
    static constexpr int kMaxMemoryMiB = 1024;
    /// Stored hashes costlier than this are refused unread (a hostile row must not take a hub's memory).
    static constexpr int kMaxStoredPasses = 16;

    /// For tests only (in-process, never from a command line): libsodium's minimum, a few microseconds.
    static constexpr Cost testCost() { return Cost{8, 1}; }
    /// The cost for `--hash-cost MIB`. Errors: `hash_cost_too_low` below kFloorMemoryMiB, `hash_cost_too_high`
    /// above kMaxMemoryMiB (both say the accepted range).
    static Result<Cost> costForMemoryMiB(int memoryMiB);

    explicit PasswordHasher(Cost cost = kDefaultCost);

    Cost cost() const { return m_cost; }

    /// A new stored hash of `password` (UTF-8) with a fresh random salt and this hasher's cost.
    QString hash(const QString& password) const;
    /// Whether `password` matches `stored` (Argon2id at its stored cost, or a PBKDF2 hash of an older version).
    bool verify(const QString& password, const QString& stored) const;
    /// Spends about the time of a verify() at this hasher's cost and returns nothing: call it when the user
    /// does not exist, so that timing does not reveal which names exist.
    void verifyNothing(const QString& password) const;
    /// True when `stored` is malformed, of another scheme, or cheaper (memory or passes) than this hasher's cost.
    bool needsRehash(const QString& stored) const;
    /// The cost of a stored Argon2id hash. Errors: `malformed_password_hash`.
    static Result<Cost> storedCost(const QString& stored);

    /// `bytes` random bytes from the system's CSPRNG as URL-safe base64 without padding (32 bytes → 43
    /// characters): site secrets, generated passwords, tokens.
    static QString randomSecret(int bytes = 32);
    /// Byte comparison whose time depends only on the lengths.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

private:
    Cost m_cost;
};

} // namespace syncsites
