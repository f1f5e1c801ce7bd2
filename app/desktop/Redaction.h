#pragma once

#include <QString>

namespace syncsites::app {

/// What the desktop app's logs, diagnostics and debug archives must never carry: secrets, passwords, tokens. A
/// site's secret and people's passwords are never written to a message in the first place (they stay in the
/// SecretStore and the sign-in); this is the second line: a setting whose key looks like a secret is left out, and
/// credentials inside a text (a URL's user info, `password=…`) are masked.
class Redaction
{
public:
    /// Whether a setting's key names a secret ("site/secret", "proxy_password", "user/token", "api_key"...).
    static bool isSecretKey(const QString& key);
    /// `text` with credentials masked as "***": a URL's user info ("https://***@proxy:3128") and the value of a
    /// secret-like key ("password=***", "token = ***", "\"secret\": ***", "pwd:***").
    static QString maskCredentials(const QString& text);
};

} // namespace syncsites::app
