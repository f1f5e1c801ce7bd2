#pragma once

#include "Result.h"

#include <QString>

namespace syncsites {

/// Why a sync session failed, in words a field worker can act on.
///
/// classify() maps any error the engine meets (SyncClient's transport and server codes, storage's database
/// codes) to one kind, a message saying what happened and a remedy saying what to do, both translated
/// (context "SyncFailure"), and whether trying again in a moment can help (`transient`).
struct SyncFailure
{
    enum class Kind
    {
        NoNetwork,
        ServerUnreachable,
        Timeout,
        Tls,
        Credentials,
        Bound,
        Incompatible,
        ServerError,
        Rejected,
        LocalStorage,
        Cancelled,
    };

    Kind kind = Kind::ServerError;
    QString code;    ///< the underlying error's code (stable, for logs and the hub's report)
    QString message; ///< what happened, in this program's words (translated) where the kind is known
    QString detail;  ///< the underlying error's own message (the server's words, say), for logs and support
    QString remedy;  ///< what to do about it
    bool transient = false;
    int retryAfterSeconds = 0; ///< the server's Retry-After, when it gave one
    int httpStatus = 0;

    static SyncFailure classify(const Error& error);
    /// `count` records were refused (by the hub, or could not be integrated here); `examples` name a few.
    static SyncFailure rejected(qint64 count, const QString& examples);

    /// What a failure reported by a site (its error `code` and the message it wrote for its own user) means to
    /// someone elsewhere (a supervisor, an administrator): "The site had no network connection." rather than the
    /// site's "This computer is not connected to a network.". Translated here, whatever language the site used.
    static QString seenFromElsewhere(const QString& code, const QString& siteMessage);

    /// "no_network", "server_unreachable", "timeout", "tls", "credentials", "bound", "incompatible",
    /// "server_error", "rejected", "local_storage", "cancelled".
    QString kindId() const;
    /// Message and remedy in one paragraph.
    QString text() const;
};

} // namespace syncsites
