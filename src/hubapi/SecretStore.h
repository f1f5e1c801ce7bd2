#pragma once

#include "Result.h"

#include <QString>

namespace syncsites {

/// Where the desktop app keeps secrets (a site's secret): the system keychain through QtKeychain, or, where no
/// keychain runs (a headless machine, a desktop without a secret service), a file readable only by its owner
/// (0600) in `fallbackDirectory`. Reads look in the keychain first, then in the file.
///
/// Synchronous: each call waits for the keychain job (tens of milliseconds, or an immediate failure when none
/// runs). Call from the GUI thread. SYNCSITES_NO_KEYCHAIN=1 in the environment skips the keychain (tests, CI).
class SecretStore
{
public:
    SecretStore(QString service, QString fallbackDirectory);

    Status write(const QString& key, const QString& secret);
    /// The secret, or not_found when neither the keychain nor the file holds one.
    Result<QString> read(const QString& key);
    Status remove(const QString& key);

    /// "keychain" or "file": where the last write went (for the settings page).
    QString lastBackend() const { return m_lastBackend; }

private:
    bool keychainEnabled() const;
    QString fallbackPath(const QString& key) const;

    QString m_service;
    QString m_directory;
    QString m_lastBackend;
};

} // namespace syncsites
