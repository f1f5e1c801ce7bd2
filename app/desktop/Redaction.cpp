#include "Redaction.h"

#include <QRegularExpression>

namespace syncsites::app {

namespace {

// The words that make a key, or a "word=value" pair in a text, a secret's.
const QLatin1String kSecretWords("secret|password|passwd|pwd|passphrase|token|api[_-]?key|private[_-]?key|credential");

} // namespace

bool Redaction::isSecretKey(const QString& key)
{
    static const QRegularExpression secret(QStringLiteral("(%1)").arg(kSecretWords),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

QString Redaction::maskCredentials(const QString& text)
{
    // Most texts hold neither: skip the expressions then (the log handler runs this on every message).
    const bool mayHoldUrl = text.contains(QLatin1String("://")) && text.contains(QLatin1Char('@'));
    const bool mayHoldPair = text.contains(QLatin1Char('=')) || text.contains(QLatin1Char(':'));
    if (!mayHoldUrl && !mayHoldPair)
        return text;
    QString masked = text;
    if (mayHoldUrl) {
        // scheme://user:password@host → scheme://***@host
        static const QRegularExpression userInfo(QStringLiteral("\\b([a-z][a-z0-9+.-]*://)[^/@\\s]+@"),
                                                 QRegularExpression::CaseInsensitiveOption);
        masked.replace(userInfo, QStringLiteral("\\1***@"));
    }
    if (mayHoldPair) {
        // password=hunter2, token = xyz, "site_secret": "abc", secret:abc → the value masked (a quoted one whole).
        // The word ends the key ("SecretStore=on" and "tokens=3" are left alone), and a sentence's colon is not a
        // pair ("refused the site's secret: ask for a new one").
        static const QRegularExpression pair(
            QStringLiteral("(\\w*(?:%1)(?:\"?\\s*=\\s*|\"\\s*:\\s*|:(?=\\S)))(\"[^\"]*\"|'[^']*'|[^\\s,;&\"']+)")
                .arg(kSecretWords),
            QRegularExpression::CaseInsensitiveOption);
        masked.replace(pair, QStringLiteral("\\1***"));
    }
    return masked;
}

} // namespace syncsites::app
